// Contract: users, sessions, API tokens and login throttling on both engines.
#include <functional>

#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class AccountStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    root_ = add_org("ROOT", std::nullopt);
    school_ = add_org("SCHOOL", root_.id);
  }
  User add_user(const std::string& name, int64_t org) {
    User u;
    u.username = name;
    u.full_name = "Nguyễn Thị " + name;
    u.org_id = org;
    u.roles = RoleSet{Role::kEditor, Role::kViewer};
    u.password_hash = "$argon2id$fake";
    u.created_at = u.password_changed_at = 1000;
    write([&](storage::Tx& tx) { tx.insert_user(u); });
    return u;
  }
  OrgUnit root_, school_;
};

TEST_P(AccountStore, UsersRoundTrip) {
  User u = add_user("hanh", school_.id);
  EXPECT_GT(u.id, 0);
  read([&](storage::Tx& tx) {
    auto got = tx.user_by_username("hanh");
    ASSERT_TRUE(got);
    EXPECT_EQ(got->full_name, "Nguyễn Thị hanh");
    EXPECT_EQ(got->roles, (RoleSet{Role::kEditor, Role::kViewer}));
    EXPECT_EQ(got->org_id, school_.id);
    EXPECT_FALSE(got->disabled);
    EXPECT_EQ(tx.user_by_id(u.id)->username, "hanh");
    EXPECT_FALSE(tx.user_by_username("nobody"));
  });
  u.disabled = true;
  u.roles = RoleSet{Role::kApprover};
  write([&](storage::Tx& tx) { tx.update_user(u); });
  read([&](storage::Tx& tx) {
    EXPECT_TRUE(tx.user_by_id(u.id)->disabled);
    EXPECT_EQ(tx.user_by_id(u.id)->roles, RoleSet{Role::kApprover});
  });
}

TEST_P(AccountStore, UsersWithinASubtree) {
  add_user("top", root_.id);
  add_user("hanh", school_.id);
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.users_within(root_.path).size(), 2u);
    auto below = tx.users_within(school_.path);
    ASSERT_EQ(below.size(), 1u);
    EXPECT_EQ(below[0].username, "hanh");
  });
}

TEST_P(AccountStore, SessionsAreFoundByHashAndExpire) {
  User u = add_user("hanh", school_.id);
  write([&](storage::Tx& tx) {
    tx.insert_session({"hash-1", u.id, "csrf-1", 100, 200});
    tx.insert_session({"hash-2", u.id, "csrf-2", 100, 900});
  });
  read([&](storage::Tx& tx) {
    ASSERT_TRUE(tx.session_by_hash("hash-1"));
    EXPECT_EQ(tx.session_by_hash("hash-1")->csrf_token, "csrf-1");
  });
  write([&](storage::Tx& tx) { tx.delete_expired_sessions(500); });
  read([&](storage::Tx& tx) {
    EXPECT_FALSE(tx.session_by_hash("hash-1"));
    EXPECT_TRUE(tx.session_by_hash("hash-2"));
  });
  write([&](storage::Tx& tx) { tx.insert_session({"hash-3", u.id, "csrf-3", 100, 900}); });
  write([&](storage::Tx& tx) { tx.delete_sessions_of(u.id, "hash-3"); });
  read([&](storage::Tx& tx) {
    EXPECT_FALSE(tx.session_by_hash("hash-2"));
    EXPECT_TRUE(tx.session_by_hash("hash-3")) << "the session kept";
  });
  write([&](storage::Tx& tx) { tx.delete_sessions_of(u.id, ""); });
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.session_by_hash("hash-3")); });
}

TEST_P(AccountStore, TokensAreStoredByHashAndRevocable) {
  User u = add_user("bot", root_.id);
  ApiToken t;
  t.user_id = u.id;
  t.name = "Đồng bộ";
  t.token_hash = "abc";
  t.created_at = 5;
  write([&](storage::Tx& tx) { tx.insert_token(t); });
  EXPECT_GT(t.id, 0);
  t.revoked = true;
  t.last_used_at = 77;
  write([&](storage::Tx& tx) { tx.update_token(t); });
  read([&](storage::Tx& tx) {
    auto got = tx.token_by_hash("abc");
    ASSERT_TRUE(got);
    EXPECT_TRUE(got->revoked);
    EXPECT_EQ(got->last_used_at, 77);
    EXPECT_EQ(got->name, "Đồng bộ");
    EXPECT_EQ(tx.tokens_of(u.id).size(), 1u);
  });
}

