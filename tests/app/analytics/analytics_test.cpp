// The application's analytics: loading from storage, refreshing on another
// node's notice, and target states.
#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(AppAnalytics, ALoadSeesWhatIsStored) {
  auto t = make_app("sqlite", true);
  app::Analytics fresh(*t.store);
  ASSERT_TRUE(fresh.load().ok());
  const Period y = *parse_period("2025");
  const int64_t dept = id_of(t, "SGD-AL");
  EXPECT_EQ(fresh.element("staff_total", "", dept, y), t.app->analytics().element("staff_total", "", dept, y));
  EXPECT_TRUE(fresh.element("staff_total", "female", dept, y));
  auto v = fresh.indicator("pct_women_managers", dept, y);
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(*v, *t.app->analytics().indicator("pct_women_managers", dept, y));
}

TEST(AppAnalytics, ANoticeRefreshesOneUnitAndPeriod) {
  auto t = make_app("sqlite", true);
  app::Analytics other(*t.store);  // another node's view of the same database
  ASSERT_TRUE(other.load().ok());
  ASSERT_TRUE(t.app->values().save(app::Actor::System(), {{"staff_total", "female", "THCS-TANMY", "2026S1", "7"}}).ok());
  const int64_t school = id_of(t, "THCS-TANMY");
  const Period p = *parse_period("2026S1");
  EXPECT_FALSE(other.element("staff_total", "female", school, p)) << "not yet told";
  other.on_notice("v:" + std::to_string(school) + ":2026S1");
  EXPECT_EQ(other.element("staff_total", "female", school, p), 7);
  ASSERT_TRUE(t.app->values().save(app::Actor::System(), {{"staff_total", "female", "THCS-TANMY", "2026S1", ""}}).ok());
  other.on_notice("v:" + std::to_string(school) + ":2026S1");
  EXPECT_FALSE(other.element("staff_total", "female", school, p)) << "an erased value is erased there too";
  other.on_notice("garbage");
  other.on_notice("v:abc");
  // Malformed notices are ignored, not thrown (std::stoll threw on these).
  EXPECT_NO_THROW(other.on_notice("v:abc:2026S1"));
  EXPECT_NO_THROW(other.on_notice("v::2026S1"));
  EXPECT_NO_THROW(other.on_notice("v:99999999999999999999999:2026S1"));
  EXPECT_NO_THROW(other.on_notice("v:12x:2026S1"));
  EXPECT_NO_THROW(other.on_notice("v:" + std::to_string(school) + ":"));
  EXPECT_FALSE(other.element("staff_total", "female", school, p));
}

// Notices that arrive together: every unit of a period read at once, an
// erased value erased, other periods and units left as they were, a tree
// notice among them handled, malformed ones ignored.
TEST(AppAnalytics, NoticesThatArriveTogetherRefreshEachUnitTheyName) {
  auto t = make_app("sqlite", true);
  app::Analytics other(*t.store);
  ASSERT_TRUE(other.load().ok());
  const Period s1 = *parse_period("2026S1"), s2 = *parse_period("2026S2");
  ASSERT_TRUE(t.app->values()
                  .save(app::Actor::System(), {{"staff_total", "female", "THCS-TANMY", "2026S1", "7"},
                                               {"staff_total", "female", "TH-TANMY", "2026S1", "5"},
                                               {"staff_total", "male", "TH-TANMY", "2026S2", "4"}})
                  .ok());
  const int64_t thcs = id_of(t, "THCS-TANMY"), th = id_of(t, "TH-TANMY"), mn = id_of(t, "MN-HOAMAI");
  auto v = [](int64_t id, const char* period) { return "v:" + std::to_string(id) + ":" + period; };
  other.on_notices({v(thcs, "2026S1"), "tree", "v:abc:2026S1", v(th, "2026S1"), v(mn, "2026S1"), v(thcs, "2026S1")});
  EXPECT_EQ(other.element("staff_total", "female", thcs, s1), 7);
  EXPECT_EQ(other.element("staff_total", "female", th, s1), 5);
  EXPECT_FALSE(other.element("staff_total", "male", th, s2)) << "a period no notice named";
  EXPECT_FALSE(other.element("staff_total", "female", mn, s1));
  ASSERT_TRUE(t.app->values()
                  .save(app::Actor::System(), {{"staff_total", "female", "THCS-TANMY", "2026S1", ""},
                                               {"staff_total", "female", "TH-TANMY", "2026S1", "6"}})
                  .ok());
  other.on_notices({v(th, "2026S2"), v(thcs, "2026S1"), v(th, "2026S1")});
  EXPECT_FALSE(other.element("staff_total", "female", thcs, s1)) << "erased there too";
  EXPECT_EQ(other.element("staff_total", "female", th, s1), 6);
  EXPECT_EQ(other.element("staff_total", "male", th, s2), 4);
  EXPECT_EQ(other.element("staff_total", "", th, s1), t.app->analytics().element("staff_total", "", th, s1));
}

