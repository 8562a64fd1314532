#include "app/plans/access.h"

namespace bd::app {

Status can_read_plan(const Actor& a, const PlanRecord& p, const OrgUnit& org) {
  Status s = can_view(a, org);
  if (!s && (p.status == PlanStatus::kIssued || p.status == PlanStatus::kSuperseded) && role_grants(a.roles, Permission::kView) &&
      path_within(a.org_path, org.path))
    return Status::Ok();
  return s;
}


PlanRights plan_rights(const Actor& a, const OrgUnit& org) {
  PlanRights r;
  if (!can_view(a, org)) return r;
  r.write = can_enter_data(a, org).ok();
  r.issue = can_issue_for(a, org).ok();
  r.implement_below = role_grants(a.roles, Permission::kManageUnits);
  return r;
}

}  // namespace bd::app
