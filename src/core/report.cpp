#include "core/report.h"

namespace bd {

std::string_view report_status_code(ReportStatus s) {
  switch (s) {
    case ReportStatus::kDraft: return "draft";
    case ReportStatus::kSubmitted: return "submitted";
    case ReportStatus::kApproved: return "approved";
    case ReportStatus::kReturned: return "returned";
    case ReportStatus::kNotRequired: return "not_required";
  }
  return "draft";
}

std::optional<ReportStatus> parse_report_status(std::string_view s) {
  for (auto st : {ReportStatus::kDraft, ReportStatus::kSubmitted, ReportStatus::kApproved, ReportStatus::kReturned,
                  ReportStatus::kNotRequired})
    if (report_status_code(st) == s) return st;
  return std::nullopt;
}

std::string_view report_status_label_vi(ReportStatus s) {
  switch (s) {
    case ReportStatus::kDraft: return "Đang soạn";
    case ReportStatus::kSubmitted: return "Đã nộp, chờ duyệt";
    case ReportStatus::kApproved: return "Đã duyệt";
    case ReportStatus::kReturned: return "Bị trả lại";
    case ReportStatus::kNotRequired: return "Không phải nộp";
  }
  return "";
}

std::string_view report_status_label_en(ReportStatus s) {
  switch (s) {
    case ReportStatus::kDraft: return "Draft";
    case ReportStatus::kSubmitted: return "Submitted, awaiting approval";
    case ReportStatus::kApproved: return "Approved";
    case ReportStatus::kReturned: return "Returned";
    case ReportStatus::kNotRequired: return "Not required";
  }
  return "";
}

std::string_view report_action_code(ReportAction a) {
  switch (a) {
    case ReportAction::kSave: return "save";
    case ReportAction::kSubmit: return "submit";
    case ReportAction::kApprove: return "approve";
    case ReportAction::kReturn: return "return";
    case ReportAction::kReopen: return "reopen";
    case ReportAction::kMarkNotRequired: return "not_required";
  }
  return "";
}

std::optional<ReportStatus> next_report_status(ReportStatus from, ReportAction a) {
  const bool editable = from == ReportStatus::kDraft || from == ReportStatus::kReturned;
  switch (a) {
    case ReportAction::kSave:
      if (editable) return from;
      break;
    case ReportAction::kSubmit:
      if (editable) return ReportStatus::kSubmitted;
      break;
    case ReportAction::kApprove:
      if (from == ReportStatus::kSubmitted) return ReportStatus::kApproved;
      break;
    case ReportAction::kReturn:
      if (from == ReportStatus::kSubmitted) return ReportStatus::kReturned;
      break;
    case ReportAction::kReopen:
      if (from == ReportStatus::kApproved) return ReportStatus::kReturned;
      if (from == ReportStatus::kNotRequired) return ReportStatus::kDraft;
      break;
    case ReportAction::kMarkNotRequired:
      if (editable) return ReportStatus::kNotRequired;
      break;
  }
  return std::nullopt;
}

std::string_view timeliness_code(Timeliness::State s) {
  switch (s) {
    case Timeliness::State::kOnTime: return "on_time";
    case Timeliness::State::kLate: return "late";
    case Timeliness::State::kMissing: return "missing";
    case Timeliness::State::kPending: return "pending";
  }
  return "pending";
}

int64_t timeliness_submission(ReportStatus status, int64_t first_submitted_at, int64_t submitted_at) {
  if (status != ReportStatus::kSubmitted && status != ReportStatus::kApproved && status != ReportStatus::kReturned)
    return 0;
  return first_submitted_at > 0 ? first_submitted_at : submitted_at;
}

Timeliness timeliness(const Date& due, const std::optional<Date>& submitted, const Date& today) {
  const int64_t due_day = days_from_civil(due);
  if (submitted) {
    const auto late = static_cast<int>(days_from_civil(*submitted) - due_day);
    if (late <= 0) return {Timeliness::State::kOnTime, 0};
    return {Timeliness::State::kLate, late};
  }
  const auto overdue = static_cast<int>(days_from_civil(today) - due_day);
  if (overdue > 0) return {Timeliness::State::kMissing, overdue};
  return {Timeliness::State::kPending, -overdue};
}

}  // namespace bd
