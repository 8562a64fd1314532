// /api/v1/commendations: a unit's register of commendations.
#include <array>

#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

J row_json(const app::CommendationRow& r) {
  const auto& c = r.record;
  J j = {{"id", c.id},
         {"collective", c.collective},
         {"level", c.level},
         {"level_label", std::string(choice_vi(commendation_level_choices(), c.level))},
         {"title", c.title},
         {"reason", c.reason},
         {"decision_no", c.decision_no},
         {"decision_date", c.decision_date},
         {"movement", c.movement}};
  if (c.collective) {
    j["honoree_name"] = c.honoree_name;
    j["honoree_org"] = r.honoree_org_code.empty() ? J(nullptr) : J(r.honoree_org_code);
  } else {
    j["full_name"] = c.full_name;
    j["sex"] = c.sex;
  }
  return j;
}

Result<app::CommendationInput> input_of(const std::string& body, bool with_org, std::string* org) {
  auto b = with_org ? JsonBody::parse(body, {"org", "collective", "full_name", "sex", "honoree_org", "honoree_name",
                                             "level", "title", "reason", "decision_no", "decision_date", "movement"})
                    : JsonBody::parse(body, {"collective", "full_name", "sex", "honoree_org", "honoree_name", "level",
                                             "title", "reason", "decision_no", "decision_date", "movement"});
  if (!b) return b.error();
  app::CommendationInput in;
  if (org) *org = b->str_or("org");
  in.collective = b->boolean("collective").value_or(false);
  in.full_name = b->str_or("full_name");
  in.sex = b->str_or("sex");
  in.honoree_org = b->str_or("honoree_org");
  in.honoree_name = b->str_or("honoree_name");
  in.level = b->str_or("level");
  in.title = b->str_or("title");
  in.reason = b->str_or("reason");
  in.decision_no = b->str_or("decision_no");
  in.decision_date = b->str_or("decision_date");
  in.movement = b->str_or("movement");
  if (Status s = b->status(); !s) return s.error();
  // A field of the other kind of commendation is refused, never dropped.
  const std::array<const char*, 2> other = in.collective ? std::array{"full_name", "sex"}
                                                         : std::array{"honoree_org", "honoree_name"};
  for (const char* f : other)
    if (!b->str_or(f).empty())
      return Error::BadRequest(std::string("Trường ") + f + " không dùng cho khen thưởng " +
                                   (in.collective ? "tập thể" : "cá nhân") + "; hãy bỏ trường đó hoặc đặt \"collective\": " +
                                   (in.collective ? "false." : "true."),
                               f);
  return in;
}

Response list(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = actor(c).org_code;
  int year = 0;
  if (const std::string y = c.req.query_value("year"); !y.empty()) {
    auto v = api::parse_id(y);
    if (!v || *v > 9999) return json_error(Error::BadRequest("Năm không hợp lệ.", "year"));
    year = static_cast<int>(*v);
  }
  auto r = c.app.commendations().list(actor(c), org, year);
  if (!r) return json_error(r.error());
  J rows = J::array();
  for (const auto& x : r->rows) rows.push_back(row_json(x));
  return json(200, {{"org", r->unit.code},
                    {"year", year > 0 ? J(year) : J(nullptr)},
                    {"commendations", rows},
                    {"counts",
                     {{"individuals", {{"female", r->individuals_female}, {"male", r->individuals_male}}},
                      {"collectives", r->collectives}}}});
}

Response create(Ctx& c) {
  std::string org;
  auto in = input_of(c.req.body, true, &org);
  if (!in) return json_error(in.error());
  if (org.empty()) org = actor(c).org_code;
  auto r = c.app.commendations().create(actor(c), org, *in);
  if (!r) return json_error(r.error());
  return json(201, row_json(*r));
}

Response get(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy khen thưởng này."));
  auto r = c.app.commendations().get(actor(c), *id);
  if (!r) return json_error(r.error());
  return json(200, row_json(*r));
}

Response replace(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy khen thưởng này."));
  auto in = input_of(c.req.body, false, nullptr);
  if (!in) return json_error(in.error());
  auto r = c.app.commendations().update(actor(c), *id, *in);
  if (!r) return json_error(r.error());
  return json(200, row_json(*r));
}

Response remove(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy khen thưởng này."));
  if (Status s = c.app.commendations().remove(actor(c), *id); !s) return json_error(s.error());
  return api::no_content();
}

}  // namespace

void add_api_commendation_routes(Router& r) {
  r.add({"GET", "/api/v1/commendations", Access::kUser, Kind::kApi,
         "Sổ khen thưởng của đơn vị (org, year) và số cá nhân được khen theo giới tính", "", list})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .param("year", kYearParam)
      .answer(200, "CommendationList")
      .fails({400, 404});
  r.add({"POST", "/api/v1/commendations", Access::kUser, Kind::kApi, "Ghi một khen thưởng (cá nhân hoặc tập thể)",
         "CommendationInput", create})
      .answer(201, "Commendation")
      .fails({404});
  r.add({"GET", "/api/v1/commendations/{id}", Access::kUser, Kind::kApi, "Một khen thưởng", "", get}).answer(200, "Commendation");
  r.add({"PUT", "/api/v1/commendations/{id}", Access::kUser, Kind::kApi, "Sửa khen thưởng (toàn bộ các trường)",
         "CommendationUpdate", replace})
      .answer(200, "Commendation");
  r.add({"DELETE", "/api/v1/commendations/{id}", Access::kUser, Kind::kApi, "Xóa khen thưởng ghi nhầm", "", remove}).answer(204);
}

}  // namespace bd::http
