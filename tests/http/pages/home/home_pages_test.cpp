// The home page over the demo on Friday 29/05/2026: what each user's unit
// needs doing, in Vietnamese, each with the link or button that does it; and
// "Không có việc cần làm" when nothing is left.
#include <gtest/gtest.h>

#include <regex>

#include "support/http_client.h"

namespace bd::test {
namespace {


// The demo's home pages on Friday 29/05/2026.
class HomePage : public LiveServerTest<HomePage> {
 public:
  static const app::Clock* clock() {
    static FakeClock c;
    c.t = vietnam_morning("2026-05-29");
    return &c;
  }
};

TEST_F(HomePage, ASchoolWithoutItsPlanIsOfferedTheDepartmentsPlan) {
  auto c = as("thcs.longson");
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  const auto& b = r.body;
  EXPECT_TRUE(has(b, "Xin chào, Phan Thị Thanh Huyền")) << b;
  EXPECT_TRUE(has(b, R"(<a href="/orgunits/THCS-LONGSON">Trường THCS Long Sơn</a>)"));
  EXPECT_TRUE(has(b, "trực thuộc Sở Giáo dục và Đào tạo tỉnh An Lạc")) << "after the reform";
  EXPECT_TRUE(has(b, R"(<a href="/" aria-current="page">)"));
  EXPECT_TRUE(has(b, "Hôm nay là 29/05/2026"));
  EXPECT_TRUE(has(b, "<strong>Đơn vị chưa có kế hoạch năm 2026</strong>")) << b;
  EXPECT_TRUE(has(b, "Sở Giáo dục và Đào tạo tỉnh An Lạc đã ban hành Kế hoạch số 01/KH-SGDĐT ngày 08/01/2026."));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(b, m, std::regex(R"re(<form method="post" action="/plans/(\d+)/implement")re")));
  EXPECT_TRUE(has(b, R"(<input type="hidden" name="org" value="THCS-LONGSON">)"));
  EXPECT_TRUE(has(b, ">Soạn kế hoạch của đơn vị từ kế hoạch này</button>"));
  EXPECT_TRUE(has(b, "<a class=\"agenda-link\" href=\"/plans/" + m[1].str() + "\">Xem kế hoạch cấp trên</a>"));
  // The half-year report, with the days left.
  EXPECT_TRUE(has(b,
                  "<strong>Báo cáo 6 tháng đầu năm 2026</strong> <span class=\"agenda-when\">— hạn 10/06/2026, "
                  "còn 12 ngày</span>"))
      << b;
  EXPECT_TRUE(has(b, R"(<a class="agenda-link" href="/reports/THCS-LONGSON/2026S1">Soạn và nộp báo cáo</a>)"));
  EXPECT_FALSE(has(b, "đang chờ duyệt")) << "an editor approves nothing";
  EXPECT_TRUE(has(b, "Chỉ tiêu của đơn vị")) << "the targets below the agenda";
  EXPECT_TRUE(has(b, R"(href="/orgunits/THCS-LONGSON/targets?period=)"));
  EXPECT_FALSE(has(b, "/users")) << "an editor has no user management link";
  EXPECT_TRUE(b.find("Đơn vị chưa có kế hoạch") < b.find("Báo cáo 6 tháng đầu năm 2026")) << "the plan first";

  // The button drafts the school's plan; the item then links to its editor.
  const auto made = c.form("/plans/" + m[1].str() + "/implement", {{"org", "THCS-LONGSON"}});
  ASSERT_EQ(made.status, 303) << made.body;
  const std::string editor = made.header("location");
  ASSERT_TRUE(std::regex_match(editor, std::regex(R"(/plans/\d+/edit)"))) << editor;
  const auto after = c.get("/").body;
  EXPECT_FALSE(has(after, "Đơn vị chưa có kế hoạch năm 2026"));
  EXPECT_TRUE(has(after, "Kế hoạch năm 2026 của đơn vị đang là dự thảo, chưa ban hành")) << after;
  EXPECT_TRUE(has(after, "<a class=\"agenda-link\" href=\"" + editor + "\">Tiếp tục soạn</a>"));
}

TEST_F(HomePage, TheDepartmentsApproverSeesReportsToApproveAndSchoolsToChase) {
  const auto b = as("so.pheduyet").get("/").body;
  EXPECT_TRUE(has(b, "<strong>3 báo cáo 6 tháng cuối năm 2025 đang chờ duyệt</strong>")) << b;
  for (const char* org : {"THCS-TANMY", "TH-BINHAN", "THPT-NGOCKHE"})
    EXPECT_TRUE(has(b, std::string("href=\"/reports/") + org + "/2025S2\"")) << org;
  EXPECT_TRUE(has(b, R"(href="/reports/completeness?org=SGD-AL&amp;period=2025S2">Xem tình hình nộp báo cáo</a>)"));
  // Five schools never sent 2025S2; two were late. TH-HOAVAN's came back, but
  // it was sent on time: a return does not make it overdue.
  EXPECT_TRUE(has(b, "<strong>Báo cáo 6 tháng cuối năm 2025: 5/17 đơn vị trực thuộc quá hạn chưa nộp</strong>")) << b;
  EXPECT_TRUE(has(b, "— hạn 10/11/2025, quá hạn 200 ngày"));
  EXPECT_TRUE(has(b, "2 đơn vị đã nộp muộn.")) << "THCS-VANHA and THPT-NGOCKHE";
  EXPECT_TRUE(has(b, "<strong>Báo cáo năm 2025: 21/21 đơn vị trực thuộc quá hạn chưa nộp</strong>"))
      << "the schools and the communes: " << b;
  EXPECT_FALSE(has(b, "6 tháng cuối năm 2024")) << "due more than a year ago: left to the reports page";
  EXPECT_TRUE(has(b, "Xem danh sách và lời nhắc"));
  EXPECT_TRUE(has(b, "Trường THPT Lê Thánh Tông"));
  // The inspecting side: the open follow-up item at THCS-TANMY.
  EXPECT_TRUE(has(b, "Trường THCS Tân Mỹ chưa hoàn thành việc khắc phục sau kiểm tra ngày 12/11/2025"));
}

TEST_F(HomePage, AViewerOfTheDepartmentSeesNeitherApprovalsNorReminders) {
  const auto b = as("so.xem").get("/").body;
  EXPECT_FALSE(has(b, "đang chờ duyệt")) << b;
  EXPECT_FALSE(has(b, "quá hạn chưa nộp"));
  EXPECT_FALSE(has(b, "chưa hoàn thành việc khắc phục"));
  EXPECT_TRUE(has(b, "Báo cáo 6 tháng đầu năm 2026")) << "the department's own report, to read";
  EXPECT_TRUE(has(b, R"(<a class="agenda-link" href="/reports/SGD-AL/2026S1">Xem báo cáo</a>)"));
}

TEST_F(HomePage, ASchoolWithItsPlanSeesItsFollowUpItem) {
  const auto b = as("thcs.tanmy").get("/").body;
  EXPECT_FALSE(has(b, "chưa có kế hoạch năm 2026")) << "issued on 19/01/2026";
  EXPECT_TRUE(has(b, "Việc cần khắc phục sau kiểm tra của Sở Giáo dục và Đào tạo tỉnh An Lạc ngày 12/11/2025")) << b;
  EXPECT_TRUE(has(b, "<blockquote class=\"agenda-quote\">Cử thành viên Ban còn lại dự tập huấn về bình đẳng giới"));
  EXPECT_TRUE(has(b, "— hạn 31/03/2026, quá hạn 59 ngày"));
  EXPECT_TRUE(has(b, ">Ghi kết quả khắc phục</a>"));
  EXPECT_TRUE(has(b, "agenda-item agenda-followup overdue"));
  EXPECT_FALSE(has(b, "Niêm yết số Tổng đài quốc gia")) << "the item answered as done";
}

TEST_F(HomePage, PinnedExplorerViewsOpenInOneClick) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("thpt.anlac", kAdminPassword));
  EXPECT_FALSE(has(c.get("/").body, "pinned-views")) << "nothing pinned, no card";
  const std::string q = "items=staff_total&org=THPT-ANLAC&depth=1&periods=2025&chart=bar";
  ASSERT_EQ(c.form("/explorer/views", {{"name", "Cán bộ của trường"}, {"query", q}, {"pinned", "1"}}).status, 303);
  ASSERT_EQ(c.form("/explorer/views", {{"name", "Không ghim"}, {"query", q}}).status, 303);
  const auto body = c.get("/").body;
  EXPECT_TRUE(has(body, "<a href=\"/explorer?items=staff_total&amp;org=THPT-ANLAC&amp;depth=1&amp;periods=2025&amp;chart=bar\">"
                        "Cán bộ của trường</a>"))
      << body;
  EXPECT_FALSE(has(body, "Không ghim")) << "only the pinned ones";
}

