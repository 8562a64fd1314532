// The activity calendar over HTTP: the month grid, the list, the .ics file,
// and "Thêm vào hoạt động" on observances and plan schedule items.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class CalendarPages : public LiveServerTest<CalendarPages> {
 protected:
  static bool has(const std::string& body, const std::string& s) { return body.find(s) != std::string::npos; }
};

TEST_F(CalendarPages, TheMonthGridStartsOnMondayAndShowsObservances) {
  auto c = as("thcs.tanmy");
  auto page = c.get("/calendar?org=THCS-TANMY&month=2026-03&view=month");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_TRUE(has(page.body, "Tháng 3 năm 2026"));
  EXPECT_TRUE(has(page.body, "<span role=\"columnheader\">T2</span><span role=\"columnheader\">T3</span>"));
  EXPECT_TRUE(has(page.body, "<span role=\"columnheader\">CN</span></div>"));
  EXPECT_TRUE(has(page.body, "CN, 08/03/2026"));
  EXPECT_TRUE(has(page.body, "Ngày Quốc tế Phụ nữ"));
  EXPECT_TRUE(has(page.body, "Ngày Quốc tế Hạnh phúc"));
  EXPECT_TRUE(has(page.body, "T2, 23/02/2026")) << "the first week starts on the Monday before the 1st";
  EXPECT_TRUE(has(page.body, "href=\"/calendar?org=THCS-TANMY&amp;month=2026-02&amp;view=month\""));
  EXPECT_TRUE(has(page.body, "href=\"/calendar?org=THCS-TANMY&amp;month=2026-04&amp;view=month\""));
  EXPECT_TRUE(has(page.body, "href=\"/calendar.ics?org=THCS-TANMY&amp;year=2026\""));
  EXPECT_TRUE(has(page.body, "href=\"/calendar\" aria-current=\"page\""));
  EXPECT_TRUE(has(page.body, "<option value=\"THCS-TANMY\" selected>"));
  auto nov = c.get("/calendar?org=THCS-TANMY&month=2026-11");
  EXPECT_TRUE(has(nov.body, "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"));
  EXPECT_TRUE(has(nov.body, "15/11/2026 – 15/12/2026"));
  EXPECT_TRUE(has(nov.body, "Hạn gửi báo cáo: Nhân sự theo giới tính — 6 tháng cuối năm 2026"));
}

TEST_F(CalendarPages, TheListShowsPlanWorkAndDeadlinesInOrder) {
  auto c = as("thcs.tanmy");
  auto plan = c.json("POST", "/api/v1/plans",
                     {{"org", "THCS-TANMY"},
                      {"year", 2026},
                      {"subject", "Kế hoạch công tác bình đẳng giới năm 2026"},
                      {"schedule", {{{"month", 6}, {"work", "Tổ chức Ngày hội gia đình"}, {"responsible", "Công đoàn"}}}}});
  ASSERT_EQ(plan.status, 201) << plan.body;
  auto page = c.get("/calendar?org=THCS-TANMY&month=2026-06&view=list");
  ASSERT_EQ(page.status, 200) << page.body;
  const size_t children = page.body.find("01/06/2026");
  const size_t due = page.body.find("10/06/2026");
  const size_t family = page.body.find("28/06/2026");
  ASSERT_NE(children, std::string::npos);
  ASSERT_NE(due, std::string::npos);
  ASSERT_NE(family, std::string::npos);
  EXPECT_LT(children, due);
  EXPECT_LT(due, family);
  EXPECT_TRUE(has(page.body, "Tổ chức Ngày hội gia đình"));
  EXPECT_TRUE(has(page.body, "01/06/2026 – 30/06/2026")) << "a schedule item covers its month";
  EXPECT_TRUE(has(page.body, "Phụ trách: Công đoàn. Dự thảo kế hoạch: Kế hoạch công tác bình đẳng giới năm 2026."));
  EXPECT_TRUE(has(page.body, "Hạn gửi báo cáo: Nhân sự theo giới tính — 6 tháng đầu năm 2026"));
  EXPECT_FALSE(has(page.body, "role=\"columnheader\"")) << "no grid in the list view";
}

