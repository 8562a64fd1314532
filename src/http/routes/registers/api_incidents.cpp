// /api/v1/incidents: incidents of violence or abuse, only for holders of the
// incident_officer role (app/registers/incidents.h); only /counts (by sex and type)
// is open to every reader of the subtree.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

const char* kNotFound = "Không tìm thấy vụ việc này.";

J incident_json(const Incident& i) {
  return {{"id", i.id},         {"occurred_on", i.occurred_on}, {"kind", i.kind},
          {"sex", i.sex},       {"age_band", i.age_band},       {"status", i.status},
          {"referral", i.referral}};
}

Result<app::IncidentInput> input_of(JsonBody& b) {
  app::IncidentInput in;
  in.occurred_on = b.str_or("occurred_on");
  in.kind = b.str_or("kind");
  in.sex = b.str_or("sex");
  in.age_band = b.str_or("age_band");
  in.status = b.str_or("status", "received");
  in.referral = b.str_or("referral");
  if (Status s = b.status(); !s) return s.error();
  return in;
}

Response list(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = actor(c).org_code;
  auto r = c.app.incidents().list(actor(c), org);
  if (!r) return json_error(r.error());
  J rows = J::array();
  for (const auto& i : r->rows) rows.push_back(incident_json(i));
  return json(200, {{"org", r->unit.code}, {"incidents", rows}});
}

Response create(Ctx& c) {
  if (!role_grants(actor(c).roles, Permission::kIncidents))
    return json_error(Error::Forbidden("Bạn không có quyền ghi nhận vụ việc."));
  auto b = JsonBody::parse(c.req.body, {"org", "occurred_on", "kind", "sex", "age_band", "status", "referral"});
  if (!b) return json_error(b.error());
  std::string org = b->str_or("org");
  auto in = input_of(*b);
  if (!in) return json_error(in.error());
  if (org.empty()) org = actor(c).org_code;
  auto r = c.app.incidents().create(actor(c), org, *in);
  if (!r) return json_error(r.error());
  return json(201, incident_json(*r));
}

Response get(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  auto r = c.app.incidents().get(actor(c), *id);
  if (!r) return json_error(r.error());
  return json(200, incident_json(*r));
}

Response replace(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  // Whoever may not see the record learns nothing, not even about the body.
  if (auto seen = c.app.incidents().get(actor(c), *id); !seen) return json_error(seen.error());
  auto b = JsonBody::parse(c.req.body, {"occurred_on", "kind", "sex", "age_band", "status", "referral"});
  if (!b) return json_error(b.error());
  auto in = input_of(*b);
  if (!in) return json_error(in.error());
  auto r = c.app.incidents().update(actor(c), *id, *in);
  if (!r) return json_error(r.error());
  return json(200, incident_json(*r));
}

Response counts(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = actor(c).org_code;
  auto year = api::parse_id(c.req.query_value("year"));
  if (!year || *year > 9999) return json_error(Error::BadRequest("Cần năm (year), ví dụ 2025.", "year"));
  auto r = c.app.incidents().aggregate(actor(c), org, static_cast<int>(*year));
  if (!r) return json_error(r.error());
  J kinds = J::array();
  for (const auto& k : incident_kind_choices()) {
    const auto& n = r->by_kind.at(std::string(k.code));
    kinds.push_back({{"kind", std::string(k.code)}, {"label", std::string(k.vi)}, {"female", n.first},
                     {"male", n.second}});
  }
  return json(200, {{"org", r->unit.code}, {"year", r->year}, {"by_kind", kinds},
                    {"total", {{"female", r->female}, {"male", r->male}}}});
}

}  // namespace

void add_api_incident_routes(Router& r) {
  r.add({"GET", "/api/v1/incidents/counts", Access::kUser, Kind::kApi,
         "Số vụ việc bạo lực, xâm hại theo loại và giới tính của cả cây đơn vị trong năm (org, year)", "", counts})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .param("year", kYearParam, true)
      .answer(200, "IncidentCounts")
      .fails({400, 404});
  r.add({"GET", "/api/v1/incidents", Access::kUser, Kind::kApi,
         "Vụ việc của đơn vị (org); chỉ cán bộ tiếp nhận vụ việc", "", list})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .answer(200, "IncidentList")
      .fails({404});
  r.add({"POST", "/api/v1/incidents", Access::kUser, Kind::kApi,
         "Ghi nhận vụ việc (không ghi tên; chỉ cán bộ tiếp nhận vụ việc của đơn vị)", "IncidentInput", create})
      .answer(201, "Incident")
      .fails({404});
  r.add({"GET", "/api/v1/incidents/{id}", Access::kUser, Kind::kApi, "Một vụ việc; chỉ cán bộ tiếp nhận vụ việc", "",
         get})
      .answer(200, "Incident");
  r.add({"PUT", "/api/v1/incidents/{id}", Access::kUser, Kind::kApi, "Cập nhật tình trạng xử lý vụ việc",
         "IncidentInput", replace})
      .answer(200, "Incident");
}

}  // namespace bd::http
