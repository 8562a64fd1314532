// GET /api/v1/me/agenda over the demo on Friday 29/05/2026: the same agenda
// as the home page, as JSON, for the session's or the token's user.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "app/home/agenda.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

using J = nlohmann::json;

class AgendaApi : public LiveServerTest<AgendaApi> {
 public:
  static const app::Clock* clock() {
    static FakeClock c;
    c.t = vietnam_morning("2026-05-29");
    return &c;
  }
};

std::vector<J> of_kind(const J& agenda, const std::string& kind) {
  std::vector<J> out;
  for (const auto& i : agenda["items"])
    if (i["kind"] == kind) out.push_back(i);
  return out;
}

TEST_F(AgendaApi, ASchoolsPlanToDraftAndItsReportDue) {
  const auto r = as("thcs.longson").get("/api/v1/me/agenda");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(r.header("content-type").starts_with("application/json"));
  const J g = r.json();
  EXPECT_EQ(g["org"], "THCS-LONGSON");
  EXPECT_EQ(g["org_name"], "Trường THCS Long Sơn");
  EXPECT_EQ(g["today"], "2026-05-29");
  EXPECT_EQ(g["week"], (J{{"from", "2026-05-25"}, {"to", "2026-05-31"}}));
  ASSERT_FALSE(g["items"].empty());
  const J plan = g["items"][0];
  EXPECT_EQ(plan["kind"], "plan_missing");
  EXPECT_EQ(plan["year"], 2026);
  EXPECT_EQ(plan["can_act"], true);
  EXPECT_TRUE(plan["due"].is_null());
  EXPECT_TRUE(plan["days_left"].is_null());
  EXPECT_EQ(plan["plan"]["org"], "SGD-AL");
  EXPECT_EQ(plan["plan"]["number"], "01/KH-SGDĐT");
  EXPECT_EQ(plan["plan"]["issued_on"], "2026-01-08");
  const auto due = of_kind(g, "report_due");
  const J* s1 = nullptr;
  for (const auto& i : due)
    if (i["period"] == "2026S1") s1 = &i;
  ASSERT_TRUE(s1) << g.dump(2);
  EXPECT_EQ((*s1)["due"], "2026-06-10");
  EXPECT_EQ((*s1)["days_left"], 12);
  EXPECT_EQ((*s1)["period_label"], "6 tháng đầu năm 2026");
  EXPECT_TRUE(of_kind(g, "approvals").empty());
  EXPECT_LE(g["targets"]["items"].size(), app::kAgendaTargets);
  EXPECT_GE(g["targets"]["total"].get<size_t>(), g["targets"]["items"].size());
}

TEST_F(AgendaApi, ApprovalsWithTheUnitsWaitingOnlyForTheApprover) {
  const J g = as("so.pheduyet").get("/api/v1/me/agenda").json();
  const auto waiting = of_kind(g, "approvals");
  ASSERT_EQ(waiting.size(), 1u) << g.dump(2);
  EXPECT_EQ(waiting[0]["period"], "2025S2");
  EXPECT_EQ(waiting[0]["count"], 3);
  std::set<std::string> orgs;
  for (const auto& u : waiting[0]["units"]) orgs.insert(u["org"]);
  EXPECT_EQ(orgs, (std::set<std::string>{"THCS-TANMY", "TH-BINHAN", "THPT-NGOCKHE"}));
  const auto missing = of_kind(g, "children_missing");
  ASSERT_FALSE(missing.empty());
  EXPECT_EQ(missing[0]["period"], "2025S2");
  EXPECT_EQ(missing[0]["count"], 5) << "TH-HOAVAN's returned report was sent on time";
  EXPECT_EQ(missing[0]["expected"], 17);
  EXPECT_EQ(missing[0]["late"], 2);
  EXPECT_EQ(missing[0]["days_left"], -200);
  const J viewer = as("so.xem").get("/api/v1/me/agenda").json();
  EXPECT_TRUE(of_kind(viewer, "approvals").empty());
  EXPECT_TRUE(of_kind(viewer, "children_missing").empty());
  EXPECT_TRUE(of_kind(viewer, "followup_by").empty());
}

TEST_F(AgendaApi, FollowUpItemsOnBothSidesOfTheInspection) {
  const J school = as("thcs.tanmy").get("/api/v1/me/agenda").json();
  const auto item = of_kind(school, "followup");
  ASSERT_EQ(item.size(), 1u) << school.dump(2);
  EXPECT_EQ(item[0]["org"], "SGD-AL");
  EXPECT_EQ(item[0]["text"], "Cử thành viên Ban còn lại dự tập huấn về bình đẳng giới");
  EXPECT_EQ(item[0]["due"], "2026-03-31");
  EXPECT_EQ(item[0]["days_left"], -59);
  EXPECT_EQ(item[0]["inspected_on"], "2025-11-12");
  EXPECT_GT(item[0]["inspection_id"].get<int64_t>(), 0);
  const auto by = of_kind(as("so.quanly").get("/api/v1/me/agenda").json(), "followup_by");
  ASSERT_EQ(by.size(), 1u);
  EXPECT_EQ(by[0]["org"], "THCS-TANMY");
  EXPECT_EQ(by[0]["inspection_id"], item[0]["inspection_id"]);
}

TEST_F(AgendaApi, EveryKindTheAppNamesIsInTheDocument) {
  HttpClient c(port());
  const J doc = c.get("/api/v1/openapi.json").json();
  const J kinds = doc["components"]["schemas"]["AgendaItem"]["properties"]["kind"]["enum"];
  for (int k = 0; k <= static_cast<int>(app::AgendaKind::kObservance); ++k) {
    const std::string code(app::agenda_kind_code(static_cast<app::AgendaKind>(k)));
    EXPECT_NE(std::find(kinds.begin(), kinds.end(), code), kinds.end()) << code;
  }
  EXPECT_EQ(
      doc["paths"]["/api/v1/me/agenda"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"],
      "#/components/schemas/Agenda");
}

TEST_F(AgendaApi, NeedsALoginAndTakesABearerToken) {
  HttpClient anonymous(port());
  EXPECT_EQ(anonymous.get("/api/v1/me/agenda").status, 401);
  auto c = as("thcs.longson");
  const auto token = c.json("POST", "/api/v1/tokens", {{"name", "điện thoại"}});
  ASSERT_EQ(token.status, 201) << token.body;
  HttpClient bearer(port());
  bearer.set_bearer(token.json()["token"]);
  const auto r = bearer.get("/api/v1/me/agenda");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["org"], "THCS-LONGSON");
}

}  // namespace
}  // namespace bd::test
