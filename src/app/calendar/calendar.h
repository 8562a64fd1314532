// The activity calendar of a unit: the recurring observances, the
// month-by-month schedule of its issued and draft plans, and the report
// deadlines of the data sets its type submits. Read-only; the actor must be
// able to view the unit. Thread-safe (all state lives in the Store).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/context.h"
#include "core/dates.h"
#include "core/org.h"
#include "storage/store.h"

namespace bd::app {

enum class EventKind { kObservance, kPlan, kDeadline };
std::string_view event_kind_code(EventKind k);      // "observance", "plan", "deadline"
std::string_view event_kind_label_vi(EventKind k);  // "Ngày kỷ niệm", "Kế hoạch", "Hạn báo cáo"

struct CalendarEvent {
  EventKind kind = EventKind::kObservance;
  Date start, end;         // inclusive; equal for a single day
  std::string title;       // "Ngày Phụ nữ Việt Nam", the schedule's work, "Hạn gửi báo cáo: …"
  std::string uid;         // stable across requests ("…@binhdang")
  std::string code;        // observance code, or data set code
  // Plan schedule items.
  int64_t plan_id = 0;
  std::string plan_number;  // "01/KH-THCSTM"; "" for a draft
  std::string plan_subject, responsible;
  bool draft = false;
  // Deadlines.
  std::string period;      // period code ("2026S1")
  // Observances and schedule items: the key Activities::from_calendar takes
  // ("obs:<code>:<year>", "plan:<plan id>:<index>"), and the unit's activity
  // already planned from it (0: none yet). Deadlines have neither.
  std::string item;
  int64_t activity_id = 0;
  bool single_day() const { return start == end; }
};

// One line describing an event beyond its title (who is responsible, which
// plan, which period), in Vietnamese; "" when there is nothing to add.
std::string event_description(const CalendarEvent& e);

struct CalendarView {
  OrgUnit unit;
  Date from, to;                      // inclusive
  std::vector<CalendarEvent> events;  // by start date, then kind, then title
  bool can_add_activities = false;    // the actor may plan the unit's activities from them
};

class Calendar {
 public:
  explicit Calendar(storage::Store& store) : store_(store) {}

  // Events overlapping [from, to]. Empty `org` means the actor's unit.
  // Refused when from > to or the span exceeds three years (422), for an
  // unknown unit (404) and for a unit outside the actor's scope (403).
  Result<CalendarView> between(const Actor& a, const std::string& org, const Date& from, const Date& to);
  Result<CalendarView> month(const Actor& a, const std::string& org, int year, int month);
  Result<CalendarView> year(const Actor& a, const std::string& org, int year);

 private:
  storage::Store& store_;
};

}  // namespace bd::app
