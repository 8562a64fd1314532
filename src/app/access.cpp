#include "app/access.h"

namespace bd::app {

bool in_scope(const Actor& a, const OrgUnit& unit) { return a.system || path_within(unit.path, a.org_path); }

Error out_of_scope() { return Error::Forbidden("Bạn không có quyền với đơn vị này."); }

Result<OrgUnit> find_unit(storage::OrgRepo& orgs, const std::string& code, std::string_view field) {
  auto u = orgs.org_by_code(code);
  if (!u) return Error::NotFound("Không tìm thấy đơn vị " + code + ".", std::string(field));
  return *u;
}

Status can_view(const Actor& a, const OrgUnit& unit) {
  if (!role_grants(a.roles, Permission::kView) || !in_scope(a, unit)) return out_of_scope();
  return Status::Ok();
}

Status can_enter_data(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin) || a.roles.has(Role::kManager)) return Status::Ok();
  if (a.roles.has(Role::kEditor) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người cập nhật của chính đơn vị (hoặc người quản lý cấp trên) mới được nhập số liệu.");
}

Status can_issue_for(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin) || a.roles.has(Role::kManager)) return Status::Ok();
  if (a.roles.has(Role::kApprover) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ thủ trưởng đơn vị (vai trò phê duyệt) hoặc người quản lý mới được ban hành.");
}

}  // namespace bd::app
