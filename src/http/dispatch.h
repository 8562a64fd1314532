// The request pipeline, independent of the HTTP library: route, authenticate,
// check CSRF, call the handler, map errors, add security headers, count.
#pragma once

#include <string>

#include "http/client_address.h"
#include "http/metrics.h"
#include "http/request.h"
#include "http/router.h"
#include "http/views.h"

namespace bd::app {
class App;
}

namespace bd::http {

inline constexpr const char* kSessionCookie = "bd_session";
inline constexpr const char* kLangCookie = "bd_lang";
inline constexpr const char* kLoginCsrfCookie = "bd_login_csrf";
inline constexpr size_t kMaxBodyBytes = 1 << 20;  // 1 MiB for forms and JSON
inline constexpr size_t kMaxUploadBodyBytes = 11u << 20;  // an uploaded file of 10 MiB (evidence, Excel) and its multipart wrapping

struct ServerOptions {
  bool secure_cookies = false;  // add `Secure` (behind TLS)
  // Threads hold connections (Poco: one each, idle or slow ones included),
  // so there are many: above the expected open connections.
  int threads = 1024;
  int max_queued = 1024;        // connections waiting for a thread
  // Requests run at once (http/admission.h); 0: two per core.
  int running = 0;
  int request_timeout_seconds = 10;     // the longest pause while a request is read or an answer sent
  int keep_alive_timeout_seconds = 5;   // an idle kept-alive connection is closed after this
  // Proxies whose X-Forwarded-For names the client (none: the peer is the client).
  TrustedProxies trusted_proxies;
};

class Pipeline {
 public:
  Pipeline(app::App& app, Views& views, Router& router, Metrics& metrics, ServerOptions options)
      : app_(app), views_(views), router_(router), metrics_(metrics), options_(options) {}

  Response handle(Request& req);
  // The largest body the route at `path` accepts (kMaxBodyBytes unless it takes uploads).
  size_t body_limit(const std::string& method, const std::string& path) const;
  const ServerOptions& options() const { return options_; }
  const Router& router() const { return router_; }

 private:
  Response run(Request& req, std::string& route_name);

  app::App& app_;
  Views& views_;
  Router& router_;
  Metrics& metrics_;
  ServerOptions options_;
};

// "Set-Cookie" values used by the pipeline and the login handlers.
std::string session_cookie(const std::string& value, int64_t max_age, bool secure);
std::string plain_cookie(const std::string& name, const std::string& value, int64_t max_age, bool secure);

}  // namespace bd::http
