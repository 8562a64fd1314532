// The report pages: a unit's list with deadlines, the report page with the
// buttons its reader may use, and the forms behind them.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class ReportPages : public LiveServerTest<ReportPages> {
 protected:
  static bool has(const HttpResult& r, const std::string& text) { return r.body.find(text) != std::string::npos; }
};

TEST_F(ReportPages, TheListShowsStatesAndDeadlines) {
  auto c = as("thcs.tanmy");
  auto page = c.get("/reports");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "Báo cáo định kỳ"));
  EXPECT_TRUE(has(page, "aria-current=\"page\">Báo cáo</a>")) << "nav entry";
  EXPECT_TRUE(has(page, "href=\"/reports/THCS-TANMY/2025S2\""));
  EXPECT_TRUE(has(page, "Đã nộp, chờ duyệt"));
  EXPECT_TRUE(has(page, "10/11/2025"));
  EXPECT_TRUE(has(page, "Nộp đúng hạn"));
  EXPECT_FALSE(has(page, "Tình hình nộp báo cáo")) << "a school has no children to follow";
  EXPECT_EQ(c.get("/reports?org=SGD-AL").status, 403);
  auto dept = as("so.pheduyet").get("/reports?org=SGD-AL");
  EXPECT_EQ(dept.status, 200);
  EXPECT_TRUE(has(dept, "action=\"/reports/completeness\""));
}

TEST_F(ReportPages, TheReportPageShowsWhatTheReaderMayDo) {
  auto editor = as("thcs.tanmy");
  auto own = editor.get("/reports/THCS-TANMY/2025S2");
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(has(own, "Báo cáo 6 tháng cuối năm 2025"));
  EXPECT_TRUE(has(own, "Đã nộp, chờ duyệt"));
  EXPECT_TRUE(has(own, "Kết quả đạt được"));
  EXPECT_TRUE(has(own, "Nhân sự theo giới tính"));
  EXPECT_TRUE(has(own, "Chỉ tiêu của đơn vị"));
  EXPECT_FALSE(has(own, "<textarea name=\"results\"")) << "submitted: read only";
  EXPECT_FALSE(has(own, "/approve\"")) << "no approve button for the school itself";
  auto dept = as("so.pheduyet").get("/reports/THCS-TANMY/2025S2");
  EXPECT_TRUE(has(dept, "action=\"/reports/THCS-TANMY/2025S2/approve\""));
  EXPECT_TRUE(has(dept, "action=\"/reports/THCS-TANMY/2025S2/return\""));
  auto returned = as("so.xem").get("/reports/TH-HOAVAN/2025S2");
  EXPECT_TRUE(has(returned, "Ý kiến của cấp trên"));
  EXPECT_TRUE(has(returned, "Bị trả lại"));
  EXPECT_EQ(editor.get("/reports/SGD-AL/2025S2").status, 403);
  EXPECT_EQ(editor.get("/reports/THCS-TANMY/2025X").status, 400);
}

TEST_F(ReportPages, ADepartmentsDraftSaysHowItsUnitsReportsCameIn) {
  auto page = as("so.capnhat").get("/reports/SGD-AL/2026S1");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find(" đơn vị đã gửi báo cáo"), std::string::npos) << "the results draft names who reported";
  EXPECT_NE(page.body.find("chưa gửi"), std::string::npos) << "2026S1 is not yet in: units are named";
  // With figures in (the second half of 2025): where the units below stand
  // on each target, and the change since the half-year before.
  auto figures = as("so.capnhat").get("/reports/SGD-AL/2025S2");
  ASSERT_EQ(figures.status, 200);
  EXPECT_NE(figures.body.find("Về tỷ lệ nữ cán bộ quản lý: "), std::string::npos)
      << figures.body.substr(figures.body.find("name=\"results\""), 3000);
  EXPECT_NE(figures.body.find(" đơn vị trực thuộc"), std::string::npos);
  EXPECT_NE(figures.body.find("so với 6 tháng đầu năm 2025"), std::string::npos) << "the period just before";
  auto school = as("thcs.tanmy").get("/reports/THCS-TANMY/2026S1");
  EXPECT_EQ(school.body.find("đơn vị đã gửi báo cáo"), std::string::npos) << "a school has no units below";
  EXPECT_EQ(school.body.find("đơn vị trực thuộc đạt"), std::string::npos);
}

