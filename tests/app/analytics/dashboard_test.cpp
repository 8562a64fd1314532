// Targets and indicators over the demo: each kind of target of the domain.
#include "app/fixture.h"

namespace bd::test {
namespace {

class Dashboard : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { t_ = new TestApp(make_app("sqlite", true)); }
  static void TearDownTestSuite() { delete t_; }
  app::Actor admin() { return actor_of(*t_->app, "admin", kAdminPassword); }
  static TestApp* t_;
};
TestApp* Dashboard::t_ = nullptr;

const app::TargetState* find(const app::UnitTargets& u, const std::string& code) {
  for (const auto& s : u.targets)
    if (s.target.code == code) return &s;
  return nullptr;
}

TEST_F(Dashboard, ChildrenRowsAddUpToTheParent) {
  auto rows = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2025", true);
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  EXPECT_GE(rows->size(), 10u);
  auto dept = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2025", false);
  ASSERT_EQ(dept->size(), 1u);
  ASSERT_TRUE((*dept)[0].value);
  EXPECT_GT(*(*dept)[0].value, 30);
  EXPECT_LT(*(*dept)[0].value, 100);
  EXPECT_EQ(t_->app->dashboard().indicator(admin(), "nope", "SGD-AL", "2025", false).error().code,
            ErrorCode::kNotFound);
  EXPECT_EQ(t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2025X", false).error().code,
            ErrorCode::kBadRequest);
}

TEST_F(Dashboard, AMissingOrUnknownIndicatorIsRefusedEvenWhereTheUnitHasNoChildren) {
  // A school has no children: the list of rows would be empty and the request "succeed".
  EXPECT_EQ(t_->app->dashboard().indicator(admin(), "", "THCS-TANMY", "2025", true).error().code,
            ErrorCode::kBadRequest);
  EXPECT_EQ(t_->app->dashboard().indicator(admin(), "nope", "THCS-TANMY", "2025", true).error().code,
            ErrorCode::kNotFound);
}

TEST_F(Dashboard, ChildrenOfAPastPeriodAreThoseOfThenUnlessTodaysTreeIsAsked) {
  auto has = [](const std::vector<app::IndicatorRow>& rows, const std::string& code) {
    for (const auto& r : rows)
      if (r.org_code == code) return true;
    return false;
  };
  // The demo's offices closed on 01/07/2025, their schools went to the department.
  auto then = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2024", true);
  ASSERT_TRUE(then.ok()) << then.error().message;
  EXPECT_TRUE(has(*then, "PGD-NGOCKHE"));
  EXPECT_FALSE(has(*then, "THCS-TANMY"));
  auto today = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2024", true, "current");
  ASSERT_TRUE(today.ok()) << today.error().message;
  EXPECT_FALSE(has(*today, "PGD-NGOCKHE"));
  EXPECT_TRUE(has(*today, "THCS-TANMY"));
  auto compared = t_->app->dashboard().compare_children(admin(), "T_PARTY_WOMEN", "SGD-AL", "2024");
  ASSERT_TRUE(compared.ok()) << compared.error().message;
  bool office = false;
  for (const auto& c : *compared) office = office || c.unit.code == "PGD-NGOCKHE";
  EXPECT_TRUE(office) << "the children of 2024 compared";
  auto bad = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2024", true, "tree");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "structure");
}

TEST_F(Dashboard, EveryKindOfTargetGetsAStatus) {
  auto u = t_->app->dashboard().targets(admin(), "SGD-AL", "2025");
  ASSERT_TRUE(u.ok()) << u.error().message;
  // share of women ≥ 40% (ratio of two by-sex counts)
  ASSERT_TRUE(find(*u, "T_MASS_ORG"));
  // a count with a ceiling of 0 (the demo has no cases)
  const auto* abuse = find(*u, "T_ABUSE_ZERO");
  ASSERT_TRUE(abuse);
  EXPECT_EQ(abuse->status, "met");
  // a share of institutions where a yes/no holds (hotline displayed in 2025 everywhere)
  const auto* hotline = find(*u, "T_HOTLINE");
  ASSERT_TRUE(hotline);
  ASSERT_TRUE(hotline->value);
  EXPECT_NEAR(*hotline->value, 100, 1e-9);
  EXPECT_EQ(hotline->status, "met");
  // a ratio per 100 with a ceiling
  ASSERT_TRUE(find(*u, "T_SEX_RATIO"));
  // a yearly target with a floor of one person
  ASSERT_TRUE(find(*u, "T_PARTY_ADMITTED"));
  // targets for other years do not apply
  EXPECT_FALSE(find(*u, "T_PHD_2030"));
  EXPECT_TRUE(find(*u, "T_PHD_2025"));
  // no figures for the youth targets in the demo
  EXPECT_EQ(find(*u, "T_YOUTH_LS_2025")->status, "no_data");
  // the trajectory uses the yearly history
  const auto* trained = find(*u, "T_STAFF_TRAINED");
  ASSERT_TRUE(trained);
  EXPECT_NE(trained->trajectory, "unknown");
  EXPECT_TRUE(trained->projected);
}

TEST_F(Dashboard, ChildrenAreSortedByTheirGap) {
  auto rows = t_->app->dashboard().compare_children(admin(), "T_STAFF_TRAINED", "SGD-AL", "2025");
  ASSERT_TRUE(rows.ok());
  ASSERT_GE(rows->size(), 2u);
  for (size_t i = 1; i < rows->size(); ++i)
    if ((*rows)[i].state.gap && (*rows)[i - 1].state.gap) {
      EXPECT_GE(*(*rows)[i - 1].state.gap, *(*rows)[i].state.gap);
    }
}

// A target that does not exist gave an empty comparison (200) instead of 404.
// The ≥ 40% women-managers target is set for each school: the department's
// page left it out, and its comparison left out every child not a school.
TEST_F(Dashboard, ATargetForEachSchoolIsOnTheDepartmentsPageAndComparedAcrossOffices) {
  auto u = t_->app->dashboard().targets(admin(), "SGD-AL", "2025");
  ASSERT_TRUE(u.ok()) << u.error().message;
  const auto* managers = find(*u, "T_WOMEN_MANAGERS");
  ASSERT_TRUE(managers) << "a target of the department's subtree";
  EXPECT_EQ(managers->for_each, "school");
  EXPECT_TRUE(managers->value) << "the whole subtree's share";
  // 2024: the department's children were still the two offices besides its schools.
  auto rows = t_->app->dashboard().compare_children(admin(), "T_WOMEN_MANAGERS", "SGD-AL", "2024");
  ASSERT_TRUE(rows.ok()) << rows.error().message;
  bool office = false, met_seen = false;
  for (const auto& row : *rows) {
    if (row.unit.code == "PGD-NGOCKHE") office = row.state.value.has_value();
    if (row.state.status == "met") met_seen = true;
    if (row.state.status == "not_met") EXPECT_FALSE(met_seen) << row.unit.code << ": below the target after one that met it";
  }
  EXPECT_TRUE(office) << "an office is compared on its schools' figures";
}

// Every target of every child in one pass holds the same states as the
// comparison of each target.
TEST_F(Dashboard, AllTargetsOfTheChildrenInOnePass) {
  auto all = t_->app->dashboard().children_targets(admin(), "SGD-AL", "2024");
  ASSERT_TRUE(all.ok()) << all.error().message;
  std::map<std::string, std::map<std::string, std::optional<double>>> by_target;  // target → unit → value
  for (const auto& c : *all) by_target[c.state.target.code][c.unit.code] = c.state.value;
  ASSERT_GE(by_target.size(), 3u);
  for (const auto& [code, units] : by_target) {
    auto one = t_->app->dashboard().compare_children(admin(), code, "SGD-AL", "2024");
    ASSERT_TRUE(one.ok()) << code;
    EXPECT_EQ(one->size(), units.size()) << code;
    for (const auto& row : *one) EXPECT_EQ(units.at(row.unit.code), row.state.value) << code << " " << row.unit.code;
  }
  EXPECT_EQ(t_->app->dashboard().compare_children(admin(), "", "SGD-AL", "2024").error().code, ErrorCode::kNotFound);
}

TEST_F(Dashboard, AnUnknownTargetIsNotFound) {
  auto rows = t_->app->dashboard().compare_children(admin(), "T_NO_SUCH", "SGD-AL", "2025");
  ASSERT_FALSE(rows.ok());
  EXPECT_EQ(rows.error().code, ErrorCode::kNotFound);
}

TEST_F(Dashboard, ScopeIsChecked) {
  add_user(*t_->app, "dash.viewer", "THCS-TANMY", "viewer");
  auto v = actor_of(*t_->app, "dash.viewer", "password-123");
  EXPECT_EQ(t_->app->dashboard().targets(v, "SGD-AL", "2025").error().code, ErrorCode::kForbidden);
  auto own = t_->app->dashboard().targets(v, "THCS-TANMY", "2025");
  ASSERT_TRUE(own.ok());
  EXPECT_TRUE(find(*own, "T_WOMEN_MANAGERS")) << "a school gets the ≥ 40% managers target of its ancestors";
}

}  // namespace
}  // namespace bd::test
