// /api/v1/hotlines: the directory of support services (national and local
// hotlines, trusted addresses, shelters); a unit's list is public.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

const char* kNotFound = "Không tìm thấy mục này trong danh bạ.";

J row_json(const app::ServiceRow& r) {
  const auto& s = r.record;
  return {{"id", s.id},           {"owner", r.owner_code.empty() ? J(nullptr) : J(r.owner_code)},
          {"kind", s.kind},       {"name", s.name},
          {"phone", s.phone},     {"address", s.address},
          {"purpose", s.purpose}, {"hours", s.hours},
          {"sort", s.sort}};
}

Result<app::ServiceInput> input_of(JsonBody& b) {
  app::ServiceInput in;
  in.kind = b.str_or("kind", "hotline");
  in.name = b.str_or("name");
  in.phone = b.str_or("phone");
  in.address = b.str_or("address");
  in.purpose = b.str_or("purpose");
  in.hours = b.str_or("hours");
  in.sort = static_cast<int>(b.integer("sort").value_or(0));
  if (Status s = b.status(); !s) return s.error();
  return in;
}

Response list(Ctx& c) {
  const std::string org = c.req.query_value("org");
  if (org.empty()) return json_error(Error::BadRequest("Cần mã đơn vị (org).", "org"));
  auto d = c.app.services().public_directory(org);
  if (!d) return json_error(d.error());
  J rows = J::array();
  for (const auto& r : d->rows) rows.push_back(row_json(r));
  J body = {{"org", d->unit.code}, {"org_name", d->unit.name}, {"services", rows}};
  if (d->displayed) body["displayed"] = *d->displayed;
  return json(200, body);
}

Response create(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"org", "kind", "name", "phone", "address", "purpose", "hours", "sort"});
  if (!b) return json_error(b.error());
  const std::string org = b->str_or("org");
  auto in = input_of(*b);
  if (!in) return json_error(in.error());
  auto r = c.app.services().create(actor(c), org, *in);
  if (!r) return json_error(r.error());
  return json(201, row_json(*r));
}

Response replace(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  auto b = JsonBody::parse(c.req.body, {"kind", "name", "phone", "address", "purpose", "hours", "sort"});
  if (!b) return json_error(b.error());
  auto in = input_of(*b);
  if (!in) return json_error(in.error());
  auto r = c.app.services().update(actor(c), *id, *in);
  if (!r) return json_error(r.error());
  return json(200, row_json(*r));
}

Response remove(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound(kNotFound));
  if (Status s = c.app.services().remove(actor(c), *id); !s) return json_error(s.error());
  return api::no_content();
}

Response display(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"org", "year", "displayed"});
  if (!b) return json_error(b.error());
  const std::string org = b->str_or("org");
  const auto year = b->integer("year");
  const auto shown = b->boolean("displayed");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (!year) return json_error(Error::Validation("Cần năm (year).", "year"));
  if (!shown) return json_error(Error::Validation("Cần cho biết có niêm yết hay không (displayed).", "displayed"));
  if (Status s = c.app.services().set_displayed(actor(c), org, static_cast<int>(*year), *shown); !s)
    return json_error(s.error());
  return json(200, {{"org", org}, {"year", *year}, {"displayed", *shown}});
}

}  // namespace

void add_api_hotline_routes(Router& r) {
  r.add({"GET", "/api/v1/hotlines", Access::kPublic, Kind::kApi,
         "Danh bạ đường dây nóng, địa chỉ tin cậy, nhà tạm lánh của đơn vị (org); không cần đăng nhập", "", list})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .answer(200, "Directory")
      .fails({400, 404});
  r.add({"POST", "/api/v1/hotlines", Access::kUser, Kind::kApi,
         "Thêm mục vào danh bạ của đơn vị (org; để trống: danh bạ quốc gia, chỉ quản trị hệ thống)", "ServiceInput",
         create})
      .answer(201, "Service")
      .fails({404});
  r.add({"POST", "/api/v1/hotlines/display", Access::kUser, Kind::kApi,
         "Ghi việc cơ sở có niêm yết đường dây nóng trong năm {\"org\",\"year\",\"displayed\"}", "HotlineDisplay",
         display})
      .answer(200, "HotlineDisplayResult")
      .fails({404});
  r.add({"PUT", "/api/v1/hotlines/{id}", Access::kUser, Kind::kApi, "Sửa một mục của danh bạ", "ServiceUpdate",
         replace})
      .answer(200, "Service");
  r.add({"DELETE", "/api/v1/hotlines/{id}", Access::kUser, Kind::kApi, "Xóa một mục của danh bạ", "", remove}).answer(204);
}

}  // namespace bd::http
