// /api/v1/datavalues, /api/v1/analytics, /api/v1/targets/status.
#include <cmath>

#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

// One value of the batch: numbers, booleans and strings are accepted as typed.
Result<app::ValueInput> value_input(const nlohmann::json& j, size_t i) {
  const std::string field = "values[" + std::to_string(i) + "]";
  if (!j.is_object()) return Error::BadRequest(field + " phải là một đối tượng JSON.", field);
  app::ValueInput in;
  for (const auto& [key, v] : j.items()) {
    if (key == "value") {
      if (v.is_null()) in.value.reset();
      else if (v.is_string()) in.value = v.get<std::string>();
      else if (v.is_boolean()) in.value = v.get<bool>() ? "true" : "false";
      else if (v.is_number()) {
        in.number = v.get<double>();
        in.value = v.dump();
      }
      else return Error::BadRequest(field + ".value phải là số, true/false, chuỗi hoặc null.", field + ".value");
      continue;
    }
    std::string* target = key == "element" ? &in.element
                          : key == "sex" || key == "option" ? &in.option
                          : key == "org" ? &in.org
                          : key == "period" ? &in.period
                                            : nullptr;
    if (!target) return Error::BadRequest("Trường không được hỗ trợ: " + field + "." + key + ".", field + "." + key);
    if (!v.is_string()) return Error::BadRequest(field + "." + key + " phải là chuỗi ký tự.", field + "." + key);
    *target = v.get<std::string>();
  }
  return in;
}

Response post_values(Ctx& c) {
  auto parsed = parse_json_object(c.req.body);
  if (!parsed) return json_error(parsed.error());
  nlohmann::json& body = *parsed;
  if (!body.contains("values") || !body["values"].is_array())
    return json_error(Error::BadRequest("Cần {\"values\": [...]}.", "values"));
  for (const auto& [key, v] : body.items())
    if (key != "values") return json_error(Error::BadRequest("Trường không được hỗ trợ: " + key + ".", key));
  std::vector<app::ValueInput> values;
  for (size_t i = 0; i < body["values"].size(); ++i) {
    auto in = value_input(body["values"][i], i);
    if (!in) return json_error(in.error());
    values.push_back(std::move(*in));
  }
  auto r = c.app.values().save(actor(c), values);
  if (!r) return json_error(r.error());
  return json(200, {{"saved", *r}, {"received", values.size()}});
}

Response get_values(Ctx& c) {
  auto r = c.app.values().get(actor(c), c.req.query_value("org"), c.req.query_value("period"));
  if (!r) return json_error(r.error());
  const auto types = api::value_types(c.app.analytics().elements());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : *r) {
    nlohmann::json row = {{"element", v.element}, {"org", v.org}, {"period", v.period}};
    if (!v.option.empty()) row["sex"] = v.option;
    row["value"] = v.number ? api::figure_json(api::type_of(types, v.element), *v.number) : nlohmann::json(v.text);
    out.push_back(row);
  }
  return json(200, {{"values", out}});
}

Response analytics(Ctx& c) {
  auto r = c.app.dashboard().indicator(actor(c), c.req.query_value("indicator"), c.req.query_value("org"),
                                       c.req.query_value("period"), c.req.query_value("children") == "true",
                                       c.req.query_value("structure"));
  if (!r) return json_error(r.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : *r)
    rows.push_back({{"org", row.org_code}, {"name", row.org_name}, {"period", row.period}, {"value", api::indicator_json(row.value, row.unit)}});
  return json(200, {{"rows", rows}});
}


Response target_status(Ctx& c) {
  auto r = c.app.dashboard().targets(actor(c), c.req.query_value("org"), c.req.query_value("period"));
  if (!r) return json_error(r.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& s : r->targets) rows.push_back(api::target_state_json(s));
  return json(200, {{"org", r->unit.code}, {"period", r->period.code()}, {"targets", rows}});
}

Response target_children(Ctx& c) {
  auto r = c.app.dashboard().compare_children(actor(c), c.req.param("code"), c.req.query_value("org"),
                                              c.req.query_value("period"));
  if (!r) return json_error(r.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& ch : *r) {
    auto row = api::target_state_json(ch.state);
    row["org"] = ch.unit.code;
    row["org_name"] = ch.unit.name;
    rows.push_back(row);
  }
  return json(200, {{"rows", rows}});
}

}  // namespace

void add_api_data_routes(Router& r) {
  r.add({"POST", "/api/v1/datavalues", Access::kUser, Kind::kApi,
         "Lưu số liệu (tất cả hoặc không giá trị nào; 422 liệt kê mọi lỗi; 409 khi đã khóa)", "DataValues",
         post_values})
      .answer(200, "SaveResult")
      .fails({404, 409});
  r.add({"GET", "/api/v1/datavalues", Access::kUser, Kind::kApi, "Số liệu của một đơn vị trong một kỳ (org, period)",
         "", get_values})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true, "Kỳ, ví dụ 2025, 2025S1, 2025Q3, 202503, 2025Sep")
      .answer(200, "DataValueList")
      .fails({400, 404});
  r.add({"GET", "/api/v1/analytics", Access::kUser, Kind::kApi,
         "Giá trị chỉ số cho cả cây con của đơn vị (indicator, org, period, children=true: từng đơn vị trực thuộc)", "",
         analytics})
      .param("indicator", R"({"type":"string"})", true, "Mã chỉ số")
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true)
      .param("children", kFlagParam, false, "true: từng đơn vị trực thuộc")
      .param("structure", R"({"type":"string","enum":["period","current"]})", false,
             "Cây đơn vị: period (mặc định) theo cơ cấu của kỳ; current theo cơ cấu hiện nay")
      .answer(200, "AnalyticsRows")
      .fails({400, 404, 422});
  r.add({"GET", "/api/v1/targets/status", Access::kUser, Kind::kApi,
         "Tình trạng các chỉ tiêu của một đơn vị trong kỳ: đạt/chưa đạt, xu hướng, dự báo", "", target_status})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true)
      .answer(200, "TargetStatus")
      .fails({400, 404, 422});
  r.add({"GET", "/api/v1/targets/{code}/children", Access::kUser, Kind::kApi,
         "So sánh các đơn vị trực thuộc theo một chỉ tiêu, xa chỉ tiêu nhất trước (org, period)", "", target_children})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true)
      .answer(200, "TargetChildren")
      .fails({400, 422});
}

}  // namespace bd::http
