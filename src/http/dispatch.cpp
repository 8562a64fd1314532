#include "http/dispatch.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>

#include "app/app.h"
#include "app/secrets.h"
#include "core/text.h"
#include "http/errors.h"
#include "http/multipart.h"
#include "http/pages/common.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

bool is_write(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

std::string bearer_of(const Request& req) {
  const std::string h = req.header("authorization");
  if (h.size() > 7 && (h.starts_with("Bearer ") || h.starts_with("bearer "))) return h.substr(7);
  return {};
}

std::string csrf_sent(const Request& req) {
  std::string t = req.header("x-csrf-token");
  if (!t.empty()) return t;
  if (req.header("content-type").starts_with("application/x-www-form-urlencoded"))
    return form_value(parse_form(req.body), "_csrf");
  if (is_multipart(req.header("content-type")))  // a file upload form without JavaScript
    if (auto parts = parse_multipart(req.body, req.header("content-type")); parts)
      if (const FormPart* p = find_part(*parts, "_csrf")) return p->data;
  return {};
}

void add_security_headers(Response& r) {
  r.header("X-Content-Type-Options", "nosniff");
  r.header("X-Frame-Options", "DENY");
  r.header("Referrer-Policy", "same-origin");
  r.header("Content-Security-Policy",
           "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
           "frame-ancestors 'none'; form-action 'self'");
  r.header("Cache-Control", "no-store");
}

}  // namespace

std::string plain_cookie(const std::string& name, const std::string& value, int64_t max_age, bool secure) {
  return name + "=" + value + "; Path=/; Max-Age=" + std::to_string(max_age) + "; HttpOnly; SameSite=Lax" +
         (secure ? "; Secure" : "");
}

std::string session_cookie(const std::string& value, int64_t max_age, bool secure) {
  return plain_cookie(kSessionCookie, value, max_age, secure);
}

size_t Pipeline::body_limit(const std::string& method, const std::string& path) const {
  auto m = router_.match(method, path);
  return m.route && m.route->max_body ? m.route->max_body : kMaxBodyBytes;
}

Response Pipeline::handle(Request& req) {
  const auto start = std::chrono::steady_clock::now();
  std::string route_name = "unmatched";
  Response r;
  try {
    r = run(req, route_name);
  } catch (const std::exception& e) {
    std::cerr << "error: " << req.method << " " << req.path << ": " << e.what() << "\n";
    r = json_error(Error::Internal("Lỗi máy chủ. Vui lòng thử lại sau."));
  }
  if (!req.path.starts_with("/static/")) add_security_headers(r);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // The server's own time for this answer (W3C Server-Timing), read by
  // bench/national_pages.sh and visible in the browser's network panel.
  char timing[48];
  std::snprintf(timing, sizeof timing, "app;dur=%.2f", secs * 1000);
  r.header("Server-Timing", timing);
  // Only known methods become metric labels: clients cannot grow the series.
  static const char* kMethods[] = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
  const bool known = std::any_of(std::begin(kMethods), std::end(kMethods), [&](const char* m) { return req.method == m; });
  metrics_.observe(known ? req.method : "OTHER", route_name, r.status, secs);
  return r;
}

Response Pipeline::run(Request& req, std::string& route_name) {
  const bool api = req.path.starts_with("/api/");
  std::string locale = req.cookies.count(kLangCookie) && req.cookies.at(kLangCookie) == "en" ? "en" : "vi";
  auto fail = [&](const Error& e) -> Response {
    return api ? json_error(e) : pages::error_page(views_, locale, e, nullptr);
  };

  auto m = router_.match(req.method, req.path);
  const size_t limit = m.route && m.route->max_body ? m.route->max_body : kMaxBodyBytes;
  if (req.body.size() > limit)
    return fail({ErrorCode::kTooLarge,
                 limit == kMaxBodyBytes ? "Nội dung gửi lên quá lớn (tối đa 1 MB)."
                                        : "Tệp tải lên quá lớn (tối đa 10 MB).",
                 "", {}});
  if (!m.route) {
    if (m.path_known) {
      Response r = fail({ErrorCode::kBadRequest, "Phương thức " + req.method + " không được hỗ trợ ở địa chỉ này.", "", {}});
      r.status = 405;
      return r;
    }
    return fail(Error::NotFound("Không tìm thấy trang hoặc tài nguyên này."));
  }
  const Route& route = *m.route;
  route_name = route.pattern;
  req.params = std::move(m.params);

  // Authenticate: an API token, else the session cookie.
  std::optional<app::Authenticated> auth;
  bool by_cookie = false;
  Error auth_error = Error::Unauthenticated("Vui lòng đăng nhập.");
  if (const std::string bearer = bearer_of(req); !bearer.empty()) {
    auto a = app_.auth().from_api_token(bearer);
    if (a) auth = *a;
    else auth_error = a.error();
  } else if (auto it = req.cookies.find(kSessionCookie); it != req.cookies.end()) {
    auto a = app_.auth().from_session(it->second);
    if (a) {
      auth = *a;
      by_cookie = true;
    } else {
      auth_error = a.error();
    }
  }
  if (route.access == Access::kUser && !auth) {
    if (route.kind == Kind::kPage) {
      const std::string next = req.method == "GET" ? "?next=" + url_encode(req.path) : "";
      return Response::redirect("/login" + next);
    }
    return json_error(auth_error);
  }
  // CSRF: a state-changing request carried by the session cookie must echo
  // the session's token (form field _csrf or header X-CSRF-Token).
  if (auth && by_cookie && is_write(req.method) && !app::equal_ct(csrf_sent(req), auth->csrf_token))
    return fail(Error::Forbidden("Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang và thử lại."));

  // A route that declares a JSON body (its OpenAPI schema) gets JSON: checked
  // here once for every such route.
  if (route.kind == Kind::kApi && !route.request_body.empty() && is_write(req.method) && !api::is_json(req))
    return json_error(api::need_json());

  // Text typed into a form is refused, never altered, when it holds a
  // control character or a bidirectional override (JSON bodies: in
  // parse_json_object; upload forms: in parse_multipart).
  if (is_write(req.method) && req.header("content-type").starts_with("application/x-www-form-urlencoded"))
    for (const auto& [name, value] : parse_form(req.body)) {
      std::string ch = text::forbidden_character(name);
      if (ch.empty()) ch = text::forbidden_character(value);
      if (!ch.empty()) return fail(forbidden_character_error(name, ch));
    }

  Ctx ctx{app_, views_, req, auth ? &*auth : nullptr, locale, options_.secure_cookies};
  return route.handler(ctx);
}

}  // namespace bd::http
