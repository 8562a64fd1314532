// Access rules of periodic reports: reports go up one level.
#pragma once

#include "app/access.h"

namespace bd::app {

// Write and submit `unit`'s periodic report: its own editors, and admins.
Status can_submit_report(const Actor& a, const OrgUnit& unit);
// Approve, return or reopen `unit`'s report: approvers of its parent unit
// (reports go up one level), and admins.
Status can_approve_report(const Actor& a, const OrgUnit& unit);
// Exempt `unit` from a period's report: approvers and managers of its
// parent unit, and admins.
Status can_exempt_report(const Actor& a, const OrgUnit& unit);

}  // namespace bd::app
