// /api/v1/spreadsheets (the data entry workbook) and /api/v1/rosters (the
// staff roster): .xlsx downloads and uploads. An upload's body is the
// workbook itself (Content-Type application/vnd.openxmlformats-officedocument
// .spreadsheetml.sheet).
#include "app/app.h"
#include "http/dispatch.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

Response xlsx(const app::SpreadsheetFile& f) {
  Response r;
  r.content_type = app::kXlsxContentType;
  r.body = f.bytes;
  r.header("Content-Disposition", "attachment; filename=\"" + f.filename + "\"");
  return r;
}

Response data_template(Ctx& c) {
  auto f = c.app.spreadsheets().template_for(actor(c), c.req.query_value("org"), c.req.query_value("period"));
  if (!f) return json_error(f.error());
  return xlsx(*f);
}

Response data_import(Ctx& c) {
  auto r = c.app.spreadsheets().import(actor(c), c.req.body);
  if (!r) return json_error(r.error());
  return json(200, {{"org", r->org}, {"period", r->period}, {"received", r->received}, {"saved", r->saved}});
}

Response roster_template(Ctx& c) {
  auto f = c.app.rosters().template_file(actor(c));
  if (!f) return json_error(f.error());
  return xlsx(*f);
}

Response roster_import(Ctx& c) {
  auto r = c.app.rosters().import(actor(c), c.req.query_value("org"), c.req.query_value("period"), c.req.body);
  if (!r) return json_error(r.error());
  nlohmann::json counts = nlohmann::json::array();
  for (const auto& k : r->counts)
    counts.push_back({{"element", k.element}, {"name", k.name}, {"female", k.female}, {"male", k.male}});
  return json(200, {{"org", r->org}, {"period", r->period}, {"people", r->people}, {"saved", r->saved},
                    {"counts", counts}});
}

}  // namespace

void add_api_spreadsheet_routes(Router& r) {
  r.add({"GET", "/api/v1/spreadsheets/template", Access::kUser, Kind::kApi,
         "Biểu mẫu Excel nhập số liệu của đơn vị cho một kỳ (org, period), điền sẵn giá trị hiện có", "",
         data_template})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true)
      .answer(200, "Binary", kXlsxType, "Tệp .xlsx (Content-Disposition: attachment)")
      .fails({400, 404, 422});
  r.add({"POST", "/api/v1/spreadsheets/import", Access::kUser, Kind::kApi,
         "Nhập biểu mẫu Excel đã điền (nội dung là tệp .xlsx; tất cả hoặc không; 422 nêu sheet và ô lỗi)", "",
         data_import, kMaxUploadBodyBytes})
      .body("Binary", kXlsxType)
      .answer(200, "SpreadsheetImport")
      .fails({404, 409});
  r.add({"GET", "/api/v1/rosters/template", Access::kUser, Kind::kApi,
         "Mẫu Excel danh sách cán bộ, giáo viên, nhân viên (mỗi dòng một người)", "", roster_template})
      .answer(200, "Binary", kXlsxType, "Tệp .xlsx (Content-Disposition: attachment)");
  r.add({"POST", "/api/v1/rosters/import", Access::kUser, Kind::kApi,
         "Đếm danh sách cán bộ theo giới tính và lưu số liệu của đơn vị (org, period; nội dung là tệp .xlsx; "
         "họ tên không được lưu)",
         "", roster_import, kMaxUploadBodyBytes})
      .param("org", R"({"type":"string"})", true, "Mã đơn vị")
      .param("period", kPeriodParam, true)
      .body("Binary", kXlsxType)
      .answer(200, "RosterImport")
      .fails({404, 409});
}

}  // namespace bd::http
