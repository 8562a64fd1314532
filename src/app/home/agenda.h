// The home page's agenda: what the actor's unit needs doing now, most
// pressing kinds first — the year's plan, the unit's reports, the children's
// reports to approve or chase, inspection follow-up items, this week's
// activities and observances — and a handful of its targets. Read-only; each
// item is one the actor may act on or read, and names what it links to.
// "Today" is the Vietnam date of the App's Clock.
//
// Cost: a fixed number of indexed queries on the unit, its ancestors and its
// direct children; never a query over the whole subtree.
// Thread-safe (all state lives in the Store).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/analytics/dashboard.h"
#include "app/context.h"
#include "app/reports/reports.h"
#include "core/dates.h"
#include "core/org.h"
#include "storage/store.h"

namespace bd::app {

enum class AgendaKind {
  kPlanMissing,      // no plan for the year; `plan`: the nearest ancestor's issued plan to draft it from
  kPlanDraft,        // the year's plan is still a draft; `plan`: the draft; once sent back
                     // from signing, `comment` and `returned_by` (the signer's name)
  kPlanSigning,      // the year's plan awaits the head's signature; `plan`; `comment`: the
                     // note sent with it, `returned_by`: who sent it; `can_act`: may sign
  kReportReturned,   // the unit's report was sent back; `comment`, `returned_by`
  kReportDue,        // the unit's report is due within kAgendaDueSoonDays, or overdue (within kAgendaOverdueDays)
  kApprovals,        // children's reports of `period` waiting for the actor's approval
  kChildrenMissing,  // children that have not sent the report of `period` past its due date (within kAgendaOverdueDays)
  kFollowUp,         // an open follow-up item of an inspection of the unit
  kFollowUpBy,       // an open follow-up item of an inspection the unit carried out
  kActivity,         // an activity of the unit planned this week
  kObservance,       // an observance this week with no activity of the unit planned from it
};
// "plan_missing", "plan_draft", "plan_signing", "report_returned", "report_due", "approvals",
// "children_missing", "followup", "followup_by", "activity", "observance"
std::string_view agenda_kind_code(AgendaKind k);

// Reports and follow-up items show from this many days before their due date.
inline constexpr int kAgendaDueSoonDays = 30;
// Reports overdue for longer than this are left to the reports pages.
inline constexpr int kAgendaOverdueDays = 365;
// How many children an approvals or missing-children item names.
inline constexpr size_t kAgendaUnitsNamed = 10;
// How many targets the agenda carries.
inline constexpr size_t kAgendaTargets = 5;

// A plan an item names.
struct AgendaPlan {
  int64_t id = 0;
  std::string org_code, org_name;  // its unit
  std::string number;              // "01/KH-SGDĐT"; "" for a draft
  std::optional<Date> issued_on;
};

// A child unit an item names, with its report's period.
struct AgendaUnit {
  std::string code, name;
};

struct AgendaItem {
  AgendaKind kind = AgendaKind::kPlanMissing;
  // The unit the item is about: the actor's own, or for kFollowUpBy the
  // inspected unit and for kFollowUp the inspecting one.
  std::string org_code, org_name;
  bool can_act = false;  // the actor may do what the item asks; otherwise it is there to read
  std::optional<Date> due;
  int days_left = 0;  // to `due`; negative: overdue by that many days
  // Plans.
  int year = 0;
  std::optional<AgendaPlan> plan;
  // Reports.
  std::string period, period_label;  // "2026S1", "6 tháng đầu năm 2026"
  std::string comment, returned_by;  // kReportReturned: the comment, the returner's full name
  int count = 0;                     // kApprovals: reports waiting; kChildrenMissing: children overdue
  int expected = 0;                  // kChildrenMissing: children expected to report
  int late = 0;                      // kChildrenMissing: children that sent it late
  std::vector<AgendaUnit> units;     // the children concerned (at most kAgendaUnitsNamed)
  // Inspections.
  int64_t inspection_id = 0, followup_id = 0;
  std::optional<Date> inspected_on;
  // Follow-up item, activity or observance.
  std::string text;
  // This week.
  int64_t activity_id = 0;
  std::optional<Date> start, end;
  std::string calendar_item;  // kObservance: the key that plans an activity from it
};

struct Agenda {
  OrgUnit unit;
  std::string parent_name;           // "" at the root
  Date today, week_start, week_end;  // the week: Monday to Sunday
  std::vector<AgendaItem> items;     // in AgendaKind order, then by due date
  // A handful of the unit's targets for `targets_period` (this year, or last
  // year when this year has no figures yet), furthest from their goal first.
  std::string targets_period;
  std::vector<TargetState> targets;
  int targets_total = 0;  // every target that concerns the unit
};

class Home {
 public:
  Home(storage::Store& store, Reports& reports, Dashboard& dashboard, const Clock& clock)
      : store_(store), reports_(reports), dashboard_(dashboard), clock_(clock) {}

  // The agenda of the actor's own unit.
  Result<Agenda> agenda(const Actor& a);

 private:
  storage::Store& store_;
  Reports& reports_;
  Dashboard& dashboard_;
  const Clock& clock_;
};

}  // namespace bd::app
