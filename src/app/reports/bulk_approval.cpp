// Approving several reports of a period at once: every one is checked first
// and nothing is approved unless all may be; then each is approved in its own
// transaction, exactly as one approval is.
#include <set>

#include "app/reports/access.h"
#include "app/reports/reports.h"
#include "core/indicator.h"

namespace bd::app {
namespace {

constexpr size_t kMaxBulkApprovals = 500;

// Why the actor may not approve the report now.
std::string why_not(const Actor& a, const ReportView& v) {
  if (v.record.status != ReportStatus::kSubmitted)
    return "báo cáo đang ở trạng thái \"" + std::string(report_status_label_vi(v.record.status)) +
           "\", chỉ duyệt được báo cáo đã nộp";
  if (Status s = can_approve_report(a, v.unit); !s) return s.error().message;
  return "không duyệt được báo cáo này";
}

}  // namespace

Result<ApprovalCheck> Reports::check_approvals(const Actor& a, const std::vector<std::string>& orgs_in,
                                               const std::string& period) {
  if (!parse_period(period)) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  std::vector<std::string> orgs;
  std::set<std::string> seen;
  for (const auto& o : orgs_in)
    if (!o.empty() && seen.insert(o).second) orgs.push_back(o);
  if (orgs.empty()) return Error::Validation("Chọn ít nhất một báo cáo để duyệt.", "orgs");
  if (orgs.size() > kMaxBulkApprovals)
    return Error::Validation("Mỗi lần duyệt được tối đa " + format_number_vi(kMaxBulkApprovals, 0) +
                                 " báo cáo; hãy chọn ít hơn.",
                             "orgs");
  ApprovalCheck check;
  for (const auto& org : orgs) {
    auto v = get(a, org, period);
    if (!v) {
      check.refused.emplace_back(org, org + ": " + v.error().message);
      check.forbidden += v.error().code == ErrorCode::kForbidden || v.error().code == ErrorCode::kNotFound;
    } else if (!v->allowed.approve) {
      check.refused.emplace_back(org, v->unit.name + ": " + why_not(a, *v) + ".");
      check.forbidden += !can_approve_report(a, v->unit).ok();
    } else {
      check.ready.push_back(std::move(*v));
    }
  }
  return check;
}

Result<BulkApproval> Reports::approve_many(const Actor& a, const std::vector<std::string>& orgs,
                                           const std::string& period) {
  auto check = check_approvals(a, orgs, period);
  if (!check) return check.error();
  if (!check->refused.empty()) {
    const std::string message = "Chưa duyệt báo cáo nào: " + std::to_string(check->refused.size()) +
                                " báo cáo không duyệt được. Bỏ chọn các báo cáo này rồi duyệt lại.";
    Error e = check->forbidden == check->refused.size() ? Error::Forbidden(message) : Error::Conflict(message, "orgs");
    e.details = check->refused;
    return e;
  }
  BulkApproval done;
  for (const auto& v : check->ready) {
    auto r = approve(a, v.unit.code, period);
    if (r)
      done.approved.push_back(std::move(*r));
    else
      done.failed.emplace_back(v.unit.code, v.unit.name + ": " + r.error().message);
  }
  return done;
}

}  // namespace bd::app
