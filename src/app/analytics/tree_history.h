// The tree over time for the engine: the past arrangements of the org tree,
// read from the parent history (org_parent_history) and closing dates.
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

#include <vector>

#include "analytics/engine.h"
#include "core/org.h"
#include "storage/repos/orgs.h"

namespace bd::app {

// The parent of a unit on `day` (ISO) by the rule above; `current` when it
// has no spans. REQUIRES: `spans` in the order written.
std::optional<int64_t> parent_on(const std::vector<storage::ParentSpan>& spans, const std::string& day,
                                 std::optional<int64_t> current);

// The past trees, oldest first. `spans`: every unit's spans, by unit (as
// OrgRepo::parent_spans returns them). Empty when nothing ever moved or closed.
std::vector<analytics::PastTree> past_trees(const std::vector<OrgUnit>& units,
                                            const std::vector<storage::UnitSpan>& spans);

}  // namespace bd::app
