#include "app/orgs/access.h"

namespace bd::app {

Status can_create_unit_under(const Actor& a, const OrgUnit& parent) {
  if (!in_scope(a, parent)) return out_of_scope();
  if (!role_grants(a.roles, Permission::kManageUnits))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được thêm đơn vị.");
  return Status::Ok();
}

Status can_manage_unit(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (!role_grants(a.roles, Permission::kManageUnits))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được sửa đơn vị.");
  if (unit.path == a.org_path && !a.roles.has(Role::kAdmin))
    return Error::Forbidden("Đơn vị của chính bạn do cấp trên quản lý.");
  return Status::Ok();
}

}  // namespace bd::app
