// /orgunits/{code}/dashboard: the dashboard of a unit at any level — its
// targets (value, status, sparkline of the years, projection, how many of
// the units below meet each), women and men side by side with the parity
// indices, the reporting status of the units below; and
// /orgunits/{code}/dashboard/{target}: one target across the units below as
// a bar chart (Chart.js, drawn from the table beside it) with its exports
// (.xlsx, .csv). Everything the view shows is in the URL (?year=&period=).
#include <cmath>

#include "analytics/targets.h"
#include "app/analytics/dashboard_export.h"
#include "app/app.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "http/pages/analytics/svg_charts.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

constexpr int kYearsOffered = 6;  // the year chooser: this year and the five before

int this_year(const Ctx& c) { return date_from_unix(c.app.clock().now() + 7 * 3600).year; }

// The period code of ?year=YYYY&period=(year|S1|S2) — or a whole code in
// `period` ("2025S1"). Empty when neither is given (the use case chooses).
std::string period_code(const Ctx& c) {
  const std::string year = c.req.query_value("year"), part = c.req.query_value("period");
  if (year.empty() && part.empty()) return "";
  if (year.empty()) return part;
  if (part.empty() || part == "year") return year;
  return year + part;
}

// The query string that keeps the view: "year=2025&period=S1".
std::string view_query(const Period& p) {
  std::string q = "year=" + std::to_string(p.year) + "&period=";
  if (p.type == PeriodType::kHalfYear) return q + "S" + std::to_string(p.index);
  return q + "year";
}

std::string fmt(const std::optional<double>& v, const std::string& unit) {
  return v ? format_indicator_value(*v, unit) : "";
}

std::string count_text(double v) { return format_number_vi(v, 0); }


J period_choices(const Ctx& c, const Period& chosen) {
  J years = J::array();
  const int now = this_year(c);
  for (int y = now; y > now - kYearsOffered; --y) years.push_back({{"value", y}, {"selected", y == chosen.year}});
  J parts = J::array();
  const bool half = chosen.type == PeriodType::kHalfYear;
  parts.push_back({{"value", "year"}, {"label", c.views.text(c.locale, "dash_whole_year")}, {"selected", !half}});
  for (int i = 1; i <= 2; ++i)
    parts.push_back({{"value", "S" + std::to_string(i)},
                     {"label", c.views.text(c.locale, i == 1 ? "dash_first_half" : "dash_second_half")},
                     {"selected", half && chosen.index == i}});
  return {{"years", years}, {"parts", parts}};
}

J trail_model(const std::vector<app::TrailUnit>& trail, const std::string& query) {
  J out = J::array();
  for (const auto& t : trail)
    out.push_back({{"name", t.unit.name},
                   {"link", t.viewable},
                   {"url", "/orgunits/" + url_encode(t.unit.code) + "/dashboard?" + query}});
  return out;
}

J state_model(const Ctx& c, const app::TargetState& s) {
  const std::string& unit = s.indicator.unit;
  J history = J::array();
  for (const auto& [year, v] : s.history) history.push_back({{"year", year}, {"value", format_indicator_value(v, unit)}});
  return {{"code", s.target.code},
          {"name", s.target.name_vi},
          {"goal", goal_text(s)},
          {"value", fmt(s.value, unit)},
          {"status", s.status},
          {"status_label", c.views.text(c.locale, "status_" + s.status)},
          {"trajectory", s.trajectory},
          {"trajectory_label", c.views.text(c.locale, "trajectory_" + s.trajectory)},
          {"projected", fmt(s.projected, unit)},
          {"deadline", s.deadline_year ? std::to_string(s.deadline_year) : ""},
          {"history", history},
          {"has_history", !s.history.empty()},
          {"spark", pages::sparkline_svg(s.history, {s.target.value, std::nullopt})}};
}

std::string below_noun(const Ctx& c, bool schools) {
  return c.views.text(c.locale, schools ? "dash_noun_schools" : "dash_noun_units");
}

J sex_model(const std::vector<app::SexFigure>& figures) {
  J rows = J::array();
  for (const auto& f : figures) {
    const double total = f.female.value_or(0) + f.male.value_or(0);
    rows.push_back({{"name", f.element.name_vi},
                    {"female", f.female ? count_text(*f.female) : ""},
                    {"male", f.male ? count_text(*f.male) : ""},
                    {"total", count_text(total)},
                    {"share", total > 0 ? format_number_vi(100 * f.female.value_or(0) / total, 1) + "%" : ""},
                    {"bar", pages::split_bar_svg(f.female, f.male)}});
  }
  return rows;
}

