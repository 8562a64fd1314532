// The OpenAPI document (routes/openapi.cpp): how a route becomes an
// operation (path parameters, tags, body, security, error responses), and
// that the product's document is whole: every body a route names is a
// schema, every $ref resolves, and the closed lists match the core's.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "core/activity.h"
#include "core/org.h"
#include "core/roles.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

Response nothing(Ctx&) { return {}; }

J document_of(const std::vector<Route>& routes) {
  Router r;
  for (const auto& route : routes) r.add(route);
  return J::parse(openapi_json(r));
}

void collect_refs(const J& j, std::set<std::string>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      if (k == "$ref" && v.is_string()) out.insert(v.get<std::string>());
      collect_refs(v, out);
    }
  } else if (j.is_array()) {
    for (const auto& v : j) collect_refs(v, out);
  }
}

std::set<std::string> strings_of(const J& list) {
  std::set<std::string> out;
  for (const auto& x : list) out.insert(x.get<std::string>());
  return out;
}

TEST(OpenApi, AUserRouteWithParametersAndABody) {
  J doc = document_of({
      {"PATCH", "/api/v1/things/{org}/items/{id}", Access::kUser, Kind::kApi, "Sửa một mục", "ThingPatch", nothing},
  });
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_EQ(doc["info"]["title"], "Bình Đẳng API");
  J op = doc["paths"]["/api/v1/things/{org}/items/{id}"]["patch"];
  EXPECT_EQ(op["summary"], "Sửa một mục");
  EXPECT_EQ(op["tags"], J::array({"api"}));
  ASSERT_EQ(op["parameters"].size(), 2u);
  EXPECT_EQ(op["parameters"][0], (J{{"name", "org"}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}}));
  EXPECT_EQ(op["parameters"][1]["name"], "id");
  EXPECT_EQ(op["requestBody"]["required"], true);
  EXPECT_EQ(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ThingPatch");
  EXPECT_EQ(op["security"], J::parse(R"([{"cookie":[]},{"bearer":[]}])"));
  EXPECT_EQ(strings_of(J::array({"200", "400", "401", "403", "422"})),
            [&] {
              std::set<std::string> keys;
              for (const auto& [k, v] : op["responses"].items()) keys.insert(k);
              return keys;
            }());
  EXPECT_EQ(op["responses"]["200"]["description"], "Thành công");
  EXPECT_EQ(op["responses"]["401"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Error");
}

TEST(OpenApi, PublicReadsPagesAndCatchAllPaths) {
  J doc = document_of({
      {"GET", "/healthz", Access::kPublic, Kind::kSystem, "Tình trạng", "", nothing},
      {"GET", "/static/{rest*}", Access::kPublic, Kind::kSystem, "Tệp tĩnh", "", nothing},
      {"GET", "/plans", Access::kUser, Kind::kPage, "Trang kế hoạch", "", nothing},
      {"POST", "/plans", Access::kUser, Kind::kPage, "Tạo kế hoạch", "", nothing},
  });
  J health = doc["paths"]["/healthz"]["get"];
  EXPECT_EQ(health["tags"], J::array({"system"}));
  EXPECT_FALSE(health.contains("security")) << "public";
  EXPECT_FALSE(health.contains("parameters"));
  EXPECT_FALSE(health.contains("requestBody"));
  EXPECT_EQ(health["responses"].size(), 1u) << "a public read has only its 200";

  EXPECT_FALSE(doc["paths"].contains("/static/{rest*}"));
  J file = doc["paths"]["/static/{rest}"]["get"];
  ASSERT_EQ(file["parameters"].size(), 1u);
  EXPECT_EQ(file["parameters"][0]["name"], "rest");

  // Two methods of one path are two operations of one path item.
  ASSERT_EQ(doc["paths"]["/plans"].size(), 2u);
  EXPECT_EQ(doc["paths"]["/plans"]["get"]["tags"], J::array({"pages"}));
  EXPECT_EQ(doc["paths"]["/plans"]["get"]["responses"]["200"]["description"], "Trang HTML");
  EXPECT_TRUE(doc["paths"]["/plans"]["post"]["responses"].contains("422"));
  EXPECT_FALSE(doc["paths"]["/plans"]["post"].contains("requestBody")) << "a form, not a JSON body";
  EXPECT_EQ(doc["paths"].size(), 3u);
}

TEST(OpenApi, TheSecuritySchemesAndErrorShape) {
  J doc = document_of({});
  EXPECT_EQ(doc["paths"], J::object());
  EXPECT_EQ(doc["components"]["securitySchemes"]["cookie"],
            (J{{"type", "apiKey"}, {"in", "cookie"}, {"name", "bd_session"}}));
  EXPECT_EQ(doc["components"]["securitySchemes"]["bearer"], (J{{"type", "http"}, {"scheme", "bearer"}}));
  J error = doc["components"]["schemas"]["Error"]["properties"]["error"];
  EXPECT_EQ(error["required"], J::array({"code", "message"}));
  EXPECT_TRUE(error["properties"].contains("field"));
}

TEST(OpenApi, TheProductsDocumentIsWhole) {
  Metrics metrics;
  const Router router = build_router(metrics);
  J doc = J::parse(openapi_json(router));
  const J& schemas = doc["components"]["schemas"];
  for (const auto& r : router.routes())
    if (!r.request_body.empty()) {
      EXPECT_TRUE(schemas.contains(r.request_body)) << r.method << " " << r.pattern;
    }
  std::set<std::string> refs;
  collect_refs(doc, refs);
  EXPECT_TRUE(refs.count("#/components/schemas/Error"));
  for (const auto& ref : refs) {
    ASSERT_TRUE(ref.starts_with("#/components/schemas/")) << ref;
    EXPECT_TRUE(schemas.contains(ref.substr(21))) << ref;
  }
  // Operation ids are not used, so paths and methods must be unique: as many
  // operations as routes.
  size_t operations = 0;
  for (const auto& [path, item] : doc["paths"].items()) operations += item.size();
  EXPECT_EQ(operations, router.routes().size());
}

TEST(OpenApi, ClosedListsMatchTheCore) {
  Metrics metrics;
  J s = J::parse(openapi_json(build_router(metrics)))["components"]["schemas"];
  std::set<std::string> types, roles, activity_kinds, statuses, audience_codes;
  for (OrgType t : all_org_types()) types.insert(std::string(org_type_code(t)));
  for (Role r : all_roles()) roles.insert(std::string(role_code(r)));
  for (ActivityType t : activity_types()) activity_kinds.insert(std::string(activity_type_code(t)));
  for (ActivityStatus x : activity_statuses()) statuses.insert(std::string(activity_status_code(x)));
  for (Audience a : audiences()) audience_codes.insert(std::string(audience_code(a)));
  EXPECT_EQ(strings_of(s["OrgUnitInput"]["properties"]["type"]["enum"]), types);
  EXPECT_EQ(strings_of(s["OrgUnit"]["properties"]["type"]["enum"]), types);
  EXPECT_EQ(strings_of(s["UserInput"]["properties"]["roles"]["items"]["enum"]), roles);
  EXPECT_EQ(strings_of(s["Activity"]["properties"]["type"]["enum"]), activity_kinds);
  EXPECT_EQ(strings_of(s["Activity"]["properties"]["status"]["enum"]), statuses);
  EXPECT_EQ(strings_of(s["Activity"]["properties"]["audience"]["items"]["enum"]), audience_codes);
  std::set<std::string> participant_keys;
  for (const auto& [k, v] : s["Activity"]["properties"]["participants"]["properties"].items()) participant_keys.insert(k);
  EXPECT_EQ(participant_keys, audience_codes);
  // A patch is the input without required fields.
  EXPECT_TRUE(s["OrgUnitInput"].contains("required"));
  EXPECT_FALSE(s["OrgUnitPatch"].contains("required"));
  EXPECT_EQ(s["OrgUnitPatch"]["properties"], s["OrgUnitInput"]["properties"]);
}

}  // namespace
}  // namespace bd::http
