// /calendar: a unit's activity calendar as a month grid (Monday first) or a
// list; /calendar.ics: the same events of a year as an iCalendar file.
#include <charconv>

#include "app/app.h"
#include "documents/ics.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

constexpr int kDaysPerWeek = 7;

Date today(const Ctx& c) { return date_from_unix(c.app.clock().now() + 7 * 3600); }  // Vietnam time

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

// "2026-06" → {2026, 6, 1}; empty → this month.
std::optional<Date> parse_month(const Ctx& c, const std::string& s) {
  if (s.empty()) return Date{today(c).year, today(c).month, 1};
  if (s.size() != 7 || s[4] != '-') return std::nullopt;
  auto y = to_int(std::string_view(s).substr(0, 4)), m = to_int(std::string_view(s).substr(5, 2));
  if (!y || !m || *m < 1 || *m > 12) return std::nullopt;
  return Date{*y, *m, 1};
}

std::string month_code(const Date& d) { return iso(d).substr(0, 7); }

Date last_of_month(const Date& d) { return {d.year, d.month, days_in_month(d.year, d.month)}; }

bool whole_month(const app::CalendarEvent& e) { return e.start.day == 1 && e.end == last_of_month(e.start); }

std::string range_text(const app::CalendarEvent& e) {
  return e.single_day() ? format_vi(e.start) : format_vi(e.start) + " – " + format_vi(e.end);
}

// An event; observances and schedule items also carry the "Thêm vào hoạt
// động" form (`add`) for those who may plan the unit's activities, or the
// link to the activity already planned from them (`activity_href`).
nlohmann::json event_json(const Ctx& c, const app::CalendarView& v, const app::CalendarEvent& e) {
  const std::string kind(app::event_kind_code(e.kind));
  nlohmann::json j = {{"title", e.title},
                      {"kind", kind},
                      {"kind_label", c.views.text(c.locale, "event_" + kind)},
                      {"detail", app::event_description(e)},
                      {"draft", e.draft},
                      {"range", range_text(e)},
                      {"multi_day", !e.single_day()}};
  if (e.activity_id > 0) j["activity_href"] = "/activities/" + std::to_string(e.activity_id);
  else if (!e.item.empty() && v.can_add_activities) j["add"] = {{"org", v.unit.code}, {"item", e.item}};
  return j;
}

std::string weekday_label(const Ctx& c, const Date& d) {
  return c.views.text(c.locale, "weekday_" + std::to_string(iso_weekday(d)));
}

// Weeks of the month, Monday first; each day with the events that start on
// it (a span covering the whole month is shown above the grid instead).
nlohmann::json weeks(const Ctx& c, const app::CalendarView& v, const Date& first) {
  const Date start = add_days(first, 1 - iso_weekday(first));
  const Date last = last_of_month(first);
  const Date end = add_days(last, kDaysPerWeek - iso_weekday(last));
  const Date now = today(c);
  nlohmann::json out = nlohmann::json::array();
  nlohmann::json week = nlohmann::json::array();
  bool shown = false;  // on a phone: a day of the month with events, or today
  for (Date d = start; !(end < d); d = add_days(d, 1)) {
    nlohmann::json events = nlohmann::json::array();
    for (const auto& e : v.events)
      if (e.start == d && !whole_month(e)) events.push_back(event_json(c, v, e));
    const bool in_month = d.month == first.month;
    week.push_back({{"day", d.day},
                    {"label", weekday_label(c, d) + ", " + format_vi(d)},
                    {"in_month", in_month},
                    {"today", d == now},
                    {"has_events", !events.empty()},
                    {"events", events}});
    shown = shown || (in_month && !events.empty()) || d == now;
    if (week.size() == static_cast<size_t>(kDaysPerWeek)) {
      // A week with nothing to show is left out of the phone's list whole: a
      // table row without a visible cell is an empty row to a screen reader.
      out.push_back({{"days", week}, {"quiet", !shown}});
      week = nlohmann::json::array();
      shown = false;
    }
  }
  return out;
}

