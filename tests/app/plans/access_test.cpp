#include "app/plans/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

PlanRecord plan_of(const OrgUnit& org, PlanStatus status) {
  PlanRecord p;
  p.org_id = org.id;
  p.status = status;
  return p;
}

TEST(PlanAccess, DraftsStayWithTheirUnitIssuedPlansAreReadBelow) {
  const OrgUnit dept = unit_at("/1/5/", 5, 1);
  auto school_editor = actor({Role::kEditor}, "/1/5/9/", 9);
  auto dept_viewer = actor({Role::kViewer}, "/1/5/", 5);
  auto sibling = actor({Role::kManager}, "/1/6/", 6);

  EXPECT_TRUE(can_read_plan(dept_viewer, plan_of(dept, PlanStatus::kDraft), dept));
  EXPECT_FALSE(can_read_plan(school_editor, plan_of(dept, PlanStatus::kDraft), dept)) << "a draft above";
  EXPECT_TRUE(can_read_plan(school_editor, plan_of(dept, PlanStatus::kIssued), dept));
  EXPECT_TRUE(can_read_plan(school_editor, plan_of(dept, PlanStatus::kSuperseded), dept));
  EXPECT_FALSE(can_read_plan(sibling, plan_of(dept, PlanStatus::kIssued), dept)) << "not below the issuer";
  EXPECT_FALSE(can_read_plan(actor({}, "/1/5/9/", 9), plan_of(dept, PlanStatus::kIssued), dept))
      << "no role, no reading";
}

}  // namespace
}  // namespace bd::app

namespace bd::app {
namespace {

TEST(PlanAccess, RightsForThePages) {
  const OrgUnit school = testing::unit_at("/1/5/9/", 9, 5);
  const PlanRights editor = plan_rights(testing::actor({Role::kEditor}, "/1/5/9/", 9), school);
  EXPECT_TRUE(editor.write);
  EXPECT_FALSE(editor.issue);
  EXPECT_FALSE(editor.implement_below);
  const PlanRights head = plan_rights(testing::actor({Role::kApprover}, "/1/5/9/", 9), school);
  EXPECT_FALSE(head.write);
  EXPECT_TRUE(head.issue);
  const PlanRights manager = plan_rights(testing::actor({Role::kManager}, "/1/5/", 5), school);
  EXPECT_TRUE(manager.write && manager.issue && manager.implement_below);
  const PlanRights outsider = plan_rights(testing::actor({Role::kManager}, "/1/6/", 6), school);
  EXPECT_FALSE(outsider.write || outsider.issue || outsider.implement_below);
}

}  // namespace
}  // namespace bd::app
