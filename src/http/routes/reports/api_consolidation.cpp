// The consolidated report of a unit for a period: JSON, the official .docx
// and the .xlsx workbook.
#include "app/app.h"
#include "documents/docx.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

J opt(const std::optional<double>& v) { return v ? J(*v) : J(nullptr); }
// Sums of an element's figures: counts and yes/no answers are whole numbers.
J figure_json(const DataElement& e, const app::Figure& f) {
  return {{"female", api::figure_json(e.value_type, f.female, true)},
          {"male", api::figure_json(e.value_type, f.male, true)},
          {"total", api::figure_json(e.value_type, f.total, true)}};
}

bool include_submitted(const Ctx& c) {
  const std::string v = c.req.query_value("include_submitted");
  return v == "1" || v == "true";
}

Response consolidated(Ctx& c) {
  auto r = c.app.consolidations().build(api::actor(c), c.req.param("org"), c.req.param("period"), include_submitted(c));
  if (!r) return json_error(r.error());
  J sets = J::array();
  for (const auto& s : r->sets) {
    J rows = J::array();
    for (const auto& row : s.rows) {
      J j = figure_json(row.element, row.figure);
      j["element"] = row.element.code;
      j["name"] = row.element.name_vi;
      j["female_share"] = opt(app::female_share(row.figure));
      rows.push_back(j);
    }
    sets.push_back({{"code", s.set.code}, {"name", s.set.name_vi}, {"rows", rows}});
  }
  J children = J::array();
  for (const auto& ch : r->children) {
    J figures = J::object();
    for (size_t s = 0; s < r->sets.size(); ++s)
      for (size_t e = 0; e < r->sets[s].rows.size(); ++e)
        figures[r->sets[s].rows[e].element.code] = figure_json(r->sets[s].rows[e].element, ch.figures[s][e]);
    children.push_back({{"org", ch.unit.code}, {"name", ch.unit.name}, {"counted", ch.counted},
                        {"expected", ch.expected}, {"figures", figures}});
  }
  J targets = J::array();
  for (const auto& t : r->targets)
    targets.push_back({{"code", t.target.code}, {"name", t.target.name_vi}, {"value", api::indicator_json(t.value, t.indicator.unit)}, {"status", t.status}});
  return api::json(200, {{"org", r->unit.code}, {"period", r->period.code()}, {"include_submitted", r->include_submitted},
                         {"counted", r->counted}, {"expected", r->expected}, {"sets", sets}, {"children", children},
                         {"targets", targets}});
}

Response docx(Ctx& c) {
  const std::string org = c.req.param("org"), period = c.req.param("period");
  auto doc = c.app.consolidations().document(api::actor(c), org, period, include_submitted(c));
  if (!doc) return json_error(doc.error());
  Response r;
  r.content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  r.body = documents::write_docx(*doc);
  r.header("Content-Disposition", "attachment; filename=\"bao-cao-tong-hop-" + org + "-" + period + ".docx\"");
  return r;
}

Response xlsx(Ctx& c) {
  const std::string org = c.req.param("org"), period = c.req.param("period");
  auto bytes = c.app.consolidations().workbook(api::actor(c), org, period, include_submitted(c));
  if (!bytes) return json_error(bytes.error());
  Response r;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(*bytes);
  r.header("Content-Disposition", "attachment; filename=\"bao-cao-tong-hop-" + org + "-" + period + ".xlsx\"");
  return r;
}

}  // namespace

void add_api_consolidation_routes(Router& r) {
  r.add({"GET", "/api/v1/reports/{org}/{period}/consolidated", Access::kUser, Kind::kApi,
         "Báo cáo tổng hợp của đơn vị cho kỳ (chỉ báo cáo đã duyệt; include_submitted=true tính cả đã nộp)", "",
         consolidated})
      .param("include_submitted", kFlagParam, false, "true (hoặc 1): tính cả báo cáo đã nộp chưa duyệt")
      .answer(200, "Consolidated")
      .fails({400, 422});
  r.add({"GET", "/api/v1/reports/{org}/{period}/consolidated.docx", Access::kUser, Kind::kApi,
         "Báo cáo tổng hợp dạng .docx (thể thức Nghị định 30, loại BC)", "", docx})
      .param("include_submitted", kFlagParam, false, "true (hoặc 1): tính cả báo cáo đã nộp chưa duyệt")
      .answer(200, "Binary", kDocxType, "Tệp .docx (Content-Disposition: attachment)")
      .fails({400, 422});
  r.add({"GET", "/api/v1/reports/{org}/{period}/consolidated.xlsx", Access::kUser, Kind::kApi,
         "Báo cáo tổng hợp dạng .xlsx: bảng tổng hợp theo giới, mỗi biểu mẫu một trang theo đơn vị, chỉ tiêu", "",
         xlsx})
      .param("include_submitted", kFlagParam, false, "true (hoặc 1): tính cả báo cáo đã nộp chưa duyệt")
      .answer(200, "Binary", kXlsxType, "Tệp .xlsx (Content-Disposition: attachment)")
      .fails({400, 422});
}

}  // namespace bd::http
