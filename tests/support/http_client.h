// A small HTTP client for end-to-end tests: a real TCP connection to the real
// server, with a cookie jar and the session's CSRF token.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "http/server.h"
#include "support/temp_db.h"

namespace bd::test {

// Whether a page (or any answer's body) contains the text.
inline bool has(const std::string& body, const std::string& text) { return body.find(text) != std::string::npos; }

struct HttpResult {
  int status = 0;
  std::string reason;  // the status line's reason phrase
  std::string body;
  std::multimap<std::string, std::string> headers;  // lower-case names
  std::string header(const std::string& name) const;
  nlohmann::json json() const { return nlohmann::json::parse(body); }
};

class HttpClient {
 public:
  explicit HttpClient(int port) : port_(port) {}
  HttpResult request(const std::string& method, const std::string& path, const std::string& body = "",
                     const std::string& content_type = "", std::map<std::string, std::string> headers = {});
  HttpResult get(const std::string& path) { return request("GET", path); }
  // JSON with the CSRF token when logged in by cookie.
  HttpResult json(const std::string& method, const std::string& path, const nlohmann::json& body);
  // A urlencoded form carrying _csrf.
  HttpResult form(const std::string& path, const std::map<std::string, std::string>& fields);
  // Logs in through the JSON API; keeps the cookie and CSRF token.
  bool login(const std::string& username, const std::string& password);
  void set_bearer(const std::string& token) { bearer_ = token; }
  void set_csrf(const std::string& token) { csrf_ = token; }
  const std::string& csrf() const { return csrf_; }
  std::map<std::string, std::string>& cookies() { return cookies_; }

 private:
  int port_;
  std::map<std::string, std::string> cookies_;
  std::string csrf_, bearer_;
};

// The real server on 127.0.0.1 and a free port, over a fresh database.
struct LiveServer {
  TestApp t;
  std::unique_ptr<http::Server> server;
  int port() const { return server->port(); }
};
// `clock` (kept by the caller) fixes "today" for the app, the demo included.
LiveServer start_server(bool demo = true, const std::string& engine = "sqlite",
                        const http::ServerOptions& options = {}, const app::Clock* clock = nullptr);

// A test suite sharing one live server (SQLite; the demo dataset when
// `kDemo`), started before its first test and stopped after its last:
//   class CommitteeApi : public LiveServerTest<CommitteeApi> {};
// Deriving names the suite (CRTP), so each suite has a server of its own. A
// suite that needs more set up defines its own SetUpTestSuite() and calls
// LiveServerTest::SetUpTestSuite() first.
template <class Derived, bool kDemo = true>
class LiveServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    live_ = std::make_unique<LiveServer>(start_server(kDemo, "sqlite", {}, Derived::clock()));
  }
  // The app's clock: the system's. A suite that fixes "today" hides this
  // with a static clock() of its own (which must outlive the suite).
  static const app::Clock* clock() { return nullptr; }
  static void TearDownTestSuite() { live_.reset(); }
  static int port() { return live_->port(); }
  // A client logged in as `user` (the demo's users share the admin's password).
  static HttpClient as(const std::string& user, const std::string& password = kAdminPassword) {
    HttpClient c(port());
    EXPECT_TRUE(c.login(user, password)) << "login as " << user;
    return c;
  }

  static inline std::unique_ptr<LiveServer> live_;
};

}  // namespace bd::test
