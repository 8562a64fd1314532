// The route table. Every route declares who may call it, so that one
// pipeline (dispatch.cpp) authenticates and checks CSRF before any handler,
// the OpenAPI file is generated from the table, and tests can walk it.
#pragma once

#include <functional>
#include <initializer_list>
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

// What a route answers, for the OpenAPI file: a status with the component
// schema of its body ("" for no body) in `content_type`.
struct Answer {
  int status = 200;
  std::string schema;
  std::string content_type = "application/json";
  std::string description;
};

// A parameter of the query string or the path; `schema` is JSON Schema text,
// e.g. R"({"type":"string","enum":["vi","en"]})".
struct Param {
  std::string name;
  std::string schema = R"({"type":"string"})";
  bool required = false;
  std::string description;
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/orgunits/{code}"
  Access access = Access::kUser;
  Kind kind = Kind::kApi;
  std::string summary;       // one line for the OpenAPI file
  std::string request_body;  // OpenAPI schema name of the JSON body, "" if none
  Handler handler;
  size_t max_body = 0;  // largest accepted body; 0: kMaxBodyBytes (uploads raise it)

  // The rest of the route's description in the OpenAPI file (routes/openapi.cpp).
  // Every API and system route declares what it answers: the route test fails
  // on one that does not. Error answers of the pipeline (401/403 on user
  // routes, 404 on routes with path parameters, 400/413/422 on writes) are
  // added by the document; `errors` lists the route's own.
  std::vector<Answer> answers{};
  std::vector<Param> query{};
  std::vector<Param> path{};  // path parameters whose schema is not the default of their name
  std::vector<int> errors{};
  std::string body_schema{};        // a body that is not required JSON: its schema name
  std::string body_content_type{};  // ...and its type (multipart/form-data, .xlsx); "" for JSON

  Route& answer(int status, std::string schema = "", std::string content_type = "application/json",
                std::string description = "") {
    answers.push_back({status, std::move(schema), std::move(content_type), std::move(description)});
    return *this;
  }
  Route& param(std::string name, std::string schema = R"({"type":"string"})", bool required = false,
               std::string description = "") {
    query.push_back({std::move(name), std::move(schema), required, std::move(description)});
    return *this;
  }
  Route& path_param(std::string name, std::string schema) {
    path.push_back({std::move(name), std::move(schema), true, ""});
    return *this;
  }
  Route& fails(std::initializer_list<int> statuses) {
    errors.insert(errors.end(), statuses);
    return *this;
  }
  // An optional JSON body, or (with a content type) an upload.
  Route& body(std::string schema, std::string content_type = "") {
    body_schema = std::move(schema);
    body_content_type = std::move(content_type);
    return *this;
  }
};

class Router {
 public:
  // Returns the stored route, to describe it further: r.add({...}).answer(200, "User").
  Route& add(Route r);
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