std::string side_text(const std::optional<double>& v) {
  if (!v) return "";
  return format_number_vi(*v, std::fabs(*v - std::round(*v)) < 1e-9 ? 0 : 2);
}

J parity_model(const Ctx& c, const std::vector<app::ParityState>& parity) {
  J rows = J::array();
  for (const auto& p : parity) {
    const std::string band = app::parity_band(p.index);
    J history = J::array();
    for (const auto& [year, v] : p.history) history.push_back({{"year", year}, {"value", format_number_vi(v, 2)}});
    rows.push_back({{"name", p.indicator.name_vi},
                    {"female", side_text(p.female)},
                    {"male", side_text(p.male)},
                    {"index", p.index ? format_number_vi(*p.index, 2) : ""},
                    {"band", band},
                    {"band_label", c.views.text(c.locale, "parity_" + band)},
                    {"history", history},
                    {"has_history", !p.history.empty()},
                    {"spark", pages::sparkline_svg(p.history, {std::nullopt, std::make_pair(app::kParityLow,
                                                                                            app::kParityHigh)})}});
  }
  return rows;
}

J reporting_model(const Ctx& c, const app::ReportingStatus& r) {
  auto rows = [&](const std::vector<app::UnitCompleteness>& units) {
    J out = J::array();
    for (const auto& u : units) {
      J row = {{"name", u.unit.name}, {"due", u.due ? format_vi(*u.due) : ""}};
      if (u.timeliness) row["timeliness"] = pages::timeliness_text(c, *u.timeliness);
      out.push_back(row);
    }
    return out;
  };
  const auto& n = r.counts;
  const std::pair<const char*, int> counts[] = {{"expected", n.expected}, {"on_time", n.on_time}, {"late", n.late},
                                                {"returned", n.returned}, {"missing", n.missing},
                                                {"not_required", n.not_required}};
  J table = J::array();
  for (const auto& [key, value] : counts)
    table.push_back({{"key", key}, {"label", c.views.text(c.locale, std::string("count_") + key)}, {"value", value}});
  return {{"today", format_vi(r.today)},
          {"counts", table},
          {"submitted", n.submitted},
          {"expected", n.expected},
          {"any", n.expected + n.not_required > 0},
          {"missing", rows(r.missing)},
          {"has_missing", !r.missing.empty()},
          {"late", rows(r.late)},
          {"has_late", !r.late.empty()},
          {"returned", rows(r.returned)},
          {"has_returned", !r.returned.empty()}};
}

Response dashboard(Ctx& c) {
  auto r = c.app.unit_dashboard().get(c.auth->actor, c.req.param("code"), period_code(c));
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  const std::string query = view_query(r->period);
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "dash_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}, {"type", pages::type_label(c, r->unit.type)}};
  m["trail"] = trail_model(r->trail, query);
  m["period_label"] = r->period.label_vi();
  m["period_code"] = r->period.code();
  m["query"] = query;
  m["choices"] = period_choices(c, r->period);
  const std::string noun = below_noun(c, r->below_are_schools);
  int met = 0, not_met = 0;
  J targets = J::array();
  for (const auto& t : r->targets) {
    J row = state_model(c, t.state);
    met += t.state.status == "met";
    not_met += t.state.status == "not_met";
    if (t.state.for_each == "school") {
      row["for_each"] = c.views.text(c.locale, "dash_for_each_school");
    } else if (!t.state.for_each.empty()) {
      auto type = parse_org_type(t.state.for_each);
      row["for_each"] = c.views.text(c.locale, "dash_for_each") + " " +
                        (type ? pages::type_label(c, *type) : t.state.for_each);
    }
    if (t.below > 0) {
      row["below"] = std::to_string(t.met) + "/" + std::to_string(t.below) + " " + noun + " " +
                     c.views.text(c.locale, "dash_meet");
      row["drill"] = "/orgunits/" + url_encode(r->unit.code) + "/dashboard/" + url_encode(t.state.target.code) + "?" +
                     query;
    }
    targets.push_back(row);
  }
  m["targets"] = targets;
  m["has_targets"] = !r->targets.empty();
  m["count_met"] = met;
  m["count_not_met"] = not_met;
  m["count_no_data"] = static_cast<int>(r->targets.size()) - met - not_met;
  m["by_sex"] = sex_model(r->by_sex);
  m["has_by_sex"] = !r->by_sex.empty();
  m["parity"] = parity_model(c, r->parity);
  m["has_parity"] = !r->parity.empty();
  J below = J::array();
  for (const auto& b : r->below)
    below.push_back({{"name", b.name}, {"url", "/orgunits/" + url_encode(b.code) + "/dashboard?" + query}});
  m["below"] = below;
  m["has_below"] = !r->below.empty();
  m["below_noun"] = noun;
  m["reporting"] = reporting_model(c, r->reporting);
  return pages::render(c, "dashboard", m);
}