TEST_F(HomePage, AnonymousIsSentToLoginWithNext) {
  HttpClient c(port());
  const auto r = c.get("/");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login?next=%2F");
  const auto login = c.get("/login?next=%2F");
  EXPECT_TRUE(has(login.body, R"(name="next" value="/")")) << "the form keeps where to go";
}

TEST_F(HomePage, EnglishWhenTheLanguageCookieSaysSo) {
  auto c = as("thcs.tanmy");
  c.cookies()["bd_lang"] = "en";
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, R"(<html lang="en">)"));
  EXPECT_TRUE(has(r.body, "Report for First half of 2026")) << r.body;
  EXPECT_TRUE(has(r.body, "due 10/06/2026, 12 days left"));
  EXPECT_FALSE(has(r.body, "Xin chào"));
}

// A fresh database: the ministry's admin, nothing below.
class HomePageEmpty : public LiveServerTest<HomePageEmpty, false> {
 public:
  static const app::Clock* clock() {
    static FakeClock c;
    c.t = vietnam_morning("2026-05-29");
    return &c;
  }
};

TEST_F(HomePageEmpty, NothingToDoOnceThePlanIsIssued) {
  auto c = as("admin");
  auto b = c.get("/").body;
  EXPECT_TRUE(has(b, "<strong>Đơn vị chưa có kế hoạch năm 2026</strong>")) << b;
  EXPECT_FALSE(has(b, "Cấp trên chưa ban hành")) << "the root has no parent";
  EXPECT_TRUE(has(b, R"(<form method="post" action="/plans" class="inline">)")) << "a new plan, from scratch";
  EXPECT_TRUE(has(b, ">Soạn kế hoạch mới</button>"));
  EXPECT_FALSE(has(b, "Không có việc cần làm"));
  const nlohmann::json plan = {{"org", "BGDDT"},
                               {"year", 2026},
                               {"subject", "Công tác bình đẳng giới năm 2026"},
                               {"place", "Hà Nội"},
                               {"objectives", {{{"title", "Tăng tỉ lệ nữ cán bộ quản lý"}}}},
                               {"signer", {{"title", "Bộ trưởng"}, {"name", "Nguyễn Văn A"}}}};
  const auto made = c.json("POST", "/api/v1/plans", plan);
  ASSERT_EQ(made.status, 201) << made.body;
  const auto issued = c.json("POST", "/api/v1/plans/" + std::to_string(made.json()["id"].get<int64_t>()) + "/issue",
                             nlohmann::json::object());
  ASSERT_EQ(issued.status, 200) << issued.body;
  b = c.get("/").body;
  EXPECT_TRUE(has(b, "<strong>Không có việc cần làm</strong>")) << b;
  for (const char* link : {R"(<a href="/plans">)", R"(<a href="/reports">)", R"(<a href="/calendar">)"})
    EXPECT_TRUE(has(b, link)) << link;
}

}  // namespace
}  // namespace bd::test
