// /data: the data entry grid of a unit × data set × period (female, male,
// total), saved all or nothing; errors named by cell, typed values kept.
#include <cmath>

#include "app/app.h"
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

std::string cell_text(const std::optional<double>& v, ValueType t) {
  if (!v) return "";
  if (t == ValueType::kBoolean) return *v != 0 ? "1" : "0";
  if (std::floor(*v) == *v) return std::to_string(static_cast<long long>(*v));
  return format_number_vi(*v, 4);
}

// Model of the grid: rows of elements with their cells.
Response grid(Ctx& c, const Choice& ch, const std::multimap<std::string, std::string>* typed, const Error* error,
              bool saved) {
  auto sheet = c.app.data_entry().sheet(c.auth->actor, ch.org, ch.set, ch.period);
  if (!sheet) return pages::error_page(c.views, c.locale, sheet.error(), &c);
  auto m = pages::base_model(c, "data", c.views.text(c.locale, "data_title"));
  m["units"] = pages::unit_options(c, sheet->unit.code, false);
  m["sets"] = nlohmann::json::array();
  for (const auto& s : sheet->sets)
    m["sets"].push_back({{"value", s.code}, {"label", s.name_vi}, {"selected", s.code == ch.set}});
  if (!sheet->set) {
    m["no_sets"] = true;
    return pages::render(c, "data", m);
  }
  const DataSet& set = *sheet->set;
  const Period& chosen = sheet->period;
  m["periods"] = nlohmann::json::array();
  for (const Period& p : sheet->periods)
    m["periods"].push_back({{"value", p.code()}, {"label", p.label_vi()}, {"selected", p == chosen}});
  m["choice"] = {{"org", sheet->unit.code}, {"org_name", sheet->unit.name}, {"set", set.code}, {"set_name", set.name_vi},
                 {"period", chosen.code()}, {"period_label", chosen.label_vi()},
                 {"due", sheet->due ? format_vi(*sheet->due) : ""}};
  m["locked"] = sheet->locked;
  m["report_url"] = "/reports/" + url_encode(sheet->unit.code) + "/" + url_encode(chosen.code());
  m["can_edit"] = sheet->can_edit;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& r : sheet->rows) {
    const DataElement& e = r.element;
    auto cell = [&](const std::string& option, const std::optional<double>& stored) {
      const std::string name = "v." + e.code + "." + option;
      std::string text = cell_text(stored, e.value_type);
      if (typed)  // after a refused save, show what was typed: nothing is lost
        if (auto it = typed->find(name); it != typed->end()) text = it->second;
      nlohmann::json j = {{"name", name}, {"value", text}};
      if (e.value_type == ValueType::kBoolean) {
        j["is_yes"] = text == "1";
        j["is_no"] = text == "0";
      }
      return j;
    };
    nlohmann::json row = {{"code", e.code}, {"name", c.locale == "en" && !e.name_en.empty() ? e.name_en : e.name_vi},
                          {"by_sex", e.by_sex()}, {"boolean", e.value_type == ValueType::kBoolean},
                          {"numeric", e.value_type == ValueType::kCount || e.value_type == ValueType::kNumber}};
    if (e.by_sex()) {
      row["female"] = cell("female", r.female);
      row["male"] = cell("male", r.male);
    } else {
      row["single"] = cell("", r.single);
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
