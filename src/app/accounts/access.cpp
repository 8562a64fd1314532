#include "app/accounts/access.h"

namespace bd::app {

Status can_manage_users_of(const Actor& a, const OrgUnit& unit, const RoleSet& roles_granted) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (!role_grants(a.roles, Permission::kManageUsers))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được quản lý tài khoản.");
  if (roles_granted.has(Role::kAdmin) && !a.roles.has(Role::kAdmin))
    return Error::Forbidden("Chỉ quản trị hệ thống mới được cấp quyền quản trị.");
  return Status::Ok();
}

}  // namespace bd::app
