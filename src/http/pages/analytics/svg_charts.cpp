#include "http/pages/analytics/svg_charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bd::http::pages {
namespace {

constexpr double kWidth = 120, kHeight = 32, kPad = 3;
constexpr const char* kLine = "#0d5c9e";
constexpr const char* kGoal = "#8a1c4a";
constexpr const char* kBand = "#e3f4e8";
constexpr const char* kFemale = "#8a1c4a";
constexpr const char* kMale = "#0d5c9e";

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string open_svg(double w, double h, const std::string& cls) {
  return "<svg class=\"" + cls + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(w) + "\" height=\"" +
         num(h) + "\" viewBox=\"0 0 " + num(w) + " " + num(h) + "\" aria-hidden=\"true\" focusable=\"false\">";
}

}  // namespace

std::string sparkline_svg(const std::vector<std::pair<int, double>>& points, const SparkOptions& o) {
  if (points.empty()) return "";
  double lo = points.front().second, hi = lo;
  for (const auto& [year, v] : points) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
  if (o.goal) {
    lo = std::min(lo, *o.goal);
    hi = std::max(hi, *o.goal);
  }
  if (o.band) {
    lo = std::min(lo, o.band->first);
    hi = std::max(hi, o.band->second);
  }
  if (hi - lo < 1e-9) {  // a flat line sits in the middle
    lo -= 1;
    hi += 1;
  }
  const int first = points.front().first, last = points.back().first;
  auto x = [&](int year) {
    return last == first ? kWidth / 2 : kPad + (kWidth - 2 * kPad) * (year - first) / double(last - first);
  };
  auto y = [&](double v) { return kPad + (kHeight - 2 * kPad) * (hi - v) / (hi - lo); };
  std::string s = open_svg(kWidth, kHeight, "spark");
  if (o.band)
    s += "<rect x=\"0\" y=\"" + num(y(o.band->second)) + "\" width=\"" + num(kWidth) + "\" height=\"" +
         num(std::max(1.0, y(o.band->first) - y(o.band->second))) + "\" fill=\"" + kBand + "\"/>";
  if (o.goal)
    s += "<line x1=\"0\" x2=\"" + num(kWidth) + "\" y1=\"" + num(y(*o.goal)) + "\" y2=\"" + num(y(*o.goal)) +
         "\" stroke=\"" + kGoal + "\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>";
  if (points.size() > 1) {
    s += "<polyline fill=\"none\" stroke=\"" + std::string(kLine) + "\" stroke-width=\"2\" points=\"";
    for (size_t i = 0; i < points.size(); ++i)
      s += (i ? " " : "") + num(x(points[i].first)) + "," + num(y(points[i].second));
    s += "\"/>";
  }
  s += "<circle cx=\"" + num(x(points.back().first)) + "\" cy=\"" + num(y(points.back().second)) + "\" r=\"3\" fill=\"" +
       kLine + "\"/>";
  return s + "</svg>";
}

std::string split_bar_svg(std::optional<double> female, std::optional<double> male) {
  const double f = std::max(0.0, female.value_or(0)), m = std::max(0.0, male.value_or(0));
  if (f + m <= 0) return "";
  const double h = 12, fw = kWidth * f / (f + m);
  std::string s = open_svg(kWidth, h, "split");
  s += "<rect x=\"0\" y=\"0\" width=\"" + num(fw) + "\" height=\"" + num(h) + "\" fill=\"" + kFemale + "\"/>";
  s += "<rect x=\"" + num(fw) + "\" y=\"0\" width=\"" + num(kWidth - fw) + "\" height=\"" + num(h) + "\" fill=\"" +
       kMale + "\"/>";
  // the parity mark at half
  s += "<line x1=\"" + num(kWidth / 2) + "\" x2=\"" + num(kWidth / 2) + "\" y1=\"0\" y2=\"" + num(h) +
       "\" stroke=\"#fff\" stroke-width=\"1\"/>";
  return s + "</svg>";
}

}  // namespace bd::http::pages
