// The activity calendar: observances, plan schedule items in their months,
// report deadlines on their due dates, and the scope check.
#include "app/fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

json plan(int year) {
  return {{"year", year},
          {"subject", "Thực hiện công tác bình đẳng giới năm " + std::to_string(year)},
          {"place", "Tân Mỹ"},
          {"objectives", {{{"title", "Nâng cao nhận thức"}}}},
          {"signer", {{"authority", "KT."}, {"title", "Hiệu trưởng"}, {"deputy_title", "Phó Hiệu trưởng"},
                      {"name", "Lâm Thị Hồng Nhung"}}},
          {"schedule", {{{"month", 3}, {"work", "Tọa đàm nhân Ngày Quốc tế Phụ nữ"}, {"responsible", "Công đoàn"}},
                        {{"month", 11}, {"work", "Hưởng ứng Tháng hành động"}, {"responsible", "Đoàn trường"}}}}};
}

class CalendarTest : public ::testing::Test {
 protected:
  void SetUp() override { t_ = make_app("sqlite", true, &clock_); }
  app::Calendar& calendar() { return t_.app->calendar(); }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, kAdminPassword); }
  static std::vector<const app::CalendarEvent*> titled(const app::CalendarView& v, const std::string& title) {
    std::vector<const app::CalendarEvent*> out;
    for (const auto& e : v.events)
      if (e.title == title) out.push_back(&e);
    return out;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(CalendarTest, AYearHoldsTheObservancesInDateOrder) {
  auto v = calendar().year(as("thcs.tanmy"), "THCS-TANMY", 2026);
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_EQ(v->unit.code, "THCS-TANMY");
  int observances = 0;
  for (const auto& e : v->events) observances += e.kind == app::EventKind::kObservance;
  EXPECT_EQ(observances, 7);
  auto women = titled(*v, "Ngày Phụ nữ Việt Nam");
  ASSERT_EQ(women.size(), 1u);
  EXPECT_EQ(women[0]->start, (Date{2026, 10, 20}));
  EXPECT_EQ(women[0]->uid, "obs-vn_women_day-2026-THCS-TANMY@binhdang");
  auto month = titled(*v, "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới");
  ASSERT_EQ(month.size(), 1u);
  EXPECT_EQ(month[0]->end, (Date{2026, 12, 15}));
  for (size_t i = 1; i < v->events.size(); ++i) EXPECT_LE(v->events[i - 1].start, v->events[i].start);
}

TEST_F(CalendarTest, APlansScheduleItemCoversItsMonth) {
  auto draft = t_.app->plans().create(as("thcs.tanmy"), "THCS-TANMY", plan(2026));
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  auto march = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 3);
  ASSERT_TRUE(march.ok()) << march.error().message;
  auto items = titled(*march, "Tọa đàm nhân Ngày Quốc tế Phụ nữ");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]->kind, app::EventKind::kPlan);
  EXPECT_EQ(items[0]->start, (Date{2026, 3, 1}));
  EXPECT_EQ(items[0]->end, (Date{2026, 3, 31}));
  EXPECT_TRUE(items[0]->draft);
  EXPECT_EQ(items[0]->responsible, "Công đoàn");
  EXPECT_EQ(items[0]->plan_id, draft->record.id);
  EXPECT_EQ(app::event_description(*items[0]),
            "Phụ trách: Công đoàn. Dự thảo kế hoạch: Thực hiện công tác bình đẳng giới năm 2026.");
  EXPECT_TRUE(titled(*march, "Hưởng ứng Tháng hành động").empty()) << "November's item stays in November";

  auto issued = t_.app->plans().issue(as("thcs.tanmy.ht"), draft->record.id, "05/01/2026");
  ASSERT_TRUE(issued.ok()) << issued.error().message;
  auto nov = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 11);
  auto item = titled(*nov, "Hưởng ứng Tháng hành động");
  ASSERT_EQ(item.size(), 1u);
  EXPECT_FALSE(item[0]->draft);
  const std::string number = issued->number_line.substr(std::string("Số: ").size());  // after the demo's plans
  EXPECT_TRUE(number.ends_with("/KH-THCSTM")) << number;
  EXPECT_EQ(item[0]->plan_number, number);
  EXPECT_NE(app::event_description(*item[0]).find("Kế hoạch số " + number), std::string::npos);
  EXPECT_EQ(item[0]->uid, "plan-" + std::to_string(draft->record.id) + "-1@binhdang");
  EXPECT_TRUE(titled(*calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2027, 3), "Tọa đàm nhân Ngày Quốc tế Phụ nữ")
                  .empty())
      << "a plan's schedule belongs to its year";

  auto next = t_.app->plans().new_version(as("thcs.tanmy"), draft->record.id);
  ASSERT_TRUE(next.ok()) << next.error().message;
  ASSERT_TRUE(t_.app->plans().issue(as("thcs.tanmy.ht"), next->record.id, "01/02/2026").ok());
  auto after = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 11);
  EXPECT_EQ(titled(*after, "Hưởng ứng Tháng hành động").size(), 1u) << "the superseded version is left out";
}

