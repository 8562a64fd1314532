// Access rules of accounts: who creates and changes users.
#pragma once

#include "app/access.h"

namespace bd::app {

// Create or change users of `unit`; granting admin needs admin.
Status can_manage_users_of(const Actor& a, const OrgUnit& unit, const RoleSet& roles_granted);

}  // namespace bd::app
