#include "app/reports/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

TEST(ReportAccess, ReportsGoUpOneLevel) {
  const OrgUnit school = unit_at("/1/5/9/", 9, 5);
  auto editor = actor({Role::kEditor}, "/1/5/9/", 9);
  auto parent_approver = actor({Role::kApprover}, "/1/5/", 5);
  auto own_approver = actor({Role::kApprover}, "/1/5/9/", 9);
  auto grandparent_approver = actor({Role::kApprover}, "/1/", 1);
  auto parent_manager = actor({Role::kManager}, "/1/5/", 5);
  auto admin = actor({Role::kAdmin}, "/1/", 1);

  EXPECT_TRUE(can_submit_report(editor, school));
  EXPECT_TRUE(can_submit_report(admin, school));
  EXPECT_FALSE(can_submit_report(parent_approver, school));
  EXPECT_FALSE(can_submit_report(parent_manager, school));
  EXPECT_FALSE(can_submit_report(own_approver, school));

  EXPECT_TRUE(can_approve_report(parent_approver, school));
  EXPECT_TRUE(can_approve_report(admin, school));
  EXPECT_FALSE(can_approve_report(own_approver, school)) << "a unit does not approve its own report";
  EXPECT_FALSE(can_approve_report(grandparent_approver, school)) << "only the direct parent";
  EXPECT_FALSE(can_approve_report(parent_manager, school));
  EXPECT_FALSE(can_approve_report(editor, school));

  EXPECT_TRUE(can_exempt_report(parent_approver, school));
  EXPECT_TRUE(can_exempt_report(parent_manager, school));
  EXPECT_TRUE(can_exempt_report(admin, school));
  EXPECT_FALSE(can_exempt_report(editor, school));
  EXPECT_FALSE(can_exempt_report(grandparent_approver, school));
}

}  // namespace
}  // namespace bd::app
