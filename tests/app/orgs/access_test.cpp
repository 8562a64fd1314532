#include "app/orgs/access.h"

#include <gtest/gtest.h>

#include "app/access_fixture.h"

namespace bd::app {
namespace {

using testing::actor;
using testing::unit_at;

TEST(OrgAccess, ManagingUnitsNeedsManagerAndStaysBelowOwnUnit) {
  auto m = actor({Role::kManager}, "/1/5/");
  EXPECT_TRUE(can_create_unit_under(m, unit_at("/1/5/")));
  EXPECT_FALSE(can_create_unit_under(m, unit_at("/1/")));
  EXPECT_TRUE(can_manage_unit(m, unit_at("/1/5/7/")));
  EXPECT_FALSE(can_manage_unit(m, unit_at("/1/5/")));
  EXPECT_TRUE(can_manage_unit(actor({Role::kAdmin}, "/1/"), unit_at("/1/")));
  EXPECT_FALSE(can_create_unit_under(actor({Role::kEditor, Role::kApprover}, "/1/"), unit_at("/1/")));
}

TEST(OrgAccess, TheSystemActorSeesEverything) {
  EXPECT_TRUE(can_manage_unit(Actor::System(), unit_at("/77/")));
}

}  // namespace
}  // namespace bd::app
