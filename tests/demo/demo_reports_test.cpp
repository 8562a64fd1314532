// The demo's reports: every state is there, so completeness has something
// to show, and approved periods are locked.
#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(DemoReports, EveryStateAndLocks) {
  FakeClock clock;  // 01/01/2026
  auto t = make_app("sqlite", true, &clock);
  const auto admin = app::Actor::System();
  auto s2 = t.app->reports().completeness(admin, "SGD-AL", "2025S2");
  ASSERT_TRUE(s2.ok()) << s2.error().message;
  EXPECT_EQ(s2->children.approved, 8);
  EXPECT_EQ(s2->children.submitted, 11);
  EXPECT_EQ(s2->children.late, 2);
  EXPECT_EQ(s2->children.returned, 1);
  EXPECT_EQ(s2->children.missing, 5);
  EXPECT_EQ(s2->children.not_required, 1);
  EXPECT_EQ(s2->children.expected, 17);
  // The first half of 2025 ended before the reform (01/07/2025): the
  // department's children were then the two offices, the upper secondary
  // schools and the centre; the offices' schools reported to them.
  auto s1 = t.app->reports().completeness(admin, "SGD-AL", "2025S1");
  EXPECT_EQ(s1->children.approved, 7);
  EXPECT_EQ(s1->children.late, 1);
  EXPECT_EQ(s1->subtree.approved, 19);
  EXPECT_EQ(s1->subtree.late, 3);
  auto office = t.app->reports().completeness(admin, "PGD-NGOCKHE", "2025S1");
  ASSERT_TRUE(office.ok());
  EXPECT_EQ(office->children.expected, 6);
  EXPECT_EQ(office->children.approved, 6);
  auto r = t.app->reports().get(admin, "TH-HOAVAN", "2025S2");
  EXPECT_EQ(r->record.status, ReportStatus::kReturned);
  EXPECT_FALSE(r->record.comment.empty());
  EXPECT_NE(r->narrative["results"].get<std::string>().find("Tháng hành động"), std::string::npos);
  EXPECT_TRUE(t.app->reports().get(admin, "TH-TANMY", "2025S2")->locked);
  EXPECT_FALSE(t.app->reports().get(admin, "THCS-TANMY", "2025S2")->locked) << "submitted, not yet approved";
}

}  // namespace
}  // namespace bd::test
