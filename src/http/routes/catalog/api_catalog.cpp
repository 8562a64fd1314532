// /api/v1/dataelements, /api/v1/datasets, /api/v1/indicators, /api/v1/targets.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

nlohmann::json element_json(const DataElement& e) {
  return {{"code", e.code},
          {"name", e.name_vi},
          {"name_en", e.name_en},
          {"value_type", std::string(value_type_code(e.value_type))},
          {"by_sex", e.by_sex()},
          {"aggregation", std::string(aggregation_code(e.aggregation))}};
}

nlohmann::json target_json(const TargetDef& t) {
  return {{"code", t.code},   {"name", t.name_vi}, {"indicator", t.indicator_code}, {"comparator", t.comparator},
          {"value", t.value}, {"when", t.when},    {"year", t.year},                {"applies_to", t.applies_to}};
}

Response list_elements(Ctx& c) {
  auto r = c.app.catalog().elements(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : *r) out.push_back(element_json(e));
  return json(200, {{"dataelements", out}});
}

Response create_element(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"code", "name", "name_en", "value_type", "by_sex", "aggregation"});
  if (!b) return json_error(b.error());
  app::ElementInput in{b->str_or("code"), b->str_or("name"), b->str_or("name_en"), b->str_or("value_type"),
                       b->str_or("aggregation", "stock"), b->boolean("by_sex").value_or(false)};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.catalog().create_element(actor(c), in);
  if (!r) return json_error(r.error());
  return json(201, element_json(*r));
}

nlohmann::json set_json(const DataSet& s) {
  nlohmann::json types = nlohmann::json::array();
  for (auto t : s.unit_types) types.push_back(std::string(org_type_code(t)));
  return {{"code", s.code},         {"name", s.name_vi},         {"period_type", std::string(period_type_code(s.period_type))},
          {"deadline", s.deadline.text}, {"elements", s.elements}, {"required", s.required},
          {"unit_types", types}};
}

Response list_sets(Ctx& c) {
  auto r = c.app.catalog().data_sets(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : *r) out.push_back(set_json(s));
  return json(200, {{"datasets", out}});
}

Response set_required(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"required"});
  if (!b) return json_error(b.error());
  auto list = b->str_list("required");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (!list) return json_error(Error::BadRequest("Cần trường required: danh sách mã chỉ tiêu ([] để bỏ).", "required"));
  auto r = c.app.catalog().set_required(actor(c), c.req.param("code"), *list);
  if (!r) return json_error(r.error());
  return json(200, set_json(*r));
}

Response list_indicators(Ctx& c) {
  auto r = c.app.catalog().indicators(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& i : *r)
    out.push_back({{"code", i.code}, {"name", i.name_vi}, {"expression", i.expression}, {"unit", i.unit}});
  return json(200, {{"indicators", out}});
}

Response create_indicator(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"code", "name", "name_en", "expression", "unit", "description"});
  if (!b) return json_error(b.error());
  app::IndicatorInput in{b->str_or("code"),       b->str_or("name"), b->str_or("name_en"),
                         b->str_or("expression"), b->str_or("unit"), b->str_or("description")};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.catalog().create_indicator(actor(c), in);
  if (!r) return json_error(r.error());
  return json(201, {{"code", r->code}, {"name", r->name_vi}, {"expression", r->expression}, {"unit", r->unit}});
}

Response list_targets(Ctx& c) {
  auto r = c.app.catalog().targets(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : *r) out.push_back(target_json(t));
  return json(200, {{"targets", out}});
}

Response create_target(Ctx& c) {
  // "value" and "year" are numbers; the rest are strings.
  auto b = JsonBody::parse(c.req.body, {"code", "name", "indicator", "comparator", "value", "when", "year", "org",
                                        "applies_to"});
  if (!b) return json_error(b.error());
  const std::optional<double> value = b->number("value");
  const std::optional<int64_t> year = b->integer("year");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (!value) return json_error(Error::BadRequest("Trường value phải là số.", "value"));
  app::TargetInput in{b->str_or("code"), b->str_or("name"), b->str_or("indicator"), b->str_or("comparator"),
                      b->str_or("when"), b->str_or("org"),  b->str_or("applies_to"), *value,
                      static_cast<int>(year.value_or(0))};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.catalog().create_target(actor(c), in);
  if (!r) return json_error(r.error());
  return json(201, target_json(*r));
}

}  // namespace

void add_api_catalog_routes(Router& r) {
  r.add({"GET", "/api/v1/dataelements", Access::kUser, Kind::kApi, "Danh mục chỉ tiêu số liệu", "", list_elements})
      .answer(200, "DataElementList");
  r.add({"POST", "/api/v1/dataelements", Access::kUser, Kind::kApi, "Thêm chỉ tiêu số liệu (quản lý, quản trị)",
         "DataElementInput", create_element})
      .answer(201, "DataElement")
      .fails({409});
  r.add({"GET", "/api/v1/datasets", Access::kUser, Kind::kApi, "Các biểu mẫu số liệu, kỳ báo cáo và hạn nộp", "",
         list_sets})
      .answer(200, "DataSetList");
  r.add({"PUT", "/api/v1/datasets/{code}/required", Access::kUser, Kind::kApi,
         "Đặt các chỉ tiêu bắt buộc của biểu mẫu: trường chưa nhập đủ thì chưa nộp được báo cáo (quản lý, quản trị)",
         "DataSetRequired", set_required})
      .path_param("code", R"({"type":"string","example":"NHANSU"})")
      .answer(200, "DataSet")
      .fails({404});
  r.add({"GET", "/api/v1/indicators", Access::kUser, Kind::kApi, "Các chỉ số", "", list_indicators}).answer(200, "IndicatorList");
  r.add({"POST", "/api/v1/indicators", Access::kUser, Kind::kApi,
         "Thêm chỉ số; biểu thức sai bị từ chối kèm vị trí lỗi", "IndicatorInput", create_indicator})
      .answer(201, "Indicator")
      .fails({409});
  r.add({"GET", "/api/v1/targets", Access::kUser, Kind::kApi, "Các chỉ tiêu của đơn vị mình, cấp trên và cấp dưới",
         "", list_targets})
      .answer(200, "TargetList");
  r.add({"POST", "/api/v1/targets", Access::kUser, Kind::kApi, "Thêm chỉ tiêu", "TargetInput", create_target})
      .answer(201, "Target")
      .fails({404, 409});
}

}  // namespace bd::http
