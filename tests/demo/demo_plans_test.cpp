// The demo's plans: a phase plan cascaded through the former offices, and a
// 2026 plan with issued, drafted and missing implementing plans.
#include "demo/demo_plans.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(DemoPlans, CascadeAndCoverageAreVisible) {
  auto t = make_app("sqlite", true);
  auto admin = actor_of(*t.app, "admin", kAdminPassword);
  auto dept = t.app->plans().list(admin, "SGD-AL");
  ASSERT_TRUE(dept.ok());
  ASSERT_EQ(dept->size(), 2u);
  const auto& year = (*dept)[0];  // newest first
  const auto& phase = (*dept)[1];
  EXPECT_EQ(year.record.year, 2026);
  EXPECT_EQ(year.record.status, PlanStatus::kIssued);
  EXPECT_EQ(phase.content["period_from"], 2021);
  EXPECT_EQ(phase.content["period_to"], 2025);
  EXPECT_EQ(phase.number_line, "Số: 01/KH-SGDĐT");

  auto cov = t.app->plans().coverage(admin, year.record.id);
  ASSERT_TRUE(cov.ok());
  EXPECT_EQ(cov->issued, 3);
  EXPECT_EQ(cov->drafts, 2);
  EXPECT_GT(cov->none, 0);
  EXPECT_GT(cov->percent, 0);
  EXPECT_LT(cov->percent, 100);

  // The phase plan went down through the offices (closed since) to schools.
  auto office = t.app->plans().list(admin, "PGD-NGOCKHE");
  ASSERT_TRUE(office.ok());
  ASSERT_EQ(office->size(), 1u);
  EXPECT_EQ((*office)[0].record.parent_plan_id, phase.record.id);
  auto below = t.app->plans().coverage(admin, (*office)[0].record.id);
  ASSERT_TRUE(below.ok());
  EXPECT_EQ(below->rows.size(), 0u) << "the office's schools moved to the department";
  auto school = t.app->plans().list(admin, "THCS-TANMY");
  ASSERT_TRUE(school.ok());
  bool implements_office = false;
  for (const auto& p : *school) {
    if (p.record.parent_plan_id != (*office)[0].record.id) continue;
    implements_office = true;
    EXPECT_NE(p.content["basis"][0].get<std::string>().find("Phòng Giáo dục và Đào tạo huyện Ngọc Khê"),
              std::string::npos);
  }
  EXPECT_TRUE(implements_office);
  // Every issued demo plan can be laid out as a document.
  for (const auto& p : *school) EXPECT_TRUE(t.app->plans().document(admin, p.record.id).ok());
}

}  // namespace
}  // namespace bd::test
