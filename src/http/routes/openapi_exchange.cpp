// OpenAPI schemas of the exchange routes (routes/data/api_value_sets.cpp):
// a data value set as DHIS2's JSON writes it (the CSV, XML and ADX forms are
// described in docs/api.md), the import summary and the identifier tables.
#include <nlohmann/json.hpp>

#include "http/routes.h"

namespace bd::http {
namespace {

const char* kSchemas = R"json({
"DataValue": {"type": "object", "required": ["dataElement", "value"],
  "properties": {"dataElement": {"type": "string"}, "period": {"type": "string"}, "orgUnit": {"type": "string"},
                 "categoryOptionCombo": {"type": "string"}, "attributeOptionCombo": {"type": "string"},
                 "value": {"description": "Chuỗi (\"12\", \"2.5\", \"true\"), số, true/false hoặc null"}, "storedBy": {"type": "string"},
                 "lastUpdated": {"type": "string"}, "comment": {"type": "string"}, "followup": {"type": "boolean"}}},
"DataValueSet": {"type": "object", "required": ["dataValues"],
  "properties": {"dataSet": {"type": "string"}, "period": {"type": "string"}, "orgUnit": {"type": "string"},
                 "completeDate": {"type": "string"},
                 "dataValues": {"type": "array", "items": {"$ref": "#/components/schemas/DataValue"}}}},
"ImportSummary": {"type": "object",
  "required": ["responseType", "status", "description", "dryRun", "importCount", "conflicts", "rejectedIndexes"],
  "properties": {"responseType": {"type": "string", "enum": ["ImportSummary"]},
                 "status": {"type": "string", "enum": ["SUCCESS", "WARNING", "ERROR"]},
                 "description": {"type": "string"}, "dryRun": {"type": "boolean"},
                 "importCount": {"type": "object", "required": ["imported", "updated", "ignored", "deleted"],
                   "properties": {"imported": {"type": "integer"}, "updated": {"type": "integer"},
                                  "ignored": {"type": "integer"}, "deleted": {"type": "integer"}}},
                 "conflicts": {"type": "array", "items": {"type": "object",
                   "required": ["object", "value", "errorCode", "property", "indexes"],
                   "properties": {"object": {"type": "string"}, "value": {"type": "string"},
                                  "errorCode": {"type": "string", "pattern": "^E76[0-9]{2}$"},
                                  "property": {"type": "string"},
                                  "indexes": {"type": "array", "items": {"type": "integer"}}}}},
                 "rejectedIndexes": {"type": "array", "items": {"type": "integer"}}}},
"ExternalId": {"type": "object", "required": ["kind", "code", "external"],
  "properties": {"kind": {"type": "string", "enum": ["dataElement", "orgUnit", "categoryOption", "category", "dataSet"]},
                 "code": {"type": "string"}, "external": {"type": "string"}}},
"ExternalIds": {"type": "object",
  "properties": {"systems": {"type": "array", "items": {"type": "string"}}, "system": {"type": "string"},
                 "mappings": {"type": "array", "items": {"$ref": "#/components/schemas/ExternalId"}}}},
"ExternalIdsInput": {"type": "object", "required": ["system", "mappings"], "additionalProperties": false,
  "properties": {"system": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.-]{0,49}$"},
                 "mappings": {"type": "array", "minItems": 1, "items": {"$ref": "#/components/schemas/ExternalId"}}}},
"ExternalIdsSaved": {"type": "object", "required": ["changed", "received"],
  "properties": {"changed": {"type": "integer"}, "received": {"type": "integer"}}}
})json";

}  // namespace

void add_exchange_schemas(nlohmann::json& schemas) {
  const nlohmann::json parsed = nlohmann::json::parse(kSchemas);
  for (const auto& [name, schema] : parsed.items()) schemas[name] = schema;
}

}  // namespace bd::http
