// Contract: saved views of the explorer on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class ViewStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    root_ = add_org("ROOT", std::nullopt);
    hanh_ = add_user("hanh");
    lan_ = add_user("lan");
  }
  int64_t add_user(const std::string& name) {
    User u;
    u.username = name;
    u.full_name = "Trần Thị " + name;
    u.org_id = root_.id;
    u.roles = RoleSet{Role::kViewer};
    u.password_hash = "$argon2id$fake";
    u.created_at = u.password_changed_at = 1000;
    write([&](storage::Tx& tx) { tx.insert_user(u); });
    return u.id;
  }
  storage::SavedView view(int64_t user, const std::string& name) const {
    storage::SavedView v;
    v.user_id = user;
    v.name = name;
    v.query = "items=staff_managers&org=ROOT&depth=1&periods=2025&chart=bar";
    v.created_at = 2000;
    return v;
  }
  OrgUnit root_;
  int64_t hanh_ = 0, lan_ = 0;
};

TEST_P(ViewStore, EachUserHasHerOwnViewsByNameAndCanPinRenameAndDelete) {
  auto b = view(hanh_, "Tỉ lệ nữ quản lý");
  auto a = view(hanh_, "Cán bộ theo giới tính");
  auto other = view(lan_, "Của người khác");
  write([&](storage::Tx& tx) {
    tx.insert_view(b);
    tx.insert_view(a);
    tx.insert_view(other);
  });
  ASSERT_GT(a.id, 0);
  ASSERT_NE(a.id, b.id);
  read([&](storage::Tx& tx) {
    auto mine = tx.views_of(hanh_);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0].name, "Cán bộ theo giới tính") << "by name";
    EXPECT_EQ(mine[1].query, b.query);
    EXPECT_FALSE(mine[1].pinned);
    EXPECT_EQ(mine[1].created_at, 2000);
    EXPECT_EQ(tx.views_of(lan_).size(), 1u);
  });
  b.pinned = true;
  b.name = "Nữ quản lý";
  write([&](storage::Tx& tx) { tx.update_view(b); });
  read([&](storage::Tx& tx) {
    auto v = tx.view(b.id);
    ASSERT_TRUE(v);
    EXPECT_TRUE(v->pinned);
    EXPECT_EQ(v->name, "Nữ quản lý");
    EXPECT_EQ(v->user_id, hanh_);
  });
  write([&](storage::Tx& tx) { tx.delete_view(a.id); });
  read([&](storage::Tx& tx) {
    EXPECT_FALSE(tx.view(a.id));
    EXPECT_EQ(tx.views_of(hanh_).size(), 1u);
  });
}

BD_ENGINES(ViewStore);

}  // namespace
}  // namespace bd::test
