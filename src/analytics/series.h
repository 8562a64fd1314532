// The values of one data element: per option and period a Slot (a Column of
// the values a query for that period sees), plus per period a Presence of
// units with any option. Only periods with data have a slot.
//
// Period roll-up: a value stored for a half-year, quarter or month also
// shapes the slots of its enclosing periods (Period::parent() up to the
// year). The value a unit has for a period P ("effective") is:
//   - its value stored directly at P, if any (it wins);
//   - else, from P's direct sub-periods (year: halves; half: quarters;
//     quarter: months), each taken at its own effective value:
//       flow  = their sum;  stock = the latest one present.
// With no overlapping entries this is "flow: sum of the stored values
// inside P; stock: the latest stored value inside P by end date". School
// years do not roll up into calendar years.
//
// A slot is "derived" once a sub-period has data; it then keeps the
// directly stored values apart (`direct`, allocated at the first direct
// value). Otherwise its column is the stored values.
//
// Writing happens in three steps so the engine holds its exclusive lock
// only for O(1) work: plan() (read-only, allocates the arrays a write will
// need), install() (moves them in: O(log periods)), then apply() per unit.
//
// Thread-safety: none here; the engine locks around these calls.
#pragma once

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "analytics/column.h"
#include "analytics/engine.h"

namespace bd::analytics {

struct Slot {
  explicit Slot(size_t n) : effective(n) {}
  Column effective;
  bool derived = false;
  std::vector<float> direct;  // only when derived; empty = none stored directly
  float direct_at(size_t i) const;
};

using PeriodSlots = std::map<Period, std::unique_ptr<Slot>>;

struct ElementData {
  ElementData(const ElementInfo& i) : info(i), options(static_cast<size_t>(std::max(i.options, 1))) {}
  ElementInfo info;
  std::vector<PeriodSlots> options;
  std::map<Period, std::unique_ptr<Presence>> presence;
  int64_t stored = 0;  // values stored directly, all options and periods

  const Slot* slot(int option, const Period& p) const;
  size_t memory_bytes() const;
};

// What a write to (option, period) needs that does not exist yet.
struct WritePlan {
  std::vector<std::pair<Period, std::unique_ptr<Slot>>> new_slots;
  std::vector<std::pair<Period, std::vector<float>>> direct;  // becomes the slot's `direct`
  std::vector<Period> derive;                                 // slots that become derived
  std::vector<std::pair<Period, std::unique_ptr<Presence>>> new_presence;
};

// REQUIRES: 0 <= option < e.options.size(); n is the tree size.
WritePlan plan_write(const ElementData& e, int option, const Period& p, size_t n, bool stores_value);
void install(ElementData& e, int option, WritePlan&& plan);

// The slots touched by a write to (option, period), from the period up.
class WriteChain {
 public:
  // REQUIRES: install() of a plan for (option, p) before.
  WriteChain(ElementData& e, int option, const Period& p);
  // Stores v (NaN erases) for unit i and updates every enclosing period.
  // REQUIRES: i < n; if v is present, the plan was made with stores_value.
  void apply(size_t i, float v);

 private:
  struct Level {
    Period period;
    Slot* slot = nullptr;
    Presence* presence = nullptr;
    bool parts_found = false;            // parts are looked up on first need
    std::array<const Slot*, 3> parts{};  // direct sub-periods in time order (may be null)
    size_t nparts = 0;
  };
  float combine(Level& l, size_t i);

  ElementData& e_;
  int option_;
  std::array<Level, 4> levels_;
  size_t nlevels_ = 0;
};

// The same element on a new tree: unit i takes old unit remap[i]'s values.
std::unique_ptr<ElementData> remap_element(const ElementData& e, const Remap& remap);
// The element under a new declaration, rebuilt from its stored values.
std::unique_ptr<ElementData> redeclare_element(const ElementData& e, const ElementInfo& info, size_t n);

}  // namespace bd::analytics
