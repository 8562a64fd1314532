// The inspection pages: the department plans and records an inspection of a
// school, updates it with its results, the school answers each follow-up
// item; refused forms keep what was typed; others may not write.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class InspectionPages : public LiveServerTest<InspectionPages> {
 protected:
  static bool has(const std::string& body, const std::string& s) { return body.find(s) != std::string::npos; }
};

std::map<std::string, std::string> planned() {
  return {{"by_org", "SGD-AL"},
          {"org", "THCS-TANMY"},
          {"status", "planned"},
          {"date", "15/04/2027"},
          {"team", "Bà Nguyễn Thị Thu Hà, trưởng đoàn; ông Phạm Văn Dũng"},
          {"scope", "Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2027"},
          {"findings", ""},
          {"recommendations", ""},
          {"f.0.id", ""},
          {"f.0.text", "Gửi kế hoạch năm 2027 về Sở"},
          {"f.0.due", "31/03/2027"},
          {"f.0.status", "open"},
          {"f.1.id", ""},
          {"f.1.text", ""},
          {"f.1.due", ""},
          {"f.1.status", "open"}};
}

TEST_F(InspectionPages, TheSchoolAnswersAFollowUpItem) {
  auto school = as("thcs.tanmy");
  auto page = school.get("/inspections/1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Niêm yết số Tổng đài quốc gia bảo vệ trẻ em 111"));
  EXPECT_TRUE(has(page.body, "Hạn hoàn thành 15/12/2025"));
  EXPECT_FALSE(has(page.body, "id=\"cap-nhat\"")) << "the inspected school does not edit the inspection";
  auto answer = school.form("/inspections/1/followups/2", {{"response", "Đã đăng ký tập huấn"}, {"status", "in_progress"}});
  EXPECT_EQ(answer.status, 303);
  EXPECT_TRUE(has(school.get("/inspections/1").body, "Đã đăng ký tập huấn"));
  auto list = school.get("/inspections?org=THCS-TANMY");
  EXPECT_EQ(list.status, 200);
  EXPECT_FALSE(has(list.body, "Ghi cuộc kiểm tra")) << "a school inspects nobody";
}

