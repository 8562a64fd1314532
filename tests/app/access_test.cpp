#include <gtest/gtest.h>

#include "app/access.h"

namespace bd::app {
namespace {

Actor actor(RoleSet roles, const std::string& path) {
  Actor a;
  a.user_id = 1;
  a.roles = roles;
  a.org_path = path;
  return a;
}

OrgUnit unit_at(const std::string& path) {
  OrgUnit u;
  u.path = path;
  return u;
}

TEST(Access, ViewWithinTheSubtreeOnly) {
  auto v = actor({Role::kViewer}, "/1/5/");
  EXPECT_TRUE(can_view(v, unit_at("/1/5/")));
  EXPECT_TRUE(can_view(v, unit_at("/1/5/9/")));
  EXPECT_FALSE(can_view(v, unit_at("/1/")));
  EXPECT_FALSE(can_view(v, unit_at("/1/55/")));
  EXPECT_FALSE(can_view(actor({}, "/1/"), unit_at("/1/")));
}

TEST(Access, ManagingUnitsNeedsManagerAndStaysBelowOwnUnit) {
  auto m = actor({Role::kManager}, "/1/5/");
  EXPECT_TRUE(can_create_unit_under(m, unit_at("/1/5/")));
  EXPECT_FALSE(can_create_unit_under(m, unit_at("/1/")));
  EXPECT_TRUE(can_manage_unit(m, unit_at("/1/5/7/")));
  EXPECT_FALSE(can_manage_unit(m, unit_at("/1/5/")));
  EXPECT_TRUE(can_manage_unit(actor({Role::kAdmin}, "/1/"), unit_at("/1/")));
  EXPECT_FALSE(can_create_unit_under(actor({Role::kEditor, Role::kApprover}, "/1/"), unit_at("/1/")));
}

TEST(Access, OnlyAdminsGrantAdmin) {
  auto m = actor({Role::kManager}, "/1/");
  EXPECT_TRUE(can_manage_users_of(m, unit_at("/1/2/"), RoleSet{Role::kEditor}));
  EXPECT_FALSE(can_manage_users_of(m, unit_at("/1/2/"), RoleSet{Role::kAdmin}));
  EXPECT_TRUE(can_manage_users_of(actor({Role::kAdmin}, "/1/"), unit_at("/1/2/"), RoleSet{Role::kAdmin}));
  EXPECT_EQ(can_manage_users_of(actor({Role::kViewer}, "/1/"), unit_at("/1/"), {}).error().code,
            ErrorCode::kForbidden);
}

TEST(Access, TheSystemActorSeesEverything) {
  EXPECT_TRUE(can_manage_unit(Actor::System(), unit_at("/77/")));
}

TEST(Access, ReportsGoUpOneLevel) {
  OrgUnit school = unit_at("/1/5/9/");
  school.id = 9;
  school.parent_id = 5;
  auto editor = actor({Role::kEditor}, "/1/5/9/");
  editor.org_id = 9;
  auto parent_approver = actor({Role::kApprover}, "/1/5/");
  parent_approver.org_id = 5;
  auto own_approver = actor({Role::kApprover}, "/1/5/9/");
  own_approver.org_id = 9;
  auto grandparent_approver = actor({Role::kApprover}, "/1/");
  grandparent_approver.org_id = 1;
  auto parent_manager = actor({Role::kManager}, "/1/5/");
  parent_manager.org_id = 5;
  auto admin = actor({Role::kAdmin}, "/1/");
  admin.org_id = 1;

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
