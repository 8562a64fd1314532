// /login and /logout as a browser uses them: the login form's own CSRF cookie,
// the session cookie, safe redirects, failures and throttling.
#include <gtest/gtest.h>

#include <regex>

#include "http/request.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

// The Set-Cookie header for cookie `name`, or "".
std::string set_cookie(const HttpResult& r, const std::string& name) {
  auto [from, to] = r.headers.equal_range("set-cookie");
  for (auto it = from; it != to; ++it)
    if (it->second.starts_with(name + "=")) return it->second;
  return "";
}

std::string hidden_csrf(const std::string& html) {
  std::smatch m;
  return std::regex_search(html, m, std::regex(R"re(name="_csrf" value="([^"]*)")re")) ? m[1].str() : "";
}

class AuthPages : public ::testing::Test {
 protected:
  void SetUp() override { live = start_server(true); }
  LiveServer live;

  // Fetches the form, then posts it with its CSRF token (unless `with_csrf` is false).
  HttpResult post_login(HttpClient& c, const std::string& user, const std::string& password,
                        const std::string& next = "", bool with_csrf = true) {
    const auto page = c.get("/login");
    EXPECT_EQ(page.status, 200);
    std::string body = "username=" + http::url_encode(user) + "&password=" + http::url_encode(password) +
                       "&next=" + http::url_encode(next);
    if (with_csrf) body += "&_csrf=" + http::url_encode(hidden_csrf(page.body));
    return c.request("POST", "/login", body, "application/x-www-form-urlencoded");
  }
};

TEST_F(AuthPages, LoginFormCarriesTheCsrfOfItsCookie) {
  HttpClient c(live.port());
  const auto r = c.get("/login");
  ASSERT_EQ(r.status, 200);
  const std::string cookie = set_cookie(r, "bd_login_csrf");
  ASSERT_FALSE(cookie.empty());
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
  const std::string token = c.cookies()["bd_login_csrf"];
  EXPECT_GE(token.size(), 16u);
  EXPECT_EQ(hidden_csrf(r.body), token);
  const auto again = c.get("/login");
  EXPECT_NE(hidden_csrf(again.body), token) << "a fresh token per form";
  EXPECT_EQ(hidden_csrf(again.body), c.cookies()["bd_login_csrf"]);
}

TEST_F(AuthPages, RightCredentialsSetTheSessionAndGoHome) {
  HttpClient c(live.port());
  const auto r = post_login(c, "so.quanly", kAdminPassword);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/");
  const std::string session = set_cookie(r, "bd_session");
  EXPECT_NE(session.find("HttpOnly"), std::string::npos) << session;
  EXPECT_NE(session.find("SameSite=Lax"), std::string::npos) << session;
  EXPECT_FALSE(c.cookies()["bd_session"].empty());
  EXPECT_EQ(c.cookies().count("bd_login_csrf"), 0u) << "the login token is cleared";
  const auto home = c.get("/");
  EXPECT_EQ(home.status, 200);
  EXPECT_NE(home.body.find("Trần Quốc Minh"), std::string::npos);
}

TEST_F(AuthPages, FollowsOnlyALocalNext) {
  HttpClient local(live.port());
  const auto r = post_login(local, "so.xem", kAdminPassword, "/orgunits?q=an");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/orgunits?q=an");
  // Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" is "//evil.example".
  for (const char* next : {"//evil.example", "https://evil.example/", "/\\evil.example", "/\t/evil.example",
                           "/\n/evil.example", "/x\r\nX-Injected: 1"}) {
    HttpClient c(live.port());
    const auto bad = post_login(c, "so.xem", kAdminPassword, next);
    ASSERT_EQ(bad.status, 303) << next;
    EXPECT_EQ(bad.header("location"), "/") << next;
    EXPECT_EQ(bad.headers.count("x-injected"), 0u) << "no header can be smuggled in";
  }
}

TEST_F(AuthPages, WrongPasswordIs401AndKeepsTheUsername) {
  HttpClient c(live.port());
  const auto r = post_login(c, "so.xem", "not-the-password");
  EXPECT_EQ(r.status, 401);
  EXPECT_NE(r.body.find("Tên đăng nhập hoặc mật khẩu không đúng"), std::string::npos);
  EXPECT_NE(r.body.find(R"(name="username" value="so.xem")"), std::string::npos) << r.body;
  EXPECT_TRUE(set_cookie(r, "bd_session").empty());
  EXPECT_EQ(hidden_csrf(r.body), c.cookies()["bd_login_csrf"]) << "the re-rendered form can be sent again";
}

TEST_F(AuthPages, MissingOrForeignCsrfIs403) {
  HttpClient c(live.port());
  const auto none = post_login(c, "so.xem", kAdminPassword, "", false);
  EXPECT_EQ(none.status, 403);
  EXPECT_NE(none.body.find("Trang đăng nhập đã hết hạn"), std::string::npos);
  EXPECT_TRUE(set_cookie(none, "bd_session").empty());
  HttpClient fresh(live.port());  // a token without its cookie (another browser's page)
  const std::string token = hidden_csrf(HttpClient(live.port()).get("/login").body);
  const auto foreign = fresh.request("POST", "/login", "username=so.xem&password=admin-pass-1&_csrf=" + token,
                                     "application/x-www-form-urlencoded");
  EXPECT_EQ(foreign.status, 403);
}

TEST_F(AuthPages, SixthAttemptAfterFiveFailuresIsThrottled) {
  HttpClient c(live.port());
  for (int i = 0; i < 5; ++i) EXPECT_EQ(post_login(c, "so.xem", "wrong-" + std::to_string(i)).status, 401) << i;
  const auto r = post_login(c, "so.xem", kAdminPassword);  // even the right password
  EXPECT_EQ(r.status, 429);
  EXPECT_NE(r.body.find("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."), std::string::npos) << r.body;
  EXPECT_TRUE(set_cookie(r, "bd_session").empty());
  HttpClient other(live.port());
  EXPECT_EQ(post_login(other, "so.quanly", kAdminPassword).status, 303) << "other accounts are not locked";
}

TEST_F(AuthPages, LogoutEndsTheSession) {
  HttpClient c(live.port());
  ASSERT_TRUE(c.login("thcs.tanmy", kAdminPassword));
  const std::string session = c.cookies()["bd_session"];
  EXPECT_EQ(c.request("POST", "/logout", "", "application/x-www-form-urlencoded").status, 403) << "needs the csrf";
  const auto r = c.form("/logout", {});
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login");
  EXPECT_EQ(c.cookies().count("bd_session"), 0u) << "the cookie is expired";
  EXPECT_EQ(c.get("/").header("location"), "/login?next=%2F");
  c.cookies()["bd_session"] = session;  // a copy kept by someone else
  EXPECT_EQ(c.get("/").status, 303);
  EXPECT_EQ(c.get("/api/v1/me").status, 401);
}

TEST_F(AuthPages, LoginPageWhileLoggedInGoesHome) {
  HttpClient c(live.port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  const auto r = c.get("/login");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/");
}

}  // namespace
}  // namespace bd::test
