// OpenAPI schemas of what the API answers: accounts, units, catalog, data,
// plans and the system routes. Written as JSON so that they read like the
// answers they describe; `required` lists only fields always present.
#include <nlohmann/json.hpp>

#include "http/routes.h"

namespace bd::http {
namespace {

const char* kSchemas = R"json({
"Binary": {"type": "string", "format": "binary"},
"Text": {"type": "string"},
"Health": {"type": "object", "required": ["status", "database"],
  "properties": {"status": {"type": "string", "enum": ["ok", "unavailable"]}, "database": {"type": "boolean"}}},
"OpenApiDocument": {"type": "object", "required": ["openapi", "info", "paths", "components"],
  "properties": {"openapi": {"type": "string"}, "info": {"type": "object"}, "paths": {"type": "object"},
                 "components": {"type": "object"}}},
"User": {"type": "object", "required": ["id", "username", "full_name", "org", "roles", "disabled"],
  "properties": {"id": {"type": "integer"}, "username": {"type": "string"}, "full_name": {"type": "string"},
                 "org": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string"}},
                 "disabled": {"type": "boolean"}}},
"Me": {"type": "object", "required": ["user"],
  "properties": {"user": {"type": "object", "required": ["id", "username", "full_name", "org", "roles"],
    "properties": {"id": {"type": "integer"}, "username": {"type": "string"}, "full_name": {"type": "string"},
                   "org": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string"}}}}}},
"LoginResult": {"type": "object", "required": ["user", "csrf_token"],
  "properties": {"user": {"$ref": "#/components/schemas/User"}, "csrf_token": {"type": "string"}}},
"UserList": {"type": "object", "required": ["users"],
  "properties": {"users": {"type": "array", "items": {"$ref": "#/components/schemas/User"}}}},
"TokenCreated": {"type": "object", "required": ["id", "name", "token"],
  "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                 "token": {"type": "string", "description": "Chỉ hiện một lần"}}},
"TokenList": {"type": "object", "required": ["tokens"],
  "properties": {"tokens": {"type": "array", "items": {"type": "object",
    "required": ["id", "name", "created_at", "last_used_at", "revoked"],
    "properties": {"id": {"type": "integer"}, "name": {"type": "string"},
                   "created_at": {"type": "integer", "description": "Unix giây"},
                   "last_used_at": {"type": "integer", "description": "Unix giây; 0: chưa dùng"},
                   "revoked": {"type": "boolean"}}}}}},
"OrgUnitList": {"type": "object", "required": ["orgunits"],
  "properties": {"orgunits": {"type": "array", "items": {"$ref": "#/components/schemas/OrgUnit"}}}},
"DataElement": {"type": "object", "required": ["code", "name", "name_en", "value_type", "by_sex", "aggregation"],
  "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "name_en": {"type": "string"},
                 "value_type": {"type": "string", "enum": ["count", "number", "boolean", "text"]},
                 "by_sex": {"type": "boolean"}, "aggregation": {"type": "string", "enum": ["stock", "flow"]}}},
"DataElementList": {"type": "object", "required": ["dataelements"],
  "properties": {"dataelements": {"type": "array", "items": {"$ref": "#/components/schemas/DataElement"}}}},
"DataSetList": {"type": "object", "required": ["datasets"],
  "properties": {"datasets": {"type": "array", "items": {"type": "object",
    "required": ["code", "name", "period_type", "deadline", "elements", "unit_types"],
    "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "period_type": {"type": "string"},
                   "deadline": {"type": "string"}, "elements": {"type": "array", "items": {"type": "string"}},
                   "unit_types": {"type": "array", "items": {"type": "string"}}}}}}},
"Indicator": {"type": "object", "required": ["code", "name", "expression", "unit"],
  "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "expression": {"type": "string"},
                 "unit": {"type": "string"}}},
"IndicatorList": {"type": "object", "required": ["indicators"],
  "properties": {"indicators": {"type": "array", "items": {"$ref": "#/components/schemas/Indicator"}}}},
"Target": {"type": "object", "required": ["code", "name", "indicator", "comparator", "value", "when", "year", "applies_to"],
  "properties": {"code": {"type": "string"}, "name": {"type": "string"}, "indicator": {"type": "string"},
                 "comparator": {"type": "string", "enum": ["ge", "gt", "le", "lt", "eq"]},
                 "value": {"type": "number"}, "when": {"type": "string"}, "year": {"type": "integer"},
                 "applies_to": {"type": "string"}}},
"TargetList": {"type": "object", "required": ["targets"],
  "properties": {"targets": {"type": "array", "items": {"$ref": "#/components/schemas/Target"}}}},
"SaveResult": {"type": "object", "required": ["saved", "received"],
  "properties": {"saved": {"type": "integer", "description": "Số giá trị thay đổi"},
                 "received": {"type": "integer"}}},
"DataValueList": {"type": "object", "required": ["values"],
  "properties": {"values": {"type": "array", "items": {"type": "object", "required": ["element", "org", "period", "value"],
    "properties": {"element": {"type": "string"}, "org": {"type": "string"}, "period": {"type": "string"},
                   "sex": {"type": "string", "enum": ["female", "male"]},
                   "value": {"description": "Số nguyên (count), số (number), true/false (boolean) hoặc chuỗi (text)",
                             "anyOf": [{"type": "number"}, {"type": "boolean"}, {"type": "string"}]}}}}}},
"AnalyticsRows": {"type": "object", "required": ["rows"],
  "properties": {"rows": {"type": "array", "items": {"type": "object", "required": ["org", "name", "period", "value"],
    "properties": {"org": {"type": "string"}, "name": {"type": "string"}, "period": {"type": "string"},
                   "value": {"type": "number", "nullable": true}}}}}},
"TargetState": {"type": "object",
  "required": ["target", "name", "indicator", "comparator", "target_value", "value", "status", "trajectory", "projected",
               "deadline_year", "gap"],
  "properties": {"target": {"type": "string"}, "name": {"type": "string"}, "indicator": {"type": "string"},
                 "comparator": {"type": "string"}, "target_value": {"type": "number"},
                 "value": {"type": "number", "nullable": true}, "status": {"type": "string"},
                 "trajectory": {"type": "string"}, "projected": {"type": "number", "nullable": true},
                 "deadline_year": {"type": "integer"}, "gap": {"type": "number", "nullable": true},
                 "org": {"type": "string"}, "org_name": {"type": "string"}}},
"TargetStatus": {"type": "object", "required": ["org", "period", "targets"],
  "properties": {"org": {"type": "string"}, "period": {"type": "string"},
                 "targets": {"type": "array", "items": {"$ref": "#/components/schemas/TargetState"}}}},
"TargetChildren": {"type": "object", "required": ["rows"],
  "properties": {"rows": {"type": "array", "items": {"allOf": [{"$ref": "#/components/schemas/TargetState"},
                                                              {"required": ["org", "org_name"]}]}}}},
"SpreadsheetImport": {"type": "object", "required": ["org", "period", "received", "saved"],
  "properties": {"org": {"type": "string"}, "period": {"type": "string"}, "received": {"type": "integer"},
                 "saved": {"type": "integer"}}},
"RosterImport": {"type": "object", "required": ["org", "period", "people", "saved", "counts"],
  "properties": {"org": {"type": "string"}, "period": {"type": "string"}, "people": {"type": "integer"},
                 "saved": {"type": "integer"},
                 "counts": {"type": "array", "items": {"type": "object", "required": ["element", "name", "female", "male"],
                   "properties": {"element": {"type": "string"}, "name": {"type": "string"},
                                  "female": {"type": "integer"}, "male": {"type": "integer"}}}}}},
"Plan": {"type": "object",
  "required": ["id", "org", "org_name", "status", "year", "number", "number_line", "issued_on", "version", "parent_plan",
               "supersedes", "content"],
  "properties": {"id": {"type": "integer"}, "org": {"type": "string"}, "org_name": {"type": "string"},
                 "status": {"type": "string"}, "year": {"type": "integer"},
                 "number": {"type": "integer", "nullable": true}, "number_line": {"type": "string"},
                 "issued_on": {"type": "string", "format": "date", "nullable": true}, "version": {"type": "integer"},
                 "parent_plan": {"type": "integer", "nullable": true}, "supersedes": {"type": "integer", "nullable": true},
                 "content": {"type": "object", "description": "Nội dung như PlanInput"}}},
"PlanList": {"type": "object", "required": ["plans"],
  "properties": {"plans": {"type": "array", "items": {"type": "object",
    "required": ["id", "org", "org_name", "status", "year", "number", "number_line", "issued_on", "version",
                 "parent_plan", "supersedes", "subject"],
    "properties": {"id": {"type": "integer"}, "org": {"type": "string"}, "org_name": {"type": "string"},
                   "status": {"type": "string"}, "year": {"type": "integer"},
                   "number": {"type": "integer", "nullable": true}, "number_line": {"type": "string"},
                   "issued_on": {"type": "string", "nullable": true}, "version": {"type": "integer"},
                   "parent_plan": {"type": "integer", "nullable": true},
                   "supersedes": {"type": "integer", "nullable": true}, "subject": {"type": "string"}}}}}},
"PlanCoverage": {"type": "object", "required": ["issued", "drafts", "none", "percent", "children"],
  "properties": {"issued": {"type": "integer"}, "drafts": {"type": "integer"}, "none": {"type": "integer"},
                 "percent": {"type": "number"},
                 "children": {"type": "array", "items": {"type": "object", "required": ["org", "name", "state", "plan"],
                   "properties": {"org": {"type": "string"}, "name": {"type": "string"}, "state": {"type": "string"},
                                  "plan": {"type": "integer", "nullable": true}}}}}},
"PlanIssue": {"type": "object", "additionalProperties": false,
  "properties": {"date": {"type": "string", "format": "date", "description": "Mặc định hôm nay"}}},
"PlanImplement": {"type": "object", "additionalProperties": false, "required": ["org"],
  "properties": {"org": {"type": "string"}}},
"OrgUnitClose": {"type": "object", "additionalProperties": false,
  "properties": {"closed": {"type": "string", "format": "date"}}},
"NoFields": {"type": "object", "additionalProperties": false, "description": "Không có trường nào; có thể bỏ trống"}
})json";

}  // namespace

void add_answer_schemas(nlohmann::json& s) {
  const nlohmann::json parsed = nlohmann::json::parse(kSchemas);
  for (const auto& [name, schema] : parsed.items()) s[name] = schema;
  // A unit as listed, and with its ancestors and sub-units.
  const nlohmann::json nstr = {{"type", "string"}, {"nullable", true}};
  auto& unit = s["OrgUnit"];
  for (const char* k : {"parent", "governor", "opened", "closed"}) unit["properties"][k] = nstr;
  unit["required"] = {"code", "name", "short_name", "type", "parent", "governor", "opened", "closed", "depth", "children"};
  nlohmann::json detail = unit;
  detail["properties"]["ancestors"] = {
      {"type", "array"},
      {"items", {{"type", "object"}, {"required", {"code", "name"}},
                 {"properties", {{"code", {{"type", "string"}}}, {"name", {{"type", "string"}}}}}}}};
  detail["properties"]["subunits"] = {{"type", "array"}, {"items", {{"$ref", "#/components/schemas/OrgUnit"}}}};
  detail["required"].push_back("ancestors");
  detail["required"].push_back("subunits");
  s["OrgUnitDetail"] = detail;
}

}  // namespace bd::http
