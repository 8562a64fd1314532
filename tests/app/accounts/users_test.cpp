#include "app/fixture.h"

namespace bd::test {
namespace {

class Users : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app("sqlite", false, &clock_);
    auto sys = app::Actor::System();
    ASSERT_TRUE(t_.app->orgs().create(sys, unit("DEPT", "Sở GD&ĐT", "BGDDT", "department")));
    ASSERT_TRUE(t_.app->orgs().create(sys, unit("S1", "Trường Tiểu học Tân Mỹ", "DEPT")));
    ASSERT_TRUE(t_.app->orgs().create(sys, unit("OTHER", "Sở GD&ĐT khác", "BGDDT", "department")));
    add_user(*t_.app, "manager", "DEPT", "manager");
    add_user(*t_.app, "editor", "S1", "editor");
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, "password-123"); }
  int64_t id_of(const std::string& username) {
    auto list = t_.app->users().list(app::Actor::System());
    for (const auto& u : *list)
      if (u.user.username == username) return u.user.id;
    return 0;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(Users, ManagerCreatesUsersInItsSubtreeOnly) {
  auto m = as("manager");
  auto ok = t_.app->users().create(m, {"Hanh.Do", "Đỗ Thị Hạnh", "S1", "password-123", {"editor", "viewer"}});
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->user.username, "hanh.do");
  EXPECT_EQ(ok->org_code, "S1");
  EXPECT_EQ(t_.app->users().create(m, {"x1x", "X", "OTHER", "password-123", {"editor"}}).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->users().create(m, {"x2x", "X", "S1", "password-123", {"admin"}}).error().code,
            ErrorCode::kForbidden) << "only admins grant admin";
  EXPECT_EQ(t_.app->users().create(m, {"hanh.do", "X", "S1", "password-123", {"editor"}}).error().code,
            ErrorCode::kConflict);
  EXPECT_EQ(t_.app->users().create(m, {"x3x", "X", "S1", "short", {"editor"}}).error().field, "password");
  EXPECT_EQ(t_.app->users().create(m, {"x4x", "X", "S1", "password-123", {"boss"}}).error().field, "roles");
  EXPECT_EQ(t_.app->users().create(m, {"x5x", "X", "S1", "password-123", {}}).error().field, "roles");
  EXPECT_EQ(t_.app->users().create(m, {"Bad Name", "X", "S1", "password-123", {"editor"}}).error().field,
            "username");
}

TEST_F(Users, EditorsCannotManageAccounts) {
  auto e = as("editor");
  EXPECT_EQ(t_.app->users().list(e).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->users().create(e, {"x1x", "X", "S1", "password-123", {"viewer"}}).error().code,
            ErrorCode::kForbidden);
}

TEST_F(Users, ListShowsTheSubtreeWithoutHashes) {
  auto list = t_.app->users().list(as("manager"));
  ASSERT_TRUE(list.ok());
  EXPECT_EQ(list->size(), 2u);
  for (const auto& u : *list) EXPECT_FALSE(app::to_json(u).contains("password_hash"));
}

TEST_F(Users, ResetPasswordEndsSessions) {
  auto login = t_.app->auth().login("editor", "password-123", "1.1.1.1");
  ASSERT_TRUE(t_.app->users().reset_password(as("manager"), id_of("editor"), "new-password-9").ok());
  EXPECT_FALSE(t_.app->auth().from_session(login->session_token).ok());
  EXPECT_TRUE(t_.app->auth().login("editor", "new-password-9", "1.1.1.1").ok());
  EXPECT_EQ(t_.app->users().reset_password(as("manager"), id_of("admin"), "new-password-9").error().code,
            ErrorCode::kForbidden);
}

TEST_F(Users, ChangeOwnPasswordNeedsTheCurrentOne) {
  auto e = as("editor");
  EXPECT_EQ(t_.app->users().change_own_password(e, "wrong-one-1", "another-pass-1", "").error().field,
            "current_password");
  EXPECT_TRUE(t_.app->users().change_own_password(e, "password-123", "another-pass-1", "").ok());
  EXPECT_TRUE(t_.app->auth().login("editor", "another-pass-1", "1.1.1.1").ok());
}

// A password change left the user's other sessions working, and a reset
// left the API tokens working.
TEST_F(Users, ChangingAPasswordEndsEveryOtherSession) {
  auto here = t_.app->auth().login("editor", "password-123", "1.1.1.1");
  auto phone = t_.app->auth().login("editor", "password-123", "2.2.2.2");
  auto token = t_.app->users().create_token(as("editor"), "Đồng bộ");
  ASSERT_TRUE(here && phone && token);
  ASSERT_TRUE(t_.app->users().change_own_password(as("editor"), "password-123", "another-pass-1", here->session_token));
  EXPECT_TRUE(t_.app->auth().from_session(here->session_token).ok()) << "the session it was changed from stays";
  EXPECT_FALSE(t_.app->auth().from_session(phone->session_token).ok());
  EXPECT_TRUE(t_.app->auth().from_api_token(token->secret).ok()) << "tokens are revoked one by one";
}

TEST_F(Users, AResetEndsEverySessionAndRevokesTheTokens) {
  auto session = t_.app->auth().login("editor", "password-123", "1.1.1.1");
  auto token = t_.app->users().create_token(as("editor"), "Đồng bộ");
  ASSERT_TRUE(session && token);
  ASSERT_TRUE(t_.app->auth().from_api_token(token->secret).ok());
  ASSERT_TRUE(t_.app->users().reset_password(as("manager"), id_of("editor"), "new-password-9"));
  EXPECT_FALSE(t_.app->auth().from_session(session->session_token).ok());
  EXPECT_FALSE(t_.app->auth().from_api_token(token->secret).ok());
  bool audited = false;
  t_.store->read([&](storage::Tx& tx) {
    for (const auto& e : tx.audit_for("user", "editor"))
      if (e.action == "reset_password")
        audited = nlohmann::json::parse(e.after_json).value("api_tokens_revoked", -1) == 1;
    return Status::Ok();
  });
  EXPECT_TRUE(audited) << "the audit says how many tokens were revoked";
}

TEST_F(Users, NobodyDisablesThemselves) {
  auto m = as("manager");
  app::UserPatch p;
  p.disabled = true;
  EXPECT_EQ(t_.app->users().update(m, id_of("manager"), p).error().code, ErrorCode::kConflict);
}

TEST_F(Users, UpdatesAreAuditedWithBeforeAndAfter) {
  app::UserPatch p;
  p.roles = std::vector<std::string>{"approver"};
  ASSERT_TRUE(t_.app->users().update(as("manager"), id_of("editor"), p).ok());
  Status st = t_.store->read([](storage::Tx& tx) {
    auto log = tx.audit_for("user", "editor");
    EXPECT_EQ(log.back().action, "update");
    EXPECT_NE(log.back().before_json.find("editor"), std::string::npos);
    EXPECT_NE(log.back().after_json.find("approver"), std::string::npos);
    return Status::Ok();
  });
  EXPECT_TRUE(st.ok());
}

}  // namespace
}  // namespace bd::test
