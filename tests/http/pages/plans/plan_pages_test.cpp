// The plan pages over HTTP: list, new draft, preview, issue, new version,
// implementing a department's plan, coverage, and the .docx behind the button.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class PlanPages : public LiveServerTest<PlanPages> {
 protected:
  // A new draft of `org` through the page; its id.
  int64_t new_draft(HttpClient& c, const std::string& org, const std::string& year) {
    auto r = c.form("/plans", {{"org", org}, {"year", year}});
    EXPECT_EQ(r.status, 303) << r.body;
    const std::string loc = r.header("location");
    EXPECT_TRUE(loc.starts_with("/plans/") && loc.ends_with("/edit")) << loc;
    return std::stoll(loc.substr(7, loc.size() - 12));
  }
  static std::map<std::string, std::string> complete(const std::string& place, const std::string& year) {
    return {{"year", year},
            {"subject", "Thực hiện công tác bình đẳng giới năm " + year},
            {"place", place},
            {"objectives.0.title", "Nâng tỷ lệ nữ cán bộ quản lý"},
            {"objectives.0.targets.0.text", "Ít nhất 40% cán bộ quản lý là nữ"},
            {"tasks.0.title", "Tuyên truyền, phổ biến"},
            {"tasks.0.actions", "Sinh hoạt chuyên đề"},
            {"schedule.0.month", "3"},
            {"schedule.0.work", "Tọa đàm nhân Ngày Quốc tế Phụ nữ"},
            {"recipients", "Lưu: VT."},
            {"signer.title", "Hiệu trưởng"},
            {"signer.name", "Phạm Thu Hà"},
            {"op", "save"}};
  }
};

TEST_F(PlanPages, DraftPreviewIssueAndDownload) {
  auto editor = as("thcs.tanmy");
  auto list = editor.get("/plans");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Soạn kế hoạch mới"), std::string::npos);
  const int64_t id = new_draft(editor, "THCS-TANMY", "2027");
  const std::string base = "/plans/" + std::to_string(id);
  ASSERT_EQ(editor.form(base + "/edit", complete("Tân Mỹ", "2027")).status, 303);

  auto preview = editor.get(base);
  ASSERT_EQ(preview.status, 200);
  for (const char* s : {"KẾ HOẠCH", "Thực hiện công tác bình đẳng giới năm 2027", "Số:      /KH-", "CỘNG HÒA XÃ HỘI",
                        "Độc lập - Tự do - Hạnh phúc", "I. MỤC TIÊU", "- Chỉ tiêu: Ít nhất 40% cán bộ quản lý là nữ",
                        "LỊCH HOẠT ĐỘNG NĂM 2027", "Nơi nhận:", "HIỆU TRƯỞNG"})
    EXPECT_NE(preview.body.find(s), std::string::npos) << s;
  EXPECT_NE(preview.body.find("Phạm Thu Hà"), std::string::npos);
  EXPECT_NE(preview.body.find("class=\"doc-draft\">DỰ THẢO"), std::string::npos) << "a draft says so";
  EXPECT_GT(preview.body.find("PHỤ LỤC"), preview.body.find("Phạm Thu Hà")) << "the annex follows the signer";
  EXPECT_NE(preview.body.find("(Kèm theo Kế hoạch số      /KH-"), std::string::npos);
  EXPECT_NE(preview.body.find(base + "/edit"), std::string::npos) << "the editor may edit a draft";
  EXPECT_EQ(preview.body.find(base + "/issue"), std::string::npos) << "an editor does not issue";

  auto head = as("thcs.tanmy.ht");
  auto bad_date = head.form(base + "/issue", {{"date", "31/02/2027"}});
  EXPECT_EQ(bad_date.status, 422);
  EXPECT_NE(bad_date.body.find("Ngày ban hành không hợp lệ"), std::string::npos);
  auto issued = head.form(base + "/issue", {{"date", "05/01/2027"}});
  ASSERT_EQ(issued.status, 303) << issued.body;
  auto after = head.get(base);
  EXPECT_NE(after.body.find("Số: 01/KH-"), std::string::npos);
  EXPECT_NE(after.body.find("Tân Mỹ, ngày 05 tháng 01 năm 2027"), std::string::npos);
  EXPECT_NE(after.body.find("Đã ban hành"), std::string::npos);
  EXPECT_EQ(after.body.find("class=\"doc-draft\""), std::string::npos) << "issued: no DỰ THẢO";
  EXPECT_NE(after.body.find("(Kèm theo Kế hoạch số 01/KH-"), std::string::npos);
  EXPECT_EQ(head.form(base + "/issue", {{"date", "06/01/2027"}}).status, 409) << "issuing twice";
  EXPECT_EQ(editor.form(base + "/edit", complete("Tân Mỹ", "2027")).status, 409) << "issued is read-only";
  EXPECT_EQ(editor.get(base + "/edit").status, 303) << "the editor of an issued plan leads to its preview";

  auto docx = editor.get("/api/v1/plans/" + std::to_string(id) + "/docx");
  EXPECT_EQ(docx.status, 200);
  EXPECT_EQ(docx.body.substr(0, 2), "PK");

  auto version = editor.form(base + "/versions", {});
  ASSERT_EQ(version.status, 303);
  EXPECT_NE(version.header("location"), base + "/edit");
  auto listed = editor.get("/plans?org=THCS-TANMY");
  EXPECT_NE(listed.body.find("phiên bản 2"), std::string::npos);
}

