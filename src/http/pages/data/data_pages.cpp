// /data: the data entry grid of a unit × data set × period (female, male,
// total), saved all or nothing; errors named by cell, typed values kept.
#include <cmath>
#include <ctime>

#include "app/app.h"
#include "app/access.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

struct Choice {
  std::string org, set, period;
};

std::string today_period(PeriodType t) {
  const Date d = date_from_unix(std::time(nullptr) + 7 * 3600);
  return period_of(t, d).code();
}

std::string cell_text(const std::optional<double>& v, ValueType t) {
  if (!v) return "";
  if (t == ValueType::kBoolean) return *v != 0 ? "1" : "0";
  if (std::floor(*v) == *v) return std::to_string(static_cast<long long>(*v));
  return format_number_vi(*v, 4);
}

// Model of the grid: rows of elements with their cells.
Response grid(Ctx& c, const Choice& ch, const std::multimap<std::string, std::string>* typed, const Error* error,
              bool saved) {
  auto m = pages::base_model(c, "data", c.views.text(c.locale, "data_title"));
  auto sets = c.app.catalog().data_sets(c.auth->actor);
  auto units = c.app.orgs().list(c.auth->actor, {});
  if (!sets || !units) return pages::error_page(c.views, c.locale, Error::Internal("Không tải được danh mục."), &c);
  std::optional<app::OrgInfo> unit;
  for (const auto& u : *units)
    if (u.unit.code == ch.org) unit = u;
  if (!unit) unit = units->front();
  std::optional<DataSet> set;
  m["units"] = pages::unit_options(c, unit->unit.code, false);
  m["sets"] = nlohmann::json::array();
  for (const auto& s : *sets) {
    if (!s.applies_to(unit->unit.type)) continue;
    if (!set || s.code == ch.set) set = s;
    m["sets"].push_back({{"value", s.code}, {"label", s.name_vi}, {"selected", s.code == ch.set}});
  }
  if (!set) {
    m["no_sets"] = true;
    return pages::render(c, "data", m);
  }
  const Period current = *parse_period(today_period(set->period_type));
  const Period chosen = parse_period(ch.period).value_or(current);
  m["periods"] = nlohmann::json::array();
  Period p = current.next();
  for (int i = 0; i < 8; ++i, p = p.previous())
    m["periods"].push_back({{"value", p.code()}, {"label", p.label_vi()}, {"selected", p == chosen}});
  auto due = set->deadline.due(chosen);
  m["choice"] = {{"org", unit->unit.code}, {"org_name", unit->unit.name}, {"set", set->code}, {"set_name", set->name_vi},
                 {"period", chosen.code()}, {"period_label", chosen.label_vi()},
                 {"due", due ? format_vi(*due) : ""}};
  auto locked = c.app.values().locked(c.auth->actor, unit->unit.code, chosen.code());
  m["locked"] = locked && *locked;
  m["report_url"] = "/reports/" + url_encode(unit->unit.code) + "/" + url_encode(chosen.code());
  m["can_edit"] = !(locked && *locked) && static_cast<bool>(app::can_enter_data(c.auth->actor, unit->unit));
  auto stored = c.app.values().get(c.auth->actor, unit->unit.code, chosen.code());
  std::map<std::string, std::optional<double>> values;
  if (stored)
    for (const auto& v : *stored) values[v.element + "." + v.option] = v.number;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& code : set->elements) {
    auto e = c.app.analytics().element_by_code(code);
    if (!e) continue;
    auto cell = [&](const std::string& option) {
      const std::string name = "v." + code + "." + option;
      std::string text = cell_text(values[code + "." + option], e->value_type);
      if (typed)  // after a refused save, show what was typed: nothing is lost
        if (auto it = typed->find(name); it != typed->end()) text = it->second;
      nlohmann::json j = {{"name", name}, {"value", text}};
      if (e->value_type == ValueType::kBoolean) {
        j["is_yes"] = text == "1";
        j["is_no"] = text == "0";
      }
      return j;
    };
    nlohmann::json row = {{"code", code}, {"name", c.locale == "en" && !e->name_en.empty() ? e->name_en : e->name_vi},
                          {"by_sex", e->by_sex()}, {"boolean", e->value_type == ValueType::kBoolean},
                          {"numeric", e->value_type == ValueType::kCount || e->value_type == ValueType::kNumber}};
    if (e->by_sex()) {
      row["female"] = cell("female");
      row["male"] = cell("male");
    } else {
      row["single"] = cell("");
    }
    rows.push_back(row);
  }
  m["rows"] = rows;
  m["saved"] = saved;
  if (error) {
    pages::add_form_error(m, *error);
    nlohmann::json details = nlohmann::json::array();
    for (const auto& [field, msg] : error->details) details.push_back(msg);
    m["error_details"] = details;
    m["has_error_details"] = !details.empty();
  }
  return pages::render(c, "data", m, error ? http_status_of(*error) : 200);
}

Response show(Ctx& c) {
  Choice ch{c.req.query_value("org"), c.req.query_value("set"), c.req.query_value("period")};
  if (ch.org.empty()) ch.org = c.auth->actor.org_code;
  return grid(c, ch, nullptr, nullptr, c.req.query_value("saved") == "1");
}

Response save(Ctx& c) {
  const auto f = pages::form(c);
  Choice ch{form_value(f, "org"), form_value(f, "set"), form_value(f, "period")};
  std::vector<app::ValueInput> values;
  for (const auto& [name, value] : f) {
    if (!name.starts_with("v.")) continue;
    const size_t dot = name.find('.', 2);
    if (dot == std::string::npos) continue;
    values.push_back({name.substr(2, dot - 2), name.substr(dot + 1), ch.org, ch.period, value});
  }
  auto r = c.app.values().save(c.auth->actor, values);
  if (!r) return grid(c, ch, &f, &r.error(), false);
  return Response::redirect("/data?org=" + url_encode(ch.org) + "&set=" + url_encode(ch.set) +
                            "&period=" + url_encode(ch.period) + "&saved=1");
}

}  // namespace

void add_data_pages(Router& r) {
  r.add({"GET", "/data", Access::kUser, Kind::kPage, "Nhập số liệu: đơn vị × biểu mẫu × kỳ", "", show});
  r.add({"POST", "/data", Access::kUser, Kind::kPage, "Lưu số liệu (biểu mẫu; tất cả hoặc không)", "", save});
}

}  // namespace bd::http