TEST(AppAnalytics, TargetsOfAncestorsApplyByType) {
  auto t = make_app("sqlite", true);
  const int64_t school = id_of(t, "THCS-TANMY"), root = id_of(t, "BGDDT"), dept = id_of(t, "SGD-AL");
  auto states = t.app->analytics().targets_for(school, {root, dept}, OrgType::kSchoolLowerSecondary, *parse_period("2025"));
  bool managers = false;
  for (const auto& s : states) managers = managers || s.target.code == "T_WOMEN_MANAGERS";
  EXPECT_TRUE(managers);
  auto for_dept = t.app->analytics().targets_for(dept, {root}, OrgType::kDepartment, *parse_period("2025"));
  for (const auto& s : for_dept) EXPECT_NE(s.target.code, "T_WOMEN_MANAGERS") << "a per-school target";
}

TEST(AppAnalytics, ATargetForEachSchoolIsSeenFromAboveWhenAsked) {
  auto t = make_app("sqlite", true);
  const int64_t root = id_of(t, "BGDDT"), dept = id_of(t, "SGD-AL");
  app::TargetQuery q{dept, {root}, OrgType::kDepartment, {}, "", true};
  const app::TargetState* managers = nullptr;
  auto states = t.app->analytics().targets_for(q, *parse_period("2025"));
  for (const auto& s : states)
    if (s.target.code == "T_WOMEN_MANAGERS") managers = &s;
  ASSERT_TRUE(managers);
  EXPECT_EQ(managers->for_each, "school");
  EXPECT_TRUE(managers->value) << "the department's whole figure";
  EXPECT_FALSE(managers->history.empty()) << "with its years";
  for (const auto& s : states)
    if (s.target.code == "T_STAFF_TRAINED") EXPECT_EQ(s.for_each, "");
}

TEST(AppAnalytics, GovernedUnitsAreThoseOutsideTheGovernorsSubtree) {
  auto t = make_app("sqlite", true);
  auto& a = t.app->analytics();
  const int64_t commune = id_of(t, "UBND-XA-TANMY");
  const auto governed = a.governed(commune);
  EXPECT_EQ(governed, (std::vector<int64_t>{id_of(t, "MN-HOAMAI"), id_of(t, "TH-TANMY"), id_of(t, "THCS-TANMY")}));
  EXPECT_TRUE(a.governed(id_of(t, "SGD-AL")).empty());
  EXPECT_TRUE(a.within(id_of(t, "THCS-TANMY"), id_of(t, "SGD-AL")));
  EXPECT_FALSE(a.within(id_of(t, "THCS-TANMY"), commune));
  // Summed over the commune and the schools it governs: the schools' sum.
  const Period y = *parse_period("2025");
  std::vector<int64_t> roots{commune};
  roots.insert(roots.end(), governed.begin(), governed.end());
  double sum = 0;
  for (int64_t g : governed) sum += *a.element("staff_total", "female", g, y);
  EXPECT_EQ(a.element_over("staff_total", "female", roots, y), sum);
  EXPECT_FALSE(a.element_over("staff_total", "female", {commune}, y)) << "the commune alone has no staff figures";
  // A governing body that changes is followed at once.
  app::OrgPatch patch;
  patch.governor = "UBND-XA-LONGSON";
  ASSERT_TRUE(t.app->orgs().update(app::Actor::System(), "THCS-TANMY", patch).ok());
  EXPECT_EQ(a.governed(commune).size(), 2u);
  EXPECT_EQ(a.governed(id_of(t, "UBND-XA-LONGSON")).size(), 4u);
}