TEST_F(ReportPages, TheReportListsThePeriodsActivities) {
  auto dept = as("so.xem").get("/reports/THPT-ANLAC/2025S2");
  ASSERT_EQ(dept.status, 200);
  EXPECT_TRUE(has(dept, "Hoạt động trong kỳ"));
  EXPECT_TRUE(has(dept, "Khảo sát nhu cầu học thạc sĩ, tiến sĩ của giáo viên"));
  EXPECT_TRUE(has(dept, "Số hoạt động đã thực hiện: <strong>1</strong>"));
  EXPECT_FALSE(has(dept, "Tập huấn lồng ghép giới trong giảng dạy")) << "a 2026 activity is not in 2025's report";
  auto none = as("thcs.tanmy").get("/reports/THCS-TANMY/2026S1");
  EXPECT_TRUE(has(none, "Chưa ghi hoạt động nào trong kỳ."));
  EXPECT_TRUE(has(none, "href=\"/activities/new?org=THCS-TANMY\"")) << "the editor is offered to record one";
}

TEST_F(ReportPages, SaveSubmitReturnThroughTheForms) {
  auto editor = as("thcs.tanmy");
  auto page = editor.get("/reports/THCS-TANMY/2026S1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "<textarea name=\"results\""));
  EXPECT_TRUE(has(page, "/reports/THCS-TANMY/2026S1/submit"));
  auto saved = editor.form("/reports/THCS-TANMY/2026S1", {{"results", "Tọa đàm 8/3"}, {"proposals", ""}});
  ASSERT_EQ(saved.status, 303);
  EXPECT_EQ(saved.header("location"), "/reports/THCS-TANMY/2026S1?done=save");
  auto after = editor.get("/reports/THCS-TANMY/2026S1?done=save");
  EXPECT_TRUE(has(after, "Đã lưu nội dung báo cáo."));
  EXPECT_TRUE(has(after, ">Tọa đàm 8/3</textarea>"));
  // What the report lacks is listed above the button, and asked about.
  EXPECT_TRUE(has(after, "Trước khi nộp: báo cáo còn thiếu"));
  EXPECT_TRUE(has(after, "href=\"/data?org=THCS-TANMY&amp;set=NHANSU&amp;period=2026S1\">Nhân sự theo giới tính</a> (0/"))
      << "no 2026 figures in the demo";
  EXPECT_TRUE(has(after, "Chưa có nội dung mục “Tồn tại, hạn chế và nguyên nhân”"));
  EXPECT_FALSE(has(after, "Chưa có nội dung mục “Kết quả đạt được”")) << "written and saved";
  EXPECT_TRUE(has(after, "name=\"accept_gaps\""));
  auto unasked = editor.form("/reports/THCS-TANMY/2026S1/submit", {});
  EXPECT_EQ(unasked.status, 422);
  EXPECT_TRUE(has(unasked, "Báo cáo chưa đầy đủ"));
  EXPECT_EQ(editor.get("/api/v1/reports/THCS-TANMY/2026S1").json()["status"], "draft") << "nothing submitted";
  EXPECT_EQ(editor.form("/reports/THCS-TANMY/2026S1/submit", {{"accept_gaps", "1"}}).status, 303);
  auto dept = as("so.pheduyet");
  auto bare = dept.form("/reports/THCS-TANMY/2026S1/return", {{"comment", ""}});
  EXPECT_EQ(bare.status, 422);
  EXPECT_TRUE(has(bare, "Cần ghi rõ lý do trả lại"));
  EXPECT_EQ(dept.form("/reports/THCS-TANMY/2026S1/return", {{"comment", "Bổ sung"}}).status, 303);
  EXPECT_EQ(editor.form("/reports/THCS-TANMY/2026S1/approve", {}).status, 403);
  EXPECT_EQ(dept.form("/reports/THCS-TANMY/2026S1/approve", {}).status, 409);
  EXPECT_EQ(dept.form("/reports/THCS-TANMY/2026S1/explode", {}).status, 404);
}

