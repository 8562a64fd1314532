// /api/v1/login, /logout, /me, /account/password.
#include "app/app.h"
#include "http/dispatch.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

Response login(Ctx& c) {
  // JSON only: a cross-site form cannot send it, so login needs no CSRF token.
  auto b = JsonBody::parse(c.req.body, {"username", "password"});
  if (!b) return json_error(b.error());
  const std::string username = b->str_or("username"), password = b->str_or("password");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.auth().login(username, password, c.req.client_address);
  if (!r) return json_error(r.error());
  Response resp = json(200, {{"user", app::to_json(r->user)}, {"csrf_token", r->csrf_token}});
  resp.header("Set-Cookie", session_cookie(r->session_token, c.app.config().session_ttl_seconds, c.secure_cookies));
  return resp;
}

Response logout(Ctx& c) {
  auto it = c.req.cookies.find(kSessionCookie);
  if (it != c.req.cookies.end()) (void)c.app.auth().logout(it->second);
  Response resp = api::no_content();
  resp.header("Set-Cookie", session_cookie("", 0, c.secure_cookies));
  return resp;
}

Response me(Ctx& c) {
  const auto& a = actor(c);
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : a.roles.list()) roles.push_back(std::string(role_code(r)));
  return json(200, {{"user", {{"id", a.user_id}, {"username", a.username}, {"full_name", a.full_name},
                              {"org", a.org_code}, {"roles", roles}}}});
}

Response change_password(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"current_password", "new_password"});
  if (!b) return json_error(b.error());
  const std::string cur = b->str_or("current_password"), next = b->str_or("new_password");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (Status s = c.app.users().change_own_password(actor(c), cur, next, c.auth->session_token); !s) return json_error(s.error());
  return api::no_content();
}

}  // namespace

void add_api_auth_routes(Router& r) {
  r.add({"POST", "/api/v1/login", Access::kPublic, Kind::kApi, "Đăng nhập; trả cookie phiên và mã CSRF",
         "LoginInput", login})
      .answer(200, "LoginResult", "application/json", "Đăng nhập được; đặt cookie phiên bd_session")
      .fails({401, 403, 429});  // 403: a session cookie sent without its CSRF token
  r.add({"POST", "/api/v1/logout", Access::kUser, Kind::kApi, "Đăng xuất", "", logout}).answer(204);
  r.add({"GET", "/api/v1/me", Access::kUser, Kind::kApi, "Người dùng hiện tại", "", me}).answer(200, "Me");
  r.add({"POST", "/api/v1/account/password", Access::kUser, Kind::kApi, "Đổi mật khẩu của tôi", "PasswordChange",
         change_password})
      .answer(204);
}

}  // namespace bd::http
