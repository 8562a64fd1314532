// Periodic reports (báo cáo định kỳ) as data: the status of a unit's report
// for a period, the moves between statuses, and whether it came in on time.
// The narrative (results, shortcomings, directions, proposals) is JSON held
// by app/reports/reports.cpp; this header keeps what needs no JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/dates.h"

namespace bd {

enum class ReportStatus { kDraft, kSubmitted, kApproved, kReturned, kNotRequired };
// "draft", "submitted", "approved", "returned", "not_required"
std::string_view report_status_code(ReportStatus s);
std::optional<ReportStatus> parse_report_status(std::string_view s);
std::string_view report_status_label_vi(ReportStatus s);  // "Đang soạn", "Đã nộp", ...
std::string_view report_status_label_en(ReportStatus s);

// What someone does to a report. Who may do it is app/reports/access.h's business.
enum class ReportAction {
  kSave,            // edit the narrative
  kSubmit,          // send it up to the parent
  kApprove,         // the parent accepts it (locks the unit's figures)
  kReturn,          // the parent sends it back with a comment
  kReopen,          // the parent takes back an approval (or a "not required")
  kMarkNotRequired, // the parent exempts the unit for this period
};
std::string_view report_action_code(ReportAction a);  // "save", "submit", ... "not_required"
// The status after `a` from `from`, or nullopt when the move is not allowed:
// save keeps draft/returned; submit from draft or returned; approve and
// return from submitted; reopen from approved (→ returned) or not required
// (→ draft); not required from draft or returned.
std::optional<ReportStatus> next_report_status(ReportStatus from, ReportAction a);

struct ReportRecord {
  int64_t id = 0;             // 0 until first written
  int64_t org_id = 0;
  std::string period;         // DHIS2 code
  ReportStatus status = ReportStatus::kDraft;
  std::string narrative;      // JSON object (app/reports/reports.cpp)
  int64_t submitted_at = 0;   // Unix seconds of the latest submission, 0 if never
  int64_t first_submitted_at = 0;  // the first submission (timeliness counts from it), 0 if never or not recorded
  std::string submitted_by;
  int64_t decided_at = 0;     // latest approval, return, reopening or exemption
  std::string decided_by;
  std::string comment;        // why it was returned, reopened or exempted
  int64_t updated_at = 0;
  std::string updated_by;
};

// What a report said when it was approved (app/reports/frozen_report.h):
// each approval adds the next version, and a reopened report keeps its
// earlier ones.
struct ReportVersion {
  int64_t report_id = 0;
  int version = 0;  // 1, 2, … in order of approval
  int64_t approved_at = 0;
  std::string approved_by;
  std::string record;  // JSON
};

// What completeness needs of a report: whose it is, where it stands, and
// when it was last submitted (0 if never).
struct ReportState {
  int64_t org_id = 0;
  ReportStatus status = ReportStatus::kDraft;
  int64_t submitted_at = 0;
  int64_t first_submitted_at = 0;
};
inline ReportState state_of(const ReportRecord& r) {
  return {r.org_id, r.status, r.submitted_at, r.first_submitted_at};
}

// The submission a report's timeliness counts from, 0 if none: the first one,
// while the report is submitted, approved or returned to be sent again (a
// report sent on time and returned later was still on time). Records from
// before the first submission was kept fall back to the latest.
int64_t timeliness_submission(ReportStatus status, int64_t first_submitted_at, int64_t submitted_at);

// Whether a report came in by its due date, as of `today`.
struct Timeliness {
  enum class State {
    kOnTime,   // submitted on or before the due date
    kLate,     // submitted after it; `days` late
    kMissing,  // not submitted and the due date has passed; `days` overdue
    kPending,  // not submitted, not yet due; `days` left (0 on the due date)
  };
  State state = State::kPending;
  int days = 0;
};
std::string_view timeliness_code(Timeliness::State s);  // "on_time", "late", "missing", "pending"
Timeliness timeliness(const Date& due, const std::optional<Date>& submitted, const Date& today);

}  // namespace bd