TEST_F(CalendarPages, AnObservanceOrAScheduleItemBecomesAPlannedActivity) {
  auto c = as("thcs.tanmy");
  const std::string women = "name=\"calendar_item\" value=\"obs:intl_women_day:2026\"";
  auto list = c.get("/calendar?org=THCS-TANMY&month=2026-03&view=list");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_TRUE(has(list.body, women));
  EXPECT_TRUE(has(list.body, "<form method=\"post\" action=\"/activities\" class=\"cal-add\"><input type=\"hidden\" "
                             "name=\"_csrf\" value=\"" + c.csrf() + "\"><input type=\"hidden\" name=\"org\" "
                             "value=\"THCS-TANMY\">"));
  EXPECT_TRUE(has(list.body, "Thêm vào hoạt động"));
  EXPECT_FALSE(has(list.body, "value=\"due-")) << "deadlines are not activities";

  auto added = c.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:intl_women_day:2026"}});
  ASSERT_EQ(added.status, 303) << added.body;
  const std::string loc = added.header("location");
  ASSERT_TRUE(loc.starts_with("/activities/") && loc.ends_with("?added=1")) << loc;
  const std::string href = loc.substr(0, loc.find('?'));
  auto activity = c.get(loc);
  ASSERT_EQ(activity.status, 200);
  EXPECT_TRUE(has(activity.body, "Đã thêm vào danh sách hoạt động với trạng thái Dự kiến."));
  EXPECT_TRUE(has(activity.body, "Hưởng ứng Ngày Quốc tế Phụ nữ"));
  EXPECT_TRUE(has(activity.body, "value=\"08/03/2026\""));
  EXPECT_TRUE(has(activity.body, "<option value=\"planned\" selected>"));

  for (const char* view : {"list", "month"}) {
    auto again = c.get(std::string("/calendar?org=THCS-TANMY&month=2026-03&view=") + view);
    EXPECT_FALSE(has(again.body, women)) << view << ": no second button";
    EXPECT_TRUE(has(again.body, "href=\"" + href + "\">Xem hoạt động đã thêm</a>")) << view;
    EXPECT_TRUE(has(again.body, "value=\"obs:intl_happiness_day:2026\"")) << view << ": the other day keeps its button";
  }
  EXPECT_EQ(c.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:intl_women_day:2026"}}).status, 409);

  // A schedule item of the school's plan: its work becomes the activity.
  auto plan = c.json("POST", "/api/v1/plans",
                     {{"org", "THCS-TANMY"},
                      {"year", 2026},
                      {"subject", "Kế hoạch truyền thông năm 2026"},
                      {"schedule", {{{"month", 9}, {"work", "Tập huấn kỹ năng phòng, chống xâm hại"}, {"responsible", "Đoàn trường"}}}}});
  ASSERT_EQ(plan.status, 201) << plan.body;
  const std::string item = "plan:" + std::to_string(plan.json()["id"].get<int64_t>()) + ":0";
  auto sept = c.get("/calendar?org=THCS-TANMY&month=2026-09");
  EXPECT_TRUE(has(sept.body, "value=\"" + item + "\"")) << "in the month's spans";
  auto from_plan = c.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", item}});
  ASSERT_EQ(from_plan.status, 303) << from_plan.body;
  auto planned = c.get(from_plan.header("location"));
  EXPECT_TRUE(has(planned.body, "Tập huấn kỹ năng phòng, chống xâm hại"));
  EXPECT_TRUE(has(planned.body, "value=\"01/09/2026\""));
  EXPECT_TRUE(has(planned.body, "<option value=\"training\" selected>"));
  EXPECT_FALSE(has(c.get("/calendar?org=THCS-TANMY&month=2026-09").body, "value=\"" + item + "\""));
}

TEST_F(CalendarPages, OnlyThoseWhoRecordTheUnitsActivitiesGetTheButton) {
  auto head = as("thcs.tanmy.ht");  // the school's approver
  auto page = head.get("/calendar?org=THCS-TANMY&month=2026-10&view=list");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Ngày Phụ nữ Việt Nam"));
  EXPECT_FALSE(has(page.body, "calendar_item"));
  EXPECT_EQ(head.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:vn_women_day:2026"}}).status, 403);
  auto viewer = as("so.xem");
  auto dept = viewer.get("/calendar?org=SGD-AL&month=2026-10&view=list");
  ASSERT_EQ(dept.status, 200);
  EXPECT_FALSE(has(dept.body, "calendar_item"));
  EXPECT_EQ(viewer.form("/activities", {{"org", "SGD-AL"}, {"calendar_item", "obs:vn_women_day:2026"}}).status, 403);
  auto outsider = as("thpt.anlac");
  EXPECT_EQ(outsider.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:vn_women_day:2026"}}).status,
            403);
}

TEST_F(CalendarPages, EnglishHeadersWhenEnglishIsChosen) {
  auto c = as("thcs.tanmy");
  EXPECT_EQ(c.get("/lang/en?next=/calendar").status, 303);
  auto page = c.get("/calendar?org=THCS-TANMY&month=2026-03");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "March 2026"));
  EXPECT_TRUE(has(page.body, "<span role=\"columnheader\">Mon</span>"));
  EXPECT_TRUE(has(page.body, "Sun, 08/03/2026"));
}

