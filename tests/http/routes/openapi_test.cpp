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
#include "app/app.h"
#include "http/routes.h"
#include "http/views.h"
#include "support/temp_db.h"

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

std::set<std::string> keys_of(const J& object) {
  std::set<std::string> keys;
  for (const auto& [k, v] : object.items()) keys.insert(k);
  return keys;
}

TEST(OpenApi, AUserRouteWithParametersAndABody) {
  Route route{"PATCH", "/api/v1/things/{org}/items/{id}", Access::kUser, Kind::kApi, "Sửa một mục", "ThingPatch", nothing};
  route.answer(200, "Thing").param("period", kPeriodParam, true, "Kỳ").fails({409});
  J doc = document_of({route});
  EXPECT_EQ(doc["openapi"], "3.0.3");
  EXPECT_EQ(doc["info"]["title"], "Bình Đẳng API");
  J op = doc["paths"]["/api/v1/things/{org}/items/{id}"]["patch"];
  EXPECT_EQ(op["summary"], "Sửa một mục");
  EXPECT_EQ(op["tags"], J::array({"api"}));
  ASSERT_EQ(op["parameters"].size(), 3u);
  EXPECT_EQ(op["parameters"][0], (J{{"name", "org"}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}}));
  EXPECT_EQ(op["parameters"][1]["name"], "id");
  EXPECT_EQ(op["parameters"][1]["schema"], (J{{"type", "integer"}, {"minimum", 1}})) << "ids are positive integers";
  EXPECT_EQ(op["parameters"][2]["name"], "period");
  EXPECT_EQ(op["parameters"][2]["in"], "query");
  EXPECT_EQ(op["parameters"][2]["required"], true);
  EXPECT_EQ(op["parameters"][2]["schema"]["pattern"], kPeriodPattern);
  EXPECT_EQ(op["requestBody"]["required"], true);
  EXPECT_EQ(op["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ThingPatch");
  EXPECT_EQ(op["security"], J::parse(R"([{"cookie":[]},{"bearer":[]}])"));
  // Its own answers and errors, and the pipeline's: 401/403 for a user
  // route, 404 for path parameters, 400/413/422 for a write.
  EXPECT_EQ(keys_of(op["responses"]), strings_of(J::array({"200", "400", "401", "403", "404", "409", "413", "422"})));
  EXPECT_EQ(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Thing");
  EXPECT_EQ(op["responses"]["401"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Error");
  EXPECT_EQ(op["responses"]["409"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Error");
}

TEST(OpenApi, DownloadsUploadsOptionalBodiesAndRedirects) {
  Route download{"GET", "/api/v1/things/{id}/docx", Access::kUser, Kind::kApi, "Tải về", "", nothing};
  download.answer(200, "Binary", kDocxType);
  Route upload{"POST", "/api/v1/things/{id}/files", Access::kUser, Kind::kApi, "Tải lên", "", nothing};
  upload.body("EvidenceUpload", "multipart/form-data").answer(201, "Evidence").fails({415});
  Route issue{"POST", "/api/v1/things/{id}/issue", Access::kUser, Kind::kApi, "Ban hành", "", nothing};
  issue.body("PlanIssue").answer(200, "Plan");
  Route lang{"GET", "/lang/{code}", Access::kPublic, Kind::kSystem, "Ngôn ngữ", "", nothing};
  lang.path_param("code", R"({"type":"string","enum":["vi","en"]})").answer(303);
  J doc = document_of({download, upload, issue, lang});
  J get = doc["paths"]["/api/v1/things/{id}/docx"]["get"];
  EXPECT_EQ(get["responses"]["200"]["content"][kDocxType]["schema"]["$ref"], "#/components/schemas/Binary");
  EXPECT_EQ(keys_of(get["responses"]), strings_of(J::array({"200", "401", "403", "404"}))) << "a read has no 400";
  J post = doc["paths"]["/api/v1/things/{id}/files"]["post"];
  EXPECT_EQ(post["requestBody"]["required"], true);
  EXPECT_EQ(post["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"],
            "#/components/schemas/EvidenceUpload");
  EXPECT_TRUE(post["responses"].contains("415"));
  J optional = doc["paths"]["/api/v1/things/{id}/issue"]["post"];
  EXPECT_EQ(optional["requestBody"]["required"], false);
  EXPECT_TRUE(optional["requestBody"]["content"].contains("application/json"));
  J redirect = doc["paths"]["/lang/{code}"]["get"];
  EXPECT_EQ(keys_of(redirect["responses"]), std::set<std::string>{"303"});
  EXPECT_FALSE(redirect["responses"]["303"].contains("content"));
  EXPECT_EQ(redirect["parameters"][0]["schema"]["enum"], J::array({"vi", "en"}));
  EXPECT_EQ(redirect["tags"], J::array({"system"}));
  EXPECT_FALSE(redirect.contains("security")) << "public";
}

TEST(OpenApi, PagesStayOutAndCatchAllPathsAreNamed) {
  Route file{"GET", "/static/{rest*}", Access::kPublic, Kind::kSystem, "Tệp tĩnh", "", nothing};
  file.answer(200, "Binary", "text/css, image/png").fails({404});
  J doc = document_of({
      file,
      {"GET", "/plans", Access::kUser, Kind::kPage, "Trang kế hoạch", "", nothing},
      {"POST", "/plans", Access::kUser, Kind::kPage, "Tạo kế hoạch", "", nothing},
  });
  EXPECT_FALSE(doc["paths"].contains("/plans")) << "pages are HTML for people, not the API";
  EXPECT_FALSE(doc["paths"].contains("/static/{rest*}"));
  J op = doc["paths"]["/static/{rest}"]["get"];
  ASSERT_EQ(op["parameters"].size(), 1u);
  EXPECT_EQ(op["parameters"][0]["name"], "rest");
  EXPECT_EQ(keys_of(op["responses"]["200"]["content"]), (std::set<std::string>{"text/css", "image/png"}));
  EXPECT_EQ(doc["paths"].size(), 1u);
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
  // operations as API and system routes.
  size_t operations = 0, described = 0;
  for (const auto& [path, item] : doc["paths"].items()) operations += item.size();
  for (const auto& r : router.routes()) described += r.kind != Kind::kPage;
  EXPECT_EQ(operations, described);
  EXPECT_GT(described, 80u);
}

// No route exists undescribed: every API and system route declares what it
// answers on success, with a schema that exists; every answer and error has
// a description; every parameter of its path is in the document.
TEST(OpenApi, EveryRouteDescribesItsAnswersAndParameters) {
  Metrics metrics;
  const Router router = build_router(metrics);
  J doc = J::parse(openapi_json(router));
  const J& schemas = doc["components"]["schemas"];
  for (const auto& r : router.routes()) {
    if (r.kind == Kind::kPage) continue;
    const std::string where = r.method + " " + r.pattern;
    bool success = false;
    for (const auto& a : r.answers) {
      success = success || a.status < 400;
      if (!a.schema.empty()) EXPECT_TRUE(schemas.contains(a.schema)) << where << ": " << a.schema;
      if (a.status == 204 || a.status == 303) EXPECT_TRUE(a.schema.empty()) << where << ": no body";
    }
    EXPECT_TRUE(success) << where << " declares no success answer (Route::answer)";
    if (!r.body_schema.empty()) EXPECT_TRUE(schemas.contains(r.body_schema)) << where;
    std::string method = r.method;
    for (auto& ch : method) ch = static_cast<char>(std::tolower(ch));
    std::string path = r.pattern.ends_with("*}") ? r.pattern.substr(0, r.pattern.size() - 2) + "}" : r.pattern;
    const J& op = doc["paths"][path][method];
    for (const auto& [status, resp] : op["responses"].items())
      EXPECT_FALSE(resp.value("description", "").empty()) << where << " " << status;
    std::set<std::string> declared, in_path;
    for (const auto& p : op.value("parameters", J::array())) {
      EXPECT_TRUE(declared.insert(p["in"].get<std::string>() + ":" + p["name"].get<std::string>()).second)
          << where << ": " << p["name"] << " twice";
      EXPECT_TRUE(p.contains("schema") && p["schema"].contains("type")) << where << ": " << p["name"];
    }
    for (size_t i = path.find('{'); i != std::string::npos; i = path.find('{', i + 1))
      EXPECT_TRUE(declared.count("path:" + path.substr(i + 1, path.find('}', i) - i - 1))) << where;
  }
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
  // A patch is the input without required fields and without the code (a
  // unit's code never changes; the server refuses it), with the effective
  // day of a move.
  auto patch = s["OrgUnitPatch"]["properties"];
  EXPECT_TRUE(patch.contains("effective"));
  EXPECT_FALSE(patch.contains("code"));
  patch.erase("effective");
  auto input = s["OrgUnitInput"]["properties"];
  input.erase("code");
  EXPECT_EQ(patch, input);
}

// Every query parameter a handler reads is declared: each API and system
// route is called on the demo data as an administrator, and the names it
// asked the query string for (Request::queried) must be in its description.
// Reads go first; writes, on the same throwaway database, after them.
TEST(OpenApi, EveryQueryParameterAHandlerReadsIsDeclared) {
  test::TestApp t = test::make_app("sqlite", true);
  auto login = t.app->auth().login("admin", test::kAdminPassword, "127.0.0.1");
  ASSERT_TRUE(login.ok());
  auto auth = t.app->auth().from_session(login->session_token);
  ASSERT_TRUE(auth.ok());
  Views views;
  Metrics metrics;
  const Router router = build_router(metrics);
  size_t called = 0, reading = 0;
  for (const bool writes : {false, true})
    for (const auto& r : router.routes()) {
      if (r.kind == Kind::kPage || (r.method != "GET") != writes) continue;
      Request req;
      req.method = r.method;
      req.path = r.pattern;
      for (size_t i = r.pattern.find('{'); i != std::string::npos; i = r.pattern.find('{', i + 1)) {
        std::string name = r.pattern.substr(i + 1, r.pattern.find('}', i) - i - 1);
        if (name.ends_with("*")) name.pop_back();
        req.params[name] = name == "id" || name == "item" ? "1"
                           : name == "period"               ? "2025S1"
                           : name == "path"                 ? "app.css"
                           : r.pattern.starts_with("/lang") ? "en"
                           : r.pattern.find("/targets/") != std::string::npos ? "T_WOMEN_MANAGERS"
                                                                             : "SGD-AL";
      }
      Ctx ctx{*t.app, views, req, r.access == Access::kUser ? &*auth : nullptr, "vi"};
      try {
        (void)r.handler(ctx);
      } catch (const std::exception&) {  // the pipeline answers 500; only the reads matter here
      }
      ++called;
      reading += !req.queried.empty();
      std::set<std::string> declared;
      for (const auto& q : r.query) declared.insert(q.name);
      for (const auto& name : req.queried)
        EXPECT_TRUE(declared.count(name)) << r.method << " " << r.pattern << " reads ?" << name
                                          << " without declaring it (Route::param)";
    }
  EXPECT_GT(called, 80u);
  EXPECT_GT(reading, 15u) << "the check saw the handlers read their parameters";
}

}  // namespace
}  // namespace bd::http