TEST(AppAnalytics, TargetOverAnyUnitsWithOrWithoutTheTrend) {
  auto t = make_app("sqlite", true);
  auto& a = t.app->analytics();
  const Period y = *parse_period("2025");
  const int64_t school = id_of(t, "THCS-TANMY");
  auto quick = a.target_over("T_STAFF_TRAINED", {school}, y, false);
  auto full = a.target_over("T_STAFF_TRAINED", {school}, y, true);
  ASSERT_TRUE(quick && full);
  EXPECT_EQ(quick->value, full->value);
  EXPECT_EQ(quick->status, full->status);
  EXPECT_EQ(quick->gap, full->gap);
  EXPECT_TRUE(quick->history.empty());
  EXPECT_EQ(quick->trajectory, "unknown");
  ASSERT_EQ(full->history.size(), 3u) << "2023, 2024, 2025";
  EXPECT_EQ(full->history.front().first, 2023);
  EXPECT_NE(full->trajectory, "unknown");
  EXPECT_FALSE(a.target_over("T_NO_SUCH", {school}, y, true));
  EXPECT_FALSE(a.target_over("T_PHD_2030", {school}, y, true)) << "a 2030 target does not apply in 2025";
}

// A period without a value has no trend: earlier years alone would call the
// unit "on track" on a badge, though it has reported nothing.
TEST(AppAnalytics, NoValueMeansNoTrend) {
  auto t = make_app("sqlite", true);
  auto& a = t.app->analytics();
  const int64_t school = id_of(t, "THCS-TANMY");
  auto before = a.target_over("T_STAFF_TRAINED", {school}, *parse_period("2025"), true);
  ASSERT_TRUE(before);
  ASSERT_TRUE(before->value);
  EXPECT_NE(before->trajectory, "unknown") << "a value and its years: a trend";
  auto empty = a.target_over("T_STAFF_TRAINED", {school}, *parse_period("2026"), true);
  ASSERT_TRUE(empty);
  EXPECT_FALSE(empty->value);
  EXPECT_EQ(empty->status, "no_data");
  EXPECT_FALSE(empty->history.empty()) << "the earlier years stay for the sparkline";
  EXPECT_EQ(empty->trajectory, "unknown");
  EXPECT_FALSE(empty->projected);
}

TEST(AppAnalytics, ParityIndicesCarryTheirTwoSides) {
  auto t = make_app("sqlite", true);
  const Period y = *parse_period("2025");
  const int64_t dept = id_of(t, "SGD-AL");
  auto parity = t.app->analytics().parity_over({dept}, y);
  const app::ParityState* gpi = nullptr;
  for (const auto& p : parity)
    if (p.indicator.code == "gpi_students") gpi = &p;
  ASSERT_TRUE(gpi);
  EXPECT_EQ(gpi->function, "gpi");
  EXPECT_EQ(gpi->female, t.app->analytics().element("students_total", "female", dept, y));
  EXPECT_EQ(gpi->male, t.app->analytics().element("students_total", "male", dept, y));
  ASSERT_TRUE(gpi->index);
  EXPECT_DOUBLE_EQ(*gpi->index, *gpi->female / *gpi->male);
  EXPECT_EQ(gpi->history.size(), 3u);
  EXPECT_EQ(parity.size(), 3u) << "gpi_students, gpia_students, gpia_youth_lower_secondary";
}

TEST(AppAnalytics, TheParityBandIsReadAtTwoDecimals) {
  EXPECT_EQ(app::parity_band(std::nullopt), "no_data");
  EXPECT_EQ(app::parity_band(1.0), "parity");
  EXPECT_EQ(app::parity_band(0.97), "parity");
  EXPECT_EQ(app::parity_band(0.966), "parity") << "reads 0,97";
  EXPECT_EQ(app::parity_band(0.964), "girls_behind");
  EXPECT_EQ(app::parity_band(1.034), "parity");
  EXPECT_EQ(app::parity_band(1.036), "boys_behind");
}

}  // namespace
}  // namespace bd::test
