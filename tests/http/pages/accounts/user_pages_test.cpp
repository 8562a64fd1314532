// /users pages as a department manager: the list, creating an account with
// several roles, a form that keeps what was typed, resetting a password.
#include <gtest/gtest.h>

#include <regex>

#include "http/request.h"
#include "support/http_client.h"

namespace bd::test {
namespace {


// A form body with repeated fields (HttpClient::form takes a map).
std::string body_of(const HttpClient& c, const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body = "_csrf=" + http::url_encode(c.csrf());
  for (const auto& [k, v] : fields) body += "&" + http::url_encode(k) + "=" + http::url_encode(v);
  return body;
}

class UserPages : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(manager.login("so.quanly", kAdminPassword)); }
  HttpResult post(const std::string& path, const std::vector<std::pair<std::string, std::string>>& fields) {
    return manager.request("POST", path, body_of(manager, fields), "application/x-www-form-urlencoded");
  }
  // Creates thanh.tam (editor and viewer at THCS-TANMY); returns its page path.
  std::string create_user() {
    const auto r = post("/users", {{"full_name", "Lê Thanh Tâm"}, {"username", "thanh.tam"}, {"org", "THCS-TANMY"},
                                   {"roles", "editor"}, {"roles", "viewer"}, {"password", "mat-khau-123"}});
    EXPECT_EQ(r.status, 303) << r.body;
    const std::string location = r.header("location");
    EXPECT_TRUE(std::regex_match(location, std::regex(R"(/users/\d+\?saved=1)"))) << location;
    return location.substr(0, location.find('?'));
  }
  LiveServer live = start_server(true);  // a fresh server per test: they create the same user
  HttpClient manager{live.port()};
};

TEST_F(UserPages, ListShowsTheDemoAccountsOfTheSubtree) {
  const auto r = manager.get("/users");
  ASSERT_EQ(r.status, 200);
  for (const char* u : {"so.xem", "so.pheduyet", "thcs.tanmy", "thpt.anlac", "mn.hoamai"})
    EXPECT_TRUE(has(r.body, std::string(">") + u + "</a>")) << u;
  EXPECT_TRUE(has(r.body, "Phạm Ngọc Lan"));
  EXPECT_TRUE(has(r.body, "Trường THCS Tân Mỹ"));
  EXPECT_FALSE(has(r.body, ">admin</a>")) << "the admin sits above the department";
}

TEST_F(UserPages, CreateWithTwoRolesThenTheUserLogsIn) {
  const std::string path = create_user();
  const auto page = manager.get(path + "?saved=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Đã lưu."));
  EXPECT_TRUE(has(page.body, "<h1>Lê Thanh Tâm</h1>"));
  EXPECT_TRUE(has(page.body, R"(value="editor" checked)")) << page.body;
  EXPECT_TRUE(has(page.body, R"(value="viewer" checked)"));
  EXPECT_FALSE(has(page.body, R"(value="manager" checked)"));
  EXPECT_TRUE(has(page.body, R"(<option value="THCS-TANMY" selected>)"));
  HttpClient user(live.port());
  ASSERT_TRUE(user.login("thanh.tam", "mat-khau-123"));
  EXPECT_TRUE(has(user.get("/").body, "Lê Thanh Tâm"));
}

TEST_F(UserPages, ShortPasswordKeepsTheFormValues) {
  const auto r = post("/users", {{"full_name", "Lê Thanh Tâm"}, {"username", "thanh.tam"}, {"org", "THPT-ANLAC"},
                                 {"roles", "approver"}, {"roles", "viewer"}, {"password", "short"}});
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(has(r.body, "Mật khẩu phải có ít nhất 8 ký tự.")) << r.body;
  EXPECT_TRUE(has(r.body, R"(name="full_name" value="Lê Thanh Tâm")"));
  EXPECT_TRUE(has(r.body, R"(name="username" value="thanh.tam")"));
  EXPECT_TRUE(has(r.body, R"(<option value="THPT-ANLAC" selected>)"));
  EXPECT_TRUE(has(r.body, R"(value="approver" checked)"));
  EXPECT_TRUE(has(r.body, R"(value="viewer" checked)"));
  EXPECT_FALSE(has(r.body, R"(value="editor" checked)"));
  EXPECT_TRUE(has(r.body, R"(name="password" type="password" autocomplete="new-password" minlength="8" required aria-invalid="true")"));
  HttpClient user(live.port());
  EXPECT_FALSE(user.login("thanh.tam", "short")) << "nothing was created";
  EXPECT_FALSE(has(manager.get("/users").body, "thanh.tam"));
}

TEST_F(UserPages, DuplicateUsernameIsAConflictOnTheForm) {
  const auto r = post("/users", {{"full_name", "Ai đó"}, {"username", "so.xem"}, {"org", "SGD-AL"},
                                 {"roles", "viewer"}, {"password", "mat-khau-123"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_TRUE(has(r.body, "Tên đăng nhập đã được dùng."));
  EXPECT_TRUE(has(r.body, R"(name="full_name" value="Ai đó")"));
}

TEST_F(UserPages, ResetPasswordEndsOldSessionsAndSetsTheNewOne) {
  const std::string path = create_user();
  HttpClient user(live.port());
  ASSERT_TRUE(user.login("thanh.tam", "mat-khau-123"));
  const auto form = manager.get(path);
  EXPECT_TRUE(has(form.body, "action=\"" + path + "/password\""));
  const auto tooShort = post(path + "/password", {{"password", "abc"}});
  EXPECT_EQ(tooShort.status, 422);
  EXPECT_TRUE(has(tooShort.body, "Mật khẩu phải có ít nhất 8 ký tự."));
  const auto r = post(path + "/password", {{"password", "mat-khau-moi-456"}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(has(r.body, "Đã đặt lại mật khẩu; các phiên đăng nhập cũ đã kết thúc."));
  EXPECT_EQ(user.get("/").status, 303) << "the old session ended";
  HttpClient again(live.port());
  EXPECT_FALSE(again.login("thanh.tam", "mat-khau-123"));
  EXPECT_TRUE(again.login("thanh.tam", "mat-khau-moi-456"));
}

TEST_F(UserPages, ViewerGets403) {
  HttpClient viewer(live.port());
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  for (const char* path : {"/users", "/users/new"}) {
    const auto r = viewer.get(path);
    EXPECT_EQ(r.status, 403) << path;
    EXPECT_FALSE(has(r.body, ">thcs.tanmy</a>")) << path;
  }
  const auto r = viewer.request("POST", "/users",
                                body_of(viewer, {{"full_name", "X"}, {"username", "xx.yy"}, {"org", "SGD-AL"},
                                                 {"roles", "admin"}, {"password", "mat-khau-123"}}),
                                "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 403);
  EXPECT_FALSE(HttpClient(live.port()).login("xx.yy", "mat-khau-123"));
}

}  // namespace
}  // namespace bd::test
