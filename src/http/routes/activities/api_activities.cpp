// /api/v1/activities and /api/v1/evidence: thin handlers over
// app::Activities and app::Evidence.
#include "app/app.h"
#include "http/json_input.h"
#include "http/dispatch.h"
#include "http/multipart.h"
#include "http/routes.h"
#include "http/routes/activities/activity_input.h"
#include "http/routes/activities/activity_json.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using J = nlohmann::json;

Result<J> body_json(const Ctx& c) { return parse_json_object(c.req.body); }

Result<app::ActivityFilter> filter_of(const Request& req) {
  app::ActivityFilter f;
  if (auto y = req.query_value("year"); !y.empty()) {
    auto year = api::parse_id(y);  // digits only: "2026abc" and "-1" are refused
    if (!year || *year > 9999) return Error::Validation("Năm không hợp lệ.", "year");
    f.year = static_cast<int>(*year);
  }
  if (auto t = req.query_value("type"); !t.empty()) {
    f.type = parse_activity_type(t);
    if (!f.type) return Error::Validation("Loại hoạt động không hợp lệ.", "type");
  }
  if (auto s = req.query_value("status"); !s.empty()) {
    f.status = parse_activity_status(s);
    if (!f.status) return Error::Validation("Trạng thái không hợp lệ.", "status");
  }
  f.subtree = req.query_value("subtree") == "1" || req.query_value("subtree") == "true";
  return f;
}

Response reply(const Result<app::ActivityView>& r, int status = 200) {
  if (!r) return json_error(r.error());
  return json(status, activity_json(*r));
}

Response list(Ctx& c) {
  auto f = filter_of(c.req);
  if (!f) return json_error(f.error());
  auto r = c.app.activities().list(actor(c), c.req.query_value("org"), *f);
  if (!r) return json_error(r.error());
  J items = J::array();
  for (const auto& v : r->items) items.push_back(activity_json(v));
  J by_type = J::object();
  for (const auto& [t, n] : r->by_type) by_type[std::string(activity_type_code(t))] = n;
  return json(200, {{"org", r->unit.code}, {"activities", items}, {"by_type", by_type}});
}

Response create(Ctx& c) {
  auto body = body_json(c);
  if (!body) return json_error(body.error());
  if (body->contains("org") && !(*body)["org"].is_string())
    return json_error(Error::BadRequest("Trường org phải là chuỗi ký tự (mã đơn vị).", "org"));
  const std::string org = body->value("org", std::string());
  body->erase("org");
  if (body->contains("calendar_item")) {
    if (!(*body)["calendar_item"].is_string() || body->size() != 1)
      return json_error(Error::Validation("calendar_item đi riêng, là chuỗi \"obs:MÃ:NĂM\" hoặc \"plan:ID:MỤC\".",
                                          "calendar_item"));
    return reply(c.app.activities().from_calendar(actor(c), org, (*body)["calendar_item"]), 201);
  }
  auto in = activity_input(*body);
  if (!in) return json_error(in.error());
  return reply(c.app.activities().create(actor(c), org, *in), 201);
}

std::optional<int64_t> id_of(const Ctx& c) { return api::parse_id(c.req.param("id")); }
Error not_found() { return Error::NotFound("Không tìm thấy hoạt động."); }

Response get(Ctx& c) {
  auto id = id_of(c);
  if (!id) return json_error(not_found());
  return reply(c.app.activities().get(actor(c), *id));
}

Response patch(Ctx& c) {
  auto id = id_of(c);
  if (!id) return json_error(not_found());
  auto body = body_json(c);
  if (!body) return json_error(body.error());
  auto in = activity_input(*body);
  if (!in) return json_error(in.error());
  return reply(c.app.activities().update(actor(c), *id, *in));
}

Response remove(Ctx& c) {
  auto id = id_of(c);
  if (!id) return json_error(not_found());
  if (Status s = c.app.evidence().remove_files_of(actor(c), *id); !s) return json_error(s.error());
  if (Status s = c.app.activities().remove(actor(c), *id); !s) return json_error(s.error());
  return api::no_content();
}

Response upload(Ctx& c) {
  auto id = id_of(c);
  if (!id) return json_error(not_found());
  auto act = c.app.activities().get(actor(c), *id);  // scope first: outsiders learn nothing from the body
  if (!act) return json_error(act.error());
  if (!act->can_edit) return json_error(Error::Forbidden("Chỉ người cập nhật của đơn vị mới được thêm minh chứng."));
  auto parts = parse_multipart(c.req.body, c.req.header("content-type"));
  if (!parts) return json_error(parts.error());
  const FormPart* file = find_part(*parts, "file");
  if (!file || file->filename.empty()) return json_error(Error::Validation("Chưa chọn tệp minh chứng (trường file).", "file"));
  auto r = c.app.evidence().add(actor(c), *id, file->filename, file->data);
  if (!r) return json_error(r.error());
  return json(201, evidence_json(*r));
}

Response download(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy tệp minh chứng."));
  auto f = c.app.evidence().get(actor(c), *id);
  if (!f) return json_error(f.error());
  return evidence_download(*f);
}

}  // namespace

void add_api_activity_routes(Router& r) {
  r.add({"GET", "/api/v1/activities", Access::kUser, Kind::kApi,
         "Hoạt động của một đơn vị (org, year, type, status; subtree=1: cả các đơn vị trực thuộc)", "", list})
      .param("org", R"({"type":"string"})", false, "Mã đơn vị (mặc định đơn vị của tôi)")
      .param("year", kYearParam)
      .param("type", R"({"type":"string","enum":["training","communication","observance","contest","club","meeting","survey","inspection","other"]})")
      .param("status", R"({"type":"string","enum":["planned","done","cancelled"]})")
      .param("subtree", kFlagParam, false, "true (hoặc 1): cả các đơn vị trực thuộc")
      .answer(200, "ActivityList")
      .fails({404, 422});
  r.add({"POST", "/api/v1/activities", Access::kUser, Kind::kApi,
         "Ghi một hoạt động, hoặc thêm hoạt động dự kiến từ lịch (calendar_item)", "Activity", create})
      .answer(201, "ActivityView")
      .fails({404, 409});
  r.add({"GET", "/api/v1/activities/{id}", Access::kUser, Kind::kApi, "Một hoạt động với các tệp minh chứng", "", get}).answer(200, "ActivityView");
  r.add({"PATCH", "/api/v1/activities/{id}", Access::kUser, Kind::kApi, "Sửa các trường đã gửi của hoạt động",
         "Activity", patch})
      .answer(200, "ActivityView");
  r.add({"DELETE", "/api/v1/activities/{id}", Access::kUser, Kind::kApi, "Xóa hoạt động và các tệp minh chứng", "",
         remove})
      .answer(204);
  r.add({"POST", "/api/v1/activities/{id}/evidence", Access::kUser, Kind::kApi,
         "Tải lên tệp minh chứng (multipart/form-data, trường file; JPEG, PNG, PDF, .docx, .xlsx; tối đa 10 MB)", "",
         upload, kMaxUploadBodyBytes})
      .body("EvidenceUpload", "multipart/form-data")
      .answer(201, "Evidence")
      .fails({415});
  r.add({"GET", "/api/v1/evidence/{id}", Access::kUser, Kind::kApi, "Tải về một tệp minh chứng", "", download})
      .answer(200, "Binary",
              "image/jpeg, image/png, application/pdf, " + std::string(kDocxType) + ", " + std::string(kXlsxType),
              "Tệp minh chứng (Content-Disposition: attachment)");
}

}  // namespace bd::http
