// What done activities feed into the catalog (derived_values): which element
// each type × audience reaches, sums by sex, the caps by the unit's totals,
// and what feeds nothing. The round trip through the store is in
// activities_test.cpp.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <optional>

#include "app/activities/activities.h"

namespace bd::test {
namespace {

ActivityRecord activity(ActivityType type, Audience audience, int female, int male,
                        ActivityStatus status = ActivityStatus::kDone) {
  ActivityRecord a;
  a.type = type;
  a.status = status;
  a.audience = {audience};
  a.of(audience) = {female, male};
  return a;
}

std::optional<double> fed(const std::vector<app::FedValue>& out, const std::string& element,
                          const std::string& option) {
  for (const auto& v : out)
    if (v.element == element && v.option == option) return v.value;
  return std::nullopt;
}

TEST(ActivityFeed, EachTypeAndAudienceFeedsItsElement) {
  const std::vector<ActivityRecord> done{
      activity(ActivityType::kTraining, Audience::kStaff, 12, 3),
      activity(ActivityType::kTraining, Audience::kStudents, 6, 4),
      activity(ActivityType::kObservance, Audience::kStudents, 100, 90),
      activity(ActivityType::kContest, Audience::kStudents, 20, 15),
      activity(ActivityType::kCommunication, Audience::kParents, 40, 25),
  };
  const auto out = app::derived_values(done, {});
  EXPECT_EQ(fed(out, "staff_trained_ge", "female"), 12);
  EXPECT_EQ(fed(out, "staff_trained_ge", "male"), 3);
  EXPECT_EQ(fed(out, "students_communicators", "female"), 6);
  EXPECT_EQ(fed(out, "students_reached", "female"), 120) << "observance and contest add up";
  EXPECT_EQ(fed(out, "students_reached", "male"), 105);
  EXPECT_EQ(fed(out, "parents_reached", ""), 65) << "parents are counted without sex";
  EXPECT_EQ(fed(out, "parents_reached", "female"), std::nullopt);
  EXPECT_EQ(out.size(), 7u);
  for (const auto& v : out)
    EXPECT_NE(std::find(app::fed_elements().begin(), app::fed_elements().end(), v.element), app::fed_elements().end())
        << v.element;
}

TEST(ActivityFeed, SumsAreCappedByTheUnitsTotals) {
  const std::vector<ActivityRecord> done{activity(ActivityType::kTraining, Audience::kStaff, 30, 9),
                                         activity(ActivityType::kTraining, Audience::kStaff, 25, 2)};
  const std::map<std::string, double> totals{{"staff_total.female", 40}, {"staff_total.male", 20}};
  const auto out = app::derived_values(done, totals);
  EXPECT_EQ(fed(out, "staff_trained_ge", "female"), 40) << "the same people attend several sessions";
  EXPECT_EQ(fed(out, "staff_trained_ge", "male"), 11) << "under the cap: the sum";
  // Without a total entered there is nothing to cap by.
  EXPECT_EQ(fed(app::derived_values(done, {}), "staff_trained_ge", "female"), 55);
  // Parents are capped by their total without sex.
  const auto parents = app::derived_values({activity(ActivityType::kClub, Audience::kParents, 50, 50)},
                                           {{"parents_total.", 80}});
  EXPECT_EQ(fed(parents, "parents_reached", ""), 80);
}

TEST(ActivityFeed, OtherTypesAudiencesAndStatesFeedNothing) {
  const std::vector<ActivityRecord> none{
      activity(ActivityType::kMeeting, Audience::kStaff, 5, 1),
      activity(ActivityType::kSurvey, Audience::kStaff, 40, 20),
      activity(ActivityType::kInspection, Audience::kStudents, 10, 10),
      activity(ActivityType::kObservance, Audience::kStaff, 30, 5),       // staff at an event are not "trained"
      activity(ActivityType::kCommunication, Audience::kCommunity, 200, 150),
      activity(ActivityType::kTraining, Audience::kStaff, 9, 9, ActivityStatus::kPlanned),
      activity(ActivityType::kTraining, Audience::kStaff, 9, 9, ActivityStatus::kCancelled),
  };
  EXPECT_TRUE(app::derived_values(none, {}).empty());
  EXPECT_TRUE(app::derived_values({}, {{"staff_total.female", 10}}).empty());
}

}  // namespace
}  // namespace bd::test
