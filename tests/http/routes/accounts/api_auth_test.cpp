// /api/v1/login, /logout, /me and /account/password over the real server:
// the session cookie and CSRF token a login hands out, who /me says you
// are (by cookie and by API token), logging out, changing one's password,
// and the refusals with their status and field.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class AuthApi : public LiveServerTest<AuthApi> {
 protected:
  static HttpResult post_login(HttpClient& c, const std::string& body) {
    return c.request("POST", "/api/v1/login", body, "application/json");
  }
  // A new editor of THPT-ANLAC (created by the admin), so that password
  // changes touch no demo user.
  static void add_user(const std::string& username, const std::string& password) {
    auto admin = as("admin");
    auto r = admin.json("POST", "/api/v1/users",
                        {{"username", username}, {"full_name", "Người dùng thử"}, {"org", "THPT-ANLAC"},
                         {"roles", {"editor"}}, {"password", password}});
    ASSERT_EQ(r.status, 201) << r.body;
  }
};

TEST_F(AuthApi, LoginHandsOutASessionCookieAndACsrfToken) {
  HttpClient c(port());
  auto r = post_login(c, json{{"username", "thcs.tanmy"}, {"password", kAdminPassword}}.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const json j = r.json();
  EXPECT_EQ(j["user"]["username"], "thcs.tanmy");
  EXPECT_EQ(j["user"]["org"], "THCS-TANMY");
  EXPECT_EQ(j["user"]["roles"], json::array({"editor"}));
  EXPECT_FALSE(j["user"].contains("password_hash"));
  const std::string csrf = j["csrf_token"];
  EXPECT_GE(csrf.size(), 16u);
  const std::string cookie = r.header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("bd_session=")) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("Max-Age=28800"), std::string::npos) << "a working day: " << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "not behind TLS here";
  ASSERT_EQ(c.cookies().count("bd_session"), 1u);
  EXPECT_NE(c.cookies()["bd_session"], csrf) << "the token is not the session";
  // A second login is a second session.
  HttpClient other(port());
  auto again = post_login(other, json{{"username", "thcs.tanmy"}, {"password", kAdminPassword}}.dump());
  ASSERT_EQ(again.status, 200);
  EXPECT_NE(other.cookies()["bd_session"], c.cookies()["bd_session"]);
  EXPECT_NE(again.json()["csrf_token"], csrf);
}

TEST_F(AuthApi, LoginRefusals) {
  HttpClient c(port());
  auto wrong = post_login(c, json{{"username", "so.capnhat"}, {"password", "not-the-password"}}.dump());
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(wrong.json()["error"]["code"], "unauthenticated");
  EXPECT_TRUE(wrong.header("set-cookie").empty()) << "no cookie for a failed login";
  auto nobody = post_login(c, json{{"username", "khong.ai"}, {"password", kAdminPassword}}.dump());
  EXPECT_EQ(nobody.status, 401);
  EXPECT_EQ(nobody.json()["error"]["message"], wrong.json()["error"]["message"])
      << "an unknown user and a wrong password read the same";

  EXPECT_EQ(post_login(c, "{not json").status, 400);
  EXPECT_EQ(post_login(c, "[]").status, 400);
  auto extra = post_login(c, json{{"username", "so.xem"}, {"password", kAdminPassword}, {"remember", true}}.dump());
  EXPECT_EQ(extra.status, 400);
  EXPECT_EQ(extra.json()["error"]["field"], "remember");
  auto number = post_login(c, json{{"username", 5}, {"password", kAdminPassword}}.dump());
  EXPECT_EQ(number.status, 400);
  EXPECT_EQ(number.json()["error"]["field"], "username");
  EXPECT_TRUE(c.cookies().empty());
}

