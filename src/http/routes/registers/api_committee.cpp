// /api/v1/committee/{org}: the unit's committee (Ban VSTBPN) on a date with
// its history; members added, changed, their terms ended; re-compositions.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

J member_json(const CommitteeMember& m) {
  return {{"id", m.id},
          {"full_name", m.full_name},
          {"sex", m.sex},
          {"role", m.role},
          {"role_label", std::string(choice_vi(committee_role_choices(), m.role))},
          {"position", m.position},
          {"phone", m.phone},
          {"term_start", m.term_start},
          {"term_end", m.term_end.empty() ? J(nullptr) : J(m.term_end)},
          {"decision_no", m.decision_no},
          {"decision_date", m.decision_date.empty() ? J(nullptr) : J(m.decision_date)},
          {"trained", m.trained}};
}

J view_json(const app::CommitteeView& v) {
  J members = J::array(), history = J::array();
  for (const auto& m : v.members) members.push_back(member_json(m));
  for (const auto& m : v.history) history.push_back(member_json(m));
  const auto& c = v.counts;
  return {{"org", v.unit.code},
          {"org_name", v.unit.name},
          {"on", v.on},
          {"members", members},
          {"counts",
           {{"female", c.female}, {"male", c.male}, {"trained_female", c.trained_female},
            {"trained_male", c.trained_male}}},
          {"history", history}};
}

Response change_reply(const Result<app::CommitteeChange>& r, int status) {
  if (!r) return json_error(r.error());
  J body = view_json(r->view);
  body["values"] = {{"period", r->values_period}, {"saved", r->values_note.empty()}, {"note", r->values_note}};
  return json(status, body);
}

#define MEMBER_FIELDS                                                                                     \
  "full_name", "sex", "role", "position", "phone", "term_start", "term_end", "decision_no", "decision_date", \
      "trained"

Result<app::MemberInput> member_of(JsonBody& b) {
  app::MemberInput m;
  m.full_name = b.str_or("full_name");
  m.sex = b.str_or("sex");
  m.role = b.str_or("role");
  m.position = b.str_or("position");
  m.phone = b.str_or("phone");
  m.term_start = b.str_or("term_start");
  m.term_end = b.str_or("term_end");
  m.decision_no = b.str_or("decision_no");
  m.decision_date = b.str_or("decision_date");
  m.trained = b.boolean("trained").value_or(false);
  if (Status s = b.status(); !s) return s.error();
  if (b.is_null("trained"))
    return Error::BadRequest("Trường trained phải là true hoặc false (bỏ trường đi nếu chưa tập huấn).", "trained");
  return m;
}

std::string org_of(const Ctx& c) { return c.req.param("org"); }

Response get(Ctx& c) {
  auto r = c.app.committee().get(actor(c), org_of(c), c.req.query_value("on"));
  if (!r) return json_error(r.error());
  return json(200, view_json(*r));
}

Response add(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {MEMBER_FIELDS});
  if (!b) return json_error(b.error());
  auto m = member_of(*b);
  if (!m) return json_error(m.error());
  return change_reply(c.app.committee().add(actor(c), org_of(c), *m), 201);
}

Response replace(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy thành viên này trong Ban."));
  auto b = JsonBody::parse(c.req.body, {MEMBER_FIELDS});
  if (!b) return json_error(b.error());
  auto m = member_of(*b);
  if (!m) return json_error(m.error());
  return change_reply(c.app.committee().update(actor(c), org_of(c), *id, *m), 200);
}

Response end(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy thành viên này trong Ban."));
  auto b = JsonBody::parse(c.req.body, {"on"});
  if (!b) return json_error(b.error());
  const std::string on = b->str_or("on");
  if (Status s = b->status(); !s) return json_error(s.error());
  return change_reply(c.app.committee().end_term(actor(c), org_of(c), *id, on), 200);
}

Response recompose(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"from", "decision_no", "decision_date", "members"});
  if (!b) return json_error(b.error());
  const std::string from = b->str_or("from"), no = b->str_or("decision_no"), date = b->str_or("decision_date");
  const auto items = b->objects("members").value_or(std::vector<J>{});
  if (Status s = b->status(); !s) return json_error(s.error());
  std::vector<app::MemberInput> members;
  for (const auto& item : items) {
    auto ib = JsonBody::of(item, {MEMBER_FIELDS});
    if (!ib) return json_error(ib.error());
    auto m = member_of(*ib);
    if (!m) return json_error(m.error());
    members.push_back(*m);
  }
  return change_reply(c.app.committee().recompose(actor(c), org_of(c), from, no, date, members), 201);
}

}  // namespace

void add_api_committee_routes(Router& r) {
  r.add({"GET", "/api/v1/committee/{org}", Access::kUser, Kind::kApi,
         "Ban vì sự tiến bộ của phụ nữ của đơn vị vào một ngày (on=YYYY-MM-DD, mặc định hôm nay) và lịch sử", "", get})
      .param("on", R"({"type":"string","format":"date"})", false, "Ngày (mặc định hôm nay)")
      .answer(200, "Committee")
      .fails({400, 422});
  r.add({"POST", "/api/v1/committee/{org}/members", Access::kUser, Kind::kApi, "Thêm thành viên Ban",
         "CommitteeMember", add})
      .answer(201, "Committee")
      .fails({409});
  r.add({"PUT", "/api/v1/committee/{org}/members/{id}", Access::kUser, Kind::kApi,
         "Sửa thông tin thành viên Ban (toàn bộ các trường)", "CommitteeMember", replace})
      .answer(200, "Committee")
      .fails({409});
  r.add({"POST", "/api/v1/committee/{org}/members/{id}/end", Access::kUser, Kind::kApi,
         "Kết thúc nhiệm kỳ của thành viên vào ngày {\"on\"} (giữ lịch sử)", "CommitteeEnd", end})
      .answer(200, "Committee")
      .fails({409});
  r.add({"POST", "/api/v1/committee/{org}/recompositions", Access::kUser, Kind::kApi,
         "Kiện toàn Ban: kết thúc nhiệm kỳ hiện tại, bổ nhiệm thành viên mới theo quyết định", "CommitteeRecomposition",
         recompose})
      .answer(201, "Committee")
      .fails({409});
}

}  // namespace bd::http