Response show(Ctx& c) {
  const auto first = parse_month(c, c.req.query_value("month"));
  if (!first) return pages::error_page(c.views, c.locale, Error::BadRequest("Tháng phải có dạng YYYY-MM."), &c);
  const bool list = c.req.query_value("view") == "list";
  const Date grid_from = add_days(*first, 1 - iso_weekday(*first));
  const Date last = last_of_month(*first);
  const Date grid_to = add_days(last, kDaysPerWeek - iso_weekday(last));
  auto v = list ? c.app.calendar().between(c.auth->actor, c.req.query_value("org"), *first, last)
                : c.app.calendar().between(c.auth->actor, c.req.query_value("org"), grid_from, grid_to);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);

  auto m = pages::base_model(c, "calendar", c.views.text(c.locale, "calendar_title") + " — " + v->unit.name);
  const std::string org = url_encode(v->unit.code), view = list ? "list" : "month";
  auto href = [&](const Date& month, const std::string& as) {
    return "/calendar?org=" + org + "&month=" + month_code(month) + "&view=" + as;
  };
  const Date prev = add_days(*first, -1), next = add_days(last, 1);
  m["units"] = pages::unit_options(c, v->unit.code, false);
  m["cal"] = {{"org", v->unit.code},
              {"org_name", v->unit.name},
              {"month", month_code(*first)},
              {"month_label", c.views.text(c.locale, "month_" + std::to_string(first->month)) + " " +
                                  std::to_string(first->year)},
              {"view", view},
              {"prev_href", href(prev, view)},
              {"next_href", href(next, view)},
              {"today_href", href(Date{today(c).year, today(c).month, 1}, view)},
              {"month_href", href(*first, "month")},
              {"list_href", href(*first, "list")},
              {"ics_href", "/calendar.ics?org=" + org + "&year=" + std::to_string(first->year)},
              {"year", first->year}};
  m["is_list"] = list;
  m["is_month"] = !list;
  nlohmann::json all = nlohmann::json::array(), spans = nlohmann::json::array();
  for (const auto& e : v->events) {
    if (e.end < *first || last < e.start) continue;  // the grid's days of other months
    auto j = event_json(c, *v, e);
    j["weekday"] = weekday_label(c, e.start);
    all.push_back(j);
    if (!e.single_day()) spans.push_back(j);
  }
  m["events"] = all;
  m["empty"] = all.empty();
  m["spans"] = spans;
  m["has_spans"] = !spans.empty();
  if (!list) {
    nlohmann::json heads = nlohmann::json::array();
    for (int d = 1; d <= kDaysPerWeek; ++d) heads.push_back(c.views.text(c.locale, "weekday_" + std::to_string(d)));
    m["weekdays"] = heads;
    m["weeks"] = weeks(c, *v, *first);
  }
  return pages::render(c, "calendar", m);
}

Response ics(Ctx& c) {
  const std::string y = c.req.query_value("year");
  const auto year = y.empty() ? std::optional<int>(today(c).year) : to_int(y);
  if (!year) return pages::error_page(c.views, c.locale, Error::BadRequest("Năm không hợp lệ.", "year"), &c);
  auto v = c.app.calendar().year(c.auth->actor, c.req.query_value("org"), *year);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  documents::IcsCalendar cal;
  cal.name = "Lịch hoạt động bình đẳng giới — " + v->unit.name;
  cal.stamp = c.app.clock().now();
  for (const auto& e : v->events) {
    std::string summary = e.title;
    if (e.draft) summary += " (dự thảo)";
    cal.events.push_back({e.uid, e.start, e.end, summary, app::event_description(e),
                          {std::string(app::event_kind_label_vi(e.kind))}});
  }
  Response r;
  r.content_type = "text/calendar; charset=utf-8";
  r.body = documents::write_ics(cal);
  r.header("Content-Disposition",
           "attachment; filename=\"lich-" + v->unit.code + "-" + std::to_string(*year) + ".ics\"");
  return r;
}

}  // namespace

void add_calendar_pages(Router& r) {
  r.add({"GET", "/calendar", Access::kUser, Kind::kPage,
         "Lịch hoạt động của đơn vị: ngày kỷ niệm, kế hoạch, hạn báo cáo (tháng hoặc danh sách)", "", show});
  r.add({"GET", "/calendar.ics", Access::kUser, Kind::kPage, "Lịch hoạt động của đơn vị trong một năm (iCalendar)", "",
         ics});
}

}  // namespace bd::http
