// The demo's activities (demo_activities.cpp): the done ones with their
// people, the observances planned from the 2026 calendar, THCS-TANMY left
// without activities for the browser tests, the 2026S1 figures the done ones
// feed, and that a calendar item is planned only once.
#include "demo/demo.h"

#include <algorithm>
#include <map>
#include <optional>

#include "app/fixture.h"

namespace bd::test {
namespace {

class DemoActivities : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock_ = std::make_unique<FakeClock>();  // 01/01/2026
    t_ = std::make_unique<TestApp>(make_app("sqlite", true, clock_.get()));
  }
  static void TearDownTestSuite() {
    t_.reset();
    clock_.reset();
  }

  static std::vector<app::ActivityView> of(const std::string& org, bool subtree = false, int year = 0) {
    app::ActivityFilter f;
    f.year = year;
    f.subtree = subtree;
    auto r = t_->app->activities().list(app::Actor::System(), org, f);
    EXPECT_TRUE(r.ok()) << org << ": " << r.error().message;
    return r ? r->items : std::vector<app::ActivityView>{};
  }
  static std::optional<app::ActivityView> titled(const std::string& org, const std::string& title) {
    for (auto& v : of(org))
      if (v.record.title == title) return v;
    return std::nullopt;
  }
  // A number of `org` for 2026S1, if entered.
  static std::optional<double> value(const std::string& org, const std::string& element, const std::string& option) {
    auto r = t_->app->values().get(app::Actor::System(), org, "2026S1");
    EXPECT_TRUE(r.ok()) << r.error().message;
    if (!r) return std::nullopt;
    for (const auto& v : *r)
      if (v.element == element && v.option == option) return v.number;
    return std::nullopt;
  }
  static int count(ActivityStatus s) {
    int n = 0;
    for (const auto& v : of("SGD-AL", true)) n += v.record.status == s;
    return n;
  }

  static inline std::unique_ptr<FakeClock> clock_;
  static inline std::unique_ptr<TestApp> t_;
};

TEST_F(DemoActivities, DoneActivitiesKeepTheirDatesOrganiserAndPeople) {
  EXPECT_EQ(count(ActivityStatus::kDone), 7);
  EXPECT_EQ(count(ActivityStatus::kCancelled), 0);

  auto talk = titled("TH-TANMY", "Tọa đàm hưởng ứng Ngày Quốc tế Phụ nữ 8/3");
  ASSERT_TRUE(talk);
  const ActivityRecord& r = talk->record;
  EXPECT_EQ(r.type, ActivityType::kObservance);
  EXPECT_EQ(r.status, ActivityStatus::kDone);
  EXPECT_EQ(r.start, "2026-03-06");
  EXPECT_EQ(r.end, "2026-03-06");
  EXPECT_EQ(r.organiser, "Công đoàn trường");
  EXPECT_FALSE(r.description.empty());
  EXPECT_EQ(r.of(Audience::kStudents), (Participants{210, 196}));
  EXPECT_EQ(r.of(Audience::kParents), (Participants{60, 22}));
  EXPECT_EQ(r.of(Audience::kStaff), (Participants{0, 0}));
  EXPECT_TRUE(r.has_audience(Audience::kStudents));
  EXPECT_TRUE(r.has_audience(Audience::kParents));
  EXPECT_FALSE(r.has_audience(Audience::kStaff)) << "no one came from the staff";
  EXPECT_EQ(r.updated_by, "system");

  auto survey = titled("THPT-ANLAC", "Khảo sát nhu cầu học thạc sĩ, tiến sĩ của giáo viên");
  ASSERT_TRUE(survey);
  EXPECT_EQ(survey->record.type, ActivityType::kSurvey);
  EXPECT_EQ(survey->record.start, "2025-09-15");
  EXPECT_EQ(survey->record.end, "2025-09-26");
  EXPECT_EQ(survey->record.of(Audience::kStaff), (Participants{48, 21}));

  auto contest = titled("THCS-LONGSON", "Hội thi \"Tìm hiểu về bình đẳng giới\" cấp trường");
  ASSERT_TRUE(contest);
  EXPECT_EQ(contest->record.type, ActivityType::kContest);
  EXPECT_EQ(contest->record.end, "2026-03-27");

  // Three in 2025, four in the first half of 2026.
  int in_2025 = 0, in_2026 = 0;
  for (const auto& v : of("SGD-AL", true, 2025)) in_2025 += v.record.status == ActivityStatus::kDone;
  for (const auto& v : of("SGD-AL", true, 2026)) in_2026 += v.record.status == ActivityStatus::kDone;
  EXPECT_EQ(in_2025, 3);
  EXPECT_EQ(in_2026, 4);
}

