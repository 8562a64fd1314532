// The in-memory aggregate engine. No I/O: app/ loads it from storage at start
// and updates it after every committed write.
//
// Values are kept per series (data element × category option) and period as
// dense arrays indexed by the org units' depth-first order, so a unit's whole
// subtree is a contiguous range and a subtree total is a range sum.
//
// Thread-safety: every method may be called from any thread. Readers see a
// consistent state and never wait for more than one short write; set_tree()
// builds the new index aside and swaps it in atomically. Writers (put,
// put_many, set_element, set_tree) are serialised among themselves; a put
// holds the exclusive lock for O(1) work, put_many for O(its values).
//
// Unknown units, elements or periods are never errors: writes to them are
// ignored and reads answer nullopt or 0. Closed units keep their values, and
// those still count in their ancestors' totals.
//
// The tree over time: set_tree() also takes the past arrangements of the tree
// (PastTree), each in force for the periods whose last day is before its
// `until`. A period's aggregates, unit counts and children follow the tree as
// it was on the period's last day; Structure::kCurrent asks for the current
// tree instead ("theo cơ cấu hiện nay"). Values are stored per unit whatever
// the arrangement, so a past tree costs its index and ranges (past_tree.h),
// never a copy of the values.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/org.h"
#include "core/period.h"

namespace bd::analytics {

enum class Aggregation { kStock, kFlow };

struct UnitNode {
  int64_t id = 0;
  std::optional<int64_t> parent_id;  // none for a root
  OrgType type = OrgType::kOther;
  bool closed = false;
};

// Which category option of a series: a specific option (0, 1, …) or all of
// them summed.
inline constexpr int kAllOptions = -1;

// The tree as it was for the periods whose last day is before `until`
// (every unit, with its parent and closed state of then).
struct PastTree {
  Date until;
  std::vector<UnitNode> units;
};

// Which arrangement of the tree an aggregate follows.
enum class Structure { kAsOfPeriod, kCurrent };

struct ElementInfo {
  int64_t id = 0;
  Aggregation aggregation = Aggregation::kStock;
  int options = 1;  // 1 for an element with no disaggregation; 2 for female/male
};

class Engine {
 public:
  Engine();
  ~Engine();

  // Replaces the org tree (start-up, moves). Values are kept per unit id;
  // values of ids no longer in the tree are dropped. Children are ordered by
  // id; a unit whose parent is not listed is a root. While the new index is
  // built (O(stored arrays × units) when the order changes, and twice the
  // memory for that time) readers go on with the old one; writers wait.
  // `past`: the earlier arrangements, in any order (the latest `until` per
  // date is kept); each costs O(units × depth) to lay over the new order.
  void set_tree(const std::vector<UnitNode>& units, const std::vector<PastTree>& past = {});
  // Declares or re-declares a data element (options are clamped to 1..255).
  // Re-declaring with another aggregation or number of options rebuilds the
  // element's roll-ups from its stored values (options beyond the new number
  // are dropped).
  void set_element(const ElementInfo& e);
  // Stores a value (nullopt erases it) of one option of an element for a unit
  // and a stored period. Aggregates of every ancestor and every enclosing
  // period reflect it when this returns.
  // REQUIRES: set_element(element) and set_tree() with the unit before, and
  // 0 <= option < the element's options; otherwise the put is ignored. A
  // non-finite value (or one beyond float range) erases like nullopt. Values are kept as float: counts
  // are exact up to 2^24 per unit.
  void put(int64_t element, int option, int64_t unit, const Period& period, std::optional<double> value);

  struct UnitValue {
    int64_t unit = 0;
    std::optional<double> value;  // nullopt erases
  };
  // put() for many units of one option, element and period under a single
  // exclusive lock: readers see all of them or none (loading, imports).
  // Same REQUIRES as put(); unknown units are skipped.
  void put_many(int64_t element, int option, const Period& period, const std::vector<UnitValue>& values);

  // The value of an element (one option or all) over the subtree of `unit`
  // for `period`: stocks take, per unit, the latest stored value inside the
  // period; flows sum every stored value inside it. nullopt when no unit of
  // the subtree has a value. The subtree is the one of the period's tree.
  std::optional<double> value(int64_t element, int option, int64_t unit, const Period& period,
                              Structure structure = Structure::kAsOfPeriod) const;
  // Number of units of the subtree (the unit included) with a value.
  int64_t reporting_units(int64_t element, int64_t unit, const Period& period,
                          Structure structure = Structure::kAsOfPeriod) const;
  // Number of open units of the subtree whose type is in `types` (all types
  // when empty), the unit included: in the current tree, or in the tree of
  // `period` (open then).
  int64_t count_units(int64_t unit, const std::vector<OrgType>& types) const;
  int64_t count_units(int64_t unit, const std::vector<OrgType>& types, const Period& period) const;
  // Direct children of a unit (open ones), in tree order: now, or in the tree
  // of `period`.
  std::vector<int64_t> children(int64_t unit) const;
  std::vector<int64_t> children(int64_t unit, const Period& period, bool with_closed = false) const;
  // Number of past arrangements kept; whether `period` follows one of them
  // (not the current tree).
  size_t past_trees() const;
  bool follows_past_tree(const Period& period) const;
  // Which arrangement `period` follows: 0 the current tree, k > 0 the k-th
  // past one (oldest first). Periods with the same number share one tree.
  size_t arrangement(const Period& period) const;
  // True when `unit` is `ancestor` or lies below it (closed units too); false
  // when either is unknown. O(1).
  bool within(int64_t unit, int64_t ancestor) const;

  // Totals for memory and benchmark reports.
  size_t stored_values() const;
  size_t memory_bytes() const;

 private:
  void write(int64_t element, int option, const Period& period, const UnitValue* values, size_t count);

  struct State;
  std::shared_ptr<State> state_;
};

}  // namespace bd::analytics