Response drill(Ctx& c) {
  auto r = c.app.unit_dashboard().drill(c.auth->actor, c.req.param("code"), c.req.param("target"), period_code(c));
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  const std::string query = view_query(r->period);
  const std::string base = "/orgunits/" + url_encode(r->unit.code) + "/dashboard";
  auto m = pages::base_model(c, "orgunits", r->state.target.name_vi + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}, {"url", base + "?" + query}};
  m["trail"] = trail_model(r->trail, query);
  m["target"] = state_model(c, r->state);
  m["period_label"] = r->period.label_vi();
  m["choices"] = period_choices(c, r->period);
  m["unit_label"] = r->state.indicator.unit;
  m["goal_value"] = r->state.target.value;
  const std::string noun = below_noun(c, r->below_are_schools);
  m["summary"] = std::to_string(r->met) + "/" + std::to_string(r->rows.size()) + " " + noun + " " +
                 c.views.text(c.locale, "dash_meet");
  m["count_not_met"] = r->not_met;
  m["count_no_data"] = r->no_data;
  J rows = J::array();
  int rank = 0;
  for (const auto& row : r->rows) {
    J x = state_model(c, row.state);
    x["rank"] = ++rank;
    x["org"] = row.unit.code;
    x["org_name"] = row.unit.name;
    x["url"] = "/orgunits/" + url_encode(row.unit.code) + "/dashboard?" + query;
    if (row.has_below)
      x["drill"] = "/orgunits/" + url_encode(row.unit.code) + "/dashboard/" + url_encode(r->state.target.code) + "?" +
                   query;
    x["number"] = row.state.value ? std::to_string(*row.state.value) : "";
    x["gap"] = fmt(row.state.gap, row.state.indicator.unit);
    rows.push_back(x);
  }
  m["rows"] = rows;
  m["empty"] = r->rows.empty();
  m["export_xlsx"] = base + "/" + url_encode(r->state.target.code) + "/export.xlsx?" + query;
  m["export_csv"] = base + "/" + url_encode(r->state.target.code) + "/export.csv?" + query;
  m["scripts"] = J::array({"/static/vendor/chart.umd.js", "/static/dashboard.js"});
  return pages::render(c, "dashboard_target", m);
}

Response export_file(Ctx& c, bool xlsx) {
  auto r = c.app.unit_dashboard().drill(c.auth->actor, c.req.param("code"), c.req.param("target"), period_code(c));
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  Response out;
  if (xlsx) {
    auto bytes = app::drill_xlsx(*r);
    if (!bytes) return pages::error_page(c.views, c.locale, bytes.error(), &c);
    out.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    out.body = std::move(*bytes);
  } else {
    out.content_type = "text/csv; charset=utf-8";
    out.body = app::drill_csv(*r);
  }
  out.header("Content-Disposition",
             "attachment; filename=\"" + app::drill_file_stem(*r) + (xlsx ? ".xlsx" : ".csv") + "\"");
  return out;
}

}  // namespace

void add_dashboard_pages(Router& r) {
  r.add({"GET", "/orgunits/{code}/dashboard", Access::kUser, Kind::kPage,
         "Bảng điều khiển của đơn vị: chỉ tiêu, xu hướng, số liệu theo giới, tình hình báo cáo (?year=&period=)", "",
         dashboard});
  r.add({"GET", "/orgunits/{code}/dashboard/{target}", Access::kUser, Kind::kPage,
         "Một chỉ tiêu qua các đơn vị trực thuộc: biểu đồ và bảng, xếp theo khoảng cách đến chỉ tiêu", "", drill});
  r.add({"GET", "/orgunits/{code}/dashboard/{target}/export.xlsx", Access::kUser, Kind::kPage,
         "Bảng chi tiết của một chỉ tiêu qua các đơn vị trực thuộc, tệp .xlsx", "",
         [](Ctx& c) { return export_file(c, true); }});
  r.add({"GET", "/orgunits/{code}/dashboard/{target}/export.csv", Access::kUser, Kind::kPage,
         "Bảng chi tiết của một chỉ tiêu qua các đơn vị trực thuộc, tệp .csv (UTF-8, dấu ;)", "",
         [](Ctx& c) { return export_file(c, false); }});
}

}  // namespace bd::http
