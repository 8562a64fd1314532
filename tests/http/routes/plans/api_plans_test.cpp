// A plan drafted, edited and issued over the real server, downloaded as .docx
// and read back through LibreOffice and pdftotext.
#include <gtest/gtest.h>

#include <vector>

#include "documents/office_tools.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;
namespace office = documents::testing;

const char* kSubject = "Thực hiện công tác bình đẳng giới năm 2027";
const char* kSigner = "Lâm Thị Hồng Nhung";

json content() {
  return {{"year", 2027},
          {"subject", "Dự thảo"},
          {"place", "Tân Mỹ"},
          {"objectives", {{{"title", "Tăng tỉ lệ nữ cán bộ quản lý"},
                           {"targets", {{{"text", "Ít nhất 40% cán bộ quản lý là nữ"}, {"value", 40}}}}}}},
          {"tasks", {{{"title", "Tuyên truyền"}, {"actions", {"Sinh hoạt chuyên đề"}}}}},
          {"recipients", {"Ủy ban nhân dân xã Tân Mỹ", "Lưu: VT"}},
          {"signer", {{"authority", "KT."}, {"title", "Hiệu trưởng"}, {"deputy_title", "Phó Hiệu trưởng"},
                      {"name", kSigner}}},
          {"schedule", {{{"month", 3}, {"work", "Tọa đàm 8/3"}}, {{"month", 10}, {"work", "Tọa đàm 20/10"}}}}};
}

class PlansApi : public ::testing::Test {
 protected:
  void SetUp() override {
    live_ = std::make_unique<LiveServer>(start_server(true));
    editor_ = std::make_unique<HttpClient>(live_->port());
    approver_ = std::make_unique<HttpClient>(live_->port());
    ASSERT_TRUE(editor_->login("thcs.tanmy", kAdminPassword));
    ASSERT_TRUE(approver_->login("thcs.tanmy.ht", kAdminPassword));
  }
  std::unique_ptr<LiveServer> live_;
  std::unique_ptr<HttpClient> editor_, approver_;
};

TEST_F(PlansApi, DraftEditIssueAndDownloadDocx) {
  json body = content();
  body["org"] = "THCS-TANMY";
  auto created = editor_->json("POST", "/api/v1/plans", body);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["status"], "draft");
  EXPECT_EQ(created.json()["number_line"], "Số:      /KH-THCSTM");
  EXPECT_TRUE(created.json()["number"].is_null());
  const std::string url = "/api/v1/plans/" + std::to_string(created.json()["id"].get<int64_t>());

  json edited = content();
  edited["subject"] = kSubject;
  auto patched = editor_->json("PATCH", url, edited);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["content"]["subject"], kSubject);

  EXPECT_EQ(editor_->json("POST", url + "/issue", {{"date", "05/01/2027"}}).status, 403);
  auto issued = approver_->json("POST", url + "/issue", {{"date", "05/01/2027"}});
  ASSERT_EQ(issued.status, 200) << issued.body;
  EXPECT_EQ(issued.json()["status"], "issued");
  EXPECT_EQ(issued.json()["number"], 1);
  EXPECT_EQ(issued.json()["issued_on"], "2027-01-05");
  EXPECT_EQ(issued.json()["number_line"], "Số: 01/KH-THCSTM");
  EXPECT_EQ(approver_->json("POST", url + "/issue", {{"date", "05/01/2027"}}).status, 409);
  EXPECT_EQ(editor_->json("PATCH", url, edited).status, 409);

  auto docx = editor_->get(url + "/docx");
  ASSERT_EQ(docx.status, 200) << docx.body;
  EXPECT_NE(docx.header("content-type").find("wordprocessingml"), std::string::npos) << docx.header("content-type");
  EXPECT_EQ(docx.header("content-disposition").rfind("attachment", 0), 0u) << docx.header("content-disposition");
  ASSERT_GE(docx.body.size(), 2u);
  EXPECT_EQ(docx.body.substr(0, 2), "PK");

  const std::string soffice = office::find_soffice();
  if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not on PATH";
  if (office::run("command -v pdftotext >/dev/null 2>&1") != 0) GTEST_SKIP() << "pdftotext is not on PATH";
  office::TempDir dir;
  const std::string d = dir.path();
  office::write_file(d + "/plan.docx", docx.body);
  ASSERT_EQ(office::run("cd '" + d + "' && HOME='" + d + "/home' timeout 120 " + soffice +
                        " --headless --convert-to pdf --outdir '" + d + "' '" + d + "/plan.docx' >'" + d +
                        "/soffice.log' 2>&1"),
            0)
      << office::read_file(d + "/soffice.log");
  ASSERT_EQ(office::run("pdftotext -raw '" + d + "/plan.pdf' '" + d + "/plan.txt'"), 0);
  const std::string text = office::read_file(d + "/plan.txt");
  size_t at = 0;
  const std::vector<std::string> in_order = {"Số: 01/KH-THCSTM", "ngày 05 tháng 01 năm 2027", "KẾ HOẠCH",
                                             kSubject, "Nơi nhận:", kSigner};
  for (const std::string& want : in_order) {
    const size_t found = text.find(want, at);
    ASSERT_NE(found, std::string::npos) << "\"" << want << "\" not found after offset " << at << " in:\n" << text;
    at = found + want.size();
  }
}

