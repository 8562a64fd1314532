#include "app/fixture.h"

namespace bd::test {
namespace {

TEST(Initialize, CreatesRootAndAdminOnceAndReportsAGeneratedPassword) {
  TempDir dir;
  auto store = storage::Store::open("sqlite:" + dir.path() + "/i.db");
  ASSERT_TRUE(store.ok());
  app::App a(**store);
  auto first = app::initialize(a, {});
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_TRUE(first->created_root);
  EXPECT_TRUE(first->created_admin);
  EXPECT_FALSE(first->admin_password.empty());
  EXPECT_TRUE(a.auth().login("admin", first->admin_password, "127.0.0.1").ok());
  auto again = app::initialize(a, {});
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again->created_root);
  EXPECT_FALSE(again->created_admin);
  EXPECT_TRUE(again->admin_password.empty());
}

TEST(Initialize, RootIsUniqueAndAdminSeesEverything) {
  auto t = make_app();
  auto admin = actor_of(*t.app, "admin", kAdminPassword);
  EXPECT_EQ(admin.org_code, "BGDDT");
  EXPECT_TRUE(admin.roles.has(Role::kAdmin));
  EXPECT_EQ(t.app->orgs().create_root({"X", "Gốc khác", "", "ministry", "", "", ""}).error().code,
            ErrorCode::kConflict);
}

}  // namespace
}  // namespace bd::test
