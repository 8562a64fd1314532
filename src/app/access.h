// Access rules: a user acts only inside their unit's subtree, per role.
// Every use case calls these before touching anything.
#pragma once

#include "app/context.h"
#include "core/account.h"
#include "core/org.h"
#include "core/result.h"

namespace bd::app {

// Read anything about `unit`.
Status can_view(const Actor& a, const OrgUnit& unit);
// Create a unit under `parent`.
Status can_create_unit_under(const Actor& a, const OrgUnit& parent);
// Edit, move or close `unit` (strictly below one's own unit, except admins).
Status can_manage_unit(const Actor& a, const OrgUnit& unit);
// Create or change users of `unit`; granting admin needs admin.
Status can_manage_users_of(const Actor& a, const OrgUnit& unit, const RoleSet& roles_granted);

// Enter figures, plans, activities of `unit`: editors for their own unit,
// managers and admins for their subtree.
Status can_enter_data(const Actor& a, const OrgUnit& unit);
// Issue `unit`'s documents (sign for it): its head (approver of the unit),
// managers and admins of the subtree.
Status can_issue_for(const Actor& a, const OrgUnit& unit);

// Write and submit `unit`'s periodic report: its own editors, and admins.
Status can_submit_report(const Actor& a, const OrgUnit& unit);
// Approve, return or reopen `unit`'s report: approvers of its parent unit
// (reports go up one level), and admins.
Status can_approve_report(const Actor& a, const OrgUnit& unit);
// Exempt `unit` from a period's report: approvers and managers of its
// parent unit, and admins.
Status can_exempt_report(const Actor& a, const OrgUnit& unit);

}  // namespace bd::app
