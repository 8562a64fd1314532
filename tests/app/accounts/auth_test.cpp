#include "app/fixture.h"

namespace bd::test {
namespace {

class Auth : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app("sqlite", false, &clock_);
    add_user(*t_.app, "hanh", "BGDDT", "editor");
  }
  app::Auth& auth() { return t_.app->auth(); }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(Auth, LoginGivesASessionThatExpires) {
  auto r = auth().login(" Hanh ", "password-123", "10.0.0.1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_FALSE(r->csrf_token.empty());
  auto s = auth().from_session(r->session_token);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->actor.username, "hanh");
  EXPECT_EQ(s->csrf_token, r->csrf_token);
  clock_.t += t_.app->config().session_ttl_seconds + 1;
  EXPECT_EQ(auth().from_session(r->session_token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(Auth, WrongPasswordAndUnknownUserLookTheSame) {
  auto wrong = auth().login("hanh", "nope-nope-nope", "10.0.0.1");
  auto unknown = auth().login("nobody", "nope-nope-nope", "10.0.0.1");
  ASSERT_FALSE(wrong.ok());
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(Auth, AccountIsThrottledAfterFiveFailuresEvenWithTheRightPassword) {
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(auth().login("hanh", "wrong-password", "10.0.0." + std::to_string(i)));
  auto r = auth().login("hanh", "password-123", "10.0.0.9");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kTooManyRequests);
  clock_.t += t_.app->config().throttle_window_seconds + 1;
  EXPECT_TRUE(auth().login("hanh", "password-123", "10.0.0.9").ok()) << "the window passes";
}

TEST_F(Auth, AnAddressIsThrottledAcrossUsernames) {
  const int limit = t_.app->config().max_failures_per_address;
  for (int i = 0; i < limit; ++i) auth().login("guess" + std::to_string(i), "wrong-password", "10.9.9.9");
  EXPECT_EQ(auth().login("hanh", "password-123", "10.9.9.9").error().code, ErrorCode::kTooManyRequests);
  EXPECT_TRUE(auth().login("hanh", "password-123", "10.1.1.1").ok());
}

TEST_F(Auth, LogoutEndsTheSession) {
  auto r = auth().login("hanh", "password-123", "10.0.0.1");
  ASSERT_TRUE(auth().logout(r->session_token).ok());
  EXPECT_FALSE(auth().from_session(r->session_token).ok());
}

TEST_F(Auth, DisabledUsersCannotLogInAndLoseTheirSessions) {
  auto r = auth().login("hanh", "password-123", "10.0.0.1");
  ASSERT_TRUE(auth().from_session(r->session_token).ok()) << "now in the cache";
  auto admin = actor_of(*t_.app, "admin", kAdminPassword);
  auto users = t_.app->users().list(admin);
  int64_t id = 0;
  for (const auto& u : *users)
    if (u.user.username == "hanh") id = u.user.id;
  app::UserPatch p;
  p.disabled = true;
  ASSERT_TRUE(t_.app->users().update(admin, id, p).ok());
  EXPECT_FALSE(auth().from_session(r->session_token).ok());
  EXPECT_FALSE(auth().login("hanh", "password-123", "10.0.0.1").ok());
}

TEST_F(Auth, ApiTokensAuthenticateUntilRevoked) {
  auto hanh = actor_of(*t_.app, "hanh", "password-123");
  auto tok = t_.app->users().create_token(hanh, "Đồng bộ số liệu");
  ASSERT_TRUE(tok.ok());
  EXPECT_TRUE(tok->secret.starts_with("bd_"));
  auto a = auth().from_api_token(tok->secret);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->actor.username, "hanh");
  EXPECT_TRUE(a->csrf_token.empty());
  EXPECT_FALSE(auth().from_api_token(tok->secret + "x").ok());
  ASSERT_TRUE(t_.app->users().revoke_token(hanh, tok->token.id).ok());
  EXPECT_FALSE(auth().from_api_token(tok->secret).ok());
}

TEST_F(Auth, ACachedSessionEndsAtOnceWithAPasswordResetOrALogout) {
  auto r = auth().login("hanh", "password-123", "10.0.0.1");
  auto r2 = auth().login("hanh", "password-123", "10.0.0.2");
  ASSERT_TRUE(auth().from_session(r->session_token).ok());
  ASSERT_TRUE(auth().from_session(r2->session_token).ok());
  ASSERT_TRUE(auth().logout(r2->session_token).ok());
  EXPECT_FALSE(auth().from_session(r2->session_token).ok()) << "logged out";
  auto admin = actor_of(*t_.app, "admin", kAdminPassword);
  int64_t id = 0;
  const auto users = t_.app->users().list(admin);  // kept: a loop over *list(…) reads a destroyed result
  ASSERT_TRUE(users.ok());
  for (const auto& u : *users)
    if (u.user.username == "hanh") id = u.user.id;
  ASSERT_TRUE(t_.app->users().reset_password(admin, id, "new-password-456").ok());
  EXPECT_FALSE(auth().from_session(r->session_token).ok()) << "the reset ends every session at once";
}

TEST_F(Auth, AnotherNodesChangeIsSeenWithinTheCacheTime) {
  auto r = auth().login("hanh", "password-123", "10.0.0.1");
  ASSERT_TRUE(auth().from_session(r->session_token).ok());
  auto other_node = storage::Store::open(t_.url);
  ASSERT_TRUE(other_node.ok());
  ASSERT_TRUE((*other_node)
                  ->write([&](storage::Tx& tx) {
                    tx.delete_session(app::token_hash(r->session_token));
                    return Status::Ok();
                  })
                  .ok());
  EXPECT_TRUE(auth().from_session(r->session_token).ok()) << "believed from the cache, without a read";
  clock_.t += t_.app->config().auth_cache_seconds;
  EXPECT_FALSE(auth().from_session(r->session_token).ok()) << "the cache time is over: read again";
}

TEST_F(Auth, LoginsAreAudited) {
  ASSERT_TRUE(auth().login("hanh", "password-123", "10.0.0.7").ok());
  Status st = t_.store->read([](storage::Tx& tx) {
    auto log = tx.audit_for("session", "hanh");
    EXPECT_EQ(log.size(), 1u);
    EXPECT_NE(log[0].after_json.find("10.0.0.7"), std::string::npos);
    return Status::Ok();
  });
  EXPECT_TRUE(st.ok());
}

}  // namespace
}  // namespace bd::test
