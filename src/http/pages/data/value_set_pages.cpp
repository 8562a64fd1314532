// /data/exchange: figures to and from another system (DHIS2, or any that
// speaks its formats or ADX). Upload a file (multipart/form-data) with the
// import options and read the summary; or choose what to export and get the
// file from /api/v1/dataValueSets.{json,csv,xml,adx}.
#include "app/app.h"
#include "http/dispatch.h"
#include "http/multipart.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using documents::ExchangeFormat;

// The format of an uploaded file: chosen, else by its name (an .xml file
// holding the ADX namespace is ADX).
std::optional<ExchangeFormat> format_of_upload(const std::string& chosen, const FormPart& file) {
  if (!chosen.empty() && chosen != "auto") return documents::format_of_name(chosen);
  return documents::format_of_file(file.filename, file.data);
}

nlohmann::json choices(std::initializer_list<std::pair<const char*, const char*>> list, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [value, label] : list) out.push_back({{"value", value}, {"label", label}, {"selected", selected == value}});
  return out;
}

nlohmann::json page_model(Ctx& c, const std::map<std::string, std::string>& f) {
  auto get = [&](const char* k) {
    auto it = f.find(k);
    return it == f.end() ? std::string() : it->second;
  };
  auto m = pages::base_model(c, "data", c.views.text(c.locale, "exchange_title"));
  m["formats"] = choices({{"auto", "Tự nhận theo tên tệp"}, {"json", "DHIS2 JSON"}, {"csv", "DHIS2 CSV"},
                          {"xml", "DHIS2 XML"}, {"adx", "ADX (XML)"}},
                         get("format"));
  m["strategies"] = choices({{"CREATE_AND_UPDATE", "Thêm mới và cập nhật"}, {"CREATE", "Chỉ thêm giá trị mới"},
                             {"UPDATE", "Chỉ cập nhật giá trị đã có"}, {"DELETE", "Xóa các giá trị trong tệp"}},
                            get("importStrategy"));
  m["atomic"] = choices({{"ALL", "Có lỗi thì không lưu gì (khuyên dùng)"}, {"NONE", "Lưu các giá trị hợp lệ"}},
                        get("atomicMode"));
  nlohmann::json schemes = choices({{"code", "Mã của hệ thống này"}, {"id", "Số hiệu (id)"}}, get("idScheme"));
  if (auto systems = c.app.external_ids().systems(c.auth->actor))
    for (const auto& s : *systems)
      schemes.push_back({{"value", "attribute:" + s}, {"label", "Bảng mã của " + s},
                         {"selected", get("idScheme") == "attribute:" + s}});
  m["schemes"] = schemes;
  m["dry_run"] = get("dryRun") == "true";
  nlohmann::json sets = nlohmann::json::array();
  auto all_sets = c.app.catalog().data_sets(c.auth->actor);
  if (all_sets)
    for (const auto& d : *all_sets)
      sets.push_back({{"value", d.code}, {"label", d.name_vi}, {"selected", get("dataSet") == d.code}});
  m["data_sets"] = sets;
  m["units"] = pages::unit_options(c, get("orgUnit").empty() ? c.auth->actor.org_code : get("orgUnit"), false);
  m["periods"] = pages::report_period_options(c, get("period"));
  m["export_formats"] = choices({{"csv", "CSV"}, {"json", "JSON"}, {"xml", "XML"}, {"adx", "ADX"}}, get("format"));
  return m;
}

Response show(Ctx& c) { return pages::render(c, "exchange", page_model(c, {})); }

nlohmann::json summary_model(const app::ImportSummary& s) {
  nlohmann::json conflicts = nlohmann::json::array();
  for (const auto& k : s.conflicts) {
    std::string rows;
    for (size_t i = 0; i < k.indexes.size() && i < 20; ++i) rows += (i ? ", " : "") + std::to_string(k.indexes[i] + 1);
    if (k.indexes.size() > 20) rows += ", … (" + std::to_string(k.indexes.size()) + " giá trị)";
    conflicts.push_back({{"code", k.error_code}, {"object", k.object}, {"message", k.value}, {"rows", rows}});
  }
  return {{"summary", true},
          {"ok", s.status == "SUCCESS"},
          {"status", s.status},
          {"description", s.description()},
          {"imported", s.imported},
          {"updated", s.updated},
          {"ignored", s.ignored},
          {"deleted", s.deleted},
          {"conflicts", conflicts},
          {"has_conflicts", !conflicts.empty()}};
}

Response upload(Ctx& c) {
  auto parts = parse_multipart(c.req.body, c.req.header("content-type"));
  std::map<std::string, std::string> fields;
  if (parts)
    for (const auto& p : *parts)
      if (p.filename.empty()) fields[p.name] = p.data;
  auto m = page_model(c, fields);
  const FormPart* file = parts ? find_part(*parts, "file") : nullptr;
  nlohmann::json result;
  int status = 200;
  auto fail = [&](const Error& e) {
    nlohmann::json details = nlohmann::json::array();
    for (const auto& [field, msg] : e.details) details.push_back(msg);
    result = {{"error", true}, {"message", e.message}, {"details", details}, {"has_details", !details.empty()}};
    status = http_status_of(e);
  };
  std::optional<ExchangeFormat> format;
  if (!parts) fail(parts.error());
  else if (!file || file->data.empty()) fail(Error::BadRequest(c.views.text(c.locale, "exchange_no_file"), "file"));
  else if (!(format = format_of_upload(fields["format"], *file)))
    fail(Error::BadRequest(c.views.text(c.locale, "exchange_unknown_format"), "format"));
  if (result.is_null()) {
    fields["dryRun"] = fields.count("dryRun") ? "true" : "false";
    auto options = app::ImportOptions::parse(fields);
    if (!options) fail(options.error());
    else if (auto r = c.app.value_import().run(c.auth->actor, file->data, *format, *options); !r) fail(r.error());
    else result = summary_model(*r);
  }
  m["result"] = result;
  if (c.req.is_htmx()) return pages::render(c, "_exchange_result", m, 200);
  return pages::render(c, "exchange", m, status);
}

// The export form's choices, sent on to the API route of the format.
Response export_file(Ctx& c) {
  auto format = documents::format_of_name(c.req.query_value("format"));
  const std::string ext = format ? std::string(documents::extension_of(*format)) : "csv";
  std::string url = "/api/v1/dataValueSets." + (ext == "adx.xml" ? std::string("adx") : ext) + "?";
  for (const char* k : {"dataSet", "orgUnit", "period", "children", "idScheme"}) {
    const std::string v = c.req.query_value(k);
    if (!v.empty()) url += std::string(k) + "=" + url_encode(v) + "&";
  }
  url.pop_back();
  return Response::redirect(url);
}

}  // namespace

void add_value_set_pages(Router& r) {
  r.add({"GET", "/data/exchange", Access::kUser, Kind::kPage,
         "Trao đổi số liệu với hệ thống khác (DHIS2, ADX): nhập tệp, xuất tệp", "", show});
  r.add({"POST", "/data/exchange", Access::kUser, Kind::kPage,
         "Nhập tệp dataValueSets (JSON, CSV, XML) hoặc ADX (multipart/form-data) và xem bản tóm tắt", "", upload,
         kMaxUploadBodyBytes});
  r.add({"GET", "/data/exchange/export", Access::kUser, Kind::kPage,
         "Chuyển tới tệp xuất theo định dạng đã chọn", "", export_file});
}

}  // namespace bd::http
