// /api/v1/plans: thin handlers over app::Plans.
#include "app/app.h"
#include "documents/docx.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

nlohmann::json signing_json(const PlanRecord& p) {
  const auto s = app::plan_signing(p);
  if (!s) return nullptr;
  return {{"note", s->note},
          {"sent_by", s->sent_by},
          {"sent_by_name", s->sent_by_name},
          {"sent_at", s->sent_at},
          {"comment", s->comment},
          {"returned_by", s->returned_by},
          {"returned_by_name", s->returned_by_name},
          {"returned_at", s->returned_at > 0 ? nlohmann::json(s->returned_at) : nlohmann::json(nullptr)}};
}

nlohmann::json plan_json(const app::PlanView& v) {
  const auto& r = v.record;
  return {{"id", r.id},
          {"org", v.org_code},
          {"org_name", v.org_name},
          {"status", std::string(plan_status_code(r.status))},
          {"year", r.year},
          {"number", r.number > 0 ? nlohmann::json(r.number) : nlohmann::json(nullptr)},
          {"number_line", v.number_line},
          {"issued_on", r.issued_on.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.issued_on)},
          {"version", r.version},
          {"parent_plan", r.parent_plan_id ? nlohmann::json(*r.parent_plan_id) : nlohmann::json(nullptr)},
          {"supersedes", r.supersedes_id ? nlohmann::json(*r.supersedes_id) : nlohmann::json(nullptr)},
          {"content", v.content},
          {"signing", signing_json(r)}};
}

Result<nlohmann::json> body_object(const Ctx& c) { return parse_json_object(c.req.body); }

std::optional<int64_t> id_of(const Ctx& c) { return api::parse_id(c.req.param("id")); }
Response no_plan() { return json_error(Error::NotFound("Không tìm thấy kế hoạch.")); }

Response list(Ctx& c) {
  auto r = c.app.plans().list(actor(c), c.req.query_value("org"));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& v : *r) {
    auto j = plan_json(v);
    j["subject"] = v.content.value("subject", "");
    j.erase("content");
    j.erase("signing");
    out.push_back(j);
  }
  return json(200, {{"plans", out}});
}

Response create(Ctx& c) {
  auto b = body_object(c);
  if (!b) return json_error(b.error());
  if (!b->contains("org") || !(*b)["org"].is_string())
    return json_error(Error::BadRequest("Cần mã đơn vị (org).", "org"));
  const std::string org = (*b)["org"];
  b->erase("org");
  auto r = c.app.plans().create(actor(c), org, *b);
  if (!r) return json_error(r.error());
  return json(201, plan_json(*r));
}

Response get(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto r = c.app.plans().get(actor(c), *id);
  if (!r) return json_error(r.error());
  return json(200, plan_json(*r));
}

Response patch(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto b = body_object(c);
  if (!b) return json_error(b.error());
  auto r = c.app.plans().update(actor(c), *id, *b);
  if (!r) return json_error(r.error());
  return json(200, plan_json(*r));
}

Response issue(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto b = JsonBody::parse(c.req.body, {"date"});
  if (!b) return json_error(b.error());
  const std::string date = b->str_or("date");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.plans().issue(actor(c), *id, date);
  if (!r) return json_error(r.error());
  return json(200, plan_json(*r));
}

Response new_version(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto r = c.app.plans().new_version(actor(c), *id);
  if (!r) return json_error(r.error());
  return json(201, plan_json(*r));
}

Response implement(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto b = JsonBody::parse(c.req.body, {"org"});
  if (!b) return json_error(b.error());
  const std::string org = b->str_or("org");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.plans().implement(actor(c), *id, org);
  if (!r) return json_error(r.error());
  return json(201, plan_json(*r));
}

// {"note"} (optional): to the head of the unit to sign.
Response send_for_signature(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto b = JsonBody::parse(c.req.body, {"note"});
  if (!b) return json_error(b.error());
  const std::string note = b->str_or("note");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.plans().send_for_signature(actor(c), *id, note);
  if (!r) return json_error(r.error());
  return json(200, plan_json(*r));
}

// {"comment"} (required): back to draft, for changes.
Response send_back(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto b = JsonBody::parse(c.req.body, {"comment"});
  if (!b) return json_error(b.error());
  const std::string comment = b->str_or("comment");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.plans().send_back(actor(c), *id, comment);
  if (!r) return json_error(r.error());
  return json(200, plan_json(*r));
}

