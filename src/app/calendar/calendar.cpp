#include "app/calendar/calendar.h"

#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/activities/activities.h"
#include "app/plans/plans.h"
#include "core/observances.h"
#include "core/period.h"

namespace bd::app {
namespace {

constexpr int64_t kMaxSpanDays = 3 * 366;
constexpr int kMinYear = 2000, kMaxYear = 2100;
const char* kUidDomain = "@binhdang";

bool overlaps(const Date& start, const Date& end, const Date& from, const Date& to) {
  return !(end < from || to < start);
}

void add_observances(const OrgUnit& unit, const Date& from, const Date& to, std::vector<CalendarEvent>& out) {
  for (const auto& o : observances_between(from, to)) {
    CalendarEvent e;
    e.kind = EventKind::kObservance;
    e.start = o.start;
    e.end = o.end;
    e.title = o.observance->name_vi;
    e.code = o.observance->code;
    e.uid = "obs-" + e.code + "-" + std::to_string(o.start.year) + "-" + unit.code + kUidDomain;
    e.item = observance_item(e.code, o.start.year);
    out.push_back(std::move(e));
  }
}

// Each schedule item of the unit's issued and draft plans covers its month.
void add_plan_items(storage::Tx& tx, const OrgUnit& unit, const Date& from, const Date& to,
                    std::vector<CalendarEvent>& out) {
  for (const auto& record : tx.plans_of(unit.id)) {
    if (record.status == PlanStatus::kSuperseded) continue;
    const PlanView plan = get_view(tx, record);
    const int year = record.year > 0 ? record.year : plan.content.value("year", 0);
    if (year < from.year || year > to.year || !plan.content.contains("schedule")) continue;
    const auto& schedule = plan.content["schedule"];
    for (size_t i = 0; i < schedule.size(); ++i) {
      const int month = schedule[i].value("month", 0);
      if (month < 1 || month > 12) continue;
      const Date start{year, month, 1}, end{year, month, days_in_month(year, month)};
      if (!overlaps(start, end, from, to)) continue;
      CalendarEvent e;
      e.kind = EventKind::kPlan;
      e.start = start;
      e.end = end;
      e.title = schedule[i].value("work", "");
      e.responsible = schedule[i].value("responsible", "");
      e.plan_id = record.id;
      if (record.number > 0)  // "Số: 01/KH-THCSTM" → "01/KH-THCSTM"
        e.plan_number = plan.number_line.substr(plan.number_line.find(' ') + 1);
      e.plan_subject = plan.content.value("subject", "");
      e.draft = record.status == PlanStatus::kDraft || record.status == PlanStatus::kSigning;
      e.uid = "plan-" + std::to_string(record.id) + "-" + std::to_string(i) + kUidDomain;
      e.item = plan_item(record.id, static_cast<int>(i));
      if (e.title.empty()) e.title = e.plan_subject.empty() ? "Công việc theo kế hoạch" : e.plan_subject;
      out.push_back(std::move(e));
    }
  }
}

// The due date of every period of the unit's data sets that falls in range.
void add_deadlines(storage::Tx& tx, const OrgUnit& unit, const Date& from, const Date& to,
                   std::vector<CalendarEvent>& out) {
  for (const auto& set : tx.data_sets()) {
    if (!set.applies_to(unit.type)) continue;
    // Due dates may fall in the year after the period: start two years back.
    for (const auto& p : periods_between(set.period_type, Date{from.year - 2, 1, 1}, to)) {
      const auto due = set.deadline.due(p);
      if (!due || *due < from || to < *due) continue;
      CalendarEvent e;
      e.kind = EventKind::kDeadline;
      e.start = e.end = *due;
      e.title = "Hạn gửi báo cáo: " + set.name_vi + " — " + p.label_vi();
      e.code = set.code;
      e.period = p.code();
      e.uid = "due-" + set.code + "-" + e.period + "-" + unit.code + kUidDomain;
      out.push_back(std::move(e));
    }
  }
}

// Links each observance and schedule item to the activity already planned
// from it, if any.
void link_activities(storage::Tx& tx, const OrgUnit& unit, std::vector<CalendarEvent>& events) {
  std::map<std::string, int64_t> planned;
  for (const auto& a : tx.activities_of(unit.id, "", ""))
    for (const auto& key : calendar_items_of(a)) planned.emplace(key, a.id);
  for (auto& e : events)
    if (auto it = planned.find(e.item); !e.item.empty() && it != planned.end()) e.activity_id = it->second;
}

bool before(const CalendarEvent& a, const CalendarEvent& b) {
  if (a.start != b.start) return a.start < b.start;
  if (a.kind != b.kind) return a.kind < b.kind;
  return a.title < b.title;
}

}  // namespace

std::string_view event_kind_code(EventKind k) {
  switch (k) {
    case EventKind::kObservance: return "observance";
    case EventKind::kPlan: return "plan";
    case EventKind::kDeadline: return "deadline";
  }
  return "observance";
}

std::string_view event_kind_label_vi(EventKind k) {
  switch (k) {
    case EventKind::kObservance: return "Ngày kỷ niệm";
    case EventKind::kPlan: return "Kế hoạch";
    case EventKind::kDeadline: return "Hạn báo cáo";
  }
  return "Ngày kỷ niệm";
}

std::string event_description(const CalendarEvent& e) {
  if (e.kind != EventKind::kPlan) return "";
  std::string out;
  if (!e.responsible.empty()) out = "Phụ trách: " + e.responsible + ". ";
  out += e.draft ? "Dự thảo kế hoạch" : "Kế hoạch";
  if (!e.plan_number.empty()) out += " số " + e.plan_number;
  if (!e.plan_subject.empty()) out += ": " + e.plan_subject;
  return out + ".";
}

Result<CalendarView> Calendar::between(const Actor& a, const std::string& org, const Date& from, const Date& to) {
  if (to < from) return Error::Validation("Ngày kết thúc phải sau ngày bắt đầu.", "to");
  if (from.year < kMinYear || to.year > kMaxYear)
    return Error::Validation("Lịch chỉ có cho các năm từ 2000 đến 2100.", "year");
  if (days_from_civil(to) - days_from_civil(from) > kMaxSpanDays)
    return Error::Validation("Mỗi lần chỉ xem được lịch tối đa 3 năm.", "to");
  CalendarView view;
  view.from = from;
  view.to = to;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    const std::string code = org.empty() ? a.org_code : org;
    auto unit = find_unit(tx, code, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    view.unit = *unit;
    add_observances(*unit, from, to, view.events);
    add_plan_items(tx, *unit, from, to, view.events);
    add_deadlines(tx, *unit, from, to, view.events);
    link_activities(tx, *unit, view.events);
    view.can_add_activities = can_enter_data(a, *unit).ok() && !unit->is_closed();
    return Status::Ok();
  });
  if (!st) return st.error();
  std::stable_sort(view.events.begin(), view.events.end(), before);
  return view;
}

Result<CalendarView> Calendar::month(const Actor& a, const std::string& org, int year, int month) {
  if (month < 1 || month > 12) return Error::Validation("Tháng phải từ 1 đến 12.", "month");
  if (year < kMinYear || year > kMaxYear) return Error::Validation("Lịch chỉ có cho các năm từ 2000 đến 2100.", "year");
  return between(a, org, {year, month, 1}, {year, month, days_in_month(year, month)});
}

Result<CalendarView> Calendar::year(const Actor& a, const std::string& org, int year) {
  return between(a, org, {year, 1, 1}, {year, 12, 31});
}

}  // namespace bd::app
