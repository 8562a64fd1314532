// Incidents over the real server: every incident route, API and page, is
// closed (403/404) to anyone without the incident_officer role — admins,
// managers, approvers, editors and viewers, of this subtree or another —
// while the unit's officer works normally and only counts leave the unit.
#include <gtest/gtest.h>

#include "http/routes.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class IncidentsApi : public LiveServerTest<IncidentsApi> {
 protected:
  static void SetUpTestSuite() {
    LiveServerTest::SetUpTestSuite();
    // A second admin of another subtree, to prove admins are kept out too.
    auto r = live_->t.app->users().create(app::Actor::System(),
                                          {"ngockhe.admin", "Quản trị trường", "THPT-NGOCKHE", kAdminPassword, {"admin"}});
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
};

const json kCase = {{"occurred_on", "2026-01-05"}, {"kind", "physical"}, {"sex", "male"}, {"age_band", "11-14"}};

TEST_F(IncidentsApi, TheOfficerRecordsAndReadsWithoutNames) {
  auto officer = as("thcs.tanmy.tv");
  json body = kCase;
  body["org"] = "THCS-TANMY";
  auto made = officer.json("POST", "/api/v1/incidents", body);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_FALSE(made.json().contains("name"));
  auto list = officer.get("/api/v1/incidents?org=THCS-TANMY");
  ASSERT_EQ(list.status, 200);
  EXPECT_GE(list.json()["incidents"].size(), 2u);
  body["victim_name"] = "Nguyễn Văn A";
  EXPECT_EQ(officer.json("POST", "/api/v1/incidents", body).status, 400);
  EXPECT_EQ(officer.get("/incidents?org=THCS-TANMY").status, 200);
}

TEST_F(IncidentsApi, EveryIncidentRouteIsClosedWithoutThePermission) {
  const std::string item = "/api/v1/incidents/1";
  json body = kCase;
  body["org"] = "THCS-TANMY";
  http::Metrics metrics;
  const auto router = http::build_router(metrics);
  int walked = 0;
  for (const char* user : {"admin", "ngockhe.admin", "so.quanly", "so.pheduyet", "so.xem", "thcs.tanmy", "thcs.tanmy.ht"}) {
    SCOPED_TRACE(user);
    auto c = as(user);
    for (const auto& r : router.routes()) {
      if (r.pattern.find("incidents") == std::string::npos || r.pattern.find("counts") != std::string::npos) continue;
      std::string path = r.pattern;
      if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, "1");
      if (r.method == "GET") path += path.find("{") == std::string::npos && r.pattern.ends_with("incidents")
                                         ? "?org=THCS-TANMY" : "";
      HttpResult got;
      if (r.kind == http::Kind::kApi)
        got = c.json(r.method, path, r.method == "GET" ? json(nullptr) : body);
      else if (r.method == "GET")
        got = c.get(path);
      else
        got = c.form(path, {{"org", "THCS-TANMY"}, {"occurred_on", "05/01/2026"}, {"kind", "physical"},
                            {"sex", "male"}, {"age_band", "11-14"}});
      EXPECT_TRUE(got.status == 403 || got.status == 404) << r.method << " " << path << " → " << got.status;
      EXPECT_EQ(got.body.find("11-14"), std::string::npos) << r.method << " " << path;
      ++walked;
    }
  }
  EXPECT_EQ(walked, 7 * 6);  // 4 API routes and 2 pages, besides the counts
}

TEST_F(IncidentsApi, CountsBySexAndTypeAreOpenToReadersOfTheSubtree) {
  auto viewer = as("so.xem");
  auto counts = viewer.get("/api/v1/incidents/counts?org=SGD-AL&year=2025");
  ASSERT_EQ(counts.status, 200) << counts.body;
  const auto j = counts.json();
  EXPECT_EQ(j["total"]["female"], 1);
  EXPECT_EQ(j["by_kind"][1]["kind"], "psychological");
  EXPECT_EQ(j["by_kind"][1]["female"], 1);
  EXPECT_EQ(counts.body.find("11-14"), std::string::npos);
  EXPECT_EQ(viewer.get("/api/v1/incidents/counts?org=SGD-AL").status, 400);
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/incidents/counts?org=SGD-AL&year=2025").status, 403);
  EXPECT_EQ(viewer.get("/incidents/counts?org=SGD-AL&year=2025").status, 200);
}

}  // namespace
}  // namespace bd::test
