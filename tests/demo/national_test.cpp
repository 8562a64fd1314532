#include "demo/national.h"

#include <map>
#include <set>

#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(NationalShape, ScalesDownFromTheNationalTree) {
  const auto full = app::NationalShape::with_schools(54000);
  EXPECT_EQ(full.departments, 34);
  EXPECT_EQ(full.communes, 3300);
  const auto small = app::NationalShape::with_schools(300);
  EXPECT_EQ(small.schools, 300);
  EXPECT_EQ(small.communes, 18);
  EXPECT_EQ(small.departments, 1);
  EXPECT_EQ(app::NationalShape::with_schools(0).communes, 1);
}

TEST(NationalTree, ParentsFirstEachKindWhereItBelongs) {
  app::NationalShape shape;
  shape.departments = 3;
  shape.communes = 40;
  shape.schools = 700;
  const auto units = app::national_tree(shape);
  ASSERT_EQ(units.size(), 3u + 40u + 700u);
  std::set<std::string> codes;
  std::map<OrgType, int> kinds;
  std::map<int, std::set<std::string>> commune_names;  // by province
  for (size_t i = 0; i < units.size(); ++i) {
    const auto& u = units[i];
    EXPECT_TRUE(codes.insert(u.code).second) << u.code;
    EXPECT_TRUE(validate_code(u.code).ok()) << u.code;
    EXPECT_TRUE(validate_text(u.name, "name", kMaxNameLength, true).ok()) << u.name;
    EXPECT_TRUE(validate_text(u.short_name, "short_name", kMaxShortNameLength, false).ok()) << u.short_name;
    EXPECT_LT(u.parent, static_cast<int>(i)) << "parents come first";
    ++kinds[u.type];
    const OrgType parent = u.parent < 0 ? OrgType::kMinistry : units[static_cast<size_t>(u.parent)].type;
    if (u.type == OrgType::kDepartment) EXPECT_EQ(parent, OrgType::kMinistry);
    if (u.type == OrgType::kCommune) {
      EXPECT_EQ(parent, OrgType::kDepartment);
      EXPECT_TRUE(commune_names[u.parent].insert(u.name.substr(u.name.rfind(' ', u.name.rfind(' ') - 1))).second)
          << u.name;
    }
    if (u.type == OrgType::kSchoolUpperSecondary || u.type == OrgType::kSchoolContinuing)
      EXPECT_EQ(parent, OrgType::kDepartment) << u.code;
    else if (is_school(u.type))
      EXPECT_EQ(parent, OrgType::kCommune) << u.code;
  }
  EXPECT_EQ(kinds[OrgType::kDepartment], 3);
  EXPECT_EQ(kinds[OrgType::kCommune], 40);
  for (OrgType t : {OrgType::kSchoolPreschool, OrgType::kSchoolPrimary, OrgType::kSchoolLowerSecondary,
                    OrgType::kSchoolUpperSecondary, OrgType::kSchoolMultilevel, OrgType::kSchoolContinuing})
    EXPECT_GT(kinds[t], 10) << org_type_code(t);
  EXPECT_EQ(units[0].name, "Sở Giáo dục và Đào tạo thành phố Bình Sơn");
  const auto again = app::national_tree(shape);
  for (size_t i = 0; i < units.size(); ++i) ASSERT_EQ(again[i].name, units[i].name) << "deterministic";
}

// The whole demo at a small size, through the real use cases and storage.
TEST(NationalDemo, BuildsTheTreeFiguresReportsAndUsersOnce) {
  FakeClock clock;
  clock.t = 1796256000;  // 2026-12-03
  auto t = make_app("sqlite", false, &clock);
  auto shape = app::NationalShape::with_schools(150);
  shape.years = 2;
  std::ostringstream progress;
  auto r = app::build_national_demo(*t.app, {kAdminPassword}, shape, &progress);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_TRUE(r->created);
  EXPECT_EQ(r->units, 1 + 9 + 150);
  EXPECT_GT(r->values, 150 * 2 * (2 * 38 + 12) * 9 / 10);
  EXPECT_GT(r->reports, 250);
  EXPECT_NE(progress.str().find("đơn vị"), std::string::npos) << progress.str();
  ASSERT_EQ(r->accounts.size(), 7u);
  for (const auto& a : r->accounts) EXPECT_TRUE(t.app->auth().login(a.username, kAdminPassword, "127.0.0.1").ok());

  const auto commune = actor_of(*t.app, "xa.quanly", kAdminPassword);
  auto own = t.app->orgs().get(commune, commune.org_code);
  ASSERT_TRUE(own.ok());
  EXPECT_EQ(own->info.unit.type, OrgType::kCommune);
  EXPECT_GT(own->info.children, 0);
  auto& a = t.app->analytics();
  const auto y = *parse_period("2026");
  auto root_staff = a.element("staff_total", "", 1, y);
  ASSERT_TRUE(root_staff);
  EXPECT_GT(*root_staff, 150 * 20);
  EXPECT_TRUE(a.element("youth_15_18", "female", 1, y)) << "communes' own figures";
  EXPECT_TRUE(a.element("staff_total", "female", 1, *parse_period("2025S1"))) << "ten years means both here";
  EXPECT_FALSE(a.element("staff_total", "female", 1, *parse_period("2024S2")));

  const auto dept = actor_of(*t.app, "so.quanly", kAdminPassword);
  auto c = t.app->reports().completeness(dept, dept.org_code, "2026S1");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_GT(c->subtree.expected, 100);
  EXPECT_GT(c->subtree.approved, c->subtree.expected / 2);
  EXPECT_GT(c->subtree.late, 0);
  EXPECT_GT(c->subtree.missing, 0);
  int audits = 0;
  (void)t.store->read([&](storage::Tx& tx) {
    for (const char* e : {"orgunit", "datavalues", "report"}) audits += static_cast<int>(tx.audit_for(e, "bulk").size());
    return Status::Ok();
  });
  EXPECT_EQ(audits, 3) << "one audit record per bulk load";

  auto again = app::build_national_demo(*t.app, {kAdminPassword}, shape);
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created);
}

}  // namespace
}  // namespace bd::test
