// The reports API over the real server: the contract's paths, the workflow
// and its status codes, the error shape, completeness.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class ReportsApi : public LiveServerTest<ReportsApi> {};

const char* kUrl = "/api/v1/reports/THCS-TANMY/2026S1";

TEST_F(ReportsApi, WorkflowThroughTheContractPaths) {
  auto editor = as("thcs.tanmy"), head = as("thcs.tanmy.ht"), dept = as("so.pheduyet");
  auto draft = editor.get(kUrl);
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.json()["status"], "draft");
  EXPECT_EQ(draft.json()["stored"], false);
  EXPECT_EQ(draft.json()["due"], "2026-06-10");
  EXPECT_EQ(draft.json()["parent"], "SGD-AL");
  EXPECT_EQ(draft.json()["data_sets"].size(), 2u);
  EXPECT_EQ(draft.json()["actions"]["submit"], true);

  auto patched = editor.json("PATCH", kUrl, {{"results", "Tổ chức tọa đàm 8/3 với 45 người dự (38 nữ)."}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["narrative"]["results"], "Tổ chức tọa đàm 8/3 với 45 người dự (38 nữ).");
  EXPECT_EQ(patched.json()["narrative"]["proposals"], "");
  EXPECT_EQ(editor.json("PATCH", kUrl, {{"summary", "x"}}).status, 400);

  EXPECT_EQ(head.json("POST", std::string(kUrl) + "/approve", json::object()).status, 403)
      << "the school's own head does not approve its report";
  auto early = dept.json("POST", std::string(kUrl) + "/approve", json::object());
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json()["error"]["code"], "conflict");

  auto submitted = editor.json("POST", std::string(kUrl) + "/submit", json::object());
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  EXPECT_EQ(submitted.json()["status"], "submitted");
  EXPECT_TRUE(submitted.json()["submitted_at"].is_number());
  EXPECT_EQ(editor.json("PATCH", kUrl, {{"results", "x"}}).status, 409);

  auto no_comment = dept.json("POST", std::string(kUrl) + "/return", json::object());
  EXPECT_EQ(no_comment.status, 422);
  EXPECT_EQ(no_comment.json()["error"]["field"], "comment");
  auto returned = dept.json("POST", std::string(kUrl) + "/return", {{"comment", "Bổ sung số liệu nhân sự"}});
  ASSERT_EQ(returned.status, 200) << returned.body;
  EXPECT_EQ(returned.json()["status"], "returned");
  EXPECT_EQ(returned.json()["comment"], "Bổ sung số liệu nhân sự");

  ASSERT_EQ(editor.json("POST", std::string(kUrl) + "/submit", json::object()).status, 200);
  auto approved = dept.json("POST", std::string(kUrl) + "/approve", json::object());
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.json()["locked"], true);
  EXPECT_EQ(approved.json()["version"], 1) << "an approved report reads as approved";
  ASSERT_EQ(approved.json()["versions"].size(), 1u);
  EXPECT_EQ(approved.json()["versions"][0]["approved_by"], "so.pheduyet");
  EXPECT_EQ(draft.json()["version"], nullptr);
  auto locked = editor.json("POST", "/api/v1/datavalues",
                            {{"values", {{{"element", "staff_total"}, {"sex", "female"}, {"org", "THCS-TANMY"},
                                          {"period", "2026S1"}, {"value", 40}}}}});
  EXPECT_EQ(locked.status, 409) << locked.body;

  EXPECT_EQ(dept.json("POST", std::string(kUrl) + "/reopen", json::object()).status, 422);
  auto reopened = dept.json("POST", std::string(kUrl) + "/reopen", {{"reason", "Điều chỉnh số liệu"}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json()["status"], "returned");
  EXPECT_EQ(reopened.json()["locked"], false);
  auto unlocked = editor.json("POST", "/api/v1/datavalues",
                              {{"values", {{{"element", "staff_total"}, {"sex", "female"}, {"org", "THCS-TANMY"},
                                            {"period", "2026S1"}, {"value", 40}}}}});
  EXPECT_EQ(unlocked.status, 200) << unlocked.body;
  EXPECT_EQ(reopened.json()["version"], nullptr) << "a reopened report is live";
  auto first = editor.get(std::string(kUrl) + "?version=1");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["version"], 1);
  EXPECT_EQ(first.json()["narrative"]["results"], "Tổ chức tọa đàm 8/3 với 45 người dự (38 nữ).");
  EXPECT_EQ(first.json()["actions"]["submit"], false) << "an earlier approval is read only";
  EXPECT_EQ(editor.get(std::string(kUrl) + "?version=2").status, 404);
  auto bad = editor.get(std::string(kUrl) + "?version=abc");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "version");
  EXPECT_EQ(editor.get(std::string(kUrl) + "?version=0").status, 400);
}

