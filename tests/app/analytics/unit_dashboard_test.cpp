// The dashboard of a unit over the demo: the units below (schools grouped
// under the commune that governs them), the counts of units meeting each
// target, the drill-down ranking, parity, the reporting status, the way up
// and who may open what.
#include "app/fixture.h"

namespace bd::test {
namespace {

class UnitDashboard : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    t_ = new TestApp(make_app("sqlite", true));
    add_user(*t_->app, "ud.school", "THCS-TANMY", "viewer");
    add_user(*t_->app, "ud.commune", "UBND-XA-TANMY", "viewer");
  }
  static void TearDownTestSuite() { delete t_; }
  static app::UnitDashboard& d() { return t_->app->unit_dashboard(); }
  static app::Actor admin() { return actor_of(*t_->app, "admin", kAdminPassword); }
  static app::Actor as(const std::string& user) { return actor_of(*t_->app, user, "password-123"); }
  static TestApp* t_;
};
TestApp* UnitDashboard::t_ = nullptr;

std::vector<std::string> codes(const std::vector<OrgUnit>& units) {
  std::vector<std::string> out;
  for (const auto& u : units) out.push_back(u.code);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

const app::DashboardTarget* target(const app::UnitDashboardView& v, const std::string& code) {
  for (const auto& t : v.targets)
    if (t.state.target.code == code) return &t;
  return nullptr;
}

TEST_F(UnitDashboard, TheDepartmentDrillsDownToCommunesAndTheSchoolsWithoutOne) {
  auto v = d().get(admin(), "SGD-AL", "2025");
  ASSERT_TRUE(v.ok()) << v.error().message;
  const auto below = codes(v->below);
  EXPECT_TRUE(has(below, "UBND-XA-TANMY"));
  EXPECT_TRUE(has(below, "THPT-ANLAC")) << "an upper secondary school has no commune";
  EXPECT_TRUE(has(below, "GDTX-AL"));
  EXPECT_FALSE(has(below, "THCS-TANMY")) << "grouped under its commune";
  EXPECT_FALSE(has(below, "PGD-NGOCKHE")) << "closed in the reform";
  EXPECT_EQ(below.size(), 9u) << "3 communes, 5 upper secondary schools, 1 continuing-education centre";
  EXPECT_FALSE(v->below_are_schools);
  ASSERT_EQ(v->trail.size(), 1u);
  EXPECT_EQ(v->trail[0].unit.code, "BGDDT");
}

TEST_F(UnitDashboard, ACommuneSumsTheSchoolsItGoverns) {
  auto v = d().get(admin(), "UBND-XA-TANMY", "2025");
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_EQ(codes(v->below), (std::vector<std::string>{"MN-HOAMAI", "TH-TANMY", "THCS-TANMY"}));
  EXPECT_TRUE(v->below_are_schools);
  const auto* trained = target(*v, "T_STAFF_TRAINED");
  ASSERT_TRUE(trained);
  EXPECT_TRUE(trained->state.value) << "the commune's figure is its schools'";
  EXPECT_EQ(trained->below, 3);
  // The hotline was displayed everywhere in 2025.
  const auto* hotline = target(*v, "T_HOTLINE");
  ASSERT_TRUE(hotline);
  EXPECT_EQ(hotline->met, 3);
  EXPECT_EQ(hotline->state.status, "met");
  // Women and men side by side.
  bool staff = false;
  for (const auto& f : v->by_sex)
    if (f.element.code == "staff_total") {
      staff = true;
      EXPECT_TRUE(f.female && f.male);
      EXPECT_GT(*f.female, *f.male) << "mostly women in the demo's schools";
    }
  EXPECT_TRUE(staff);
}

TEST_F(UnitDashboard, CountsOfUnitsMeetingAgreeWithTheDrillDown) {
  auto v = d().get(admin(), "SGD-AL", "2025");
  ASSERT_TRUE(v.ok());
  ASSERT_FALSE(v->targets.empty());
  bool some_split = false;
  for (const auto& t : v->targets) {
    EXPECT_EQ(t.met + t.not_met + t.no_data, t.below) << t.state.target.code;
    EXPECT_EQ(t.below, 9) << t.state.target.code;
    auto drill = d().drill(admin(), "SGD-AL", t.state.target.code, "2025");
    ASSERT_TRUE(drill.ok()) << drill.error().message;
    EXPECT_EQ(drill->met, t.met) << t.state.target.code;
    EXPECT_EQ(drill->not_met, t.not_met) << t.state.target.code;
    EXPECT_EQ(static_cast<int>(drill->rows.size()), t.below);
    some_split = some_split || (t.met > 0 && t.not_met > 0);
  }
  EXPECT_TRUE(some_split) << "the demo has targets met by some units and not others";
  // A target for each school is on the department's dashboard too.
  const auto* managers = target(*v, "T_WOMEN_MANAGERS");
  ASSERT_TRUE(managers);
  EXPECT_EQ(managers->state.for_each, "school");
}

TEST_F(UnitDashboard, TheDrillDownRanksByGapWithNoFiguresLast) {
  auto r = d().drill(admin(), "SGD-AL", "T_STAFF_TRAINED", "2025");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_GE(r->rows.size(), 2u);
  bool seen_no_data = false;
  for (size_t i = 0; i < r->rows.size(); ++i) {
    const auto& s = r->rows[i].state;
    if (!s.gap) {
      seen_no_data = true;
      continue;
    }
    EXPECT_FALSE(seen_no_data) << "a unit with figures after one without";
    if (i > 0 && r->rows[i - 1].state.gap) EXPECT_GE(*r->rows[i - 1].state.gap, *s.gap);
    EXPECT_NE(s.trajectory, "") << "rows carry their trajectory";
  }
  bool commune_drills = false;
  for (const auto& row : r->rows)
    if (row.unit.code == "UBND-XA-TANMY") commune_drills = row.has_below;
  EXPECT_TRUE(commune_drills);
  EXPECT_TRUE(r->state.value) << "the department's own value";
  // Unknown targets, and targets of another year, are not found.
  EXPECT_EQ(d().drill(admin(), "SGD-AL", "T_NO_SUCH", "2025").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(d().drill(admin(), "SGD-AL", "T_PHD_2030", "2025").error().code, ErrorCode::kNotFound);
}

TEST_F(UnitDashboard, ASchoolGoesUpThroughItsCommune) {
  auto v = d().get(admin(), "THCS-TANMY", "2025");
  ASSERT_TRUE(v.ok());
  std::vector<std::string> up;
  for (const auto& t : v->trail) up.push_back(t.unit.code);
  EXPECT_EQ(up, (std::vector<std::string>{"BGDDT", "SGD-AL", "UBND-XA-TANMY"}));
  EXPECT_TRUE(v->below.empty());
  // Only the ancestors the reader may view are links.
  auto mine = d().get(as("ud.school"), "THCS-TANMY", "2025");
  ASSERT_TRUE(mine.ok());
  for (const auto& t : mine->trail) EXPECT_FALSE(t.viewable) << t.unit.code;
  auto officer = d().get(actor_of(*t_->app, "so.quanly", kAdminPassword), "THCS-TANMY", "2025");
  ASSERT_TRUE(officer.ok());
  ASSERT_EQ(officer->trail.size(), 3u);
  EXPECT_FALSE(officer->trail[0].viewable) << "the ministry is above the department's officer";
  EXPECT_TRUE(officer->trail[1].viewable);
  EXPECT_TRUE(officer->trail[2].viewable);
}

TEST_F(UnitDashboard, ASchoolUserCannotOpenASiblingsDashboard) {
  const auto school = as("ud.school");
  EXPECT_TRUE(d().get(school, "THCS-TANMY", "2025").ok());
  EXPECT_EQ(d().get(school, "THCS-LONGSON", "2025").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(d().get(school, "SGD-AL", "2025").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(d().drill(school, "THCS-LONGSON", "T_STAFF_TRAINED", "2025").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(d().get(school, "NOPE", "2025").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(d().get(school, "THCS-TANMY", "2025X").error().code, ErrorCode::kBadRequest);
}

TEST_F(UnitDashboard, ACommunesUserSeesOnlyWhatIsInItsScope) {
  auto v = d().get(as("ud.commune"), "UBND-XA-TANMY", "2025");
  ASSERT_TRUE(v.ok()) << v.error().message;
  EXPECT_TRUE(v->below.empty()) << "the schools it governs are outside the user's subtree";
  EXPECT_TRUE(v->by_sex.empty()) << "so their figures are not summed for this user";
}

TEST_F(UnitDashboard, ParityIndicesAreOnTheDashboard) {
  auto v = d().get(admin(), "SGD-AL", "2025");
  ASSERT_TRUE(v.ok());
  bool gpi = false;
  for (const auto& p : v->parity)
    if (p.indicator.code == "gpi_students") {
      gpi = true;
      ASSERT_TRUE(p.index && p.female && p.male);
      EXPECT_NEAR(*p.index, *p.female / *p.male, 1e-12);
      EXPECT_NE(app::parity_band(p.index), "no_data");
    }
  EXPECT_TRUE(gpi);
}

TEST_F(UnitDashboard, TheReportingStatusIsTheChildrensCompleteness) {
  auto v = d().get(admin(), "SGD-AL", "2025S1");
  ASSERT_TRUE(v.ok()) << v.error().message;
  auto c = t_->app->reports().completeness(admin(), "SGD-AL", "2025S1");
  ASSERT_TRUE(c.ok());
  const auto& mine = v->reporting.counts;
  EXPECT_GT(mine.expected, 0);
  EXPECT_EQ(mine.expected, c->children.expected);
  EXPECT_EQ(mine.submitted, c->children.submitted);
  EXPECT_EQ(mine.late, c->children.late);
  EXPECT_EQ(mine.missing, c->children.missing);
  EXPECT_EQ(mine.returned, c->children.returned);
  EXPECT_EQ(mine.not_required, c->children.not_required);
  EXPECT_EQ(static_cast<int>(v->reporting.missing.size()), mine.missing);
  EXPECT_EQ(static_cast<int>(v->reporting.late.size()), mine.late);
  // A commune's reporting covers the schools it governs.
  auto commune = d().get(admin(), "UBND-XA-TANMY", "2025S1");
  ASSERT_TRUE(commune.ok());
  EXPECT_EQ(commune->reporting.counts.expected + commune->reporting.counts.not_required, 3);
}

TEST_F(UnitDashboard, WithoutAPeriodTheLatestYearWithFiguresIsShown) {
  auto v = d().get(admin(), "THPT-ANLAC", "");
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->period.type, PeriodType::kYear);
  EXPECT_GE(v->period.year, 2025) << "the demo has figures up to 2025 at least";
  EXPECT_FALSE(v->by_sex.empty());
}

}  // namespace
}  // namespace bd::test
