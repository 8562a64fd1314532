// The OpenAPI 3 document, generated from the route table so that it covers
// every route that exists.
#include <set>

#include <nlohmann/json.hpp>

#include "app/plans/plans.h"
#include "http/routes.h"

namespace bd::http {
namespace {

nlohmann::json schemas() {
  auto str = [] { return nlohmann::json{{"type", "string"}}; };
  auto strs = [] { return nlohmann::json{{"type", "array"}, {"items", {{"type", "string"}}}}; };
  const nlohmann::json org_types = {"ministry", "department", "office", "commune", "school_preschool",
                                    "school_primary", "school_lower_secondary", "school_upper_secondary",
                                    "school_multilevel", "school_continuing", "other"};
  const nlohmann::json roles = {"admin", "manager", "editor", "approver", "viewer", "incident_officer"};
  nlohmann::json code = {{"type", "string"}, {"pattern", "^[A-Za-z0-9_-]{1,50}$"}};
  nlohmann::json s;
  const nlohmann::json detail = {{"type", "object"},
                                 {"required", {"field", "message"}},
                                 {"properties", {{"field", str()}, {"message", str()}}}};
  s["Error"] = {{"type", "object"},
                {"required", {"error"}},
                {"properties",
                 {{"error",
                   {{"type", "object"},
                    {"properties",
                     {{"code", str()},
                      {"message", str()},
                      {"field", str()},
                      {"details", {{"type", "array"}, {"items", detail}}}}},
                    {"required", {"code", "message"}}}}}}};
  const nlohmann::json count = {{"type", "integer"}, {"minimum", 0}, {"maximum", 1000000}};
  const nlohmann::json by_sex = {{"type", "object"}, {"properties", {{"female", count}, {"male", count}}}};
  s["Activity"] = {
      {"type", "object"},
      {"properties",
       {{"org", code},
        {"type", {{"type", "string"},
                  {"enum", {"training", "communication", "observance", "contest", "club", "meeting", "survey",
                            "inspection", "other"}}}},
        {"status", {{"type", "string"}, {"enum", {"planned", "done", "cancelled"}}}},
        {"title", str()}, {"organiser", str()}, {"description", str()},
        {"start", {{"type", "string"}, {"format", "date"}}}, {"end", {{"type", "string"}, {"format", "date"}}},
        {"plan_id", {{"type", "integer"}}}, {"task_index", {{"type", "integer"}}}, {"observance", str()},
        {"audience", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", {"staff", "students", "parents", "community"}}}}}},
        {"participants", {{"type", "object"},
                          {"properties", {{"staff", by_sex}, {"students", by_sex}, {"parents", by_sex},
                                          {"community", by_sex}}}}},
        {"calendar_item", str()}}}};
  s["OrgUnit"] = {{"type", "object"},
                  {"properties",
                   {{"code", code}, {"name", str()}, {"short_name", str()},
                    {"type", {{"type", "string"}, {"enum", org_types}}}, {"parent", str()}, {"governor", str()},
                    {"opened", str()}, {"closed", str()}, {"depth", {{"type", "integer"}}},
                    {"children", {{"type", "integer"}}}}}};
  s["OrgUnitInput"] = {{"type", "object"},
                       {"additionalProperties", false},
                       {"required", {"code", "name", "type", "parent"}},
                       {"properties",
                        {{"code", code}, {"name", str()}, {"short_name", str()},
                         {"type", {{"type", "string"}, {"enum", org_types}}}, {"parent", code}, {"governor", code},
                         {"opened", {{"type", "string"}, {"format", "date"}}}}}};
  s["OrgUnitPatch"] = s["OrgUnitInput"];
  s["OrgUnitPatch"].erase("required");
  s["OrgUnitPatch"]["properties"].erase("code");  // a unit's code never changes
  s["OrgUnitPatch"]["properties"]["effective"] = {
      {"type", "string"},
      {"format", "date"},
      {"description", "Ngày đơn vị cấp trên mới hoặc cơ quan chủ quản mới có hiệu lực (mặc định hôm nay); số liệu "
                      "các kỳ kết thúc trước ngày này vẫn tính theo cơ cấu cũ."}};
  s["UserInput"] = {{"type", "object"},
                    {"additionalProperties", false},
                    {"required", {"username", "full_name", "org", "roles", "password"}},
                    {"properties",
                     {{"username", str()}, {"full_name", str()}, {"org", code},
                      {"roles", {{"type", "array"}, {"items", {{"type", "string"}, {"enum", roles}}}}},
                      {"password", {{"type", "string"}, {"minLength", 8}}}}}};
  s["UserPatch"] = {{"type", "object"},
                    {"additionalProperties", false},
                    {"properties",
                     {{"full_name", str()}, {"org", code}, {"roles", strs()}, {"disabled", {{"type", "boolean"}}}}}};
  s["PasswordReset"] = {{"type", "object"}, {"required", {"password"}}, {"properties", {{"password", str()}}}};
  s["PasswordChange"] = {{"type", "object"},
                         {"required", {"current_password", "new_password"}},
                         {"properties", {{"current_password", str()}, {"new_password", str()}}}};
  s["TokenInput"] = {{"type", "object"}, {"required", {"name"}}, {"properties", {{"name", str()}}}};
  s["LoginInput"] = {{"type", "object"},
                     {"required", {"username", "password"}},
                     {"properties", {{"username", str()}, {"password", str()}}}};
  s["DataValues"] = {
      {"type", "object"},
      {"required", {"values"}},
      {"properties",
       {{"values",
         {{"type", "array"},
          {"minItems", 1},
          {"items",
           {{"type", "object"},
            {"required", {"element", "org", "period"}},
            {"properties",
             {{"element", code}, {"sex", {{"type", "string"}, {"enum", {"female", "male"}}}}, {"org", code},
              {"period", {{"type", "string"}, {"example", "2025S1"}}},
              {"value", {{"description", "số, true/false, chuỗi; null hoặc rỗng để xóa"}}}}}}}}}}}};
  s["DataElementInput"] = {{"type", "object"},
                           {"required", {"code", "name", "value_type"}},
                           {"properties",
                            {{"code", code}, {"name", str()}, {"name_en", str()},
                             {"value_type", {{"type", "string"}, {"enum", {"count", "number", "boolean", "text"}}}},
                             {"by_sex", {{"type", "boolean"}}},
                             {"aggregation", {{"type", "string"}, {"enum", {"stock", "flow"}}}}}}};
  s["IndicatorInput"] = {{"type", "object"},
                         {"required", {"code", "name", "expression", "unit"}},
                         {"properties",
                          {{"code", code}, {"name", str()}, {"name_en", str()},
                           {"expression", {{"type", "string"}, {"example", "#{staff_managers.female} / #{staff_managers} * 100"}}},
                           {"unit", {{"type", "string"}, {"enum", {"percent", "per100", "ratio", "count"}}}},
                           {"description", str()}}}};
  s["TargetInput"] = {{"type", "object"},
                      {"required", {"code", "name", "indicator", "comparator", "value", "when", "org"}},
                      {"properties",
                       {{"code", code}, {"name", str()}, {"indicator", code},
                        {"comparator", {{"type", "string"}, {"enum", {"ge", "gt", "le", "lt", "eq"}}}},
                        {"value", {{"type", "number"}}},
                        {"when", {{"type", "string"}, {"enum", {"by_year", "from_year", "every_year", "every_quarter"}}}},
                        {"year", {{"type", "integer"}}}, {"org", code}, {"applies_to", str()}}}};
  s["DataSetRequired"] = {{"type", "object"},
                          {"required", {"required"}},
                          {"description", "Các chỉ tiêu của biểu mẫu phải nhập đủ trước khi trường nộp báo cáo; [] để bỏ."},
                          {"properties", {{"required", strs()}}}};
  // The plan's content as the plans module reads it (one shape, never copied).
  s["PlanContent"] = app::plan_content_schema();
  s["PlanContent"]["description"] = "Nội dung kế hoạch; PATCH thay toàn bộ nội dung.";
  s["PlanInput"] = s["PlanContent"];
  s["PlanInput"]["properties"]["org"] = code;
  s["PlanInput"]["required"] = {"org", "year"};
  s["PlanInput"]["description"] = "Kế hoạch mới của đơn vị org.";
  s["ReportNarrative"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"description", "Các mục của báo cáo; chỉ những mục gửi lên được thay."},
      {"properties",
       {{"results", str()}, {"shortcomings_causes", str()}, {"next_directions", str()}, {"proposals", str()}}}};
  s["ReportComment"] = {{"type", "object"}, {"required", {"comment"}}, {"properties", {{"comment", str()}}}};
  s["ReportReason"] = {{"type", "object"}, {"properties", {{"reason", str()}}}};
  s["ReportApprovals"] = {{"type", "object"},
                          {"required", {"period", "orgs"}},
                          {"properties", {{"period", str()}, {"orgs", {{"type", "array"}, {"items", str()}, {"maxItems", 500}}}}}};
  // Bodies read field by field (JsonBody) refuse unknown fields with 400.
  for (const char* closed : {"LoginInput", "PasswordChange", "PasswordReset", "TokenInput", "DataValues",
                             "DataElementInput", "IndicatorInput", "TargetInput", "ReportComment", "ReportReason",
                             "DataSetRequired", "ReportApprovals"})
    s[closed]["additionalProperties"] = false;
  auto& value = s["DataValues"]["properties"]["values"]["items"];
  value["additionalProperties"] = false;
  value["properties"]["option"] = {{"type", "string"}, {"description", "Tên khác của sex"}};
  add_registry_schemas(s);
  for (const char* closed : {"CommitteeEnd", "CommitteeRecomposition", "FollowUpResponse", "HotlineDisplay"})
    s[closed]["additionalProperties"] = false;
  add_answer_schemas(s);
  add_register_answer_schemas(s);
  add_exchange_schemas(s);
  return s;
}

const char* error_text(int status) {
  switch (status) {
    case 400: return "Yêu cầu sai dạng (JSON, tham số, trường không được hỗ trợ)";
    case 401: return "Chưa đăng nhập, phiên hoặc mã truy cập không còn hiệu lực";
    case 403: return "Ngoài phạm vi, không đủ quyền hoặc thiếu mã chống giả mạo (CSRF)";
    case 404: return "Không tìm thấy";
    case 409: return "Xung đột với trạng thái hiện tại (trùng mã, số liệu đã khóa, đã ban hành…)";
    case 413: return "Nội dung gửi lên quá lớn";
    case 415: return "Kiểu nội dung không được hỗ trợ";
    case 422: return "Dữ liệu không hợp lệ (error.details liệt kê từng lỗi)";
    case 429: return "Quá nhiều lần thử; thử lại sau";
    default: return "Lỗi";
  }
}

const char* answer_text(int status) {
  switch (status) {
    case 200: return "Thành công";
    case 201: return "Đã tạo";
    case 204: return "Thành công, không có nội dung";
    case 303: return "Chuyển hướng (Location)";
    default: return "Trả lời";
  }
}

nlohmann::json error_response(int status) {
  return {{"description", error_text(status)},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
}

bool is_write(const std::string& method) { return method != "GET" && method != "HEAD"; }

// The schema of a path parameter from its name, unless the route says.
nlohmann::json path_schema(const Route& r, const std::string& name) {
  for (const auto& p : r.path)
    if (p.name == name) return nlohmann::json::parse(p.schema);
  if (name == "id" || name == "item") return {{"type", "integer"}, {"minimum", 1}};
  if (name == "period") return {{"type", "string"}, {"pattern", kPeriodPattern}, {"example", "2025S1"}};
  return {{"type", "string"}};
}

nlohmann::json content_of(const std::string& types, const std::string& schema) {
  nlohmann::json content = nlohmann::json::object();
  const nlohmann::json ref = {{"$ref", "#/components/schemas/" + schema}};
  for (size_t start = 0; start <= types.size();) {
    size_t end = types.find(',', start);
    if (end == std::string::npos) end = types.size();
    std::string t = types.substr(start, end - start);
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    if (!t.empty()) content[t] = {{"schema", ref}};
    start = end + 1;
  }
  return content;
}

nlohmann::json operation(const Route& r, const std::string& path) {
  nlohmann::json op = {{"summary", r.summary}, {"tags", {r.kind == Kind::kApi ? "api" : "system"}}};
  nlohmann::json params = nlohmann::json::array();
  bool has_path_params = false;
  for (size_t p = path.find('{'); p != std::string::npos; p = path.find('{', p + 1)) {
    const std::string name = path.substr(p + 1, path.find('}', p) - p - 1);
    params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", path_schema(r, name)}});
    has_path_params = true;
  }
  for (const auto& q : r.query) {
    nlohmann::json p = {{"name", q.name}, {"in", "query"}, {"required", q.required},
                        {"schema", nlohmann::json::parse(q.schema)}};
    if (!q.description.empty()) p["description"] = q.description;
    params.push_back(p);
  }
  if (!params.empty()) op["parameters"] = params;
  const bool has_body = !r.request_body.empty() || !r.body_schema.empty();
  if (!r.request_body.empty()) {
    op["requestBody"] = {{"required", true}, {"content", content_of("application/json", r.request_body)}};
  } else if (!r.body_schema.empty()) {
    const bool upload = !r.body_content_type.empty();
    op["requestBody"] = {{"required", upload},
                         {"content", content_of(upload ? r.body_content_type : "application/json", r.body_schema)}};
  }
  nlohmann::json responses = nlohmann::json::object();
  for (const auto& a : r.answers) {
    nlohmann::json resp = {{"description", a.description.empty() ? answer_text(a.status) : a.description}};
    if (!a.schema.empty()) resp["content"] = content_of(a.content_type, a.schema);
    responses[std::to_string(a.status)] = resp;
  }
  std::set<int> errors(r.errors.begin(), r.errors.end());
  if (r.access == Access::kUser) errors.insert({401, 403});
  if (has_path_params && r.kind == Kind::kApi) errors.insert(404);
  if (is_write(r.method)) errors.insert({400, 413, 422});
  if (has_body) errors.insert(400);
  for (int e : errors)
    if (!responses.contains(std::to_string(e))) responses[std::to_string(e)] = error_response(e);
  op["responses"] = responses;
  if (r.access == Access::kUser)
    op["security"] = {{{"cookie", nlohmann::json::array()}}, {{"bearer", nlohmann::json::array()}}};
  return op;
}

}  // namespace

std::string openapi_json(const Router& router) {
  nlohmann::json doc = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "Bình Đẳng API"},
        {"version", "1"},
        {"description",
         "API của hệ thống Bình Đẳng. Xác thực bằng cookie phiên (kèm X-CSRF-Token cho yêu cầu ghi) "
         "hoặc Authorization: Bearer <mã truy cập>. Lỗi có dạng {\"error\":{\"code\",\"message\",\"field\"}}."}}},
      {"components",
       {{"schemas", schemas()},
        {"securitySchemes",
         {{"cookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", "bd_session"}}},
          {"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}}}},
      {"paths", nlohmann::json::object()}};
  for (const Route& r : router.routes()) {
    if (r.kind == Kind::kPage) continue;  // HTML for people, not part of the API
    std::string method = r.method;
    for (auto& ch : method) ch = static_cast<char>(std::tolower(ch));
    const std::string path = r.pattern.ends_with("*}") ? r.pattern.substr(0, r.pattern.size() - 2) + "}" : r.pattern;
    doc["paths"][path][method] = operation(r, path);
  }
  return doc.dump(1);
}

}  // namespace bd::http
