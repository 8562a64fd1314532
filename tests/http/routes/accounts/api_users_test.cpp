// /api/v1/users and /api/v1/tokens over the real server: a manager lists,
// adds, changes, locks and resets the accounts of its subtree (and no
// more); each user's API tokens are created once, listed without their
// secret and revoked.
#include <gtest/gtest.h>

#include <set>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class UsersApi : public LiveServerTest<UsersApi> {
 protected:
  // A new account through the API; its JSON.
  static json create(HttpClient& c, const std::string& username, const std::string& org = "THCS-TANMY",
                     const json& roles = {"editor"}) {
    auto r = c.json("POST", "/api/v1/users",
                    {{"username", username}, {"full_name", "Nguyễn Văn Thử"}, {"org", org}, {"roles", roles},
                     {"password", "mat-khau-ban-dau"}});
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.json() : json::object();
  }
  static std::string user_url(const json& u) { return "/api/v1/users/" + std::to_string(u["id"].get<int64_t>()); }
  static std::set<std::string> usernames(const HttpResult& r) {
    std::set<std::string> out;
    const json j = r.json();
    for (const auto& u : j["users"]) out.insert(u["username"]);
    return out;
  }
};

TEST_F(UsersApi, AManagerListsTheAccountsOfItsSubtree) {
  auto manager = as("so.quanly");
  auto r = manager.get("/api/v1/users");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto names = usernames(r);
  for (const char* u : {"so.quanly", "so.xem", "thcs.tanmy", "thcs.tanmy.ht", "thpt.anlac"})
    EXPECT_TRUE(names.count(u)) << u;
  EXPECT_FALSE(names.count("admin")) << "the ministry's admin is above the department";
  const json users = r.json()["users"];
  for (const auto& u : users) {
    EXPECT_FALSE(u.contains("password_hash"));
    EXPECT_TRUE(u["roles"].is_array());
  }
  EXPECT_TRUE(usernames(as("admin").get("/api/v1/users")).count("admin"));
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/users").status, 403) << "an editor manages no one";
  EXPECT_EQ(as("so.xem").get("/api/v1/users").status, 403);
}

TEST_F(UsersApi, CreateThenReadBack) {
  auto manager = as("so.quanly");
  const json u = create(manager, "  GiaoVien.TanMy ");
  ASSERT_TRUE(u.contains("id"));
  EXPECT_EQ(u["username"], "giaovien.tanmy") << "trimmed, lower case";
  EXPECT_EQ(u["full_name"], "Nguyễn Văn Thử");
  EXPECT_EQ(u["org"], "THCS-TANMY");
  EXPECT_EQ(u["roles"], json::array({"editor"}));
  EXPECT_EQ(u["disabled"], false);
  auto got = manager.get(user_url(u));
  ASSERT_EQ(got.status, 200);
  EXPECT_EQ(got.json(), u);
  EXPECT_TRUE(HttpClient(port()).login("giaovien.tanmy", "mat-khau-ban-dau"));
  EXPECT_TRUE(usernames(manager.get("/api/v1/users")).count("giaovien.tanmy"));

  EXPECT_EQ(manager.get("/api/v1/users/999999").status, 404);
  EXPECT_EQ(manager.get("/api/v1/users/abc").status, 404);
  EXPECT_EQ(as("thcs.tanmy.ht").get(user_url(u)).status, 403) << "an approver manages no one";
}

