// Framework-free request and response, so the whole pipeline (routing, auth,
// CSRF, handlers) runs the same behind Poco and in tests.
#pragma once

#include <functional>
#include <map>
#include <ostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bd::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query
  std::string query_string;
  std::map<std::string, std::string> headers;  // lower-case names
  std::map<std::string, std::string> query;    // decoded; last value wins
  std::map<std::string, std::string> cookies;
  std::map<std::string, std::string> params;   // from the route pattern
  std::string body;
  std::string client_address;

  std::string header(const std::string& lower_name) const;
  std::string param(const std::string& name) const;
  std::string query_value(const std::string& name) const;
  // Every name query_value() was asked for: tests check that a route's
  // OpenAPI description declares each query parameter its handler reads.
  mutable std::set<std::string> queried;
  bool is_htmx() const { return !header("hx-request").empty(); }
};

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // A body written as it is made (a large export): set instead of `body`;
  // the server sends it in chunks after the handler has returned, outside
  // the admission places. `stream_text()` runs it into a string (tests).
  std::function<void(std::ostream&)> stream;

  std::string stream_text() const;
  static Response json(int status, const std::string& body);
  static Response redirect(const std::string& location);  // 303 See Other
  Response& header(std::string name, std::string value);
};

std::string url_decode(std::string_view s, bool plus_is_space = true);
std::string url_encode(std::string_view s);
std::map<std::string, std::string> parse_query(std::string_view qs);
// Form fields; a field sent several times (checkboxes) keeps every value.
std::multimap<std::string, std::string> parse_form(std::string_view body);
std::string form_value(const std::multimap<std::string, std::string>& form, const std::string& name);
std::vector<std::string> form_values(const std::multimap<std::string, std::string>& form, const std::string& name);
std::map<std::string, std::string> parse_cookies(std::string_view header);
// Escapes text for HTML (mustache does this in templates; used for small bits).
std::string html_escape(std::string_view s);

}  // namespace bd::http
