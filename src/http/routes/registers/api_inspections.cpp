// /api/v1/inspections: inspections of a unit by an ancestor, their
// follow-up items, and the inspected unit's responses.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

const char* kNotFound = "Không tìm thấy cuộc kiểm tra này.";

J view_json(const app::InspectionView& v) {
  const auto& i = v.record;
  J items = J::array();
  for (const auto& f : i.followups)
    items.push_back({{"id", f.id},
                     {"text", f.text},
                     {"due", f.due.empty() ? J(nullptr) : J(f.due)},
                     {"status", f.status},
                     {"response", f.response},
                     {"responded_at", f.responded_at > 0 ? J(f.responded_at) : J(nullptr)},
                     {"responded_by", f.responded_by}});
  return {{"id", i.id},
          {"org", v.unit.code},
          {"org_name", v.unit.name},
          {"by_org", v.by_unit.code},
          {"by_org_name", v.by_unit.name},
          {"status", i.status},
          {"date", i.date},
          {"team", i.team},
          {"scope", i.scope},
          {"findings", i.findings},
          {"recommendations", i.recommendations},
          {"followups", items},
          {"actions", {{"edit", v.can_edit}, {"respond", v.can_respond}}}};
}

Response reply(const Result<app::InspectionView>& r, int status = 200) {
  if (!r) return json_error(r.error());
  return json(status, view_json(*r));
}

Result<app::InspectionInput> input_of(const std::string& body) {
  auto b = JsonBody::parse(body, {"org", "by_org", "status", "date", "team", "scope", "findings", "recommendations",
                                  "followups"});
  if (!b) return b.error();
  app::InspectionInput in;
  in.org = b->str_or("org");
  in.by_org = b->str_or("by_org");
  in.status = b->str_or("status", "planned");
  in.date = b->str_or("date");
  in.team = b->str_or("team");
  in.scope = b->str_or("scope");
  in.findings = b->str_or("findings");
  in.recommendations = b->str_or("recommendations");
  const auto items = b->objects("followups").value_or(std::vector<J>{});
  if (Status s = b->status(); !s) return s.error();
  for (const auto& item : items) {
    auto ib = JsonBody::of(item, {"id", "text", "due", "status"});
    if (!ib) return ib.error();
    app::FollowUpInput f;
    f.id = ib->integer("id").value_or(0);
    f.text = ib->str_or("text");
    f.due = ib->str_or("due");
    f.status = ib->str_or("status", "open");
    if (Status s = ib->status(); !s) return s.error();
    in.followups.push_back(f);
  }
  return in;
}

Response list(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = actor(c).org_code;
  auto r = c.app.inspections().list(actor(c), org);
  if (!r) return json_error(r.error());
  J of = J::array(), by = J::array();
  for (const auto& v : r->of_unit) of.push_back(view_json(v));
  for (const auto& v : r->by_unit) by.push_back(view_json(v));
  return json(200, {{"org", r->unit.code}, {"inspections_of", of}, {"inspections_by", by}});
}

Response create(Ctx& c) {
  auto in = input_of(c.req.body);
  if (!in) return json_error(in.error());
  return reply(c.app.inspections().create(actor(c), *in), 201);
}

Response get(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  return reply(c.app.inspections().get(actor(c), *id));
}

Response replace(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  auto in = input_of(c.req.body);
  if (!in) return json_error(in.error());
  return reply(c.app.inspections().update(actor(c), *id, *in));
}

Response respond(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  auto item = api::parse_id(c.req.param("item"));
  if (!id || !item) return json_error(Error::NotFound(kNotFound));
  auto b = JsonBody::parse(c.req.body, {"response", "status"});
  if (!b) return json_error(b.error());
  const std::string text = b->str_or("response"), status = b->str_or("status");
  if (Status s = b->status(); !s) return json_error(s.error());
  return reply(c.app.inspections().respond(actor(c), *id, *item, text, status));
}

}  // namespace

void add_api_inspection_routes(Router& r) {
  r.add({"GET", "/api/v1/inspections", Access::kUser, Kind::kApi,
         "Các cuộc kiểm tra đơn vị (org) và do đơn vị thực hiện", "", list})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .answer(200, "InspectionList")
      .fails({404});
  r.add({"POST", "/api/v1/inspections", Access::kUser, Kind::kApi,
         "Ghi một cuộc kiểm tra (dự kiến hoặc đã thực hiện) của đơn vị cấp trên", "InspectionInput", create})
      .answer(201, "Inspection")
      .fails({404});
  r.add({"GET", "/api/v1/inspections/{id}", Access::kUser, Kind::kApi, "Một cuộc kiểm tra và các việc cần khắc phục",
         "", get})
      .answer(200, "Inspection");
  r.add({"PUT", "/api/v1/inspections/{id}", Access::kUser, Kind::kApi,
         "Sửa cuộc kiểm tra, kết quả, kiến nghị và các việc cần khắc phục", "InspectionInput", replace})
      .answer(200, "Inspection");
  r.add({"POST", "/api/v1/inspections/{id}/followups/{item}/response", Access::kUser, Kind::kApi,
         "Đơn vị được kiểm tra ghi ý kiến, tiến độ khắc phục một việc", "FollowUpResponse", respond})
      .answer(200, "Inspection");
}

}  // namespace bd::http
