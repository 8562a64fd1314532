// A request context for unit tests of page helpers, without a server: an App
// over a fresh database (the demo when asked), the real templates and
// strings (BINHDANG_WEB_DIR, else build/web), a request, and optionally a
// logged-in user.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <optional>

#include "app/accounts/auth.h"
#include "http/router.h"
#include "http/views.h"
#include "support/temp_db.h"

namespace bd::test {

struct PageCtx {
  explicit PageCtx(bool demo = true, const app::Clock* clock = nullptr) : t(make_app("sqlite", demo, clock)) {
    const char* web = std::getenv("BINHDANG_WEB_DIR");
    const Status s = views.load(web ? web : "build/web");
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
  }
  // Logs `user` in; later contexts carry its session.
  void login(const std::string& user, const std::string& password = kAdminPassword) {
    auto r = t.app->auth().login(user, password, "127.0.0.1");
    ASSERT_TRUE(r.ok()) << user << ": " << r.error().message;
    auto s = t.app->auth().from_session(r->session_token);
    ASSERT_TRUE(s.ok()) << s.error().message;
    auth = *s;
  }
  http::Ctx ctx(const std::string& locale = "vi") {
    return http::Ctx{*t.app, views, req, auth ? &*auth : nullptr, locale, false};
  }

  TestApp t;
  http::Views views;
  http::Request req;
  std::optional<app::Authenticated> auth;
};

}  // namespace bd::test
