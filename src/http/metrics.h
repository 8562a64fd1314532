// Request counters and latency histograms in the Prometheus text format.
// Thread-safe.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace bd::http {

class Metrics {
 public:
  // `route` is the matched pattern ("/api/v1/orgunits/{code}") or "unmatched".
  void observe(const std::string& method, const std::string& route, int status, double seconds);
  std::string prometheus_text() const;

 private:
  struct Series {
    long long count = 0;
    double sum = 0;
    std::vector<long long> buckets;  // cumulative counts per bound
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, long long> requests_;
  std::map<std::pair<std::string, std::string>, Series> latency_;
  long long errors_ = 0;
};

}  // namespace bd::http