TEST_F(AuthApi, MeSaysWhoIsCallingByCookieOrToken) {
  EXPECT_EQ(HttpClient(port()).get("/api/v1/me").status, 401);
  auto c = as("so.quanly");
  auto me = c.get("/api/v1/me");
  ASSERT_EQ(me.status, 200) << me.body;
  const json u = me.json()["user"];
  EXPECT_EQ(u["username"], "so.quanly");
  EXPECT_EQ(u["full_name"], "Trần Quốc Minh");
  EXPECT_EQ(u["org"], "SGD-AL");
  EXPECT_EQ(u["roles"], json::array({"manager"}));
  EXPECT_GT(u["id"].get<int64_t>(), 0);

  auto token = c.json("POST", "/api/v1/tokens", {{"name", "Tập lệnh báo cáo"}});
  ASSERT_EQ(token.status, 201) << token.body;
  HttpClient script(port());
  script.set_bearer(token.json()["token"]);
  auto by_token = script.get("/api/v1/me");
  ASSERT_EQ(by_token.status, 200);
  EXPECT_EQ(by_token.json()["user"], u);
  script.set_bearer("bd_khong-hop-le");
  EXPECT_EQ(script.get("/api/v1/me").status, 401);
}

TEST_F(AuthApi, LogoutEndsTheSession) {
  auto c = as("so.xem");
  const std::string session = c.cookies()["bd_session"];
  ASSERT_EQ(c.get("/api/v1/me").status, 200);
  auto out = c.json("POST", "/api/v1/logout", nullptr);
  EXPECT_EQ(out.status, 204) << out.body;
  EXPECT_TRUE(out.body.empty());
  const std::string cookie = out.header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("bd_session=;")) << cookie;
  EXPECT_NE(cookie.find("Max-Age=0"), std::string::npos) << cookie;
  EXPECT_EQ(c.cookies().count("bd_session"), 0u) << "the client dropped it";
  // The old cookie no longer opens anything.
  HttpClient replay(port());
  replay.cookies()["bd_session"] = session;
  EXPECT_EQ(replay.get("/api/v1/me").status, 401);
  // Logging out needs a session.
  EXPECT_EQ(HttpClient(port()).json("POST", "/api/v1/logout", nullptr).status, 401);
}

TEST_F(AuthApi, ChangingOnesOwnPassword) {
  add_user("doimatkhau.api", "mat-khau-cu-1");
  auto c = as("doimatkhau.api", "mat-khau-cu-1");
  auto change = [&](const json& body) { return c.json("POST", "/api/v1/account/password", body); };

  auto wrong = change({{"current_password", "khong-dung-1"}, {"new_password", "mat-khau-moi-2"}});
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.json()["error"]["field"], "current_password");
  auto short_pw = change({{"current_password", "mat-khau-cu-1"}, {"new_password", "ngan"}});
  EXPECT_EQ(short_pw.status, 422);
  EXPECT_EQ(short_pw.json()["error"]["field"], "new_password");
  auto same = change({{"current_password", "mat-khau-cu-1"}, {"new_password", "mat-khau-cu-1"}});
  EXPECT_EQ(same.status, 422);
  EXPECT_EQ(same.json()["error"]["field"], "new_password");
  auto extra = change({{"current_password", "mat-khau-cu-1"}, {"new_password", "mat-khau-moi-2"}, {"user", "admin"}});
  EXPECT_EQ(extra.status, 400);
  EXPECT_EQ(extra.json()["error"]["field"], "user");
  auto not_text = change({{"current_password", "mat-khau-cu-1"}, {"new_password", 12345678}});
  EXPECT_EQ(not_text.status, 400);
  EXPECT_EQ(not_text.json()["error"]["field"], "new_password");
  HttpClient probe(port());
  ASSERT_TRUE(probe.login("doimatkhau.api", "mat-khau-cu-1")) << "nothing changed yet";

  auto ok = change({{"current_password", "mat-khau-cu-1"}, {"new_password", "mật-khẩu-mới-2"}});
  EXPECT_EQ(ok.status, 204) << ok.body;
  EXPECT_EQ(c.get("/api/v1/me").status, 200) << "the session that changed it stays";
  EXPECT_EQ(probe.get("/api/v1/me").status, 401) << "every other session ends";
  EXPECT_FALSE(HttpClient(port()).login("doimatkhau.api", "mat-khau-cu-1"));
  EXPECT_TRUE(HttpClient(port()).login("doimatkhau.api", "mật-khẩu-mới-2"));
  // Without a session there is no password to change.
  EXPECT_EQ(HttpClient(port())
                .json("POST", "/api/v1/account/password",
                      {{"current_password", "mật-khẩu-mới-2"}, {"new_password", "mat-khau-khac-3"}})
                .status,
            401);
}

}  // namespace
}  // namespace bd::test
