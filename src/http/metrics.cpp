#include "http/metrics.h"

#include <array>
#include <sstream>

namespace bd::http {
namespace {

constexpr std::array<double, 10> kBounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0};

// Escapes backslash, double quote and newline in a label value (the method comes from the client).
std::string escape(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    out += c == '\n' ? std::string("\\n") : std::string(1, c);
  }
  return out;
}

std::string labels(const std::string& method, const std::string& route) {
  return "method=\"" + escape(method) + "\",route=\"" + escape(route) + "\"";
}

}  // namespace

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{method, route, status}];
  if (status >= 500) ++errors_;
  Series& s = latency_[{method, route}];
  if (s.buckets.empty()) s.buckets.assign(kBounds.size(), 0);
  ++s.count;
  s.sum += seconds;
  for (size_t i = 0; i < kBounds.size(); ++i)
    if (seconds <= kBounds[i]) ++s.buckets[i];
}

std::string Metrics::prometheus_text() const {
  std::lock_guard lock(mu_);
  std::ostringstream o;
  o << "# HELP binhdang_http_requests_total HTTP requests by method, route and status.\n"
       "# TYPE binhdang_http_requests_total counter\n";
  for (const auto& [k, n] : requests_)
    o << "binhdang_http_requests_total{" << labels(std::get<0>(k), std::get<1>(k)) << ",status=\"" << std::get<2>(k)
      << "\"} " << n << "\n";
  o << "# HELP binhdang_http_errors_total Responses with a 5xx status.\n"
       "# TYPE binhdang_http_errors_total counter\n"
       "binhdang_http_errors_total "
    << errors_ << "\n";
  o << "# HELP binhdang_http_request_duration_seconds Time to answer a request.\n"
       "# TYPE binhdang_http_request_duration_seconds histogram\n";
  for (const auto& [k, s] : latency_) {
    const std::string l = labels(k.first, k.second);
    for (size_t i = 0; i < kBounds.size(); ++i)
      o << "binhdang_http_request_duration_seconds_bucket{" << l << ",le=\"" << kBounds[i] << "\"} " << s.buckets[i]
        << "\n";
    o << "binhdang_http_request_duration_seconds_bucket{" << l << ",le=\"+Inf\"} " << s.count << "\n";
    o << "binhdang_http_request_duration_seconds_sum{" << l << "} " << s.sum << "\n";
    o << "binhdang_http_request_duration_seconds_count{" << l << "} " << s.count << "\n";
  }
  return o.str();
}

}  // namespace bd::http
