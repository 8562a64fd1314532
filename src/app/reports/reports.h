// Use cases for periodic reports (báo cáo định kỳ): a unit's report for a
// period with the forms due from it, its figures and its targets; the
// narrative; submit, approve (locks the unit's figures for the period),
// return, reopen and exempt, each audited in its transaction; and the
// completeness of a unit's children and subtree for a period.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "app/analytics/dashboard.h"
#include "app/reports/report_board.h"
#include "app/reports/submission_check.h"
#include "core/activity.h"
#include "core/catalog.h"
#include "core/report.h"
#include "core/report_deadlines.h"
#include "storage/store.h"

namespace bd::app {

// A form (data set) due from the unit for the period.
struct DueDataSet {
  DataSet set;
  std::optional<Date> due;
  int expected = 0;  // cells of the form: elements × their options
  int filled = 0;    // of them, entered
  struct Value {
    std::string element, option;
    std::optional<double> number;
    std::string text;
  };
  std::vector<Value> values;  // the unit's values of this form for the period
};

// What the actor may do to the report now (status and role together).
struct ReportAllowed {
  bool edit = false, submit = false, approve = false, send_back = false, reopen = false, exempt = false;
};

struct ReportView {
  ReportRecord record;  // id 0: nothing stored yet, a draft view
  OrgUnit unit;
  std::optional<OrgUnit> parent;
  Period period;
  nlohmann::json narrative;  // the four fields (normalize_report_narrative)
  // The same four drafted from the figures (narrative_draft.h), for a live
  // report; empty for an approved record shown as it was approved.
  nlohmann::json draft = nlohmann::json::object();
  std::vector<DueDataSet> data_sets;
  std::optional<Date> due;  // the earliest due date of the forms
  std::optional<Timeliness> timeliness;
  std::vector<TargetState> targets;
  // The unit's activities that overlap the period, cancelled ones left out,
  // oldest first; and the people the done ones reached, by sex.
  std::vector<ActivityRecord> activities;
  int activities_done = 0;
  Participants reached;
  bool locked = false;  // the unit's figures for the period are locked
  ReportAllowed allowed;
  // What the live report lacks (submission_check.h): asked about before it
  // is submitted; a blank required element refuses the submission.
  SubmissionGaps gaps;
  // Its approvals, oldest first (records not read), and the one shown: an
  // approved report shows its last approval's record (frozen_report.h), an
  // earlier version is shown when asked for, 0 is the live report.
  std::vector<ReportVersion> versions;
  int shown_version = 0;
  // The record shown is the approval the report stands on now (not an
  // earlier one, which is read only).
  bool shows_current_approval() const {
    return record.status == ReportStatus::kApproved && shown_version > 0 &&
           shown_version == static_cast<int>(versions.size());
  }
};

// One row of a unit's list of reports.
struct ReportSummary {
  Period period;
  ReportStatus status = ReportStatus::kDraft;
  bool stored = false;
  std::optional<Date> due;
  std::optional<Timeliness> timeliness;
  std::string comment;     // why it was returned, reopened or exempted
  std::string decided_by;  // who did it (username)
};

struct CompletenessCounts {
  int expected = 0;      // units with a form due, not exempted
  int submitted = 0;     // of them, submitted or approved
  int on_time = 0, late = 0;  // the submitted, by their due date
  int approved = 0;
  int returned = 0;      // sent back, to be submitted again
  int missing = 0;       // not submitted yet (draft or nothing)
  int not_required = 0;  // exempted
};

struct UnitCompleteness {
  OrgUnit unit;
  bool expected = false;      // has a form due and is not exempted
  ReportStatus status = ReportStatus::kDraft;
  std::optional<Date> due;
  std::optional<Timeliness> timeliness;  // unset when nothing is due
  int64_t submitted_at = 0;
  bool has_children = false;
  CompletenessCounts below;   // the unit's own subtree, itself excluded
};

struct Completeness {
  OrgUnit unit;
  Period period;
  Date today;  // the Vietnam date the timeliness is reckoned at
  CompletenessCounts children, subtree;  // direct children; whole subtree (the unit excluded)
  std::vector<UnitCompleteness> rows;    // open direct children, in tree order
  std::vector<UnitCompleteness> missing; // subtree: expected, not submitted (most overdue first)
  std::vector<UnitCompleteness> returned;
  std::vector<UnitCompleteness> late;    // subtree: submitted after the due date (latest first)
};

// The direct children only: what the approvers of a unit act on.
struct ChildrenCompleteness {
  OrgUnit unit;
  Period period;
  Date today;
  CompletenessCounts counts;
  std::vector<UnitCompleteness> rows;  // open direct children, in id order
};

// Several reports of one period approved together (the completeness page):
// what the check found, and what was done.
struct ApprovalCheck {
  std::vector<ReportView> ready;  // submitted, and the actor may approve them
  // Those that may not be approved now: org code, the reason with the unit's name.
  std::vector<std::pair<std::string, std::string>> refused;
  // How many of the refused the actor may not approve at all (scope, role),
  // whatever their state.
  size_t forbidden = 0;
};
struct BulkApproval {
  std::vector<ReportView> approved;  // in the order given
  // Changed by someone else between the check and the approval: org code, reason.
  std::vector<std::pair<std::string, std::string>> failed;
};

class Reports {
 public:
  Reports(storage::Store& store, Dashboard& dashboard, const Clock& clock)
      : store_(store), dashboard_(dashboard), clock_(clock), board_(store) {}

