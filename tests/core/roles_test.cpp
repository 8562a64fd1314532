#include "core/roles.h"

#include <string>

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(RolesTest, RoleCodesRoundTrip) {
  ASSERT_EQ(all_roles().size(), 6u);
  for (Role r : all_roles()) {
    auto back = parse_role(role_code(r));
    ASSERT_TRUE(back.has_value()) << role_code(r);
    EXPECT_EQ(*back, r);
    EXPECT_FALSE(role_label_vi(r).empty());
    EXPECT_FALSE(role_label_en(r).empty());
  }
  EXPECT_EQ(role_code(Role::kAdmin), "admin");
  EXPECT_EQ(role_code(Role::kApprover), "approver");
  EXPECT_EQ(role_label_vi(Role::kApprover), "Phê duyệt");
  EXPECT_EQ(role_label_en(Role::kViewer), "Viewer");
}

TEST(RolesTest, UnknownRoleIsNullopt) {
  EXPECT_FALSE(parse_role("").has_value());
  EXPECT_FALSE(parse_role("Admin").has_value());
  EXPECT_FALSE(parse_role("root").has_value());
}

TEST(RolesTest, RoleSetAddHasEmpty) {
  RoleSet s;
  EXPECT_TRUE(s.empty());
  EXPECT_FALSE(s.has(Role::kEditor));
  s.add(Role::kEditor);
  EXPECT_FALSE(s.empty());
  EXPECT_TRUE(s.has(Role::kEditor));
  EXPECT_FALSE(s.has(Role::kAdmin));
}

TEST(RolesTest, FormatUsesStableOrder) {
  EXPECT_EQ(RoleSet{}.to_string(), "");
  EXPECT_EQ((RoleSet{Role::kViewer, Role::kAdmin, Role::kEditor}).to_string(), "admin,editor,viewer");
  EXPECT_EQ((RoleSet{Role::kApprover}).to_string(), "approver");
}

TEST(RolesTest, ParseAcceptsSpacesAndEmptyItems) {
  auto s = RoleSet::parse(" editor , approver,,");
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(*s, (RoleSet{Role::kEditor, Role::kApprover}));
  auto empty = RoleSet::parse("");
  ASSERT_TRUE(empty.has_value());
  EXPECT_TRUE(empty->empty());
}

TEST(RolesTest, ParseRejectsUnknownRole) {
  EXPECT_FALSE(RoleSet::parse("admin,root").has_value());
  EXPECT_FALSE(RoleSet::parse("ADMIN").has_value());
  EXPECT_FALSE(RoleSet::parse("admin;editor").has_value());
}

TEST(RolesTest, ParseFormatRoundTrip) {
  for (const char* text : {"admin", "manager,editor", "admin,manager,editor,approver,viewer"}) {
    auto s = RoleSet::parse(text);
    ASSERT_TRUE(s.has_value()) << text;
    EXPECT_EQ(s->to_string(), text);
  }
}

TEST(RolesTest, ListIsInRoleOrder) {
  RoleSet s{Role::kViewer, Role::kManager};
  EXPECT_EQ(s.list(), (std::vector<Role>{Role::kManager, Role::kViewer}));
}

struct GrantCase {
  Role role;
  bool view, manage_units, manage_users, edit, approve;
};

TEST(RolesTest, GrantMatrixForEverySingleRole) {
  const GrantCase cases[] = {
      {Role::kAdmin, true, true, true, true, true},
      {Role::kManager, true, true, true, true, false},
      {Role::kEditor, true, false, false, true, false},
      {Role::kApprover, true, false, false, false, true},
      {Role::kViewer, true, false, false, false, false},
  };
  for (const auto& c : cases) {
    RoleSet s{c.role};
    SCOPED_TRACE(std::string(role_code(c.role)));
    EXPECT_EQ(role_grants(s, Permission::kView), c.view);
    EXPECT_EQ(role_grants(s, Permission::kManageUnits), c.manage_units);
    EXPECT_EQ(role_grants(s, Permission::kManageUsers), c.manage_users);
    EXPECT_EQ(role_grants(s, Permission::kEdit), c.edit);
    EXPECT_EQ(role_grants(s, Permission::kApprove), c.approve);
  }
}

TEST(RolesTest, EmptyRoleSetGrantsNothing) {
  for (Permission p : {Permission::kView, Permission::kManageUnits, Permission::kManageUsers, Permission::kEdit,
                       Permission::kApprove})
    EXPECT_FALSE(role_grants(RoleSet{}, p));
}

TEST(RolesTest, CombinedRolesGrantTheUnion) {
  RoleSet s{Role::kEditor, Role::kApprover};
  EXPECT_TRUE(role_grants(s, Permission::kEdit));
  EXPECT_TRUE(role_grants(s, Permission::kApprove));
  EXPECT_FALSE(role_grants(s, Permission::kManageUsers));
}

}  // namespace
}  // namespace bd

namespace bd {
namespace {

TEST(RolesTest, OnlyIncidentOfficersHoldTheIncidentPermission) {
  EXPECT_EQ(role_code(Role::kIncidentOfficer), "incident_officer");
  EXPECT_FALSE(role_grants(RoleSet{Role::kAdmin}, Permission::kIncidents));
  EXPECT_FALSE(role_grants(RoleSet{Role::kManager, Role::kApprover}, Permission::kIncidents));
  EXPECT_TRUE(role_grants(RoleSet{Role::kEditor, Role::kIncidentOfficer}, Permission::kIncidents));
  EXPECT_FALSE(role_grants(RoleSet{Role::kIncidentOfficer}, Permission::kEdit));
  auto parsed = RoleSet::parse("editor,incident_officer");
  ASSERT_TRUE(parsed.has_value());
  EXPECT_EQ(parsed->to_string(), "editor,incident_officer");
}

}  // namespace
}  // namespace bd
