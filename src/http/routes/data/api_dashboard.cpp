// /api/v1/dashboard/{org}: the dashboard of a unit as JSON (what
// /orgunits/{code}/dashboard shows); /api/v1/dashboard/{org}/{target}: one
// target across the units below, furthest behind first.
#include "app/app.h"
#include "core/dates.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

J opt(const std::optional<double>& v) { return v ? J(*v) : J(nullptr); }

J years(const std::vector<std::pair<int, double>>& points) {
  J out = J::array();
  for (const auto& [year, v] : points) out.push_back({{"year", year}, {"value", v}});
  return out;
}

J state_json(const app::TargetState& s) {
  return {{"target", s.target.code},         {"name", s.target.name_vi},     {"indicator", s.indicator.code},
          {"comparator", s.target.comparator}, {"target_value", s.target.value}, {"value", api::indicator_json(s.value, s.indicator.unit)},
          {"status", s.status},              {"trajectory", s.trajectory},   {"projected", api::indicator_json(s.projected, s.indicator.unit)},
          {"deadline_year", s.deadline_year}, {"gap", api::indicator_json(s.gap, s.indicator.unit)},           {"history", years(s.history)},
          {"for_each", s.for_each}};
}

J units_json(const std::vector<app::UnitCompleteness>& units) {
  J out = J::array();
  for (const auto& u : units)
    out.push_back({{"org", u.unit.code},
                   {"name", u.unit.name},
                   {"due", u.due ? J(iso(*u.due)) : J(nullptr)},
                   {"days", u.timeliness ? u.timeliness->days : 0}});
  return out;
}

Response dashboard(Ctx& c) {
  auto r = c.app.unit_dashboard().get(actor(c), c.req.param("org"), c.req.query_value("period"));
  if (!r) return json_error(r.error());
  J trail = J::array(), below = J::array(), targets = J::array(), by_sex = J::array(), parity = J::array();
  for (const auto& t : r->trail) trail.push_back({{"org", t.unit.code}, {"name", t.unit.name}, {"viewable", t.viewable}});
  for (const auto& b : r->below) below.push_back({{"org", b.code}, {"name", b.name}});
  for (const auto& t : r->targets) {
    J row = state_json(t.state);
    row["below"] = {{"units", t.below}, {"met", t.met}, {"not_met", t.not_met}, {"no_data", t.no_data}};
    targets.push_back(row);
  }
  for (const auto& f : r->by_sex)
    by_sex.push_back({{"element", f.element.code}, {"name", f.element.name_vi}, {"female", api::figure_json(f.element.value_type, f.female, true)},
                      {"male", api::figure_json(f.element.value_type, f.male, true)}});
  for (const auto& p : r->parity)
    parity.push_back({{"indicator", p.indicator.code}, {"name", p.indicator.name_vi}, {"function", p.function},
                      {"female", api::indicator_json(p.female, p.indicator.unit)},
                      {"male", api::indicator_json(p.male, p.indicator.unit)}, {"index", opt(p.index)},
                      {"band", app::parity_band(p.index)}, {"history", years(p.history)}});
  const auto& n = r->reporting.counts;
  J reporting = {{"today", iso(r->reporting.today)}, {"expected", n.expected},   {"submitted", n.submitted},
                 {"on_time", n.on_time},             {"late", n.late},           {"approved", n.approved},
                 {"returned", n.returned},           {"missing", n.missing},     {"not_required", n.not_required},
                 {"missing_units", units_json(r->reporting.missing)},
                 {"late_units", units_json(r->reporting.late)},
                 {"returned_units", units_json(r->reporting.returned)}};
  return json(200, {{"org", r->unit.code},
                    {"name", r->unit.name},
                    {"period", r->period.code()},
                    {"trail", trail},
                    {"below", below},
                    {"targets", targets},
                    {"by_sex", by_sex},
                    {"parity", parity},
                    {"reporting", reporting}});
}

Response drill(Ctx& c) {
  auto r = c.app.unit_dashboard().drill(actor(c), c.req.param("org"), c.req.param("target"),
                                        c.req.query_value("period"));
  if (!r) return json_error(r.error());
  J rows = J::array();
  for (const auto& row : r->rows) {
    J x = state_json(row.state);
    x["org"] = row.unit.code;
    x["org_name"] = row.unit.name;
    x["has_below"] = row.has_below;
    rows.push_back(x);
  }
  return json(200, {{"org", r->unit.code},
                    {"name", r->unit.name},
                    {"period", r->period.code()},
                    {"target", state_json(r->state)},
                    {"met", r->met},
                    {"not_met", r->not_met},
                    {"no_data", r->no_data},
                    {"rows", rows}});
}

}  // namespace

void add_api_dashboard_routes(Router& r) {
  r.add({"GET", "/api/v1/dashboard/{org}", Access::kUser, Kind::kApi,
         "Bảng điều khiển của đơn vị: chỉ tiêu (kèm số đơn vị trực thuộc đạt, diễn biến các năm), số liệu theo giới, "
         "chỉ số bình đẳng giới, tình hình báo cáo của đơn vị trực thuộc",
         "", dashboard})
      .param("period", kPeriodParam, false, "Kỳ, ví dụ 2025 hoặc 2025S1; bỏ trống: năm gần nhất có số liệu")
      .answer(200, "UnitDashboard")
      .fails({400});
  r.add({"GET", "/api/v1/dashboard/{org}/{target}", Access::kUser, Kind::kApi,
         "Một chỉ tiêu qua các đơn vị trực thuộc (xã/phường gom các trường do xã quản lý), xa chỉ tiêu nhất trước", "",
         drill})
      .param("period", kPeriodParam, false, "Kỳ, ví dụ 2025 hoặc 2025S1; bỏ trống: năm gần nhất có số liệu")
      .answer(200, "TargetDrill")
      .fails({400});
}

}  // namespace bd::http