TEST_F(UsersApi, CreateRefusalsNameTheField) {
  auto manager = as("so.quanly");
  auto post = [&](json body) {
    json base = {{"username", "nguoi.moi"}, {"full_name", "Người Mới"}, {"org", "THCS-TANMY"},
                 {"roles", {"viewer"}}, {"password", "mat-khau-ban-dau"}};
    for (auto& [k, v] : body.items()) base[k] = v;
    for (auto it = base.begin(); it != base.end();)
      it = it.value().is_null() ? base.erase(it) : std::next(it);
    return manager.json("POST", "/api/v1/users", base);
  };
  auto expect = [](const HttpResult& r, int status, const std::string& field) {
    EXPECT_EQ(r.status, status) << r.body;
    if (r.status == status && status != 403) {
      EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    }
  };
  expect(post({{"username", "so.xem"}}), 409, "username");
  expect(post({{"username", "có dấu"}}), 422, "username");
  expect(post({{"org", "KHONG-CO"}}), 422, "org");
  expect(post({{"org", "PGD-NGOCKHE"}}), 409, "org");  // closed
  expect(post({{"roles", {"hieu-truong"}}}), 422, "roles");
  expect(post({{"roles", json::array()}}), 422, "roles");
  expect(post({{"roles", "editor"}}), 400, "roles");
  expect(post({{"password", "ngan"}}), 422, "password");
  expect(post({{"disabled", true}}), 400, "disabled");
  expect(post({{"roles", {"admin"}}}), 403, "");     // only admins make admins
  expect(post({{"org", "BGDDT"}}), 403, "");         // above the manager
  EXPECT_FALSE(usernames(manager.get("/api/v1/users")).count("nguoi.moi")) << "nothing was created";
  EXPECT_EQ(post({}).status, 201) << "the same body without the faults is fine";
}

