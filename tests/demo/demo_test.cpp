#include "demo/demo.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(Demo, BuildsAProvinceAfterTheReformAndIsIdempotent) {
  auto t = make_app("sqlite", true);
  auto admin = actor_of(*t.app, "admin", kAdminPassword);
  auto units = t.app->orgs().list(admin, {"", true, ""});
  ASSERT_TRUE(units.ok());
  int schools = 0;
  for (const auto& u : *units) schools += is_school(u.unit.type) ? 1 : 0;
  EXPECT_GE(schools, 18);
  auto office = t.app->orgs().get(admin, "PGD-NGOCKHE");
  ASSERT_TRUE(office.ok());
  EXPECT_EQ(office->info.unit.closed, "2025-07-01");
  auto school = t.app->orgs().get(admin, "THCS-TANMY");
  EXPECT_EQ(school->info.parent_code, "SGD-AL");
  EXPECT_EQ(school->info.governor_code, "UBND-XA-TANMY");
  ASSERT_EQ(school->history.size(), 2u) << "the old office is still in its history";
  EXPECT_EQ(school->history[0].parent_id, office->info.unit.id);
  for (const char* role_user : {"so.quanly", "so.pheduyet", "so.capnhat", "so.xem", "thcs.tanmy"})
    EXPECT_TRUE(t.app->auth().login(role_user, kAdminPassword, "127.0.0.1").ok()) << role_user;
  auto again = app::build_demo(*t.app, {kAdminPassword});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created);
}

}  // namespace
}  // namespace bd::test
