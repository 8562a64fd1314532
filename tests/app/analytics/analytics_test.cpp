// The application's analytics: loading from storage, refreshing on another
// node's notice, and target states.
#include "app/fixture.h"

namespace bd::test {
namespace {

int64_t id_of(TestApp& t, const std::string& code) {
  int64_t id = 0;
  (void)t.store->read([&](storage::Tx& tx) {
    id = tx.org_by_code(code)->id;
    return Status::Ok();
  });
  return id;
}

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

}  // namespace
}  // namespace bd::test