TEST_F(CalendarPages, OutsidersAndBadMonthsAreRefused) {
  auto c = as("thcs.tanmy");
  EXPECT_EQ(c.get("/calendar?org=SGD-AL&month=2026-03").status, 403);
  EXPECT_EQ(c.get("/calendar?org=NO-SUCH&month=2026-03").status, 404);
  EXPECT_EQ(c.get("/calendar?month=2026-3x").status, 400);
  EXPECT_EQ(c.get("/calendar.ics?org=SGD-AL&year=2026").status, 403);
  EXPECT_EQ(c.get("/calendar.ics?org=THCS-TANMY&year=abc").status, 400);
  auto own = c.get("/calendar");
  EXPECT_EQ(own.status, 200);
  EXPECT_TRUE(has(own.body, "aria-current=\"date\"")) << "today is marked";
}

TEST_F(CalendarPages, TheIcsFileIsAnICalendarWithStableUids) {
  auto c = as("thcs.tanmy");
  auto ics = c.get("/calendar.ics?org=THCS-TANMY&year=2026");
  ASSERT_EQ(ics.status, 200) << ics.body;
  EXPECT_EQ(ics.header("content-type"), "text/calendar; charset=utf-8");
  EXPECT_TRUE(has(ics.header("content-disposition"), "filename=\"lich-THCS-TANMY-2026.ics\""));
  EXPECT_TRUE(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
  EXPECT_TRUE(ics.body.ends_with("END:VCALENDAR\r\n"));
  EXPECT_TRUE(has(ics.body, "\r\nVERSION:2.0\r\n"));
  EXPECT_TRUE(has(ics.body, "\r\nBEGIN:VEVENT\r\n"));
  EXPECT_TRUE(has(ics.body, "\r\nUID:obs-intl_women_day-2026-THCS-TANMY@binhdang\r\n"));
  EXPECT_TRUE(has(ics.body, "\r\nDTSTART;VALUE=DATE:20260308\r\nDTEND;VALUE=DATE:20260309\r\n"));
  EXPECT_TRUE(has(ics.body, "\r\nSUMMARY:Ngày Quốc tế Phụ nữ\r\n"));
  EXPECT_TRUE(has(ics.body, "UID:due-NHANSU-2026S1-THCS-TANMY@binhdang"));

  HttpClient script(port());
  auto token = c.json("POST", "/api/v1/tokens", {{"name", "Lịch"}});
  ASSERT_EQ(token.status, 201);
  script.set_bearer(token.json()["token"]);
  auto again = script.get("/calendar.ics?org=THCS-TANMY&year=2026");
  ASSERT_EQ(again.status, 200) << "a bearer token works too";
  auto uids = [](const std::string& body) {
    std::string out;
    for (size_t p = body.find("\r\nUID:"); p != std::string::npos; p = body.find("\r\nUID:", p + 1))
      out += body.substr(p, body.find("\r\n", p + 2) - p);
    return out;
  };
  EXPECT_EQ(uids(again.body), uids(ics.body)) << "UIDs are stable across requests";
}

}  // namespace
}  // namespace bd::test
