// The live analytics of the application: the in-memory engine loaded from
// storage, compiled indicators, and the target rules, kept current by the use
// cases after each committed write.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "analytics/engine.h"
#include "analytics/expression.h"
#include "app/analytics/tree_history.h"
#include "core/catalog.h"
#include "core/indicator.h"
#include "core/period.h"
#include "storage/store.h"

namespace bd::app {

struct TargetState {
  TargetDef target;
  IndicatorDef indicator;
  int64_t org_id = 0;          // the unit the status is about
  std::optional<double> value; // the indicator's value there
  std::string status;          // "met", "not_met", "no_data"
  std::string trajectory;      // "on_track", "at_risk", "off_track", "unknown"
  std::optional<double> projected;
  int deadline_year = 0;
  std::optional<double> gap;   // how far from the target (positive = short of it)
  // The indicator's yearly values used for the trajectory, oldest first
  // (years without a value left out); empty when asked without the trend.
  std::vector<std::pair<int, double>> history;
  // Set (a type code, "school" for any school) when the target applies to
  // each unit of that type below, not to the unit itself: its state here is
  // the whole subtree's (TargetQuery::below).
  std::string for_each;
};

// Which targets to evaluate for a unit, and over what.
struct TargetQuery {
  int64_t org_id = 0;                 // the unit whose targets these are
  std::vector<int64_t> ancestor_ids;  // its ancestors (their targets may concern it)
  OrgType type = OrgType::kOther;
  // What the figures are summed over: the subtrees of these units (disjoint);
  // empty means the unit's own subtree.
  std::vector<int64_t> roots;
  std::string only;    // one target code, or every target
  bool below = false;  // also the targets that apply to each unit of another type below it
};

// A gender parity index (gpi/gpia) with its two sides, female and male.
struct ParityState {
  IndicatorDef indicator;
  std::string function;  // "gpi" or "gpia"
  std::optional<double> female, male, index;
  std::vector<std::pair<int, double>> history;  // the index by year, oldest first
};
// What a target's goal reads, its comparator always with its value: "≥ 40%",
// "≤ 113" (a comparator the catalog does not know shows as written).
std::string goal_text(const TargetState& s);

// Where an index stands against the parity band 0,97–1,03: "parity",
// "girls_behind" (below), "boys_behind" (above), "no_data".
std::string parity_band(const std::optional<double>& index);
inline constexpr double kParityLow = 0.97, kParityHigh = 1.03;

class Analytics {
 public:
  explicit Analytics(storage::Store& store) : store_(store) {}

  // Loads the tree, catalog and every stored value (value_loader.h). Call at
  // start, and after a bulk load. Values already in the engine stay unless
  // stored anew.
  Status load();
  // After a committed write: the tree changed (create, move, close).
  Status reload_tree();
  // After a committed write: the catalog changed.
  Status reload_catalog();
  // After committed value writes.
  void apply(const std::vector<StoredValue>& written, const std::vector<StoredValue>& erased);
  // Re-reads one unit's values for one period (another node wrote them).
  Status refresh(int64_t org_id, const std::string& period);
  // The same for many units of one period, in a few statements.
  Status refresh_units(const std::string& period, const std::vector<int64_t>& org_ids);
  // Handles a change notice of another node: "v:ORG_ID:PERIOD", "tree",
  // "catalog", "values" (a bulk load: every value is read again).
  void on_notice(const std::string& payload);
  // Handles notices that arrived together: the others in order, then the
  // units of the "v:" notices a period at a time (an import of a million
  // values elsewhere sends 27,770 of them).
  void on_notices(const std::vector<std::string>& payloads);

