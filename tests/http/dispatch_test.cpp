// The pipeline over the real server: authentication, CSRF, limits, errors.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class Pipeline : public LiveServerTest<Pipeline> {
 protected:
  HttpClient admin() { return as("admin"); }
};

TEST_F(Pipeline, CookieWritesNeedTheCsrfToken) {
  HttpClient c = admin();
  const std::string token = c.csrf();
  c.set_csrf("");
  auto r = c.json("POST", "/api/v1/orgunits", {{"code", "CSRF-1"}, {"name", "X"}, {"type", "other"}, {"parent", "SGD-AL"}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.json()["error"]["code"], "forbidden");
  c.set_csrf("wrong-token");
  EXPECT_EQ(c.json("DELETE", "/api/v1/orgunits/GDTX-AL", nullptr).status, 403);
  c.set_csrf(token);
  EXPECT_EQ(c.json("POST", "/api/v1/orgunits", {{"code", "CSRF-1"}, {"name", "X"}, {"type", "other"}, {"parent", "SGD-AL"}})
                .status,
            201);
  EXPECT_EQ(c.get("/api/v1/orgunits/GDTX-AL").json()["closed"], nullptr) << "the refused DELETE wrote nothing";
}

// Text with a control character was stored altered (NUL as a space, U+202E
// dropped): it is refused with the field named, and nothing is written.
TEST_F(Pipeline, TextWithControlCharactersIsRefusedNotAltered) {
  HttpClient c = admin();
  auto api = c.request("POST", "/api/v1/orgunits",
                       R"({"code":"CTRL-1","name":"Trường \u202eABC","type":"other","parent":"SGD-AL"})",
                       "application/json", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(api.status, 400) << api.body;
  EXPECT_EQ(api.json()["error"]["field"], "name");
  EXPECT_EQ(c.get("/api/v1/orgunits/CTRL-1").status, 404);
  auto page = c.form("/account/tokens", {{"name", std::string("Tập lệnh") + std::string(1, '\0')}});
  EXPECT_EQ(page.status, 400) << page.body;
  EXPECT_NE(page.body.find("U+0000"), std::string::npos);
  auto ok = c.request("POST", "/api/v1/orgunits",
                      R"({"code":"CTRL-2","name":"Trường\u200bA","type":"other","parent":"SGD-AL"})",
                      "application/json", {{"X-CSRF-Token", c.csrf()}});
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(c.get("/api/v1/orgunits/CTRL-2").json()["name"], "Trường\u200b" "A") << "kept as sent";
}

TEST_F(Pipeline, BearerTokensNeedNoCsrf) {
  HttpClient c = admin();
  auto tok = c.json("POST", "/api/v1/tokens", {{"name", "Tập lệnh"}});
  ASSERT_EQ(tok.status, 201);
  HttpClient script(port());
  script.set_bearer(tok.json()["token"]);
  EXPECT_EQ(script.get("/api/v1/me").json()["user"]["username"], "admin");
  EXPECT_EQ(script.json("PATCH", "/api/v1/orgunits/THPT-VANHA", {{"short_name", "THPTVH"}}).status, 200);
  script.set_bearer("bd_not-a-token");
  EXPECT_EQ(script.get("/api/v1/me").status, 401);
}

TEST_F(Pipeline, BadInputGetsTheRight4xxAndWritesNothing) {
  HttpClient c = admin();
  const size_t before = c.get("/api/v1/orgunits?include_closed=true").json()["orgunits"].size();
  auto post = [&](const std::string& body, const std::string& type = "application/json") {
    return c.request("POST", "/api/v1/orgunits", body, type, {{"X-CSRF-Token", c.csrf()}});
  };
  auto malformed = post("{\"code\": ");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.json()["error"]["code"], "bad_request");
  auto unknown = post(R"({"code":"U1","name":"X","type":"other","parent":"SGD-AL","colour":"red"})");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "colour");
  auto wrong_type = post(R"({"code":12,"name":"X","type":"other","parent":"SGD-AL"})");
  EXPECT_EQ(wrong_type.status, 400);
  EXPECT_EQ(wrong_type.json()["error"]["field"], "code");
  EXPECT_EQ(post("[1,2]").status, 400);
  EXPECT_EQ(post("code=x", "application/x-www-form-urlencoded").status, 400);
  auto bad_code = post(R"({"code":"a/b","name":"X","type":"other","parent":"SGD-AL"})");
  EXPECT_EQ(bad_code.status, 422);
  EXPECT_EQ(bad_code.json()["error"]["field"], "code");
  EXPECT_EQ(post(R"({"code":"THCS-TANMY","name":"X","type":"other","parent":"SGD-AL"})").status, 409);
  auto cycle = c.json("PATCH", "/api/v1/orgunits/SGD-AL", {{"parent", "THCS-TANMY"}});
  EXPECT_EQ(cycle.status, 422);
  EXPECT_EQ(cycle.json()["error"]["field"], "parent");
  EXPECT_EQ(c.get("/api/v1/orgunits/NOPE").status, 404);
  EXPECT_EQ(post("\xff\xfe").status, 400);
  EXPECT_EQ(c.get("/api/v1/orgunits?include_closed=true").json()["orgunits"].size(), before);
}

