// /data/excel: data entry through Excel. Download the unit's workbook for a
// period or the staff roster, upload them back (multipart/form-data); the
// result is the list of errors by sheet and cell (or by row), or what was
// saved. With htmx only the result is sent back, under a progress bar.
#include <ctime>

#include "app/app.h"
#include "core/dates.h"
#include "http/multipart.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/dispatch.h"
#include "http/routes.h"

namespace bd::http {
namespace {

constexpr int kYearsShown = 3;

std::string current_half() {
  return period_of(PeriodType::kHalfYear, date_from_unix(std::time(nullptr) + 7 * 3600)).code();
}

// The model of the page, with `result` filled in after an upload.
nlohmann::json page_model(Ctx& c, const std::string& org, const std::string& period) {
  auto m = pages::base_model(c, "data", c.views.text(c.locale, "excel_title"));
  const std::string unit = org.empty() ? c.auth->actor.org_code : org;
  const Period chosen = parse_period(period).value_or(*parse_period(current_half()));
  m["units"] = pages::unit_options(c, unit, false);
  m["periods"] = nlohmann::json::array();
  const int year = parse_period(current_half())->start().year;
  for (int y = year; y > year - kYearsShown; --y)
    for (const std::string& code : {std::to_string(y) + "S2", std::to_string(y) + "S1", std::to_string(y)}) {
      const Period p = *parse_period(code);
      m["periods"].push_back({{"value", code}, {"label", p.label_vi()}, {"selected", p == chosen}});
    }
  m["org"] = unit;
  m["period"] = chosen.code();
  m["template_url"] = "/api/v1/spreadsheets/template?org=" + url_encode(unit) + "&period=" + url_encode(chosen.code());
  m["data_url"] = "/data?org=" + url_encode(unit) + "&period=" + url_encode(chosen.code());
  return m;
}

nlohmann::json error_result(const Error& e) {
  nlohmann::json details = nlohmann::json::array();
  for (const auto& [field, msg] : e.details) details.push_back(msg);
  return {{"error", true}, {"message", e.message}, {"details", details}, {"has_details", !details.empty()}};
}

Response show(Ctx& c) {
  return pages::render(c, "excel", page_model(c, c.req.query_value("org"), c.req.query_value("period")));
}

Response upload(Ctx& c) {
  auto parts = parse_multipart(c.req.body, c.req.header("content-type"));
  const auto field = [&](const char* name) -> std::string {
    const FormPart* p = parts ? find_part(*parts, name) : nullptr;
    return p ? p->data : "";
  };
  auto m = page_model(c, field("org"), field("period"));
  nlohmann::json result;
  int status = 200;
  const FormPart* file = parts ? find_part(*parts, "file") : nullptr;
  if (!parts || !file || file->data.empty()) {
    const Error e = parts ? Error::BadRequest(c.views.text(c.locale, "excel_no_file"), "file") : parts.error();
    result = error_result(e);
    status = http_status_of(e);
  } else if (field("kind") == "roster") {
    auto r = c.app.rosters().import(c.auth->actor, field("org"), field("period"), file->data);
    if (!r) {
      result = error_result(r.error());
      status = http_status_of(r.error());
    } else {
      nlohmann::json counts = nlohmann::json::array();
      for (const auto& k : r->counts)
        counts.push_back({{"name", k.name}, {"female", k.female}, {"male", k.male}, {"total", k.female + k.male}});
      result = {{"roster", true}, {"people", r->people}, {"saved", r->saved}, {"counts", counts},
                {"period_label", parse_period(r->period)->label_vi()}};
    }
  } else {
    auto r = c.app.spreadsheets().import(c.auth->actor, file->data);
    if (!r) {
      result = error_result(r.error());
      status = http_status_of(r.error());
    } else {
      result = {{"imported", true}, {"received", r->received}, {"saved", r->saved},
                {"data_url", "/data?org=" + url_encode(r->org) + "&period=" + url_encode(r->period)}};
    }
  }
  m["result"] = result;
  m["fragment"] = true;
  // htmx swaps only 2xx answers: the fragment carries the errors itself.
  if (c.req.is_htmx()) return pages::render(c, "_excel_result", m, 200);
  return pages::render(c, "excel", m, status);
}

}  // namespace

void add_excel_pages(Router& r) {
  r.add({"GET", "/data/excel", Access::kUser, Kind::kPage,
         "Nhập số liệu từ Excel: tải biểu mẫu, danh sách cán bộ và tải lên", "", show});
  r.add({"POST", "/data/excel", Access::kUser, Kind::kPage,
         "Tải lên biểu mẫu hoặc danh sách cán bộ đã điền (multipart/form-data)", "", upload,
         kMaxUploadBodyBytes});
}

}  // namespace bd::http
