// /account: changing one's own password and managing API tokens.
#include <gtest/gtest.h>

#include <regex>

#include "support/http_client.h"

namespace bd::test {
namespace {


std::string first_match(const std::string& body, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(body, m, std::regex(pattern)) ? m[1].str() : "";
}

class AccountPages : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(me.login("thcs.tanmy", kAdminPassword)); }
  LiveServer live = start_server(true);  // per test: passwords change
  HttpClient me{live.port()};
};

TEST_F(AccountPages, ShowsWhoIAm) {
  const auto r = me.get("/account");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "<dd>thcs.tanmy</dd>"));
  EXPECT_TRUE(has(r.body, "<dd>Đỗ Thị Hạnh</dd>"));
  EXPECT_TRUE(has(r.body, R"(<a href="/orgunits/THCS-TANMY">)"));
  EXPECT_FALSE(has(r.body, "class=\"secret\"")) << "no secret without a new token";
  EXPECT_FALSE(has(r.body, "role=\"status\"")) << "no notice on a plain visit";
}

TEST_F(AccountPages, MismatchedNewPasswordsAre422) {
  const auto r = me.form("/account/password", {{"current_password", kAdminPassword},
                                               {"new_password", "mat-khau-moi-1"},
                                               {"confirm_password", "mat-khau-moi-2"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(has(r.body, "Hai lần nhập mật khẩu mới không khớp.")) << r.body;
  HttpClient again(live.port());
  EXPECT_TRUE(again.login("thcs.tanmy", kAdminPassword)) << "the password did not change";
}

TEST_F(AccountPages, WrongCurrentPasswordIs422) {
  const auto r = me.form("/account/password", {{"current_password", "not-my-password"},
                                               {"new_password", "mat-khau-moi-1"},
                                               {"confirm_password", "mat-khau-moi-1"}});
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(has(r.body, "Mật khẩu hiện tại không đúng."));
}

TEST_F(AccountPages, ChangedPasswordReplacesTheOldOne) {
  const auto r = me.form("/account/password", {{"current_password", kAdminPassword},
                                               {"new_password", "mat-khau-moi-1"},
                                               {"confirm_password", "mat-khau-moi-1"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(has(r.body, R"(<p class="notice" role="status">Đã đổi mật khẩu.</p>)")) << r.body;
  EXPECT_FALSE(has(r.body, "class=\"alert\""));
  HttpClient old_pw(live.port());
  EXPECT_FALSE(old_pw.login("thcs.tanmy", kAdminPassword));
  HttpClient new_pw(live.port());
  EXPECT_TRUE(new_pw.login("thcs.tanmy", "mat-khau-moi-1"));
  EXPECT_EQ(me.get("/account").status, 200) << "the session that changed it goes on";
}

TEST_F(AccountPages, TokenIsShownOnceWorksAsBearerAndCanBeRevoked) {
  const auto created = me.form("/account/tokens", {{"name", "Đồng bộ số liệu"}});
  ASSERT_EQ(created.status, 200) << created.body;
  EXPECT_TRUE(has(created.body, "Đã tạo mã truy cập."));
  const std::string secret = first_match(created.body, R"re(<code class="secret">([^<]+)</code>)re");
  ASSERT_TRUE(secret.starts_with("bd_")) << created.body;
  EXPECT_TRUE(has(created.body, "Đồng bộ số liệu"));

  const auto later = me.get("/account");
  EXPECT_FALSE(has(later.body, secret)) << "the secret is shown only once";
  EXPECT_TRUE(has(later.body, "Đồng bộ số liệu"));

  HttpClient api(live.port());
  api.set_bearer(secret);
  const auto who = api.get("/api/v1/me");
  ASSERT_EQ(who.status, 200) << who.body;
  EXPECT_NE(who.body.find("thcs.tanmy"), std::string::npos) << who.body;
  EXPECT_TRUE(has(me.get("/account").body, "dùng lần cuối")) << "use is recorded";

  const std::string id = first_match(later.body, R"re(action="/account/tokens/(\d+)/revoke")re");
  ASSERT_FALSE(id.empty()) << later.body;
  const auto revoked = me.form("/account/tokens/" + id + "/revoke", {});
  ASSERT_EQ(revoked.status, 303);
  EXPECT_EQ(revoked.header("location"), "/account");
  EXPECT_EQ(api.get("/api/v1/me").status, 401);
  const auto page = me.get("/account");
  EXPECT_TRUE(has(page.body, "Đã thu hồi"));
  EXPECT_FALSE(has(page.body, "/account/tokens/" + id + "/revoke"));
}

TEST_F(AccountPages, UnusedTokenHasNoLastUsedLine) {
  ASSERT_EQ(me.form("/account/tokens", {{"name", "Chưa dùng"}}).status, 200);
  const auto page = me.get("/account");
  EXPECT_TRUE(has(page.body, "Chưa dùng"));
  EXPECT_FALSE(has(page.body, "dùng lần cuối")) << "an empty date is not shown";
}

TEST_F(AccountPages, SomeoneElsesTokenCannotBeRevoked) {
  HttpClient other(live.port());
  ASSERT_TRUE(other.login("so.xem", kAdminPassword));
  const auto created = other.form("/account/tokens", {{"name", "Của người khác"}});
  const std::string secret = first_match(created.body, R"re(<code class="secret">([^<]+)</code>)re");
  const std::string id = first_match(other.get("/account").body, R"re(action="/account/tokens/(\d+)/revoke")re");
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(me.form("/account/tokens/" + id + "/revoke", {}).status, 404);
  HttpClient api(live.port());
  api.set_bearer(secret);
  EXPECT_EQ(api.get("/api/v1/me").status, 200);
}

TEST_F(AccountPages, EmptyTokenNameIsRefused) {
  const auto r = me.form("/account/tokens", {{"name", "   "}});
  EXPECT_EQ(r.status, 422);
  EXPECT_FALSE(has(r.body, "class=\"secret\""));
}

}  // namespace
}  // namespace bd::test