TEST_F(PlanPages, SchoolsImplementTheDepartmentsPlanAndItSeesCoverage) {
  auto dept = as("so.quanly");
  const int64_t id = new_draft(dept, "SGD-AL", "2027");
  const std::string base = "/plans/" + std::to_string(id);
  auto fields = complete("An Lạc", "2027");
  fields["subject"] = "Bình đẳng giới trong ngành giáo dục tỉnh năm 2027";
  ASSERT_EQ(dept.form(base + "/edit", fields).status, 303);
  ASSERT_EQ(dept.form(base + "/issue", {{"date", "10/01/2027"}}).status, 303);

  auto school = as("thcs.tanmy");
  auto list = school.get("/plans");
  ASSERT_EQ(list.status, 200);
  EXPECT_NE(list.body.find("Bình đẳng giới trong ngành giáo dục tỉnh năm 2027"), std::string::npos);
  EXPECT_NE(list.body.find(base + "/implement"), std::string::npos);
  EXPECT_EQ(school.get(base).status, 200) << "an issued plan is read below";
  auto made = school.form(base + "/implement", {{"org", "THCS-TANMY"}});
  ASSERT_EQ(made.status, 303) << made.body;
  auto editor = school.get(made.header("location"));
  ASSERT_EQ(editor.status, 200);
  EXPECT_NE(editor.body.find("Thực hiện Kế hoạch số"), std::string::npos);
  EXPECT_NE(editor.body.find("Nâng tỷ lệ nữ cán bộ quản lý"), std::string::npos);

  auto preview = dept.get(base);
  EXPECT_NE(preview.body.find("Đơn vị trực thuộc đã ban hành kế hoạch thực hiện"), std::string::npos);
  EXPECT_NE(preview.body.find("Trường THCS Tân Mỹ"), std::string::npos);
  EXPECT_NE(preview.body.find("cov-draft"), std::string::npos);
  EXPECT_EQ(school.get(base).body.find("Đơn vị trực thuộc đã ban hành"), std::string::npos)
      << "coverage is the department's";
}

TEST_F(PlanPages, OthersDraftsAndBadIdsAreNotShown) {
  auto dept = as("so.quanly");
  const int64_t id = new_draft(dept, "SGD-AL", "2027");
  auto school = as("thcs.tanmy");
  EXPECT_EQ(school.get("/plans/" + std::to_string(id)).status, 403);
  EXPECT_EQ(school.get("/plans/abc").status, 404);
  EXPECT_EQ(school.get("/plans/99999999").status, 404);
  EXPECT_EQ(school.form("/plans", {{"org", "SGD-AL"}, {"year", "2027"}}).status, 403);
}

// Trình ký through the pages: the school's secretary sends, the principal
// sends back with a comment, then signs.
class PlanSigningPages : public LiveServerTest<PlanSigningPages> {};

TEST_F(PlanSigningPages, TheSecretarySendsThePrincipalSendsBackThenSigns) {
  auto editor = as("thcs.tanmy");
  auto head = as("thcs.tanmy.ht");
  auto created = editor.json("POST", "/api/v1/plans",
                             {{"org", "THCS-TANMY"},
                              {"year", 2027},
                              {"subject", "Thực hiện công tác bình đẳng giới năm 2027"},
                              {"place", "Tân Mỹ"},
                              {"objectives", {{{"title", "Nâng tỷ lệ nữ cán bộ quản lý"}}}},
                              {"signer", {{"title", "Hiệu trưởng"}, {"name", "Phạm Thu Hà"}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string base = "/plans/" + std::to_string(created.json()["id"].get<int64_t>());

  auto draft = editor.get(base).body;
  EXPECT_NE(draft.find("action=\"" + base + "/send-for-signature\""), std::string::npos);
  EXPECT_EQ(head.get(base).body.find(base + "/send-back"), std::string::npos) << "nothing to send back yet";

  ASSERT_EQ(editor.form(base + "/send-for-signature", {{"note", "Kính trình thầy Hiệu trưởng"}}).status, 303);
  auto waiting = editor.get(base).body;
  EXPECT_NE(waiting.find("Chờ ký"), std::string::npos);
  EXPECT_NE(waiting.find("Kính trình thầy Hiệu trưởng"), std::string::npos);
  EXPECT_EQ(waiting.find(base + "/edit"), std::string::npos) << "not edited while it waits";
  EXPECT_EQ(waiting.find(base + "/send-for-signature"), std::string::npos);
  EXPECT_EQ(editor.form(base + "/send-back", {{"comment", "Sửa"}}).status, 403) << "the secretary does not send back";

  auto signer = head.get(base).body;
  EXPECT_NE(signer.find("action=\"" + base + "/issue\""), std::string::npos);
  EXPECT_NE(signer.find("action=\"" + base + "/send-back\""), std::string::npos);
  auto bare = head.form(base + "/send-back", {{"comment", ""}});
  EXPECT_EQ(bare.status, 422);
  EXPECT_NE(bare.body.find("Cần ghi rõ cần sửa gì"), std::string::npos);
  ASSERT_EQ(head.form(base + "/send-back", {{"comment", "Bổ sung lịch hoạt động tháng 3"}}).status, 303);

  auto returned = editor.get(base).body;
  EXPECT_NE(returned.find("Đã bị trả lại để sửa"), std::string::npos);
  EXPECT_NE(returned.find("Bổ sung lịch hoạt động tháng 3"), std::string::npos);
  EXPECT_NE(returned.find(base + "/edit"), std::string::npos) << "a draft again";

  ASSERT_EQ(editor.form(base + "/send-for-signature", {{"note", ""}}).status, 303);
  ASSERT_EQ(head.form(base + "/issue", {{"date", "05/01/2027"}}).status, 303);
  EXPECT_NE(editor.get(base).body.find("Số: 01/KH-"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
