#include "app/reports/access.h"

namespace bd::app {

Status can_submit_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (a.roles.has(Role::kEditor) && unit.id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người cập nhật của chính đơn vị mới được soạn và nộp báo cáo.");
}

Status can_approve_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if (a.roles.has(Role::kApprover) && unit.parent_id == a.org_id) return Status::Ok();
  return Error::Forbidden("Chỉ người phê duyệt của đơn vị cấp trên trực tiếp mới được duyệt, trả lại hoặc mở lại báo cáo.");
}

Status can_exempt_report(const Actor& a, const OrgUnit& unit) {
  if (!in_scope(a, unit)) return out_of_scope();
  if (a.roles.has(Role::kAdmin)) return Status::Ok();
  if ((a.roles.has(Role::kApprover) || a.roles.has(Role::kManager)) && unit.parent_id == a.org_id)
    return Status::Ok();
  return Error::Forbidden("Chỉ người phê duyệt hoặc quản lý của đơn vị cấp trên trực tiếp mới được miễn nộp báo cáo.");
}

}  // namespace bd::app