TEST_F(ReportsApi, ErrorsAndScope) {
  auto editor = as("thcs.tanmy");
  EXPECT_EQ(editor.get("/api/v1/reports/SGD-AL/2025S1").status, 403);
  EXPECT_EQ(editor.get("/api/v1/reports/NOPE/2025S1").status, 404);
  auto bad = editor.get("/api/v1/reports/THCS-TANMY/2025-1");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "period");
  EXPECT_EQ(editor.json("POST", "/api/v1/reports/THCS-TANMY/2026S2/not-required", json::object()).status, 403);
  auto dept = as("so.quanly");
  EXPECT_EQ(dept.json("POST", "/api/v1/reports/THPT-VANHA/2026S2/not-required", {{"reason", "Sáp nhập"}}).status,
            200);
  EXPECT_EQ(dept.json("POST", "/api/v1/reports/THPT-VANHA/2026S2/submit", {{"extra", 1}}).status, 400);
}

TEST_F(ReportsApi, TheReportCarriesThePeriodsActivities) {
  auto r = as("so.xem").get("/api/v1/reports/THPT-ANLAC/2025S2");
  ASSERT_EQ(r.status, 200) << r.body;
  const json body = r.json();
  ASSERT_EQ(body["activities"].size(), 1u) << body.dump();
  const json& a = body["activities"][0];
  EXPECT_EQ(a["type"], "survey");
  EXPECT_EQ(a["status"], "done");
  EXPECT_EQ(a["start"], "2025-09-15");
  EXPECT_EQ(body["activities_done"], 1);
  int female = 0;
  for (const auto& [audience, p] : a["participants"].items()) female += p["female"].get<int>();
  EXPECT_EQ(body["reached"]["female"], female);
  EXPECT_GT(female, 0);
}

TEST_F(ReportsApi, CompletenessOfTheDemoProvince) {
  auto dept = as("so.pheduyet");
  auto r = dept.get("/api/v1/reports/completeness?org=SGD-AL&period=2025S2");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto j = r.json();
  EXPECT_EQ(j["period"], "2025S2");
  EXPECT_EQ(j["children"]["expected"], 17);
  EXPECT_EQ(j["children"]["returned"], 1);
  EXPECT_EQ(j["children"]["not_required"], 1);
  EXPECT_GE(j["missing"].size(), 5u);
  EXPECT_EQ(j["late"].size(), 2u);
  EXPECT_NE(j["reminder"].get<std::string>().find("chưa nộp báo cáo 6 tháng cuối năm 2025"), std::string::npos);
  bool found = false;
  for (const auto& u : j["units"])
    if (u["org"] == "TH-HOAVAN") found = u["status"] == "returned";
  EXPECT_TRUE(found);
  EXPECT_EQ(dept.get("/api/v1/reports/completeness?org=SGD-AL").status, 400);
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/reports/completeness?org=SGD-AL&period=2025S2").status, 403);
}

// The report's values are in their element's JSON type: counts are integers,
// yes/no answers true/false (demo: THCS Tân Mỹ has figures for 2025S1 and 2025).
TEST_F(ReportsApi, ValuesAreIntegersAndBooleans) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("thcs.tanmy", kAdminPassword));
  size_t counts = 0, booleans = 0;
  for (const char* period : {"2025S1", "2025"}) {
    auto r = c.get(std::string("/api/v1/reports/THCS-TANMY/") + period);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    for (const auto& set : body["data_sets"])
      for (const auto& v : set["values"]) {
        EXPECT_FALSE(v["value"].is_number_float()) << v.dump();
        counts += v["value"].is_number_integer();
        booleans += v["value"].is_boolean();
      }
  }
  EXPECT_GT(counts, 0u);
  EXPECT_GT(booleans, 0u);
}

}  // namespace
}  // namespace bd::test