TEST_F(InspectionPages, TheDepartmentPlansThenRecordsAnInspection) {
  auto approver = as("so.pheduyet");
  auto list = approver.get("/inspections?org=SGD-AL");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(has(list.body, "Ghi cuộc kiểm tra"));
  EXPECT_TRUE(has(list.body, "action=\"/inspections#ghi-kiem-tra\""));
  EXPECT_TRUE(has(list.body, "<option value=\"THCS-TANMY\" >"));
  EXPECT_FALSE(has(list.body, "<option value=\"SGD-AL\" >")) << "a unit does not inspect itself";
  EXPECT_TRUE(has(list.body, "name=\"f.2.text\"")) << "three blank follow-up rows";

  // A planned inspection has no findings yet: refused, nothing lost.
  auto early = planned();
  early["findings"] = "Chưa có kế hoạch năm 2027";
  auto bad = approver.form("/inspections", early);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has(bad.body, "Cuộc kiểm tra dự kiến chưa có kết quả; chọn trạng thái Đã kiểm tra."));
  EXPECT_TRUE(has(bad.body, "<details class=\"card\" id=\"ghi-kiem-tra\" open>"));
  EXPECT_TRUE(has(bad.body, "<option value=\"THCS-TANMY\" selected>"));
  EXPECT_TRUE(has(bad.body, "value=\"15/04/2027\""));
  EXPECT_TRUE(has(bad.body, ">Bà Nguyễn Thị Thu Hà, trưởng đoàn; ông Phạm Văn Dũng</textarea>"));
  EXPECT_TRUE(has(bad.body, ">Chưa có kế hoạch năm 2027</textarea>"));
  EXPECT_TRUE(has(bad.body, ">Gửi kế hoạch năm 2027 về Sở</textarea>"));
  EXPECT_TRUE(has(bad.body, "<select name=\"status\" aria-invalid=\"true\">"));
  // A bad due date: the message is on the item's row.
  auto late = planned();
  late["f.0.due"] = "31/02/2027";
  bad = approver.form("/inspections", late);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has(bad.body, "<fieldset class=\"member-row invalid\">\n      <legend>Việc mới 1</legend>\n      "
                            "<p class=\"error\" role=\"alert\">Việc thứ 1: Hạn hoàn thành không hợp lệ (dd/mm/yyyy).</p>"))
      << bad.body;
  EXPECT_TRUE(has(bad.body, "value=\"31/02/2027\""));

  auto saved = approver.form("/inspections", planned());
  ASSERT_EQ(saved.status, 303) << saved.body;
  const std::string loc = saved.header("location");
  ASSERT_TRUE(loc.starts_with("/inspections/") && loc.ends_with("?saved=1#main")) << loc;
  const std::string url = loc.substr(0, loc.find('?'));
  auto page = approver.get(loc.substr(0, loc.find('#')));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Đã lưu cuộc kiểm tra."));
  EXPECT_TRUE(has(page.body, "Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2027"));
  EXPECT_TRUE(has(page.body, "15/04/2027"));
  EXPECT_TRUE(has(page.body, "Gửi kế hoạch năm 2027 về Sở · Hạn hoàn thành 31/03/2027"));
  EXPECT_TRUE(has(page.body, "id=\"cap-nhat\""));
  EXPECT_TRUE(has(approver.get("/inspections?org=SGD-AL").body, "15/04/2027 — Trường THCS Tân Mỹ"));

  // The school answers the item; then the department records the results.
  auto json = approver.get("/api/v1" + url).json();
  const int64_t item = json["followups"][0]["id"];
  auto school = as("thcs.tanmy");
  ASSERT_EQ(school.form(url + "/followups/" + std::to_string(item), {{"response", "Đã gửi ngày 20/03/2027"}, {"status", "done"}})
                .status,
            303);
  std::map<std::string, std::string> results = planned();
  results.erase("org");
  results.erase("by_org");
  results["status"] = "done";
  results["findings"] = "Nhà trường đã gửi kế hoạch; chưa tổ chức tập huấn cho giáo viên mới.";
  results["recommendations"] = "Tổ chức tập huấn trong học kỳ II.";
  results["f.0.id"] = std::to_string(item);
  results["f.0.status"] = "done";
  results["f.1.text"] = "Tập huấn về bình đẳng giới cho giáo viên mới";
  results["f.1.due"] = "30/06/2027";
  // Refused first: a follow-up without its text.
  auto missing = results;
  missing["f.1.text"] = "";
  bad = approver.form(url, missing);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has(bad.body, "Việc thứ 2: Việc cần khắc phục không được để trống."));
  EXPECT_TRUE(has(bad.body, "<details class=\"card\" id=\"cap-nhat\" open>"));
  EXPECT_TRUE(has(bad.body, ">Nhà trường đã gửi kế hoạch; chưa tổ chức tập huấn cho giáo viên mới.</textarea>"));
  EXPECT_TRUE(has(bad.body, "value=\"30/06/2027\""));
  auto updated = approver.form(url, results);
  ASSERT_EQ(updated.status, 303) << updated.body;
  auto done = approver.get(url);
  EXPECT_TRUE(has(done.body, "Nhà trường đã gửi kế hoạch; chưa tổ chức tập huấn cho giáo viên mới."));
  EXPECT_TRUE(has(done.body, "Tổ chức tập huấn trong học kỳ II."));
  EXPECT_TRUE(has(done.body, "Tập huấn về bình đẳng giới cho giáo viên mới · Hạn hoàn thành 30/06/2027"));
  EXPECT_TRUE(has(done.body, "Đã gửi ngày 20/03/2027")) << "the school's answer is kept";
  EXPECT_TRUE(has(done.body, "<span class=\"tag\">Đã kiểm tra</span>"));

  // Dropping an item.
  results["f.0.remove"] = "1";
  ASSERT_EQ(approver.form(url, results).status, 303);
  auto fewer = approver.get("/api/v1" + url).json();
  ASSERT_EQ(fewer["followups"].size(), 1u);
  EXPECT_EQ(fewer["followups"][0]["text"], "Tập huấn về bình đẳng giới cho giáo viên mới");
}

TEST_F(InspectionPages, OnlyTheParentsApproversAndManagersWrite) {
  auto editor = as("so.capnhat");  // the department's editor
  EXPECT_FALSE(has(editor.get("/inspections?org=SGD-AL").body, "Ghi cuộc kiểm tra"));
  auto refused = editor.form("/inspections", planned());
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(has(refused.body, "Chỉ người quản lý hoặc phê duyệt của đơn vị cấp trên mới được ghi kết quả kiểm tra."));
  auto update = planned();
  update["status"] = "done";
  EXPECT_EQ(editor.form("/inspections/2", update).status, 403);
  EXPECT_FALSE(has(editor.get("/inspections/2").body, "id=\"cap-nhat\""));
  auto school = as("thcs.tanmy");
  EXPECT_EQ(school.form("/inspections", planned()).status, 403);
  EXPECT_EQ(school.form("/inspections/1", update).status, 403) << "the inspected school only answers";
  auto other = as("thpt.anlac");
  EXPECT_EQ(other.form("/inspections/1", update).status, 404) << "another school's inspection is not found";
  auto manager = as("so.quanly");
  EXPECT_TRUE(has(manager.get("/inspections/2").body, "id=\"cap-nhat\""));
}

}  // namespace
}  // namespace bd::test
