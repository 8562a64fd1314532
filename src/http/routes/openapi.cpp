// The OpenAPI 3 document, generated from the route table so that it covers
// every route that exists.
#include <nlohmann/json.hpp>

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
  s["Error"] = {{"type", "object"},
                {"properties",
                 {{"error",
                   {{"type", "object"},
                    {"properties", {{"code", str()}, {"message", str()}, {"field", str()}}},
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
  s["User"] = {{"type", "object"},
               {"properties",
                {{"id", {{"type", "integer"}}}, {"username", str()}, {"full_name", str()}, {"org", code},
                 {"roles", strs()}, {"disabled", {{"type", "boolean"}}}}}};
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
  s["PlanInput"] = {
      {"type", "object"},
      {"required", {"year"}},
      {"description", "Nội dung kế hoạch; POST thêm \"org\" (mã đơn vị)."},
      {"properties",
       {{"org", code}, {"year", {{"type", "integer"}}}, {"period_from", {{"type", "integer"}}},
        {"period_to", {{"type", "integer"}}}, {"subject", str()}, {"place", str()}, {"governing_body", str()},
        {"basis", strs()}, {"general_objective", str()},
        {"objectives", {{"type", "array"}, {"items", {{"type", "object"}, {"properties", {{"title", str()}, {"targets", {{"type", "array"}}}}}}}}},
        {"tasks", {{"type", "array"}, {"items", {{"type", "object"}, {"properties", {{"title", str()}, {"actions", strs()}, {"responsible", str()}, {"timeframe", str()}, {"applies_to", strs()}}}}}}},
        {"duties", {{"type", "array"}}}, {"reporting", str()}, {"closing", str()}, {"recipients", strs()},
        {"signer", {{"type", "object"}, {"properties", {{"authority", str()}, {"title", str()}, {"deputy_title", str()}, {"name", str()}}}}},
        {"schedule", {{"type", "array"}, {"items", {{"type", "object"}, {"properties", {{"month", {{"type", "integer"}}}, {"work", str()}, {"responsible", str()}}}}}}}}}};
  s["ReportNarrative"] = {
      {"type", "object"},
      {"additionalProperties", false},
      {"description", "Các mục của báo cáo; chỉ những mục gửi lên được thay."},
      {"properties",
       {{"results", str()}, {"shortcomings_causes", str()}, {"next_directions", str()}, {"proposals", str()}}}};
  s["ReportComment"] = {{"type", "object"}, {"required", {"comment"}}, {"properties", {{"comment", str()}}}};
  s["ReportReason"] = {{"type", "object"}, {"properties", {{"reason", str()}}}};
  add_registry_schemas(s);
  return s;
}

nlohmann::json error_response(const char* what) {
  return {{"description", what},
          {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
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
    std::string method = r.method;
    for (auto& ch : method) ch = static_cast<char>(std::tolower(ch));
    const std::string path = r.pattern.ends_with("*}") ? r.pattern.substr(0, r.pattern.size() - 2) + "}" : r.pattern;
    nlohmann::json op = {{"summary", r.summary},
                         {"tags", {r.kind == Kind::kApi ? "api" : r.kind == Kind::kPage ? "pages" : "system"}}};
    nlohmann::json params = nlohmann::json::array();
    for (size_t p = path.find('{'); p != std::string::npos; p = path.find('{', p + 1)) {
      const std::string name = path.substr(p + 1, path.find('}', p) - p - 1);
      params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
    }
    if (!params.empty()) op["parameters"] = params;
    if (!r.request_body.empty())
      op["requestBody"] = {
          {"required", true},
          {"content",
           {{"application/json", {{"schema", {{"$ref", "#/components/schemas/" + r.request_body}}}}}}}};
    const bool page = r.kind == Kind::kPage;
    op["responses"] = {{"200", {{"description", page ? "Trang HTML" : "Thành công"}}}};
    if (r.access == Access::kUser) {
      op["security"] = {{{"cookie", nlohmann::json::array()}}, {{"bearer", nlohmann::json::array()}}};
      op["responses"]["401"] = error_response("Chưa đăng nhập");
      op["responses"]["403"] = error_response("Ngoài phạm vi hoặc không đủ quyền");
    }
    if (r.method != "GET") {
      op["responses"]["400"] = error_response("Dữ liệu gửi lên sai dạng");
      op["responses"]["422"] = error_response("Dữ liệu không hợp lệ");
    }
    doc["paths"][path][method] = op;
  }
  return doc.dump(1);
}

}  // namespace bd::http
