#include "app/fixture.h"

namespace bd::test {
namespace {

class CatalogUseCases : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app();
    add_user(*t_.app, "editor1", "BGDDT", "editor");
  }
  app::Actor admin() { return actor_of(*t_.app, "admin", kAdminPassword); }
  TestApp t_;
};

TEST_F(CatalogUseCases, BadExpressionsAreRefusedWithThePosition) {
  auto r = t_.app->catalog().create_indicator(admin(), {"x1", "X", "", "#{staff_total.female} / foo", "percent", ""});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "expression");
  EXPECT_NE(r.error().message.find("foo"), std::string::npos) << r.error().message;
  auto unknown = t_.app->catalog().create_indicator(admin(), {"x2", "X", "", "#{no_such} * 2", "count", ""});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().message.find("no_such"), std::string::npos);
  EXPECT_EQ(t_.app->catalog().create_indicator(admin(), {"x3", "X", "", "#{staff_total}", "furlongs", ""}).error().field,
            "unit");
}

TEST_F(CatalogUseCases, NewElementsAndIndicatorsWorkAtOnce) {
  auto e = t_.app->catalog().create_element(admin(), {"volunteers", "Tình nguyện viên", "", "count", "flow", true});
  ASSERT_TRUE(e.ok()) << e.error().message;
  auto i = t_.app->catalog().create_indicator(
      admin(), {"pct_women_volunteers", "Tỷ lệ nữ tình nguyện viên", "", "#{volunteers.female}/#{volunteers}*100", "percent", ""});
  ASSERT_TRUE(i.ok()) << i.error().message;
  auto saved = t_.app->values().save(admin(), {{"volunteers", "female", "BGDDT", "2026Q1", "3"},
                                               {"volunteers", "male", "BGDDT", "2026Q2", "1"}});
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto rows = t_.app->dashboard().indicator(admin(), "pct_women_volunteers", "BGDDT", "2026", false);
  ASSERT_TRUE(rows.ok());
  EXPECT_NEAR(*(*rows)[0].value, 75, 1e-9) << "flows sum the quarters into the year";
  EXPECT_EQ(t_.app->catalog().create_element(admin(), {"volunteers", "X", "", "count", "flow", true}).error().code,
            ErrorCode::kConflict);
}

TEST_F(CatalogUseCases, TargetsNeedValidFieldsAndRights) {
  auto ed = actor_of(*t_.app, "editor1", "password-123");
  EXPECT_EQ(t_.app->catalog().create_element(ed, {"x", "X", "", "count", "stock", false}).error().code,
            ErrorCode::kForbidden);
  app::TargetInput in{"T1", "Nữ quản lý ≥ 45%", "pct_women_managers", "≥", "every_year", "BGDDT", "", 45, 0};
  auto t = t_.app->catalog().create_target(admin(), in);
  ASSERT_TRUE(t.ok()) << t.error().message;
  EXPECT_EQ(t->comparator, "ge");
  in.code = "T2";
  in.comparator = "~";
  EXPECT_EQ(t_.app->catalog().create_target(admin(), in).error().field, "comparator");
  in.comparator = "ge";
  in.when = "by_year";
  in.year = 0;
  EXPECT_EQ(t_.app->catalog().create_target(admin(), in).error().field, "year");
  in.when = "every_year";
  in.indicator = "nope";
  EXPECT_EQ(t_.app->catalog().create_target(admin(), in).error().field, "indicator");
}

}  // namespace
}  // namespace bd::test
