// The tree over time for the engine: the past arrangements of the org tree,
// read from the parent history (org_parent_history) and closing dates; and
// the governing bodies over time (org_governor_history), which add the units
// a body governs outside its subtree to its figures.
//
// The rule (docs/user-guide.md, "Cơ cấu theo thời gian"): a period follows the
// tree of its last day. Periods end on a month's last day, so every change
// inside one month takes effect for the same periods, and one past tree per
// month with a change is enough: the tree of the last day of the month before,
// in force for the periods that end before that month does.
//
// A unit's parent on a day is the one of its span covering the day; before
// its first span, the first span's (a unit registered late still has its
// earlier figures counted where it first stood); after its last, the last
// one's. A unit counts as closed from its closing day.
#pragma once

#include <map>
#include <vector>

#include "analytics/engine.h"
#include "core/org.h"
#include "storage/repos/orgs.h"

namespace bd::app {

// The parent of a unit on `day` (ISO) by the rule above; `current` when it
// has no spans. REQUIRES: `spans` in the order written.
std::optional<int64_t> parent_on(const std::vector<storage::ParentSpan>& spans, const std::string& day,
                                 std::optional<int64_t> current);

// The governing body of a unit on `day`: the one of its span covering the
// day; none (its parent governs it) outside every span; `current` when it has
// no spans (a unit stored before governing bodies had a history).
std::optional<int64_t> governor_on(const std::vector<storage::ParentSpan>& spans, const std::string& day,
                                   std::optional<int64_t> current);

// Governing body id → the units it governs outside its own subtree, open ones
// only, by id (the tree orders siblings by id): the schools a commune
// People's Committee governs while the department is their parent.
using GovernedMap = std::map<int64_t, std::vector<int64_t>>;
// The map for the current tree (paths and governor_id of `units`).
GovernedMap governed_now(const std::vector<OrgUnit>& units);
// The map as it was for the periods whose last day is before `until`.
struct PastGoverned {
  Date until;
  GovernedMap governed;
};
// One per month with a change of a parent, a governing body or a closing,
// oldest first, each the map of the last day of the month before (the same
// rule as past_trees). `parents`, `governors`: every unit's spans, by unit.
std::vector<PastGoverned> past_governed(const std::vector<OrgUnit>& units, const std::vector<storage::UnitSpan>& parents,
                                        const std::vector<storage::UnitSpan>& governors);
// The map a period follows: the first of `past` (oldest first) whose `until`
// is after the period's last day; nullptr for the current one.
const GovernedMap* governed_for(const std::vector<PastGoverned>& past, const Period& period);

// The past trees, oldest first. `spans`: every unit's spans, by unit (as
// OrgRepo::parent_spans returns them). Empty when nothing ever moved or closed.
std::vector<analytics::PastTree> past_trees(const std::vector<OrgUnit>& units,
                                            const std::vector<storage::UnitSpan>& spans);

}  // namespace bd::app
