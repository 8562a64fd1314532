#include "http/metrics.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace bd::http {
namespace {

bool contains(const std::string& text, const std::string& line) {
  return text.find(line) != std::string::npos;
}

// Value of the sample line starting with `series` (name and labels), or -1.
double sample(const std::string& text, const std::string& series) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(series + " ", 0) == 0) return std::stod(line.substr(series.size() + 1));
  return -1;
}

const std::string kBucket = "binhdang_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/orgunits\",le=";

TEST(MetricsTest, EmptyHasHeadersAndZeroErrors) {
  Metrics m;
  const std::string t = m.prometheus_text();
  EXPECT_TRUE(contains(t, "# TYPE binhdang_http_requests_total counter\n"));
  EXPECT_TRUE(contains(t, "# TYPE binhdang_http_request_duration_seconds histogram\n"));
  EXPECT_EQ(sample(t, "binhdang_http_errors_total"), 0);
  EXPECT_FALSE(contains(t, "binhdang_http_requests_total{"));
}

TEST(MetricsTest, CountsRequestsByMethodRouteAndStatus) {
  Metrics m;
  m.observe("GET", "/api/v1/orgunits", 200, 0.002);
  m.observe("GET", "/api/v1/orgunits", 200, 0.003);
  m.observe("GET", "/api/v1/orgunits", 404, 0.001);
  m.observe("POST", "/api/v1/orgunits/{code}", 201, 0.02);
  const std::string t = m.prometheus_text();
  EXPECT_EQ(sample(t, "binhdang_http_requests_total{method=\"GET\",route=\"/api/v1/orgunits\",status=\"200\"}"), 2);
  EXPECT_EQ(sample(t, "binhdang_http_requests_total{method=\"GET\",route=\"/api/v1/orgunits\",status=\"404\"}"), 1);
  EXPECT_EQ(sample(t, "binhdang_http_requests_total{method=\"POST\",route=\"/api/v1/orgunits/{code}\",status=\"201\"}"),
            1);
  EXPECT_EQ(sample(t, "binhdang_http_errors_total"), 0);
}

TEST(MetricsTest, HistogramBucketsAreCumulative) {
  Metrics m;
  m.observe("GET", "/api/v1/orgunits", 200, 0.0005);  // <= 0.001
  m.observe("GET", "/api/v1/orgunits", 200, 0.004);   // <= 0.005
  m.observe("GET", "/api/v1/orgunits", 200, 0.3);     // <= 0.5
  m.observe("GET", "/api/v1/orgunits", 200, 2.0);     // only +Inf
  const std::string t = m.prometheus_text();
  EXPECT_EQ(sample(t, kBucket + "\"0.001\"}"), 1);
  EXPECT_EQ(sample(t, kBucket + "\"0.0025\"}"), 1);
  EXPECT_EQ(sample(t, kBucket + "\"0.005\"}"), 2);
  EXPECT_EQ(sample(t, kBucket + "\"0.25\"}"), 2);
  EXPECT_EQ(sample(t, kBucket + "\"0.5\"}"), 3);
  EXPECT_EQ(sample(t, kBucket + "\"1\"}"), 3);
  EXPECT_EQ(sample(t, kBucket + "\"+Inf\"}"), 4);
  const std::string l = "{method=\"GET\",route=\"/api/v1/orgunits\"}";
  EXPECT_EQ(sample(t, "binhdang_http_request_duration_seconds_count" + l), 4);
  EXPECT_NEAR(sample(t, "binhdang_http_request_duration_seconds_sum" + l), 2.3045, 1e-4);
}

TEST(MetricsTest, BucketsNeverDecrease) {
  Metrics m;
  for (double s : {0.0001, 0.002, 0.007, 0.03, 0.09, 0.2, 0.7, 5.0}) m.observe("GET", "/api/v1/orgunits", 200, s);
  std::istringstream in(m.prometheus_text());
  std::string line;
  double prev = -1;
  int buckets = 0;
  while (std::getline(in, line)) {
    if (line.rfind(kBucket, 0) != 0) continue;
    const double v = std::stod(line.substr(line.rfind(' ') + 1));
    EXPECT_GE(v, prev) << line;
    prev = v;
    ++buckets;
  }
  EXPECT_EQ(buckets, 11);  // 10 bounds + +Inf
  EXPECT_EQ(prev, 8);
}

TEST(MetricsTest, ServerErrorsCountedInErrorsTotal) {
  Metrics m;
  m.observe("GET", "unmatched", 404, 0.001);
  m.observe("POST", "/api/v1/users", 500, 0.01);
  m.observe("GET", "/health", 503, 0.01);
  m.observe("GET", "/health", 499, 0.01);
  const std::string t = m.prometheus_text();
  EXPECT_EQ(sample(t, "binhdang_http_errors_total"), 2);
  EXPECT_EQ(sample(t, "binhdang_http_requests_total{method=\"POST\",route=\"/api/v1/users\",status=\"500\"}"), 1);
}

TEST(MetricsTest, LabelValuesAreEscaped) {
  Metrics m;
  m.observe("GE\"T\\\n", "unmatched", 400, 0.001);
  const std::string t = m.prometheus_text();
  EXPECT_EQ(sample(t, "binhdang_http_requests_total{method=\"GE\\\"T\\\\\\n\",route=\"unmatched\",status=\"400\"}"), 1)
      << t;
}

}  // namespace
}  // namespace bd::http
