// The dashboard as JSON over the demo: a unit's dashboard, the drill-down,
// a figure written over the API reaching both at once, and scope.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class DashboardApi : public LiveServerTest<DashboardApi> {};

TEST_F(DashboardApi, ACommunesDashboardSumsItsSchools) {
  auto c = as("so.quanly");
  auto r = c.get("/api/v1/dashboard/UBND-XA-TANMY?period=2025");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto j = r.json();
  EXPECT_EQ(j["period"], "2025");
  ASSERT_EQ(j["below"].size(), 3u);
  EXPECT_EQ(j["below"][0]["org"], "MN-HOAMAI");
  ASSERT_EQ(j["trail"].size(), 2u);
  EXPECT_EQ(j["trail"][1]["org"], "SGD-AL");
  EXPECT_EQ(j["trail"][1]["viewable"], true);
  EXPECT_EQ(j["trail"][0]["viewable"], false);
  bool hotline = false;
  for (const auto& t : j["targets"])
    if (t["target"] == "T_HOTLINE") {
      hotline = true;
      EXPECT_EQ(t["below"]["units"], 3);
      EXPECT_EQ(t["below"]["met"], 3);
      EXPECT_EQ(t["status"], "met");
      EXPECT_EQ(t["history"].size(), 3u);
    }
  EXPECT_TRUE(hotline);
  EXPECT_FALSE(j["by_sex"].empty());
  EXPECT_EQ(j["parity"].size(), 3u);
  EXPECT_GE(j["reporting"]["expected"].get<int>() + j["reporting"]["not_required"].get<int>(), 3);
}

TEST_F(DashboardApi, TheDrillDownFollowsAFigureAtOnce) {
  auto c = as("admin");
  auto before = c.get("/api/v1/dashboard/UBND-XA-TANMY/T_WOMEN_MANAGERS?period=2026S1");
  ASSERT_EQ(before.status, 200) << before.body;
  ASSERT_EQ(before.json()["rows"].size(), 3u);
  const auto before_json = before.json();  // a range-for over a member of a temporary would dangle
  for (const auto& row : before_json["rows"])
    if (row["org"] == "THCS-TANMY") EXPECT_TRUE(row["value"].is_null() || row["status"] != "met");
  auto saved = c.json("POST", "/api/v1/datavalues",
                      {{"values",
                        {{{"element", "staff_total"}, {"sex", "female"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 30}},
                         {{"element", "staff_total"}, {"sex", "male"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 10}},
                         {{"element", "staff_managers"}, {"sex", "female"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 3}},
                         {{"element", "staff_managers"}, {"sex", "male"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 1}}}}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto after = c.get("/api/v1/dashboard/UBND-XA-TANMY/T_WOMEN_MANAGERS?period=2026S1");
  ASSERT_EQ(after.status, 200);
  const auto j = after.json();
  ASSERT_FALSE(j["rows"].empty());
  bool found = false;
  for (const auto& row : j["rows"])
    if (row["org"] == "THCS-TANMY") {
      found = true;
      EXPECT_DOUBLE_EQ(row["value"].get<double>(), 75.0);
      EXPECT_EQ(row["status"], "met");
      EXPECT_EQ(row["has_below"], false);
    }
  EXPECT_TRUE(found);
  EXPECT_GE(j["met"].get<int>(), 1);
  EXPECT_EQ(j["target"]["for_each"], "school");
}

TEST_F(DashboardApi, ScopeAndErrors) {
  auto school = as("thcs.tanmy");
  EXPECT_EQ(school.get("/api/v1/dashboard/THCS-TANMY?period=2025").status, 200);
  EXPECT_EQ(school.get("/api/v1/dashboard/THCS-LONGSON?period=2025").status, 403);
  EXPECT_EQ(school.get("/api/v1/dashboard/SGD-AL/T_STAFF_TRAINED?period=2025").status, 403);
  auto c = as("so.quanly");
  EXPECT_EQ(c.get("/api/v1/dashboard/NOPE").status, 404);
  EXPECT_EQ(c.get("/api/v1/dashboard/SGD-AL?period=2025X").status, 400);
  EXPECT_EQ(c.get("/api/v1/dashboard/SGD-AL/T_NO_SUCH?period=2025").status, 404);
  auto latest = c.get("/api/v1/dashboard/SGD-AL");
  ASSERT_EQ(latest.status, 200);
  EXPECT_EQ(latest.json()["period"].get<std::string>().size(), 4u) << "a year";
}

}  // namespace
}  // namespace bd::test