TEST_F(DemoActivities, ObservancesOf2026ArePlannedFromTheCalendar) {
  EXPECT_EQ(count(ActivityStatus::kPlanned), 5);
  std::map<std::string, std::vector<std::string>> planned;  // org → observance codes
  for (const auto& v : of("SGD-AL", true)) {
    if (v.record.status != ActivityStatus::kPlanned) continue;
    EXPECT_EQ(v.record.type, ActivityType::kObservance) << v.record.title;
    EXPECT_TRUE(v.record.start.starts_with("2026-")) << v.record.start;
    EXPECT_EQ(v.record.organiser, v.unit.name) << "the unit organises what it planned";
    EXPECT_TRUE(v.record.title.starts_with("Hưởng ứng ")) << v.record.title;
    planned[v.unit.code].push_back(v.record.observance);
  }
  for (auto& [org, codes] : planned) std::sort(codes.begin(), codes.end());
  EXPECT_EQ(planned, (std::map<std::string, std::vector<std::string>>{
                         {"TH-TANMY", {"gender_equality_month", "vn_women_day"}},
                         {"THPT-ANLAC", {"gender_equality_month"}},
                         {"THCS-LONGSON", {"vn_family_day"}},
                         {"MN-HOAMAI", {"intl_children_day"}}}));

  auto month = titled("TH-TANMY", "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực "
                                  "trên cơ sở giới");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->record.start, "2026-11-15");
  EXPECT_EQ(month->record.end, "2026-12-15");

  // Each item once: planning it again is refused.
  auto again = t_->app->activities().from_calendar(app::Actor::System(), "TH-TANMY", "obs:vn_women_day:2026");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
}

TEST_F(DemoActivities, TheBrowserTestsSchoolHasNone) {
  EXPECT_TRUE(of("THCS-TANMY").empty());
  EXPECT_FALSE(value("THCS-TANMY", "students_reached", "female").has_value());
  EXPECT_FALSE(value("THCS-TANMY", "parents_reached", "").has_value());
}

TEST_F(DemoActivities, DoneActivitiesOf2026FeedTheFirstHalfYear) {
  // Each sum is capped by the unit's totals, so: present, positive, at most what came.
  auto within = [](std::optional<double> v, double most) { return v && *v > 0 && *v <= most; };
  EXPECT_TRUE(within(value("TH-TANMY", "students_reached", "female"), 210));
  EXPECT_TRUE(within(value("TH-TANMY", "students_reached", "male"), 196));
  EXPECT_TRUE(within(value("TH-TANMY", "parents_reached", ""), 82));
  EXPECT_TRUE(within(value("THPT-ANLAC", "staff_trained_ge", "female"), 52));
  EXPECT_TRUE(within(value("THPT-ANLAC", "staff_trained_ge", "male"), 20));
  EXPECT_TRUE(within(value("THCS-LONGSON", "students_reached", "female"), 310));
  EXPECT_TRUE(within(value("MN-HOAMAI", "parents_reached", ""), 205));
}

TEST_F(DemoActivities, TheDemoIsNotAddedTwice) {
  const int before = count(ActivityStatus::kDone) + count(ActivityStatus::kPlanned);
  auto again = app::build_demo(*t_->app, {kAdminPassword});
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_FALSE(again->created);
  EXPECT_EQ(count(ActivityStatus::kDone) + count(ActivityStatus::kPlanned), before);
}

}  // namespace
}  // namespace bd::test
