// The completeness page of a parent unit: counts, a row per child with a
// drill-down, and the reminder text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class CompletenessPages : public LiveServerTest<CompletenessPages> {};

TEST_F(CompletenessPages, ChildrenCountsAndReminder) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.pheduyet", kAdminPassword));
  auto page = c.get("/reports/completeness?org=SGD-AL&period=2025S2");
  ASSERT_EQ(page.status, 200);
  const auto& b = page.body;
  EXPECT_NE(b.find("Tình hình nộp báo cáo"), std::string::npos);
  EXPECT_NE(b.find("6 tháng cuối năm 2025"), std::string::npos);
  EXPECT_NE(b.find("Toàn hệ thống"), std::string::npos);
  EXPECT_NE(b.find("href=\"/reports/TH-HOAVAN/2025S2\""), std::string::npos);
  EXPECT_NE(b.find("Bị trả lại"), std::string::npos);
  EXPECT_NE(b.find("Nộp muộn 10 ngày"), std::string::npos) << "THPT Ngọc Khê submitted on 20/11";
  EXPECT_NE(b.find("Không phải nộp kỳ này"), std::string::npos) << "communes have no half-year form";
  EXPECT_NE(b.find("Danh sách cần nhắc"), std::string::npos);
  EXPECT_NE(b.find("- Trường Mầm non Sơn Ca (hạn 10/11/2025"), std::string::npos);
  EXPECT_NE(b.find("readonly"), std::string::npos);
  EXPECT_EQ(c.get("/reports/completeness?org=SGD-AL&period=nope").status, 400);
  HttpClient school(port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  EXPECT_EQ(school.get("/reports/completeness?org=SGD-AL&period=2025S2").status, 403);
  EXPECT_EQ(school.get("/reports/completeness?period=2025S2").status, 200) << "defaults to one's own unit";
}

// A form that names several units (checkboxes), with the session's token.
HttpResult approve_form(HttpClient& c, const std::vector<std::string>& orgs, bool confirm) {
  std::string body = "_csrf=" + c.csrf() + "&org=SGD-AL&period=2025S2";
  for (const auto& o : orgs) body += "&orgs=" + o;
  if (confirm) body += "&confirm=1";
  return c.request("POST", "/reports/approve", body, "application/x-www-form-urlencoded");
}

std::string status_of(HttpClient& c, const std::string& org) {
  return c.get("/api/v1/reports/" + org + "/2025S2").json()["status"];
}

// Each on a demo of its own: they approve reports.
class BulkApprovalPages : public LiveServerTest<BulkApprovalPages> {};
class BulkApprovalApi : public LiveServerTest<BulkApprovalApi> {};

TEST_F(BulkApprovalPages, SubmittedReportsArePickedReviewedAndApprovedTogether) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.pheduyet", kAdminPassword));
  const auto page = c.get("/reports/completeness?org=SGD-AL&period=2025S2").body;
  EXPECT_NE(page.find("name=\"orgs\" value=\"THCS-TANMY\""), std::string::npos) << "submitted: may be picked";
  EXPECT_EQ(page.find("name=\"orgs\" value=\"TH-HOAVAN\""), std::string::npos) << "returned: may not";
  EXPECT_EQ(page.find("name=\"orgs\" value=\"TH-TANMY\""), std::string::npos) << "approved: may not";
  EXPECT_NE(page.find("Xem lại và duyệt các báo cáo đã chọn"), std::string::npos);
  HttpClient viewer(port());
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  EXPECT_EQ(viewer.get("/reports/completeness?org=SGD-AL&period=2025S2").body.find("name=\"orgs\""), std::string::npos)
      << "only an approver picks";

  // The review lists what will be approved and what cannot be, and writes nothing.
  auto review = approve_form(c, {"THCS-TANMY", "TH-BINHAN", "TH-HOAVAN"}, false);
  ASSERT_EQ(review.status, 200) << review.body;
  EXPECT_NE(review.body.find("Duyệt 2 báo cáo"), std::string::npos);
  EXPECT_NE(review.body.find("<input type=\"hidden\" name=\"orgs\" value=\"TH-BINHAN\">"), std::string::npos);
  EXPECT_EQ(review.body.find("<input type=\"hidden\" name=\"orgs\" value=\"TH-HOAVAN\">"), std::string::npos);
  EXPECT_NE(review.body.find("Hòa Văn: báo cáo đang ở trạng thái"), std::string::npos) << review.body;
  EXPECT_EQ(status_of(c, "THCS-TANMY"), "submitted");

  // Confirmed with one that cannot be approved: none is.
  auto refused = approve_form(c, {"THCS-TANMY", "TH-HOAVAN"}, true);
  EXPECT_EQ(refused.status, 409);
  EXPECT_NE(refused.body.find("Chưa duyệt báo cáo nào"), std::string::npos) << refused.body;
  EXPECT_EQ(status_of(c, "THCS-TANMY"), "submitted");
  // Nor may a viewer approve.
  EXPECT_EQ(approve_form(viewer, {"THCS-TANMY"}, true).status, 403);
  EXPECT_EQ(status_of(c, "THCS-TANMY"), "submitted");

  auto done = approve_form(c, {"THCS-TANMY", "TH-BINHAN"}, true);
  ASSERT_EQ(done.status, 303) << done.body;
  EXPECT_EQ(done.header("location"), "/reports/completeness?org=SGD-AL&period=2025S2&approved=2");
  EXPECT_NE(c.get(done.header("location")).body.find("Đã duyệt 2 báo cáo."), std::string::npos);
  EXPECT_EQ(status_of(c, "THCS-TANMY"), "approved");
  EXPECT_EQ(status_of(c, "TH-BINHAN"), "approved");
  EXPECT_EQ(status_of(c, "THPT-NGOCKHE"), "submitted") << "not picked";
}

TEST_F(BulkApprovalApi, SeveralOrNone) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.pheduyet", kAdminPassword));
  auto refused = c.json("POST", "/api/v1/reports/approvals", {{"period", "2025S2"}, {"orgs", {"THPT-NGOCKHE", "MN-SONCA"}}});
  ASSERT_EQ(refused.status, 409) << refused.body;
  ASSERT_EQ(refused.json()["error"]["details"].size(), 1u);
  EXPECT_EQ(refused.json()["error"]["details"][0]["field"], "MN-SONCA");
  EXPECT_EQ(status_of(c, "THPT-NGOCKHE"), "submitted");
  EXPECT_EQ(c.json("POST", "/api/v1/reports/approvals", {{"period", "2025S2"}, {"orgs", json::array()}}).status, 422);
  EXPECT_EQ(c.json("POST", "/api/v1/reports/approvals", {{"orgs", {"THPT-NGOCKHE"}}}).status, 400);
  EXPECT_EQ(c.json("POST", "/api/v1/reports/approvals", {{"period", "2025S2"}, {"orgs", "THPT-NGOCKHE"}}).status, 400);
  auto ok = c.json("POST", "/api/v1/reports/approvals", {{"period", "2025S2"}, {"orgs", {"THPT-NGOCKHE"}}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["approved"][0]["org"], "THPT-NGOCKHE");
  EXPECT_EQ(ok.json()["approved"][0]["status"], "approved");
  EXPECT_TRUE(ok.json()["failed"].empty());
}

}  // namespace
}  // namespace bd::test
