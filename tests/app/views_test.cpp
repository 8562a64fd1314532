#include <gtest/gtest.h>

#include "app/audit.h"
#include "app/views.h"

namespace bd::app {
namespace {

TEST(Views, OrgJsonUsesCodesAndNulls) {
  OrgInfo o;
  o.unit.code = "S1";
  o.unit.name = "Trường Tiểu học Tân Mỹ";
  o.unit.type = OrgType::kSchoolPrimary;
  o.parent_code = "DEPT";
  auto j = to_json(o);
  EXPECT_EQ(j["type"], "school_primary");
  EXPECT_EQ(j["parent"], "DEPT");
  EXPECT_TRUE(j["governor"].is_null());
  EXPECT_TRUE(j["closed"].is_null());
}

TEST(Views, UserJsonNeverCarriesThePasswordHash) {
  UserInfo u;
  u.user.username = "hanh";
  u.user.password_hash = "$argon2id$secret";
  u.user.roles = RoleSet{Role::kEditor};
  auto j = to_json(u);
  EXPECT_EQ(j.dump().find("argon2id"), std::string::npos);
  EXPECT_EQ(j["roles"][0], "editor");
}

TEST(Audit, EntryCarriesActorAndJson) {
  Actor a;
  a.user_id = 9;
  a.username = "hanh";
  auto e = audit_entry(a, 123, "update", "orgunit", "S1", {{"name", "cũ"}}, {{"name", "mới"}});
  EXPECT_EQ(e.user_id, 9);
  EXPECT_EQ(e.actor, "hanh");
  EXPECT_EQ(e.before_json, R"({"name":"cũ"})");
  EXPECT_EQ(audit_entry(Actor::System(), 1, "create", "x", "y", nullptr, nullptr).user_id, std::nullopt);
}

}  // namespace
}  // namespace bd::app