TEST_F(UsersApi, PatchChangesOnlyWhatIsSentAndLockingEndsSessions) {
  auto manager = as("so.quanly");
  const json u = create(manager, "sua.taikhoan");
  HttpClient user(port());
  ASSERT_TRUE(user.login("sua.taikhoan", "mat-khau-ban-dau"));
  ASSERT_EQ(user.get("/api/v1/me").status, 200);

  auto renamed = manager.json("PATCH", user_url(u), {{"full_name", "  Nguyễn Văn Sửa "}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["full_name"], "Nguyễn Văn Sửa");
  EXPECT_EQ(renamed.json()["roles"], u["roles"]);
  EXPECT_EQ(renamed.json()["org"], u["org"]);
  EXPECT_EQ(user.get("/api/v1/me").status, 200) << "a new name keeps the session";

  auto moved = manager.json("PATCH", user_url(u), {{"org", "THPT-ANLAC"}, {"roles", {"viewer", "approver"}}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["org"], "THPT-ANLAC");
  const json roles = moved.json()["roles"];
  EXPECT_EQ(std::set<std::string>(roles.begin(), roles.end()), (std::set<std::string>{"viewer", "approver"}));
  EXPECT_EQ(user.get("/api/v1/me").status, 401) << "new rights need a new login";
  ASSERT_TRUE(user.login("sua.taikhoan", "mat-khau-ban-dau"));
  EXPECT_EQ(user.get("/api/v1/me").json()["user"]["org"], "THPT-ANLAC");

  auto locked = manager.json("PATCH", user_url(u), {{"disabled", true}});
  ASSERT_EQ(locked.status, 200);
  EXPECT_EQ(locked.json()["disabled"], true);
  EXPECT_EQ(user.get("/api/v1/me").status, 401);
  EXPECT_FALSE(HttpClient(port()).login("sua.taikhoan", "mat-khau-ban-dau"));
  ASSERT_EQ(manager.json("PATCH", user_url(u), {{"disabled", false}}).status, 200);
  EXPECT_TRUE(HttpClient(port()).login("sua.taikhoan", "mat-khau-ban-dau"));

  auto unknown = manager.json("PATCH", user_url(u), {{"username", "doi.ten"}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "username");
  EXPECT_EQ(manager.json("PATCH", user_url(u), {{"disabled", "yes"}}).status, 400);
  EXPECT_EQ(manager.json("PATCH", "/api/v1/users/999999", {{"full_name", "X Y"}}).status, 404);
  EXPECT_EQ(manager.json("PATCH", "/api/v1/users/x", {{"full_name", "X Y"}}).status, 404);
  // One cannot lock oneself out.
  const auto me = manager.get("/api/v1/me").json()["user"];
  auto self = manager.json("PATCH", "/api/v1/users/" + std::to_string(me["id"].get<int64_t>()), {{"disabled", true}});
  EXPECT_EQ(self.status, 409);
  EXPECT_EQ(self.json()["error"]["field"], "disabled");
  EXPECT_EQ(manager.get("/api/v1/me").status, 200);
}

TEST_F(UsersApi, ResettingAPasswordEndsTheUsersSessions) {
  auto manager = as("so.quanly");
  const json u = create(manager, "quen.matkhau");
  HttpClient user(port());
  ASSERT_TRUE(user.login("quen.matkhau", "mat-khau-ban-dau"));
  auto bad = manager.json("POST", user_url(u) + "/password", {{"password", "ngan"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["error"]["field"], "password");
  EXPECT_EQ(manager.json("POST", user_url(u) + "/password", json::object()).status, 422) << "no password";
  EXPECT_EQ(user.get("/api/v1/me").status, 200);

  auto ok = manager.json("POST", user_url(u) + "/password", {{"password", "mat-khau-moi-123"}});
  EXPECT_EQ(ok.status, 204) << ok.body;
  EXPECT_EQ(user.get("/api/v1/me").status, 401);
  EXPECT_FALSE(HttpClient(port()).login("quen.matkhau", "mat-khau-ban-dau"));
  EXPECT_TRUE(HttpClient(port()).login("quen.matkhau", "mat-khau-moi-123"));
  EXPECT_EQ(manager.json("POST", "/api/v1/users/999999/password", {{"password", "mat-khau-moi-123"}}).status, 404);
  // Nobody resets an administrator's password but an administrator.
  const auto admin_id = as("admin").get("/api/v1/me").json()["user"]["id"].get<int64_t>();
  EXPECT_EQ(manager.json("POST", "/api/v1/users/" + std::to_string(admin_id) + "/password",
                         {{"password", "mat-khau-moi-123"}})
                .status,
            403);
}

TEST_F(UsersApi, TokensAreShownOnceListedAndRevoked) {
  auto c = as("thpt.anlac");
  auto made = c.json("POST", "/api/v1/tokens", {{"name", "  Bảng tính   tổng hợp "}});
  ASSERT_EQ(made.status, 201) << made.body;
  const json t = made.json();
  const std::string secret = t["token"];
  EXPECT_TRUE(secret.starts_with("bd_")) << secret;
  EXPECT_EQ(t["name"], "Bảng tính tổng hợp");
  const int64_t id = t["id"];

  auto list = c.get("/api/v1/tokens");
  ASSERT_EQ(list.status, 200);
  bool found = false;
  const json tokens = list.json()["tokens"];
  for (const auto& x : tokens) {
    EXPECT_FALSE(x.contains("token")) << "the secret is shown once";
    if (x["id"] != id) continue;
    found = true;
    EXPECT_EQ(x["name"], "Bảng tính tổng hợp");
    EXPECT_EQ(x["revoked"], false);
    EXPECT_GT(x["created_at"].get<int64_t>(), 0);
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(list.body.find(secret), std::string::npos);

  HttpClient script(port());
  script.set_bearer(secret);
  ASSERT_EQ(script.get("/api/v1/me").json()["user"]["username"], "thpt.anlac");
  // Someone else's token is not theirs to revoke, nor listed.
  auto other = as("so.xem");
  EXPECT_EQ(other.json("DELETE", "/api/v1/tokens/" + std::to_string(id), nullptr).status, 404);
  const json others = other.get("/api/v1/tokens").json()["tokens"];
  for (const auto& x : others) EXPECT_NE(x["id"], id);
  EXPECT_EQ(script.get("/api/v1/me").status, 200);

  EXPECT_EQ(c.json("DELETE", "/api/v1/tokens/" + std::to_string(id), nullptr).status, 204);
  EXPECT_EQ(script.get("/api/v1/me").status, 401);
  const json after = c.get("/api/v1/tokens").json()["tokens"];
  ASSERT_EQ(after.size(), tokens.size());
  for (const auto& x : after)
    if (x["id"] == id) {
      EXPECT_EQ(x["revoked"], true);
    }
  EXPECT_EQ(c.json("DELETE", "/api/v1/tokens/999999", nullptr).status, 404);
  EXPECT_EQ(c.json("DELETE", "/api/v1/tokens/abc", nullptr).status, 404);

  EXPECT_EQ(c.json("POST", "/api/v1/tokens", {{"name", "   "}}).status, 422) << "a token needs a name";
  EXPECT_EQ(c.json("POST", "/api/v1/tokens", {{"name", "x"}, {"scope", "all"}}).status, 400);
}

}  // namespace
}  // namespace bd::test
