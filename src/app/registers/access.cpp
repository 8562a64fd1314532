#include "app/registers/access.h"

namespace bd::app {
namespace {

const char* kNoIncidentAccess = "Bạn không có quyền xem vụ việc của đơn vị này.";

}  // namespace

Status can_inspect(const Actor& a, const OrgUnit& by, const OrgUnit& unit) {
  if (!in_scope(a, by)) return out_of_scope();
  if (by.id == unit.id || !path_within(unit.path, by.path))
    return Error::Validation("Đơn vị kiểm tra phải là cấp trên của đơn vị được kiểm tra.", "by_org");
  return can_inspect_from(a, by);
}

Status can_inspect_from(const Actor& a, const OrgUnit& by) {
  if (!in_scope(a, by)) return out_of_scope();
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (a.roles.has(Role::kManager)) return Status::Ok();
  if (a.roles.has(Role::kApprover) && by.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người quản lý hoặc phê duyệt của đơn vị cấp trên mới được ghi kết quả kiểm tra.");
}

Status can_respond(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (unit.id == a.org_id &&
      (a.roles.has(Role::kEditor) || a.roles.has(Role::kApprover) || a.roles.has(Role::kManager)))
    return Status::Ok();
  return Error::Forbidden("Chỉ đơn vị được kiểm tra mới ghi ý kiến khắc phục.");
}

Status can_read_incidents(const Actor& a, const OrgUnit& unit) {
  if (!role_grants(a.roles, Permission::kIncidents) || !in_scope(a, unit))
    return Error::Forbidden(kNoIncidentAccess);
  if (unit.id == a.org_id || a.roles.has(Role::kApprover)) return Status::Ok();
  return Error::Forbidden(kNoIncidentAccess);
}

Status can_record_incidents(const Actor& a, const OrgUnit& unit) {
  if (!role_grants(a.roles, Permission::kIncidents) || unit.id != a.org_id)
    return Error::Forbidden("Chỉ cán bộ tiếp nhận vụ việc của chính đơn vị mới được ghi nhận vụ việc.");
  return Status::Ok();
}

}  // namespace bd::app