TEST_P(AccountStore, RevokingEveryTokenOfAUserCountsThoseStillInForce) {
  User u = add_user("bot", root_.id), other = add_user("hanh", school_.id);
  auto token = [&](const User& owner, const std::string& hash, bool revoked) {
    ApiToken t;
    t.user_id = owner.id;
    t.name = hash;
    t.token_hash = hash;
    write([&](storage::Tx& tx) {
      tx.insert_token(t);
      t.revoked = revoked;
      tx.update_token(t);
    });
  };
  token(u, "a", false);
  token(u, "b", false);
  token(u, "c", true);
  token(other, "d", false);
  int n = -1;
  write([&](storage::Tx& tx) { n = tx.revoke_tokens_of(u.id); });
  EXPECT_EQ(n, 2);
  read([&](storage::Tx& tx) {
    for (const auto& t : tx.tokens_of(u.id)) EXPECT_TRUE(t.revoked) << t.name;
    EXPECT_FALSE(tx.token_by_hash("d")->revoked) << "another user's token stays";
  });
}

TEST_P(AccountStore, LoginFailuresCountInAWindow) {
  write([&](storage::Tx& tx) {
    tx.add_login_failure("user:hanh", 100);
    tx.add_login_failure("user:hanh", 200);
    tx.add_login_failure("user:other", 200);
  });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.count_login_failures("user:hanh", 0), 2);
    EXPECT_EQ(tx.count_login_failures("user:hanh", 150), 1);
  });
  write([&](storage::Tx& tx) { tx.clear_login_failures("user:hanh"); });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.count_login_failures("user:hanh", 0), 0);
    EXPECT_EQ(tx.count_login_failures("user:other", 0), 1);
  });
}

TEST_P(AccountStore, UserMustBelongToAnExistingUnit) {
  Status st = store_->write([&](storage::Tx& tx) {
    User u;
    u.username = "ghost";
    u.org_id = 999999;
    u.password_hash = "x";
    tx.insert_user(u);
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok()) << "foreign keys must be enforced on every engine";
}
TEST_P(AccountStore, TheAccountsGenerationRisesOnlyWhenWhatAuthenticationReadsIsCommitted) {
  User u = add_user("hanh", school_.id);
  const uint64_t g0 = store_->accounts_generation();
  write([&](storage::Tx& tx) { tx.insert_session({"hash-1", u.id, "csrf-1", 100, 900}); });
  write([&](storage::Tx& tx) { tx.add_login_failure("user:x", 100); });
  EXPECT_EQ(store_->accounts_generation(), g0) << "a new session or a failed login ends nothing";
  const std::vector<std::pair<const char*, std::function<void(storage::Tx&)>>> changes = {
      {"update_user", [&](storage::Tx& tx) { tx.update_user(u); }},
      {"delete_session", [&](storage::Tx& tx) { tx.delete_session("hash-1"); }},
      {"delete_sessions_of", [&](storage::Tx& tx) { tx.delete_sessions_of(u.id, ""); }},
      {"revoke_tokens_of", [&](storage::Tx& tx) { tx.revoke_tokens_of(u.id); }},
      {"update_org", [&](storage::Tx& tx) { tx.update_org(school_); }},
      {"move_subtree", [&](storage::Tx& tx) { tx.move_subtree("/nowhere/", "/elsewhere/"); }},
  };
  for (const auto& [name, change] : changes) {
    const uint64_t before = store_->accounts_generation();
    Status rolled_back = store_->write([&](storage::Tx& tx) -> Status {
      change(tx);
      return Error::Conflict("rolled back");
    });
    EXPECT_FALSE(rolled_back.ok());
    EXPECT_EQ(store_->accounts_generation(), before) << name << ": a rollback changes nothing";
    write([&](storage::Tx& tx) { change(tx); });
    EXPECT_EQ(store_->accounts_generation(), before + 1) << name;
  }
}

BD_ENGINES(AccountStore);

}  // namespace
}  // namespace bd::test