TEST_F(ReportPages, AnEmptySectionOpensDraftedAndARedraftIsShownBeforeItReplaces) {
  auto admin = as("admin");
  const std::string url = "/reports/THPT-LETHANHTONG/2025S2";  // not started in the demo
  auto page = admin.get(url);
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "<textarea name=\"results\" rows=\"6\" >- Đạt ")) << "drafted from the figures";
  EXPECT_TRUE(has(page, "Bản nháp soạn tự động từ số liệu"));
  EXPECT_FALSE(has(page, "name=\"redraft\"")) << "a drafted section needs no redraft";
  // Her own proposals, then "Soạn lại từ số liệu": the draft beside them, nothing replaced or saved.
  auto shown = admin.form(url, {{"results", "Kết quả riêng."}, {"proposals", "Đề nghị riêng."}, {"redraft", "proposals"}});
  ASSERT_EQ(shown.status, 200);
  EXPECT_TRUE(has(shown, "Bản soạn lại từ số liệu (chưa thay vào mục này):"));
  EXPECT_TRUE(has(shown, ">Đề nghị riêng.</textarea>"));
  EXPECT_TRUE(has(shown, ">Kết quả riêng.</textarea>"));
  EXPECT_TRUE(has(shown, "name=\"use_draft\" value=\"proposals\""));
  // "Dùng bản soạn lại": put in the box, still not saved.
  auto put = admin.form(url, {{"results", "Kết quả riêng."}, {"proposals", "Đề nghị riêng."}, {"use_draft", "proposals"}});
  ASSERT_EQ(put.status, 200);
  EXPECT_FALSE(has(put, ">Đề nghị riêng.</textarea>"));
  EXPECT_TRUE(has(put, ">Kết quả riêng.</textarea>")) << "another section is kept as typed";
  EXPECT_TRUE(has(put, "Đã đưa bản soạn lại vào ô"));
  auto stored = admin.get("/api/v1/reports/THPT-LETHANHTONG/2025S2");
  ASSERT_EQ(stored.status, 200);
  EXPECT_EQ(stored.json()["stored"], false) << "nothing was saved";
  EXPECT_NE(stored.json()["draft"]["results"].get<std::string>().find("chỉ tiêu"), std::string::npos);
}

TEST_F(ReportPages, AnApprovedReportSaysItReadsAsApprovedAndListsItsApprovals) {
  auto editor = as("thcs.tanmy"), dept = as("so.pheduyet");
  ASSERT_EQ(editor.form("/reports/THCS-TANMY/2026S1/submit", {{"accept_gaps", "1"}}).status, 303);
  ASSERT_EQ(dept.form("/reports/THCS-TANMY/2026S1/approve", {}).status, 303);
  auto approved = editor.get("/reports/THCS-TANMY/2026S1");
  ASSERT_EQ(approved.status, 200);
  EXPECT_TRUE(has(approved, "Báo cáo giữ nguyên như khi được duyệt lần 1 ngày ")) << approved.body;
  EXPECT_TRUE(has(approved, "href=\"/reports/THCS-TANMY/2026S1?version=1\" aria-current=\"page\""));
  ASSERT_EQ(dept.form("/reports/THCS-TANMY/2026S1/reopen", {{"reason", "Điều chỉnh"}}).status, 303);
  auto live = editor.get("/reports/THCS-TANMY/2026S1");
  EXPECT_FALSE(has(live, "Báo cáo giữ nguyên")) << "a reopened report is live";
  EXPECT_TRUE(has(live, "Các lần duyệt"));
  auto earlier = editor.get("/reports/THCS-TANMY/2026S1?version=1");
  ASSERT_EQ(earlier.status, 200);
  EXPECT_TRUE(has(earlier, "Đây là bản đã duyệt lần 1 ngày "));
  EXPECT_TRUE(has(earlier, ">Xem báo cáo hiện hành</a>"));
  EXPECT_FALSE(has(earlier, "/reports/THCS-TANMY/2026S1/submit")) << "read only";
  EXPECT_EQ(editor.get("/reports/THCS-TANMY/2026S1?version=2").status, 404);
  EXPECT_EQ(editor.get("/reports/THCS-TANMY/2026S1?version=x").status, 400);
}

