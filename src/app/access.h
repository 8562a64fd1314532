// Access: the one scope check (a user acts only inside their unit's subtree)
// and the rules every feature shares. Each feature's own rules live in its
// folder's access.h (orgs/, accounts/, plans/, reports/, registers/), built on
// these. Every use case calls them before touching anything.
#pragma once

#include "app/context.h"
#include "core/account.h"
#include "core/org.h"
#include "core/result.h"
#include "storage/repos/orgs.h"

namespace bd::app {

// Whether `unit` lies in the actor's subtree (the system actor: everywhere).
bool in_scope(const Actor& a, const OrgUnit& unit);
// The refusal for a unit outside the actor's subtree.
Error out_of_scope();
// The unit of `code`, or NotFound "Không tìm thấy đơn vị CODE." naming
// `field` (it checks no access: call a can_* rule next).
Result<OrgUnit> find_unit(storage::OrgRepo& orgs, const std::string& code, std::string_view field = "");

// Read anything about `unit`.
Status can_view(const Actor& a, const OrgUnit& unit);
// Enter figures, plans, activities of `unit`: editors for their own unit,
// managers and admins for their subtree.
Status can_enter_data(const Actor& a, const OrgUnit& unit);
// Issue `unit`'s documents (sign for it): its head (approver of the unit),
// managers and admins of the subtree.
Status can_issue_for(const Actor& a, const OrgUnit& unit);

}  // namespace bd::app
