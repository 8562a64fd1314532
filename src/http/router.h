// The route table. Every route declares who may call it, so that one
// pipeline (dispatch.cpp) authenticates and checks CSRF before any handler,
// the OpenAPI file is generated from the table, and tests can walk it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/request.h"

namespace bd::app {
class App;
struct Authenticated;
}  // namespace bd::app

namespace bd::http {

class Views;

enum class Access {
  kPublic,  // anyone (login page, health, static files)
  kUser,    // a logged-in user or an API token; use cases check scope and role
};

enum class Kind { kApi, kPage, kSystem };

struct Ctx {
  app::App& app;
  Views& views;
  Request& req;
  const app::Authenticated* auth;  // null on public routes without a session
  std::string locale;              // "vi" or "en"
  bool secure_cookies = false;     // add `Secure` to cookies (behind TLS)
};

using Handler = std::function<Response(Ctx&)>;

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/orgunits/{code}"
  Access access = Access::kUser;
  Kind kind = Kind::kApi;
  std::string summary;       // one line for the OpenAPI file
  std::string request_body;  // OpenAPI schema name of the JSON body, "" if none
  Handler handler;
  size_t max_body = 0;  // largest accepted body; 0: kMaxBodyBytes (uploads raise it)
};

class Router {
 public:
  void add(Route r);
  const std::vector<Route>& routes() const { return routes_; }

  struct Match {
    const Route* route = nullptr;
    std::map<std::string, std::string> params;
    bool path_known = false;  // some route has this path (for 405)
  };
  Match match(const std::string& method, const std::string& path) const;

 private:
  std::vector<Route> routes_;
};

// Matches "/a/{x}/b" against "/a/42/b"; a final "{rest*}" takes the rest.
std::optional<std::map<std::string, std::string>> match_pattern(const std::string& pattern, const std::string& path);

}  // namespace bd::http
