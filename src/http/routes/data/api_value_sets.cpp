// /api/v1/dataValueSets (import and export in DHIS2's JSON, CSV and XML
// and in ADX) and /api/v1/externalIds (identifiers in other systems).
#include <cstdio>
#include <stdexcept>

#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;
using documents::ExchangeFormat;

constexpr size_t kMaxImportBytes = 50u << 20;  // 50 MiB: about 600,000 values of JSON

// The options of the exchange, read through query_value (so the route test
// sees each one declared).
std::map<std::string, std::string> options_of(const Request& req, std::initializer_list<const char*> names) {
  std::map<std::string, std::string> out;
  for (const char* n : names) out[n] = req.query_value(n);
  return out;
}

const std::initializer_list<const char*> kSchemeParams = {"idScheme", "dataElementIdScheme", "orgUnitIdScheme",
                                                          "categoryOptionComboIdScheme", "dataSetIdScheme"};

Response post_value_set(Ctx& c) {
  auto format = documents::format_of_content_type(c.req.header("content-type"));
  if (!format)
    return json_error({ErrorCode::kUnsupportedMediaType,
                       "Content-Type phải là application/json, text/csv, application/xml hoặc application/adx+xml.",
                       "Content-Type", {}});
  auto params = options_of(c.req, kSchemeParams);
  for (const auto& [k, v] : options_of(c.req, {"dryRun", "importStrategy", "atomicMode"})) params[k] = v;
  auto options = app::ImportOptions::parse(params);
  if (!options) return json_error(options.error());
  auto r = c.app.value_import().run(actor(c), c.req.body, *format, *options);
  if (!r) return json_error(r.error());
  return json(r->status == "ERROR" ? 409 : 200, r->to_json());
}

// The format asked for: the path's extension, else the first Accept type
// known, else JSON.
ExchangeFormat format_wanted(const Request& req, std::optional<ExchangeFormat> by_extension) {
  if (by_extension) return *by_extension;
  const std::string accept = req.header("accept");
  std::optional<ExchangeFormat> best;
  size_t best_at = std::string::npos;
  for (auto f : {ExchangeFormat::kAdx, ExchangeFormat::kCsv, ExchangeFormat::kXml, ExchangeFormat::kJson}) {
    std::string type(documents::content_type_of(f));
    type = type.substr(0, type.find(';'));
    size_t at = accept.find(type);
    if (f == ExchangeFormat::kXml && at == std::string::npos) at = accept.find("text/xml");
    // "application/adx+xml" holds no "application/xml": no confusion.
    if (at != std::string::npos && at < best_at) {
      best = f;
      best_at = at;
    }
  }
  return best.value_or(ExchangeFormat::kJson);
}

Handler get_value_set(std::optional<ExchangeFormat> by_extension) {
  return [by_extension](Ctx& c) -> Response {
    auto params = options_of(c.req, kSchemeParams);
    for (const auto& [k, v] :
         options_of(c.req, {"dataSet", "period", "startDate", "endDate", "orgUnit", "children"}))
      params[k] = v;
    auto query = app::ExportQuery::parse(params);
    if (!query) return json_error(query.error());
    if (Status s = c.app.value_export().check(actor(c), *query); !s) return json_error(s.error());
    const ExchangeFormat format = format_wanted(c.req, by_extension);
    Response out;
    out.content_type = std::string(documents::content_type_of(format));
    out.header("Content-Disposition",
               "attachment; filename=\"datavalues." + std::string(documents::extension_of(format)) + "\"");
    const int64_t now = c.app.clock().now();
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(now % 86400 / 3600),
                  static_cast<int>(now % 3600 / 60), static_cast<int>(now % 60));
    const std::string exported = iso(date_from_unix(now)) + clock;
    app::App& application = c.app;
    out.stream = [&application, a = actor(c), q = *query, format, exported](std::ostream& os) {
      auto written = application.value_export().write(a, q, format, os, exported);
      if (!written) throw std::runtime_error(written.error().message);
    };
    return out;
  };
}

nlohmann::json mappings_json(const std::vector<storage::ExternalId>& ids) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& id : ids) rows.push_back({{"kind", id.kind}, {"code", id.code}, {"external", id.external}});
  return rows;
}

Response get_external_ids(Ctx& c) {
  const std::string system = c.req.query_value("system");
  if (system.empty()) {
    auto r = c.app.external_ids().systems(actor(c));
    if (!r) return json_error(r.error());
    return json(200, {{"systems", *r}});
  }
  auto r = c.app.external_ids().list(actor(c), system);
  if (!r) return json_error(r.error());
  return json(200, {{"system", system}, {"mappings", mappings_json(*r)}});
}

Response put_external_ids(Ctx& c) {
  std::string system;
  std::vector<app::ExternalIdInput> rows;
  if (c.req.header("content-type").starts_with("text/csv")) {
    system = c.req.query_value("system");
    auto parsed = app::ExternalIds::parse_csv(c.req.body);
    if (!parsed) return json_error(parsed.error());
    rows = std::move(*parsed);
  } else {
    if (!api::is_json(c.req)) return json_error(api::need_json());
    auto body = JsonBody::parse(c.req.body, {"system", "mappings"});
    if (!body) return json_error(body.error());
    system = body->str_or("system");
    auto items = body->objects("mappings");
    if (Status s = body->status(); !s) return json_error(s.error());
    if (!items) return json_error(Error::BadRequest("Cần \"mappings\": [{\"kind\",\"code\",\"external\"}].", "mappings"));
    for (auto& item : *items) {
      auto m = JsonBody::of(item, {"kind", "code", "external"});
      if (!m) return json_error(m.error());
      app::ExternalIdInput in{m->str_or("kind"), m->str_or("code"), m->str_or("external")};
      if (Status s = m->status(); !s) return json_error(s.error());
      rows.push_back(std::move(in));
    }
  }
  auto r = c.app.external_ids().put(actor(c), system, rows);
  if (!r) return json_error(r.error());
  return json(200, {{"changed", *r}, {"received", rows.size()}});
}

}  // namespace

