// Access rules of plans: drafts stay with their unit; issued plans are read below.
#pragma once

#include "app/access.h"
#include "core/plan.h"

namespace bd::app {

// Who may read a plan: anyone who can view its unit, and — once issued —
// the units below it, which implement it (not while a draft or awaiting
// signature).
Status can_read_plan(const Actor& a, const PlanRecord& p, const OrgUnit& org);

// What the actor may do with `org`'s plans, for the pages to show.
struct PlanRights {
  bool write = false;            // draft, edit, make new versions
  bool issue = false;            // issue a draft (sign for the unit)
  bool implement_below = false;  // draft the children's implementing plans
};
PlanRights plan_rights(const Actor& a, const OrgUnit& org);

}  // namespace bd::app