Response coverage(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto r = c.app.plans().coverage(actor(c), *id);
  if (!r) return json_error(r.error());
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& row : r->rows)
    rows.push_back({{"org", row.org_code}, {"name", row.org_name}, {"state", row.state},
                    {"plan", row.plan_id ? nlohmann::json(*row.plan_id) : nlohmann::json(nullptr)}});
  return json(200, {{"issued", r->issued}, {"drafts", r->drafts}, {"none", r->none}, {"percent", r->percent},
                    {"children", rows}});
}

Response docx(Ctx& c) {
  auto id = id_of(c);
  if (!id) return no_plan();
  auto doc = c.app.plans().document(actor(c), *id);
  if (!doc) return json_error(doc.error());
  Response r;
  r.content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  r.body = documents::write_docx(*doc);
  const std::string name = "ke-hoach-" + std::to_string(*id) + ".docx";
  r.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
  return r;
}

}  // namespace

void add_api_plan_routes(Router& r) {
  r.add({"GET", "/api/v1/plans", Access::kUser, Kind::kApi, "Kế hoạch của một đơn vị (org; mặc định đơn vị của tôi)",
         "", list})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .answer(200, "PlanList")
      .fails({404});
  r.add({"POST", "/api/v1/plans", Access::kUser, Kind::kApi, "Soạn kế hoạch (dự thảo): {\"org\", \"year\", …}",
         "PlanInput", create})
      .answer(201, "Plan")
      .fails({404, 409});
  r.add({"GET", "/api/v1/plans/{id}", Access::kUser, Kind::kApi, "Một kế hoạch và nội dung", "", get}).answer(200, "Plan");
  r.add({"PATCH", "/api/v1/plans/{id}", Access::kUser, Kind::kApi, "Sửa dự thảo (thay toàn bộ nội dung)",
         "PlanContent", patch})
      .answer(200, "Plan")
      .fails({409});
  r.add({"POST", "/api/v1/plans/{id}/issue", Access::kUser, Kind::kApi,
         "Ban hành: cấp số, ngày; sau đó chỉ đọc. Body tùy chọn {\"date\"}", "", issue})
      .body("PlanIssue")
      .answer(200, "Plan")
      .fails({409});
  r.add({"POST", "/api/v1/plans/{id}/send-for-signature", Access::kUser, Kind::kApi,
         "Trình ký: người soạn gửi dự thảo đã đủ thông tin cho thủ trưởng đơn vị ký, kèm ghi chú {\"note\"} tùy chọn;"
         " trong lúc chờ ký không sửa được",
         "", send_for_signature})
      .body("PlanSigningNote")
      .answer(200, "Plan")
      .fails({409, 422});
  r.add({"POST", "/api/v1/plans/{id}/send-back", Access::kUser, Kind::kApi,
         "Người ký trả lại kế hoạch đang chờ ký để sửa, kèm ý kiến {\"comment\"} (bắt buộc); kế hoạch về dự thảo",
         "PlanSendBack", send_back})
      .answer(200, "Plan")
      .fails({409, 422});
  r.add({"POST", "/api/v1/plans/{id}/versions", Access::kUser, Kind::kApi, "Tạo phiên bản mới từ kế hoạch đã ban hành",
         "", new_version})
      .answer(201, "Plan")
      .fails({409});
  r.add({"POST", "/api/v1/plans/{id}/implement", Access::kUser, Kind::kApi,
         "Soạn kế hoạch thực hiện kế hoạch này cho đơn vị cấp dưới {\"org\"}", "", implement})
      .body("PlanImplement")
      .answer(201, "Plan")
      .fails({409});
  r.add({"GET", "/api/v1/plans/{id}/docx", Access::kUser, Kind::kApi,
         "Kế hoạch dạng .docx đúng thể thức Nghị định 30/2020/NĐ-CP", "", docx})
      .answer(200, "Binary", kDocxType, "Tệp .docx (Content-Disposition: attachment)");
  r.add({"GET", "/api/v1/plans/{id}/coverage", Access::kUser, Kind::kApi,
         "Đơn vị trực thuộc đã ban hành, đang soạn, chưa có kế hoạch thực hiện", "", coverage})
      .answer(200, "PlanCoverage");
}

}  // namespace bd::http