TEST_F(CalendarTest, ObservancesAndScheduleItemsLeadToTheActivityPlannedFromThem) {
  auto draft = t_.app->plans().create(as("thcs.tanmy"), "THCS-TANMY", plan(2026));
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  auto march = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 3);
  ASSERT_TRUE(march.ok()) << march.error().message;
  EXPECT_TRUE(march->can_add_activities);
  auto women = titled(*march, "Ngày Quốc tế Phụ nữ");
  auto talk = titled(*march, "Tọa đàm nhân Ngày Quốc tế Phụ nữ");
  ASSERT_EQ(women.size(), 1u);
  ASSERT_EQ(talk.size(), 1u);
  EXPECT_EQ(women[0]->item, "obs:intl_women_day:2026");
  EXPECT_EQ(talk[0]->item, "plan:" + std::to_string(draft->record.id) + ":0");
  EXPECT_EQ(women[0]->activity_id, 0);
  EXPECT_EQ(talk[0]->activity_id, 0);
  auto june = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 6);
  for (const auto& e : june->events) {
    if (e.kind == app::EventKind::kDeadline) {
      EXPECT_TRUE(e.item.empty()) << e.title;
    }
  }

  auto a = t_.app->activities().from_calendar(as("thcs.tanmy"), "THCS-TANMY", women[0]->item);
  auto b = t_.app->activities().from_calendar(as("thcs.tanmy"), "THCS-TANMY", talk[0]->item);
  ASSERT_TRUE(a.ok()) << a.error().message;
  ASSERT_TRUE(b.ok()) << b.error().message;
  auto again = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 3);
  EXPECT_EQ(titled(*again, "Ngày Quốc tế Phụ nữ")[0]->activity_id, a->record.id);
  EXPECT_EQ(titled(*again, "Tọa đàm nhân Ngày Quốc tế Phụ nữ")[0]->activity_id, b->record.id);
  EXPECT_EQ(titled(*again, "Ngày Quốc tế Hạnh phúc")[0]->activity_id, 0);
  auto next_year = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2027, 3);
  EXPECT_EQ(titled(*next_year, "Ngày Quốc tế Phụ nữ")[0]->activity_id, 0) << "each year's observance is its own";

  EXPECT_FALSE(calendar().month(as("thcs.tanmy.ht"), "THCS-TANMY", 2026, 3)->can_add_activities)
      << "the head approves, the secretary records";
  EXPECT_FALSE(calendar().month(as("so.xem"), "THCS-TANMY", 2026, 3)->can_add_activities);
}

TEST_F(CalendarTest, ADataSetsDeadlineFallsOnItsDueDate) {
  auto june = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 6);
  ASSERT_TRUE(june.ok()) << june.error().message;
  auto due = titled(*june, "Hạn gửi báo cáo: Nhân sự theo giới tính — 6 tháng đầu năm 2026");
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0]->kind, app::EventKind::kDeadline);
  EXPECT_EQ(due[0]->start, (Date{2026, 6, 10}));
  EXPECT_EQ(due[0]->end, due[0]->start);
  EXPECT_EQ(due[0]->period, "2026S1");
  EXPECT_EQ(due[0]->uid, "due-NHANSU-2026S1-THCS-TANMY@binhdang");
  auto dec = calendar().month(as("thcs.tanmy"), "THCS-TANMY", 2026, 12);
  EXPECT_EQ(titled(*dec, "Hạn gửi báo cáo: Điều kiện thực hiện tại cơ sở — Năm 2026").size(), 1u) << "schools only";
  auto province = calendar().month(as("so.xem"), "SGD-AL", 2026, 12);
  ASSERT_TRUE(province.ok());
  EXPECT_TRUE(titled(*province, "Hạn gửi báo cáo: Điều kiện thực hiện tại cơ sở — Năm 2026").empty())
      << "a department does not submit the schools' form";
}

TEST_F(CalendarTest, OutsidersAndBadRangesAreRefused) {
  EXPECT_EQ(calendar().year(as("thcs.tanmy"), "SGD-AL", 2026).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(calendar().year(as("thpt.anlac"), "THCS-TANMY", 2026).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(calendar().year(as("so.xem"), "NO-SUCH-UNIT", 2026).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(calendar().year(as("so.xem"), "THCS-TANMY", 2026).ok()) << "the department sees its schools";
  EXPECT_EQ(calendar().between(as("so.xem"), "", {2026, 5, 1}, {2026, 4, 1}).error().code, ErrorCode::kValidation);
  EXPECT_EQ(calendar().between(as("so.xem"), "", {2020, 1, 1}, {2026, 1, 1}).error().code, ErrorCode::kValidation);
  EXPECT_EQ(calendar().month(as("so.xem"), "", 2026, 13).error().code, ErrorCode::kValidation);
  auto own = calendar().month(as("thcs.tanmy"), "", 2026, 3);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->unit.code, "THCS-TANMY") << "no unit means one's own";
}

}  // namespace
}  // namespace bd::test
