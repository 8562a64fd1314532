// /healthz, /metrics, /static, /lang and the OpenAPI document.
#include <gtest/gtest.h>

#include "http/routes.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

class System : public LiveServerTest<System, false> {};

TEST_F(System, HealthzReportsTheDatabase) {
  HttpClient c(port());
  auto r = c.get("/healthz");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["database"], true);
}

TEST_F(System, MetricsCountRequestsByRoute) {
  HttpClient c(port());
  c.get("/healthz");
  c.get("/api/v1/me");
  const std::string m = c.get("/metrics").body;
  EXPECT_NE(m.find(R"(binhdang_http_requests_total{method="GET",route="/healthz",status="200"})"), std::string::npos);
  EXPECT_NE(m.find(R"(route="/api/v1/me",status="401")"), std::string::npos);
  EXPECT_NE(m.find("binhdang_http_request_duration_seconds_bucket"), std::string::npos);
}

TEST_F(System, StaticFilesAreServedAndTraversalIsNot) {
  HttpClient c(port());
  auto css = c.get("/static/app.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_TRUE(css.header("content-type").starts_with("text/css"));
  EXPECT_EQ(c.get("/static/vendor/htmx.min.js").status, 200) << "npm assets are copied at build";
  EXPECT_EQ(c.get("/static/vendor/chart.umd.js").status, 200);
  EXPECT_EQ(c.get("/static/../templates/layout.mustache").status, 404);
  EXPECT_EQ(c.get("/static/%2e%2e/i18n/vi.json").status, 404);
  EXPECT_EQ(c.get("/static/.hidden").status, 404);
  EXPECT_EQ(c.get("/static/nope.css").status, 404);
}

TEST_F(System, TheFaviconIsFoundWhereBrowsersLook) {
  HttpClient c(port());
  auto ico = c.get("/favicon.ico");
  EXPECT_EQ(ico.status, 301);
  EXPECT_EQ(ico.header("location"), "/static/favicon.svg");
  auto svg = c.get("/static/favicon.svg");
  EXPECT_EQ(svg.status, 200);
  EXPECT_EQ(svg.header("content-type"), "image/svg+xml");
  EXPECT_NE(svg.body.find("<svg"), std::string::npos);
  EXPECT_NE(c.get("/login").body.find(R"(href="/static/favicon.svg")"), std::string::npos) << "pages name it";
}

TEST_F(System, LanguageSwitchSetsACookieAndStaysLocal) {
  HttpClient c(port());
  auto r = c.get("/lang/en?next=/login");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login");
  EXPECT_NE(c.get("/login").body.find("Log in"), std::string::npos);
  EXPECT_EQ(c.get("/lang/vi?next=//evil.example").header("location"), "/");
  EXPECT_NE(c.get("/login").body.find("Đăng nhập"), std::string::npos);
}

// Every API and system route is in the served document; pages are not.
TEST_F(System, OpenApiCoversEveryRoute) {
  HttpClient c(port());
  const auto doc = c.get("/api/v1/openapi.json").json();
  EXPECT_EQ(doc["openapi"], "3.0.3");
  http::Metrics metrics;
  const http::Router router = http::build_router(metrics);
  for (const auto& r : router.routes()) {
    std::string path = r.pattern;
    if (path.ends_with("*}")) path = path.substr(0, path.size() - 2) + "}";
    std::string method = r.method;
    for (auto& ch : method) ch = static_cast<char>(std::tolower(ch));
    const bool listed = doc["paths"].contains(path) && doc["paths"][path].contains(method);
    EXPECT_EQ(listed, r.kind != http::Kind::kPage) << r.method << " " << path;
  }
  EXPECT_EQ(doc["paths"]["/api/v1/orgunits"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/OrgUnitInput");
}

}  // namespace
}  // namespace bd::test