TEST_F(PlansApi, BadInput) {
  const size_t before = editor_->get("/api/v1/plans?org=THCS-TANMY").json()["plans"].size();
  EXPECT_EQ(editor_->json("POST", "/api/v1/plans", content()).status, 400);
  json unknown = content();
  unknown["org"] = "THCS-TANMY";
  unknown["colour"] = "red";
  auto r = editor_->json("POST", "/api/v1/plans", unknown);
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_NE(r.body.find("colour"), std::string::npos) << r.body;
  json wrong = content();
  wrong["org"] = 42;
  EXPECT_EQ(editor_->json("POST", "/api/v1/plans", wrong).status, 400);
  EXPECT_EQ(editor_->get("/api/v1/plans/abc").status, 404);
  EXPECT_EQ(editor_->get("/api/v1/plans/999999").status, 404);
  auto list = editor_->get("/api/v1/plans?org=THCS-TANMY");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.json()["plans"].size(), before) << "nothing refused was written";
}

// One place for deadlines: the department's plan tells its schools the dates
// that their report pages show.
TEST_F(PlansApi, ThePlanTextAndTheReportPagesQuoteTheSameDeadlines) {
  HttpClient dept(live_->port());
  ASSERT_TRUE(dept.login("so.xem", kAdminPassword));
  std::string reporting;
  const json plans = dept.get("/api/v1/plans?org=SGD-AL").json();
  for (const auto& p : plans["plans"])
    if (p["year"] == 2026 && p["org"] == "SGD-AL")
      reporting = dept.get("/api/v1/plans/" + std::to_string(p["id"].get<int64_t>())).json()["content"]["reporting"];
  ASSERT_FALSE(reporting.empty());
  for (const char* period : {"2026S1", "2026S2", "2026"}) {
    const std::string due = editor_->get(std::string("/api/v1/reports/THCS-TANMY/") + period).json()["due"];
    ASSERT_EQ(due.size(), 10u) << period;
    const std::string vi = due.substr(8, 2) + "/" + due.substr(5, 2) + "/" + due.substr(0, 4);
    EXPECT_NE(reporting.find("chậm nhất ngày " + vi), std::string::npos) << period << " due " << vi << ": " << reporting;
  }
}

// Trình ký over the API, and the home page of both sides: a preschool's
// draft for this year is sent, waits, and comes back with a comment.
TEST_F(PlansApi, SentForSignatureWaitsOnTheHomePageAndComesBack) {
  HttpClient school(live_->port());
  ASSERT_TRUE(school.login("mn.hoamai", kAdminPassword));
  int64_t id = 0;
  const json plans = school.get("/api/v1/plans?org=MN-HOAMAI").json();
  for (const auto& p : plans["plans"])
    if (p["status"] == "draft" && p["year"] == 2026) id = p["id"].get<int64_t>();
  ASSERT_GT(id, 0) << plans.dump();
  const std::string url = "/api/v1/plans/" + std::to_string(id);
  json content = school.get(url).json()["content"];
  content.erase("issued_as");
  content["signer"] = {{"title", "Hiệu trưởng"}, {"name", "Tạ Thị Hoa"}};
  ASSERT_EQ(school.json("PATCH", url, content).status, 200);

  EXPECT_EQ(school.json("POST", url + "/send-for-signature", {{"colour", "red"}}).status, 400);
  auto sent = school.json("POST", url + "/send-for-signature", {{"note", "Kính trình cô Hiệu trưởng"}});
  ASSERT_EQ(sent.status, 200) << sent.body;
  EXPECT_EQ(sent.json()["status"], "signing");
  EXPECT_EQ(sent.json()["signing"]["note"], "Kính trình cô Hiệu trưởng");
  EXPECT_TRUE(sent.json()["signing"]["returned_at"].is_null());
  EXPECT_EQ(school.json("PATCH", url, content).status, 409);
  auto home = school.get("/").body;
  EXPECT_NE(home.find("Kế hoạch năm 2026 của đơn vị đang chờ ký"), std::string::npos) << home;
  EXPECT_NE(home.find("Kính trình cô Hiệu trưởng"), std::string::npos);

  HttpClient admin(live_->port());
  ASSERT_TRUE(admin.login("admin", kAdminPassword));
  EXPECT_EQ(admin.json("POST", url + "/send-back", json::object()).status, 422) << "comment is required";
  EXPECT_EQ(admin.json("POST", url + "/send-back", {{"comment", ""}}).status, 422);
  auto back = admin.json("POST", url + "/send-back", {{"comment", "Bổ sung mục tiêu"}});
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["status"], "draft");
  EXPECT_EQ(back.json()["signing"]["comment"], "Bổ sung mục tiêu");
  home = school.get("/").body;
  EXPECT_NE(home.find("Bổ sung mục tiêu"), std::string::npos) << home;
  EXPECT_EQ(admin.json("POST", url + "/send-back", {{"comment", "Lại"}}).status, 409) << "no longer waiting";
}

}  // namespace
}  // namespace bd::test