  // The report of `org` for `period`; a draft view (nothing written) when
  // there is none yet. An approved report reads as it was approved; `version`
  // (> 0) asks for one of its approvals, read only.
  Result<ReportView> get(const Actor& a, const std::string& org, const std::string& period, int version = 0);
  // The unit's reports of recent periods (and any stored), newest due first.
  Result<std::vector<ReportSummary>> list(const Actor& a, const std::string& org);
  // Changes the given narrative fields (draft or returned; the unit's editor).
  Result<ReportView> save(const Actor& a, const std::string& org, const std::string& period,
                          const nlohmann::json& narrative);
  Result<ReportView> submit(const Actor& a, const std::string& org, const std::string& period);
  // The parent's approver: approves and locks the unit's figures, and keeps
  // what the report says as its next version.
  Result<ReportView> approve(const Actor& a, const std::string& org, const std::string& period);
  // The reports of `orgs` for `period` that the actor may approve now, and
  // the others with the reason (nothing is written). At most 500 units;
  // repeats are ignored.
  Result<ApprovalCheck> check_approvals(const Actor& a, const std::vector<std::string>& orgs,
                                        const std::string& period);
  // Approves them all, each as approve() does (locked, kept as a version,
  // audited, in its own transaction), or none: when the check refuses any,
  // nothing is approved and the error lists each refused unit (forbidden
  // when the actor may approve none of them, a conflict otherwise).
  Result<BulkApproval> approve_many(const Actor& a, const std::vector<std::string>& orgs, const std::string& period);
  // The parent's approver: sends it back; `comment` is required.
  Result<ReportView> send_back(const Actor& a, const std::string& org, const std::string& period,
                               const std::string& comment);
  // The parent's approver: reopens an approved report (unlocks the figures)
  // or an exemption; `reason` is required.
  Result<ReportView> reopen(const Actor& a, const std::string& org, const std::string& period,
                            const std::string& reason);
  // The parent's approver or manager: the unit need not report this period.
  Result<ReportView> mark_not_required(const Actor& a, const std::string& org, const std::string& period,
                                       const std::string& reason);
  Result<Completeness> completeness(const Actor& a, const std::string& org, const std::string& period);
  // The same for the direct children alone, with one query for the children
  // and one for their reports, however large the subtree below them.
  // One result per period, in the order given.
  Result<std::vector<ChildrenCompleteness>> children_completeness(const Actor& a, const std::string& org,
                                                                  const std::vector<Period>& periods);
  // What completeness reads from: to be told of changes made elsewhere
  // (the tree, bulk loads, other nodes' notices).
  ReportBoard& board() { return board_; }

 private:
  Result<ReportView> transition(const Actor& a, const std::string& org, const std::string& period,
                                ReportAction action, const std::string& comment,
                                const nlohmann::json* narrative = nullptr);

  storage::Store& store_;
  Dashboard& dashboard_;
  const Clock& clock_;
  ReportBoard board_;
};

// The approval asked for in a request ("" → 0, the report itself; else 1, 2, …).
Result<int> parse_report_version(const std::string& text);
// The fields of a narrative, in form order.
const std::vector<std::string>& narrative_fields();
// Validates and normalises narrative fields (only known ones, strings, NFC,
// trimmed, size limit). Errors name the field.
Result<nlohmann::json> normalize_report_narrative(const nlohmann::json& in);
// The Vietnam date (UTC+7) of a Unix time.
Date vietnam_date(int64_t unix_seconds);
// The recent periods of the forms of `sets` due from a unit of `type` (of
// any type when unset): of each form, the period that holds `today` and the
// ones before it — three for half-years, quarters and months, one for years.
// In period order, without repeats.
std::vector<Period> recent_periods(const std::vector<DataSet>& sets, std::optional<OrgType> type, const Date& today);
// How one unit stands for a period: the forms due from it, its report
// (`report` null when it has none), the due date and timeliness at `today`.
UnitCompleteness report_standing(const OrgUnit& u, const ReportState* report, const std::vector<DataSet>& sets,
                                 const Period& p, const Date& today);
// Adds one unit's standing to the counts.
void count_standing(CompletenessCounts& c, const UnitCompleteness& r);
// A plain-text reminder of the units still to report, ready to paste into an
// e-mail (Vietnamese, dates dd/mm/yyyy): every one of them by name when they
// are at most kRemindedInFull, else one line per direct child with what it
// and its subtree still owe (each level reminds the level below it).
inline constexpr size_t kRemindedInFull = 100;
std::string reminder_text(const Completeness& c);

}  // namespace bd::app
