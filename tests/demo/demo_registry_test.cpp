// The demo's registers: committees (the department's re-composed),
// commendations, an inspection with an answered item, local hotlines and
// an incident officer whose one incident only shows as a count.
#include "demo/demo.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(DemoRegistry, CommitteesCommendationsInspectionHotlinesIncident) {
  auto t = make_app("sqlite", true);
  auto viewer = actor_of(*t.app, "so.xem", kAdminPassword);
  auto dept = t.app->committee().get(viewer, "SGD-AL", "2025-09-01");
  ASSERT_TRUE(dept.ok()) << dept.error().message;
  EXPECT_EQ(dept->members.size(), 5u);
  EXPECT_EQ(dept->history.size(), 9u);
  for (const char* school : {"THPT-ANLAC", "THCS-LONGSON", "MN-HOAMAI"})
    EXPECT_FALSE(t.app->committee().get(viewer, school)->members.empty()) << school;
  auto praised = t.app->commendations().list(viewer, "SGD-AL");
  EXPECT_EQ(praised->individuals_female, 2);
  EXPECT_EQ(praised->collectives, 1);
  auto checks = t.app->inspections().list(viewer, "SGD-AL");
  ASSERT_EQ(checks->by_unit.size(), 2u);
  auto done = checks->by_unit[0].record.status == "done" ? checks->by_unit[0] : checks->by_unit[1];
  ASSERT_EQ(done.record.followups.size(), 2u);
  EXPECT_EQ(done.record.followups[0].status, "done");
  auto poster = t.app->services().public_directory("THCS-TANMY");
  EXPECT_EQ(poster->rows.size(), 3u + 3u + 1u);
  EXPECT_TRUE(poster->displayed.value_or(false));
  for (const auto& r : poster->rows) EXPECT_TRUE(r.record.phone.starts_with("0") || r.record.phone.size() == 3);
  EXPECT_EQ(t.app->incidents().aggregate(viewer, "SGD-AL", 2025)->female, 1);
  auto officer = actor_of(*t.app, "thcs.tanmy.tv", kAdminPassword);
  EXPECT_EQ(t.app->incidents().list(officer, "THCS-TANMY")->rows.size(), 1u);
}

}  // namespace
}  // namespace bd::test
