#include "app/access.h"

namespace bd::app {
namespace {

const char* kOutOfScope = "Bạn không có quyền với đơn vị này.";

bool in_scope(const Actor& a, const OrgUnit& unit) { return a.system || path_within(unit.path, a.org_path); }

}  // namespace

Status can_view(const Actor& a, const OrgUnit& unit) {
  if (!role_grants(a.roles, Permission::kView) || !in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  return Status::Ok();
}

Status can_create_unit_under(const Actor& a, const OrgUnit& parent) {
  if (!in_scope(a, parent)) return Error::Forbidden(kOutOfScope);
  if (!role_grants(a.roles, Permission::kManageUnits))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được thêm đơn vị.");
  return Status::Ok();
}

Status can_manage_unit(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (!role_grants(a.roles, Permission::kManageUnits))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được sửa đơn vị.");
  if (unit.path == a.org_path && !a.roles.has(Role::kAdmin))
    return Error::Forbidden("Đơn vị của chính bạn do cấp trên quản lý.");
  return Status::Ok();
}

Status can_manage_users_of(const Actor& a, const OrgUnit& unit, const RoleSet& roles_granted) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (!role_grants(a.roles, Permission::kManageUsers))
    return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được quản lý tài khoản.");
  if (roles_granted.has(Role::kAdmin) && !a.roles.has(Role::kAdmin))
    return Error::Forbidden("Chỉ quản trị hệ thống mới được cấp quyền quản trị.");
  return Status::Ok();
}

Status can_enter_data(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (a.roles.has(Role::kAdmin) || a.roles.has(Role::kManager)) return Status::Ok();
  if (a.roles.has(Role::kEditor) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người cập nhật của chính đơn vị (hoặc người quản lý cấp trên) mới được nhập số liệu.");
}

Status can_issue_for(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (a.roles.has(Role::kAdmin) || a.roles.has(Role::kManager)) return Status::Ok();
  if (a.roles.has(Role::kApprover) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ thủ trưởng đơn vị (vai trò phê duyệt) hoặc người quản lý mới được ban hành.");
}

Status can_submit_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (a.roles.has(Role::kEditor) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người cập nhật của chính đơn vị mới được soạn và nộp báo cáo.");
}

Status can_approve_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (a.roles.has(Role::kApprover) && unit.parent_id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người phê duyệt của đơn vị cấp trên trực tiếp mới được duyệt, trả lại hoặc mở lại báo cáo.");
}

Status can_exempt_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return Error::Forbidden(kOutOfScope);
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if ((a.roles.has(Role::kApprover) || a.roles.has(Role::kManager)) && unit.parent_id == a.org_id)
    return Status::Ok();
  return Error::Forbidden("Chỉ người phê duyệt hoặc quản lý của đơn vị cấp trên trực tiếp mới được miễn nộp báo cáo.");
}

}  // namespace bd::app
