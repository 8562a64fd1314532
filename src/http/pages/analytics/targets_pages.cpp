// /orgunits/{code}/targets: a unit's targets with status, value, trend and
// projection; and one target compared across the unit's children.
#include <ctime>

#include "analytics/targets.h"
#include "app/app.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

std::string default_period() {
  const Date d = date_from_unix(std::time(nullptr) + 7 * 3600);
  return std::to_string(d.year);
}

std::string fmt(const std::optional<double>& v, const std::string& unit) {
  return v ? format_indicator_value(*v, unit) : "";
}

nlohmann::json state_row(const Ctx& c, const app::TargetState& s) {
  const std::string unit = s.indicator.unit;
  return {{"code", s.target.code},
          {"name", s.target.name_vi},
          {"indicator", s.indicator.name_vi},
          {"goal", app::goal_text(s)},
          {"value", fmt(s.value, unit)},
          {"status", s.status},
          {"status_label", c.views.text(c.locale, "status_" + s.status)},
          {"trajectory", s.trajectory},
          {"trajectory_label", c.views.text(c.locale, "trajectory_" + s.trajectory)},
          {"projected", fmt(s.projected, unit)},
          {"deadline", s.deadline_year ? std::to_string(s.deadline_year) : ""},
          {"met", s.status == "met"},
          {"not_met", s.status == "not_met"}};
}

nlohmann::json period_options(const std::string& chosen) {
  nlohmann::json out = nlohmann::json::array();
  const int year = date_from_unix(std::time(nullptr) + 7 * 3600).year;
  for (int y = year; y >= year - 5; --y)
    for (const std::string& code : {std::to_string(y), std::to_string(y) + "S2", std::to_string(y) + "S1"}) {
      auto p = parse_period(code);
      out.push_back({{"value", code}, {"label", p->label_vi()}, {"selected", code == chosen}});
    }
  return out;
}

Response unit_targets(Ctx& c) {
  std::string period = c.req.query_value("period");
  if (period.empty()) period = default_period();
  auto r = c.app.dashboard().targets(c.auth->actor, c.req.param("code"), period);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "targets_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["period"] = r->period.code();
  m["period_label"] = r->period.label_vi();
  m["periods"] = period_options(r->period.code());
  m["targets"] = nlohmann::json::array();
  int met = 0, not_met = 0;
  for (const auto& s : r->targets) {
    m["targets"].push_back(state_row(c, s));
    met += s.status == "met";
    not_met += s.status == "not_met";
  }
  m["count_met"] = met;
  m["count_not_met"] = not_met;
  m["count_no_data"] = static_cast<int>(r->targets.size()) - met - not_met;
  m["has_children"] = !c.app.analytics().children(r->unit.id).empty();
  return pages::render(c, "targets", m);
}

Response target_children(Ctx& c) {
  std::string period = c.req.query_value("period");
  if (period.empty()) period = default_period();
  auto r = c.app.dashboard().compare_children(c.auth->actor, c.req.param("target"), c.req.param("code"), period);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "compare_title"));
  m["unit"] = {{"code", c.req.param("code")}};
  m["period"] = period;
  m["rows"] = nlohmann::json::array();
  for (const auto& ch : *r) {
    auto row = state_row(c, ch.state);
    row["org"] = ch.unit.code;
    row["org_name"] = ch.unit.name;
    m["rows"].push_back(row);
    m["target_name"] = ch.state.target.name_vi;
    m["goal"] = row["goal"];
  }
  m["empty"] = r->empty();
  return pages::render(c, "target_children", m);
}

}  // namespace

void add_target_pages(Router& r) {
  r.add({"GET", "/orgunits/{code}/targets", Access::kUser, Kind::kPage,
         "Chỉ tiêu của đơn vị: tình trạng, giá trị, xu hướng, dự báo", "", unit_targets});
  r.add({"GET", "/orgunits/{code}/targets/{target}", Access::kUser, Kind::kPage,
         "So sánh các đơn vị trực thuộc theo một chỉ tiêu", "", target_children});
}

}  // namespace bd::http