  // Aggregates of a period follow the tree of that period (tree_history.h),
  // or the current tree when asked (Structure::kCurrent, "theo cơ cấu hiện nay").
  // The value of an indicator over the subtree of `org_id` for `period`.
  Result<std::optional<double>> indicator(const std::string& code, int64_t org_id, const Period& period,
                                          analytics::Structure structure = analytics::Structure::kAsOfPeriod) const;
  // The value of one option ("" all) of an element over the subtree.
  std::optional<double> element(const std::string& code, const std::string& option, int64_t org_id,
                                const Period& period,
                                analytics::Structure structure = analytics::Structure::kAsOfPeriod) const;
  // Open direct children of a unit, in tree order: now, or in the tree of a
  // period (its last day's: tree_history.h), open then.
  std::vector<int64_t> children(int64_t org_id) const;
  std::vector<int64_t> children(int64_t org_id, const Period& period) const;
  // Whether `period` follows a past tree rather than the current one.
  bool follows_past_tree(const Period& period) const;
  // Whether two periods follow the same arrangement of the tree.
  bool same_tree(const Period& a, const Period& b) const;
  // The subtree of `root` in the tree of `period`, depth-first, the root
  // first: each unit with its parent then and the root's child it lies below
  // (0 for the root and its parent). Units closed then are left out unless
  // asked for.
  struct Member {
    int64_t id = 0, parent = 0, top = 0;
  };
  std::vector<Member> subtree(int64_t root, const Period& period, bool with_closed) const;
  // Open units whose governing body (governor_id) is `org_id` and that lie
  // outside its subtree (the schools a commune People's Committee governs
  // while the department is their parent), in tree order.
  std::vector<int64_t> governed(int64_t org_id) const;
  // The same in the period's tree, with the governing bodies of then
  // (tree_history.h: the governed units of a commune before the reform are none).
  std::vector<int64_t> governed(int64_t org_id, const Period& period) const;
  // True when `unit` is `ancestor` or lies below it in the tree.
  bool within(int64_t unit, int64_t ancestor) const;
  // The value of one option ("" all) of an element summed over the subtrees
  // of `roots` (nullopt when none of them has a value).
  std::optional<double> element_over(const std::string& code, const std::string& option,
                                     const std::vector<int64_t>& roots, const Period& period,
                                     analytics::Structure structure = analytics::Structure::kAsOfPeriod) const;
  // Target status and trajectory of every target that concerns `org_id` for
  // `period`: targets of the unit itself and of its ancestors (for the
  // ancestors' targets that apply to each descendant of the unit's type).
  // `only` restricts the result to one target code.
  std::vector<TargetState> targets_for(int64_t org_id, const std::vector<int64_t>& ancestor_ids, OrgType type,
                                       const Period& period, const std::string& only = "") const;
  // The same for a query: other roots, and the targets that apply below.
  std::vector<TargetState> targets_for(const TargetQuery& q, const Period& period) const;
  // An element's figure (code, option "" for all) on a report's own basis.
  using FigureFn = std::function<std::optional<double>(const std::string& code, const std::string& option)>;
  // The same with the period's figures from `figure` instead of every stored
  // value: a report's targets from the very figures of its tables (one basis
  // per report). Unit counts and the earlier years of the trend are the
  // engine's.
  std::vector<TargetState> targets_for(const TargetQuery& q, const Period& period, const FigureFn& figure) const;
  // One target evaluated over `roots`, whoever it concerns (a unit compared
  // with its siblings); `trend` adds the history and trajectory. nullopt for
  // an unknown target or one that does not apply in the period's year.
  std::optional<TargetState> target_over(const std::string& code, const std::vector<int64_t>& roots,
                                         const Period& period, bool trend) const;
  // Every parity index of the catalog (indicators written gpi(F, M) or
  // gpia(F, M)) over `roots`, with its sides and yearly history.
  std::vector<ParityState> parity_over(const std::vector<int64_t>& roots, const Period& period) const;
  // The catalog as loaded.
  std::vector<DataElement> elements() const;
  std::optional<DataElement> element_by_code(const std::string& code) const;
  std::optional<IndicatorDef> indicator_def(const std::string& code) const;

 private:
  struct Compiled {
    IndicatorDef def;
    std::shared_ptr<analytics::Expression> expr;
    std::string parity;  // "gpi"/"gpia" when the expression is one such call; then its sides:
    std::shared_ptr<analytics::Expression> female, male;
  };
  std::optional<double> evaluate(const analytics::Expression& e, const std::vector<int64_t>& roots,
                                 const Period& period,
                                 analytics::Structure structure = analytics::Structure::kAsOfPeriod,
                                 const FigureFn* figure = nullptr) const;
  TargetState state_of(const TargetDef& t, const Compiled& c, const std::vector<int64_t>& roots, int64_t org_id,
                       const Period& period, bool trend, const FigureFn* figure = nullptr) const;
  std::vector<TargetState> targets_of(const TargetQuery& q, const Period& period, const FigureFn* figure) const;

  storage::Store& store_;
  analytics::Engine engine_;
  mutable std::shared_mutex mu_;  // guards the catalog maps below
  std::map<std::string, DataElement> elements_;
  std::map<int64_t, std::string> element_codes_;
  std::map<std::string, Compiled> indicators_;
  std::vector<TargetDef> targets_;
  GovernedMap governed_;                    // governor id → open units it governs outside its subtree
  std::vector<PastGoverned> past_governed_;  // the same as it was, oldest first (tree_history.h)
};

// Option index of a stored option code for the engine (0 when none).
int engine_option(const DataElement& e, const std::string& option);

}  // namespace bd::app
