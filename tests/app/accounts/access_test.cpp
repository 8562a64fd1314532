#include "app/accounts/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

TEST(AccountAccess, OnlyAdminsGrantAdmin) {
  auto m = actor({Role::kManager}, "/1/");
  EXPECT_TRUE(can_manage_users_of(m, unit_at("/1/2/"), RoleSet{Role::kEditor}));
  EXPECT_FALSE(can_manage_users_of(m, unit_at("/1/2/"), RoleSet{Role::kAdmin}));
  EXPECT_TRUE(can_manage_users_of(actor({Role::kAdmin}, "/1/"), unit_at("/1/2/"), RoleSet{Role::kAdmin}));
  EXPECT_EQ(can_manage_users_of(actor({Role::kViewer}, "/1/"), unit_at("/1/"), {}).error().code,
            ErrorCode::kForbidden);
}

TEST(AccountAccess, NotOutsideTheSubtree) {
  EXPECT_FALSE(can_manage_users_of(actor({Role::kManager}, "/1/5/"), unit_at("/1/6/"), RoleSet{Role::kEditor}));
}

}  // namespace
}  // namespace bd::app
