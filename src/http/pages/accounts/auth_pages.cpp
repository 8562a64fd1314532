// /login and /logout pages.
#include "app/app.h"
#include "app/secrets.h"
#include "http/dispatch.h"
#include "http/pages/common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

// Where to go after login: only local paths. Control characters are refused:
// CR/LF would end the Location header and start another, and browsers drop
// tabs and newlines from URLs, so "/\t/evil.example" would mean "//evil.example".
std::string safe_next(const std::string& next) {
  if (next.empty() || next.front() != '/' || next.starts_with("//") || next.find('\\') != std::string::npos)
    return "/";
  for (unsigned char ch : next)
    if (ch < 0x20 || ch == 0x7f) return "/";
  return next;
}

Response login_form(Ctx& c, const std::string& username, const std::string& next, const Error* error, int status) {
  const std::string token = app::random_token(24);
  auto m = pages::base_model(c, "login", c.views.text(c.locale, "login_title"));
  m["username"] = username;
  m["next"] = next;
  m["login_csrf"] = token;
  if (error) pages::add_form_error(m, *error);
  Response r = pages::render(c, "login", m, status);
  r.header("Set-Cookie", plain_cookie(kLoginCsrfCookie, token, 3600, c.secure_cookies));
  return r;
}

Response get_login(Ctx& c) {
  if (c.auth) return Response::redirect("/");
  return login_form(c, "", c.req.query_value("next"), nullptr, 200);
}

Response post_login(Ctx& c) {
  const auto f = pages::form(c);
  const std::string username = form_value(f, "username"), next = form_value(f, "next");
  auto cookie = c.req.cookies.find(kLoginCsrfCookie);
  if (cookie == c.req.cookies.end() || !app::equal_ct(cookie->second, form_value(f, "_csrf"))) {
    Error e = Error::Forbidden(c.views.text(c.locale, "login_expired"));
    return login_form(c, username, next, &e, 403);
  }
  auto r = c.app.auth().login(username, form_value(f, "password"), c.req.client_address);
  if (!r) return login_form(c, username, next, &r.error(), r.error().code == ErrorCode::kTooManyRequests ? 429 : 401);
  Response resp = Response::redirect(safe_next(next));
  resp.header("Set-Cookie", session_cookie(r->session_token, c.app.config().session_ttl_seconds, c.secure_cookies));
  resp.header("Set-Cookie", plain_cookie(kLoginCsrfCookie, "", 0, c.secure_cookies));
  return resp;
}

Response post_logout(Ctx& c) {
  auto it = c.req.cookies.find(kSessionCookie);
  if (it != c.req.cookies.end()) (void)c.app.auth().logout(it->second);
  Response resp = Response::redirect("/login");
  resp.header("Set-Cookie", session_cookie("", 0, c.secure_cookies));
  return resp;
}

}  // namespace

void add_auth_pages(Router& r) {
  r.add({"GET", "/login", Access::kPublic, Kind::kPage, "Trang đăng nhập", "", get_login});
  r.add({"POST", "/login", Access::kPublic, Kind::kPage, "Đăng nhập (biểu mẫu)", "", post_login});
  r.add({"POST", "/logout", Access::kUser, Kind::kPage, "Đăng xuất", "", post_logout});
}

}  // namespace bd::http
