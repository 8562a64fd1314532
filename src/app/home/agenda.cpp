#include "app/home/agenda.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "app/access.h"
#include "app/activities/activities.h"
#include "app/plans/plans.h"
#include "app/registers/access.h"
#include "app/reports/access.h"
#include "core/observances.h"

namespace bd::app {
namespace {

int days_between(const Date& from, const Date& to) {
  return static_cast<int>(days_from_civil(to) - days_from_civil(from));
}

// Whether a plan is the plan of `year`: an annual plan of that year, or a
// phase plan whose period holds it.
bool covers(const PlanRecord& p, int year) {
  nlohmann::json c;
  try {
    c = nlohmann::json::parse(p.content);
  } catch (const std::exception&) {
    return p.year == year;
  }
  if (!c.is_object()) return p.year == year;
  const int own = c.value("year", p.year);
  const int from = c.value("period_from", own), to = c.value("period_to", from);
  return from <= year && year <= to;
}

AgendaPlan plan_of(storage::Tx& tx, const PlanRecord& p) {
  const PlanView v = get_view(tx, p);
  AgendaPlan out{p.id, v.org_code, v.org_name, "", std::nullopt};
  if (p.number > 0) out.number = v.number_line.substr(v.number_line.find(' ') + 1);  // "Số: 01/KH-…" → "01/KH-…"
  if (!p.issued_on.empty()) out.issued_on = parse_date(p.issued_on);
  return out;
}

// The issued plan of `year` of the nearest ancestor that has one.
std::optional<AgendaPlan> nearest_issued(storage::Tx& tx, const OrgUnit& unit, int year) {
  for (auto up = unit.parent_id ? tx.org_by_id(*unit.parent_id) : std::nullopt; up;
       up = up->parent_id ? tx.org_by_id(*up->parent_id) : std::nullopt)
    for (const auto& p : tx.plans_of(up->id))  // newest first
      if (p.status == PlanStatus::kIssued && covers(p, year)) return plan_of(tx, p);
  return std::nullopt;
}

// The year's plan: nothing when issued; its draft; or the ancestor's plan to draft it from.
std::optional<AgendaItem> plan_item(storage::Tx& tx, const Actor& a, const OrgUnit& unit, int year) {
  std::optional<PlanRecord> draft;  // or awaiting signature
  for (const auto& p : tx.plans_of(unit.id)) {
    if (!covers(p, year)) continue;
    // Issued (a superseded one has a newer version).
    if (p.status == PlanStatus::kIssued || p.status == PlanStatus::kSuperseded) return std::nullopt;
    if (!draft) draft = p;
  }
  AgendaItem item;
  const bool signing = draft && draft->status == PlanStatus::kSigning;
  item.kind = !draft ? AgendaKind::kPlanMissing : signing ? AgendaKind::kPlanSigning : AgendaKind::kPlanDraft;
  item.org_code = unit.code;
  item.org_name = unit.name;
  item.year = year;
  const PlanRights rights = plan_rights(a, unit);
  item.can_act = signing ? rights.issue : rights.write;
  item.plan = draft ? std::optional(plan_of(tx, *draft)) : nearest_issued(tx, unit, year);
  // The note sent with it, or the signer's comment when sent back.
  if (const auto s = draft ? plan_signing(*draft) : std::nullopt; s && signing)
    item.comment = s->note, item.returned_by = s->sent_by_name;
  else if (s && !s->comment.empty())
    item.comment = s->comment, item.returned_by = s->returned_by_name;
  return item;
}

// Open follow-up items due within kAgendaDueSoonDays or overdue, of the
// inspections of the unit, and of those it carried out when the actor inspects for it.
void add_followups(storage::Tx& tx, const Actor& a, const OrgUnit& unit, const Date& today,
                   std::vector<AgendaItem>& out) {
  auto add = [&](const Inspection& i, AgendaKind kind, const OrgUnit& other, bool can_act) {
    for (const auto& f : i.followups) {
      const auto due = parse_date(f.due);
      if (f.status == "done" || !due || days_between(today, *due) > kAgendaDueSoonDays) continue;
      AgendaItem item;
      item.kind = kind;
      item.org_code = other.code;
      item.org_name = other.name;
      item.can_act = can_act;
      item.due = due;
      item.days_left = days_between(today, *due);
      item.inspection_id = i.id;
      item.followup_id = f.id;
      item.inspected_on = parse_date(i.date);
      item.text = f.text;
      out.push_back(std::move(item));
    }
  };
  const bool responds = can_respond(a, unit).ok();
  for (const auto& i : tx.inspections_of(unit.id))
    if (auto by = tx.org_by_id(i.by_org_id)) add(i, AgendaKind::kFollowUp, *by, responds);
  if (!can_inspect_from(a, unit).ok()) return;
  for (const auto& i : tx.inspections_by(unit.id)) {
    auto of = tx.org_by_id(i.org_id);
    if (of && can_view(a, *of).ok()) add(i, AgendaKind::kFollowUpBy, *of, can_inspect(a, unit, *of).ok());
  }
}

// The unit's activities planned this week, and this week's observances it
// has planned nothing for.
void add_week(storage::Tx& tx, const Actor& a, const OrgUnit& unit, const Agenda& g, std::vector<AgendaItem>& out) {
  const bool can_plan = can_enter_data(a, unit).ok();
  for (const auto& act : tx.activities_of(unit.id, iso(g.week_start), iso(g.week_end))) {
    if (act.status != ActivityStatus::kPlanned) continue;
    AgendaItem item;
    item.kind = AgendaKind::kActivity;
    item.org_code = unit.code;
    item.org_name = unit.name;
    item.can_act = can_plan;
    item.activity_id = act.id;
    item.text = act.title;
    item.start = parse_date(act.start);
    item.end = parse_date(act.end);
    out.push_back(std::move(item));
  }
  const auto week = observances_between(g.week_start, g.week_end);
  if (week.empty()) return;
  // An activity stands for an observance of the year it starts in.
  std::set<std::string> planned;
  for (const auto& act :
       tx.activities_of(unit.id, iso(Date{g.week_start.year, 1, 1}), iso(Date{g.week_end.year, 12, 31})))
    for (const auto& key : calendar_items_of(act)) planned.insert(key);
  for (const auto& o : week) {
    const std::string key = observance_item(o.observance->code, o.start.year);
    if (planned.count(key)) continue;
    AgendaItem item;
    item.kind = AgendaKind::kObservance;
    item.org_code = unit.code;
    item.org_name = unit.name;
    item.can_act = can_plan;
    item.text = o.observance->name_vi;
    item.start = o.start;
    item.end = o.end;
    item.calendar_item = key;
    out.push_back(std::move(item));
  }
}

// The unit's reports that are returned, overdue or due within kAgendaDueSoonDays.
void add_reports(const Actor& a, const OrgUnit& unit, const std::vector<ReportSummary>& list, const Date& today,
                 std::vector<AgendaItem>& out) {
  const bool can_submit = can_submit_report(a, unit).ok();
  for (const auto& r : list) {
    if (!r.due || !r.timeliness) continue;
    const auto state = r.timeliness->state;
    const bool returned = r.status == ReportStatus::kReturned;  // asked for again: shown however old
    const bool due = r.status == ReportStatus::kDraft &&
                     ((state == Timeliness::State::kMissing && r.timeliness->days <= kAgendaOverdueDays) ||
                      (state == Timeliness::State::kPending && r.timeliness->days <= kAgendaDueSoonDays));
    if (!returned && !due) continue;
    AgendaItem item;
    item.kind = returned ? AgendaKind::kReportReturned : AgendaKind::kReportDue;
    item.org_code = unit.code;
    item.org_name = unit.name;
    item.can_act = can_submit;
    item.due = r.due;
    item.days_left = days_between(today, *r.due);
    item.period = r.period.code();
    item.period_label = r.period.label_vi();
    if (returned) {
      item.comment = r.comment;
      item.returned_by = r.decided_by;  // a username until names() turns it into a name
    }
    out.push_back(std::move(item));
  }
}

// Per period: the children's reports waiting for the actor's approval, and
// the children the actor follows up that have not reported past the due date.
void add_children(const Actor& a, const std::vector<ChildrenCompleteness>& periods, std::vector<AgendaItem>& out) {
  for (const auto& c : periods) {
    AgendaItem waiting, missing;
    for (auto* item : {&waiting, &missing}) {
      item->org_code = c.unit.code;
      item->org_name = c.unit.name;
      item->period = c.period.code();
      item->period_label = c.period.label_vi();
      item->can_act = true;
    }
    waiting.kind = AgendaKind::kApprovals;
    missing.kind = AgendaKind::kChildrenMissing;
    for (const auto& row : c.rows) {
      if (row.status == ReportStatus::kSubmitted && can_approve_report(a, row.unit).ok()) {
        ++waiting.count;
        if (waiting.units.size() < kAgendaUnitsNamed) waiting.units.push_back({row.unit.code, row.unit.name});
        if (row.due && (!waiting.due || *row.due < *waiting.due)) waiting.due = row.due;
      }
      if (!row.expected || !can_exempt_report(a, row.unit).ok()) continue;
      ++missing.expected;
      if (row.due && (!missing.due || *row.due < *missing.due)) missing.due = row.due;
      if (!row.timeliness) continue;
      if (row.timeliness->state == Timeliness::State::kLate) ++missing.late;
      if (row.timeliness->state != Timeliness::State::kMissing) continue;
      ++missing.count;
      if (missing.units.size() < kAgendaUnitsNamed) missing.units.push_back({row.unit.code, row.unit.name});
    }
    for (auto* item : {&waiting, &missing}) {
      if (item->count == 0) continue;
      if (item == &missing && missing.due && days_between(*missing.due, c.today) > kAgendaOverdueDays) continue;
      if (item->due) item->days_left = days_between(c.today, *item->due);
      out.push_back(std::move(*item));
    }
  }
}

// Furthest from the goal first: not met and off track, … , met, no figures.
int urgency(const TargetState& t) {
  const int track = t.trajectory == "off_track" ? 0 : t.trajectory == "at_risk" ? 1 : 2;
  if (t.status == "not_met") return track;
  if (t.status == "met") return 3 + track;
  return 6;
}

}  // namespace

std::string_view agenda_kind_code(AgendaKind k) {
  switch (k) {
    case AgendaKind::kPlanMissing:
      return "plan_missing";
    case AgendaKind::kPlanDraft:
      return "plan_draft";
    case AgendaKind::kPlanSigning:
      return "plan_signing";
    case AgendaKind::kReportReturned:
      return "report_returned";
    case AgendaKind::kReportDue:
      return "report_due";
    case AgendaKind::kApprovals:
      return "approvals";
    case AgendaKind::kChildrenMissing:
      return "children_missing";
    case AgendaKind::kFollowUp:
      return "followup";
    case AgendaKind::kFollowUpBy:
      return "followup_by";
    case AgendaKind::kActivity:
      return "activity";
    case AgendaKind::kObservance:
      return "observance";
  }
  return "plan_missing";
}

Result<Agenda> Home::agenda(const Actor& a) {
  Agenda g;
  g.today = vietnam_date(clock_.now());
  g.week_start = add_days(g.today, 1 - iso_weekday(g.today));
  g.week_end = add_days(g.week_start, 6);
  std::vector<Period> periods;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, a.org_code, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    g.unit = *unit;
    if (unit->parent_id)
      if (auto parent = tx.org_by_id(*unit->parent_id)) g.parent_name = parent->name;
    if (unit->is_closed()) return Status::Ok();  // nothing more to do there
    if (auto plan = plan_item(tx, a, *unit, g.today.year)) g.items.push_back(std::move(*plan));
    add_followups(tx, a, *unit, g.today, g.items);
    add_week(tx, a, *unit, g, g.items);
    periods = recent_periods(tx.data_sets(), std::nullopt, g.today);
    return Status::Ok();
  });
  if (!st) return st.error();

  if (!g.unit.is_closed()) {
    auto own = reports_.list(a, g.unit.code);
    if (!own) return own.error();
    add_reports(a, g.unit, *own, g.today, g.items);
    if (a.roles.has(Role::kApprover) || a.roles.has(Role::kManager) || a.roles.has(Role::kAdmin)) {
      auto children = reports_.children_completeness(a, g.unit.code, periods);
      if (!children) return children.error();
      add_children(a, *children, g.items);
    }
    st = store_.read([&](storage::Tx& tx) -> Status {  // who returned the reports, by name
      for (auto& item : g.items)
        if (!item.returned_by.empty())
          if (auto u = tx.user_by_username(item.returned_by)) item.returned_by = u->full_name;
      return Status::Ok();
    });
    if (!st) return st.error();
  }
  std::stable_sort(g.items.begin(), g.items.end(), [](const AgendaItem& x, const AgendaItem& y) {
    auto key = [](const AgendaItem& i) {  // by kind, then the earliest date (undated last)
      const auto d = i.due ? i.due : i.start;
      return std::make_tuple(i.kind, !d, d.value_or(Date{}));
    };
    return key(x) < key(y);
  });

  // This year's targets, or last year's while this year has no figures yet.
  auto has_figures = [](const UnitTargets& u) {
    return std::any_of(u.targets.begin(), u.targets.end(), [](const TargetState& s) { return s.value.has_value(); });
  };
  auto targets = dashboard_.targets(a, g.unit.code, std::to_string(g.today.year));
  if (!targets) return targets.error();
  if (!has_figures(*targets)) {
    auto last = dashboard_.targets(a, g.unit.code, std::to_string(g.today.year - 1));
    if (!last) return last.error();
    if (has_figures(*last)) targets = std::move(last);
  }
  g.targets_period = targets->period.code();
  g.targets_total = static_cast<int>(targets->targets.size());
  g.targets = std::move(targets->targets);
  std::stable_sort(g.targets.begin(), g.targets.end(),
                   [](const TargetState& x, const TargetState& y) { return urgency(x) < urgency(y); });
  if (g.targets.size() > kAgendaTargets) g.targets.resize(kAgendaTargets);
  return g;
}

}  // namespace bd::app