void add_api_value_set_routes(Router& r) {
  auto& post = r.add({"POST", "/api/v1/dataValueSets", Access::kUser, Kind::kApi,
                      "Nhập một bộ giá trị (DHIS2 dataValueSets JSON, CSV, XML hoặc ADX, theo Content-Type); "
                      "trả về bản tóm tắt kiểu DHIS2 (200: SUCCESS hoặc WARNING; 409: ERROR, không lưu gì)",
                      "", post_value_set});
  post.max_body = kMaxImportBytes;
  post.body("DataValueSet", "application/json,text/csv,application/xml,application/adx+xml")
      .param("dryRun", kFlagParam, false, "true: kiểm tra và báo kết quả, không lưu")
      .param("importStrategy", R"({"type":"string","enum":["CREATE_AND_UPDATE","CREATE","UPDATE","DELETE"]})", false,
             "CREATE_AND_UPDATE (mặc định), CREATE (chỉ giá trị mới), UPDATE (chỉ giá trị đã có), DELETE (xóa)")
      .param("atomicMode", R"({"type":"string","enum":["ALL","NONE"]})", false,
             "ALL (mặc định): có lỗi thì không lưu gì; NONE: lưu giá trị hợp lệ, báo phần còn lại")
      .answer(200, "ImportSummary")
      .answer(409, "ImportSummary", "application/json", "Có xung đột; không giá trị nào được lưu (status ERROR)")
      .fails({403, 415});
  const char* scheme = R"({"type":"string","example":"code"})";
  for (auto* route : {&post}) {
    route->param("idScheme", scheme, false, "code (mặc định), id hoặc attribute:TÊN_HỆ_THỐNG")
        .param("dataElementIdScheme", scheme, false)
        .param("orgUnitIdScheme", scheme, false)
        .param("categoryOptionComboIdScheme", scheme, false, "Cũng dùng cho tên thuộc tính phân tổ của ADX")
        .param("dataSetIdScheme", scheme, false);
  }
  const std::pair<const char*, std::optional<ExchangeFormat>> exports[] = {
      {"/api/v1/dataValueSets", std::nullopt},
      {"/api/v1/dataValueSets.json", ExchangeFormat::kJson},
      {"/api/v1/dataValueSets.csv", ExchangeFormat::kCsv},
      {"/api/v1/dataValueSets.xml", ExchangeFormat::kXml},
      {"/api/v1/dataValueSets.adx", ExchangeFormat::kAdx}};
  for (const auto& [path, format] : exports) {
    auto& get = r.add({"GET", path, Access::kUser, Kind::kApi,
                       format ? "Xuất bộ giá trị theo định dạng của đuôi tệp"
                              : "Xuất bộ giá trị (định dạng theo Accept: application/json, text/csv, "
                                "application/xml, application/adx+xml), gửi dần từng đơn vị",
                       "", get_value_set(format)});
    const std::string types = format ? std::string(documents::content_type_of(*format)).substr(
                                           0, std::string(documents::content_type_of(*format)).find(';'))
                                     : "application/json,text/csv,application/xml,application/adx+xml";
    get.param("dataSet", R"({"type":"string","example":"NHANSU"})", true, "Mã bộ biểu mẫu (nhiều mã cách nhau dấu phẩy)")
        .param("orgUnit", R"({"type":"string"})", true, "Mã đơn vị")
        .param("period", R"({"type":"string","example":"2025S1"})", false, "Kỳ (nhiều kỳ cách nhau dấu phẩy)")
        .param("startDate", R"({"type":"string","format":"date"})", false, "Từ ngày (thay cho period)")
        .param("endDate", R"({"type":"string","format":"date"})", false, "Đến ngày")
        .param("children", kFlagParam, false, "true: cả các đơn vị cấp dưới")
        .param("idScheme", scheme, false, "code (mặc định), id hoặc attribute:TÊN_HỆ_THỐNG")
        .param("dataElementIdScheme", scheme, false)
        .param("orgUnitIdScheme", scheme, false)
        .param("categoryOptionComboIdScheme", scheme, false)
        .param("dataSetIdScheme", scheme, false)
        .answer(200, "DataValueSet", types)
        .fails({400, 404, 409});
  }
  r.add({"GET", "/api/v1/externalIds", Access::kUser, Kind::kApi,
         "Các hệ thống ngoài có bảng mã; với system=TÊN: bảng mã của hệ thống đó", "", get_external_ids})
      .param("system", R"({"type":"string","example":"DHIS2-TINH"})", false, "Tên hệ thống ngoài")
      .answer(200, "ExternalIds")
      .fails({400});
  auto& put = r.add({"PUT", "/api/v1/externalIds", Access::kUser, Kind::kApi,
                     "Lưu bảng mã của một hệ thống ngoài (JSON, hoặc CSV kind,code,external với ?system=); mã ngoài "
                     "rỗng thì xóa; tất cả hoặc không",
                     "", put_external_ids});
  put.max_body = 8u << 20;
  put.body("ExternalIdsInput", "application/json,text/csv")
      .param("system", R"({"type":"string"})", false, "Tên hệ thống ngoài (khi gửi CSV)")
      .answer(200, "ExternalIdsSaved")
      .fails({403, 415});
}

}  // namespace bd::http
