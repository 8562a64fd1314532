#include "http/router.h"

namespace bd::http {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 1;
  if (s.empty() || s[0] != '/') return out;
  while (start <= s.size()) {
    size_t end = s.find('/', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

Route& Router::add(Route r) { return routes_.emplace_back(std::move(r)); }

std::optional<std::map<std::string, std::string>> match_pattern(const std::string& pattern, const std::string& path) {
  const auto ps = split(pattern), xs = split(path);
  std::map<std::string, std::string> params;
  for (size_t i = 0; i < ps.size(); ++i) {
    const std::string& p = ps[i];
    const bool is_param = p.size() > 2 && p.front() == '{' && p.back() == '}';
    if (is_param && p.ends_with("*}")) {
      if (i >= xs.size()) return std::nullopt;
      std::string rest;
      for (size_t j = i; j < xs.size(); ++j) rest += (j > i ? "/" : "") + xs[j];
      params[p.substr(1, p.size() - 3)] = rest;
      return params;
    }
    if (i >= xs.size()) return std::nullopt;
    if (is_param) {
      if (xs[i].empty()) return std::nullopt;
      params[p.substr(1, p.size() - 2)] = xs[i];
    } else if (p != xs[i]) {
      return std::nullopt;
    }
  }
  if (ps.size() != xs.size()) return std::nullopt;
  return params;
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
  Match m;
  for (const auto& r : routes_) {
    auto params = match_pattern(r.pattern, path);
    if (!params) continue;
    m.path_known = true;
    if (r.method == method || (method == "HEAD" && r.method == "GET")) {
      m.route = &r;
      m.params = std::move(*params);
      return m;
    }
  }
  return m;
}

}  // namespace bd::http