TEST_F(ReportPages, TheCompletenessCrumbIsForThoseWhoMaySeeIt) {
  const std::string link = "href=\"/reports/completeness?org=SGD-AL&amp;period=2026S1\"";
  auto school = as("thcs.tanmy");
  auto own = school.get("/reports/THCS-TANMY/2026S1");
  ASSERT_EQ(own.status, 200);
  EXPECT_FALSE(has(own, "/reports/completeness?")) << "a school's users cannot open the department's completeness";
  EXPECT_EQ(school.get("/reports/completeness?org=SGD-AL&period=2026S1").status, 403) << "where it led";
  auto dept = as("so.pheduyet").get("/reports/THCS-TANMY/2026S1");
  ASSERT_EQ(dept.status, 200);
  EXPECT_TRUE(has(dept, link)) << dept.body.substr(0, 600);
}

TEST_F(ReportPages, EnglishStringsExist) {
  auto c = as("thcs.tanmy");
  c.get("/lang/en");
  auto page = c.get("/reports/THCS-TANMY/2025S2");
  EXPECT_TRUE(has(page, "Submitted, awaiting approval")) << page.body.substr(0, 300);
  EXPECT_TRUE(has(page, "Data forms due"));
}

// With a server of its own: the catalog it changes is shared by every report.
class RequiredElements : public LiveServerTest<RequiredElements> {
 protected:
  static bool has(const HttpResult& r, const std::string& text) { return r.body.find(text) != std::string::npos; }
};

TEST_F(RequiredElements, ABlankRequiredElementStopsTheSubmissionAndSaysWhichOne) {
  auto manager = as("so.quanly");
  EXPECT_EQ(as("thcs.tanmy").json("PUT", "/api/v1/datasets/NHANSU/required", {{"required", {"staff_total"}}}).status,
            403)
      << "an editor does not change the catalog";
  auto bad = manager.json("PUT", "/api/v1/datasets/NHANSU/required", {{"required", {"students_total"}}});
  EXPECT_EQ(bad.status, 422) << "not in the form";
  EXPECT_EQ(manager.json("PUT", "/api/v1/datasets/NOPE/required", {{"required", nlohmann::json::array()}}).status, 404);
  auto set = manager.json("PUT", "/api/v1/datasets/NHANSU/required", {{"required", {"staff_total", "staff_managers"}}});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["required"], nlohmann::json({"staff_total", "staff_managers"}));

  auto editor = as("thcs.tanmy");
  auto page = editor.get("/reports/THCS-TANMY/2026S1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page, "bắt buộc, chưa nhập: Tổng số cán bộ, giáo viên, nhân viên; Cán bộ quản lý"));
  EXPECT_TRUE(has(page, "Chưa nộp được: hãy nhập đủ các chỉ tiêu bắt buộc"));
  EXPECT_FALSE(has(page, "action=\"/reports/THCS-TANMY/2026S1/submit\"")) << "no button while blocked";
  auto report = editor.get("/api/v1/reports/THCS-TANMY/2026S1").json();
  EXPECT_EQ(report["gaps"]["blocked"], true);
  auto refused = editor.json("POST", "/api/v1/reports/THCS-TANMY/2026S1/submit", nlohmann::json::object());
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Biểu Nhân sự theo giới tính: chưa nhập Tổng số cán bộ"), std::string::npos)
      << refused.body;

  // Entered, the report goes up (the other gaps only ask).
  auto saved = editor.json("POST", "/api/v1/datavalues",
                           {{"values",
                             {{{"element", "staff_total"}, {"sex", "female"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 31}},
                              {{"element", "staff_total"}, {"sex", "male"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 9}},
                              {{"element", "staff_managers"}, {"sex", "female"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 2}},
                              {{"element", "staff_managers"}, {"sex", "male"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 1}}}}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(editor.get("/api/v1/reports/THCS-TANMY/2026S1").json()["gaps"]["blocked"], false);
  EXPECT_EQ(editor.json("POST", "/api/v1/reports/THCS-TANMY/2026S1/submit", nlohmann::json::object()).status, 200);
}

}  // namespace
}  // namespace bd::test