TEST_F(Pipeline, OversizedBodiesAreRefused) {
  HttpClient c = admin();
  std::string big(2 * 1024 * 1024, 'x');
  auto r = c.request("POST", "/api/v1/orgunits", big, "application/json", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(r.status, 413);
}

TEST_F(Pipeline, UnknownPathsAndMethods) {
  HttpClient c = admin();
  auto missing = c.get("/api/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["error"]["code"], "not_found");
  EXPECT_EQ(c.json("PUT", "/api/v1/orgunits", nlohmann::json::object()).status, 405);
  auto page = c.get("/no-such-page");
  EXPECT_EQ(page.status, 404);
  EXPECT_NE(page.body.find("<html"), std::string::npos) << "pages get an HTML error page";
}

TEST_F(Pipeline, ResponsesCarrySecurityHeaders) {
  HttpClient c(port());
  auto r = c.get("/login");
  EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(r.header("x-frame-options"), "DENY");
  EXPECT_NE(r.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(r.header("cache-control"), "no-store");
}

TEST_F(Pipeline, ResponsesTellTheServersOwnTime) {
  HttpClient c = admin();
  for (const char* path : {"/login", "/api/v1/me", "/no-such-page", "/static/app.css"}) {
    const std::string t = c.get(path).header("server-timing");
    ASSERT_EQ(t.rfind("app;dur=", 0), 0u) << path << ": " << t;
    const double ms = std::stod(t.substr(8));
    EXPECT_GE(ms, 0) << path;
    EXPECT_LT(ms, 10000) << path;
  }
}

TEST_F(Pipeline, LoginIsThrottledOverHttp) {
  HttpClient c(port());
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(c.login("so.xem", "wrong-password"));
  auto r = c.request("POST", "/api/v1/login", R"({"username":"so.xem","password":"admin-pass-1"})", "application/json");
  EXPECT_EQ(r.status, 429);
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("thử lại sau"), std::string::npos);
}

TEST_F(Pipeline, ExpiredOrForgedSessionsAreUnauthenticated) {
  HttpClient c(port());
  c.cookies()["bd_session"] = "forged";
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
  auto page = c.get("/orgunits");
  EXPECT_EQ(page.status, 303);
  EXPECT_EQ(page.header("location"), "/login?next=%2Forgunits");
}

TEST_F(Pipeline, EveryRouteThatDeclaresAJsonBodyRefusesAnotherContentType) {
  HttpClient c = as("admin");
  // These routes' handlers never checked the type; the pipeline does, once.
  for (const char* path : {"/api/v1/commendations", "/api/v1/inspections", "/api/v1/hotlines", "/api/v1/incidents",
                           "/api/v1/committee/SGD-AL/members"}) {
    auto r = c.request("POST", path, R"({"org":"SGD-AL"})", "text/plain", {{"X-CSRF-Token", c.csrf()}});
    EXPECT_EQ(r.status, 400) << path;
    EXPECT_NE(r.body.find("application/json"), std::string::npos) << path << ": " << r.body;
  }
  HttpClient anonymous(port());
  auto number =
      anonymous.request("POST", "/api/v1/login", R"({"username":1e400,"password":"x"})", "application/json");
  EXPECT_EQ(number.status, 400) << "a number too large is bad input, not a crash";
}

}  // namespace
}  // namespace bd::test
