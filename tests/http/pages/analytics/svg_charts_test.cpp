// The server-drawn charts: only numbers in the markup, hidden from assistive
// technology, scaled into their box.
#include "http/pages/analytics/svg_charts.h"

#include <gtest/gtest.h>

#include <regex>

namespace bd::http::pages {
namespace {

std::vector<double> numbers_of(const std::string& svg, const std::string& attr) {
  std::vector<double> out;
  const std::regex re(" " + attr + "=\"([-0-9.]+)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod((*it)[1]));
  return out;
}

TEST(SvgCharts, ASparklineDrawsEachYearInsideItsBox) {
  const std::string svg = sparkline_svg({{2023, 30}, {2024, 35}, {2025, 45}}, {40, std::nullopt});
  EXPECT_TRUE(svg.starts_with("<svg class=\"spark\""));
  EXPECT_NE(svg.find("aria-hidden=\"true\""), std::string::npos);
  EXPECT_NE(svg.find("<polyline"), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos) << "the goal line";
  // three points, rising: the last point is highest (smallest y)
  const std::regex pts("points=\"([^\"]+)\"");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, pts));
  double x0, y0, x1, y1, x2, y2;
  ASSERT_EQ(std::sscanf(m[1].str().c_str(), "%lf,%lf %lf,%lf %lf,%lf", &x0, &y0, &x1, &y1, &x2, &y2), 6);
  EXPECT_LT(x0, x1);
  EXPECT_LT(x1, x2);
  EXPECT_GT(y0, y1);
  EXPECT_GT(y1, y2);
  for (double y : {y0, y1, y2}) {
    EXPECT_GE(y, 0);
    EXPECT_LE(y, 32);
  }
  // the goal (40) lies between 35 and 45
  const auto ys = numbers_of(svg, "y1");
  ASSERT_EQ(ys.size(), 1u);
  EXPECT_LT(ys[0], y1);
  EXPECT_GT(ys[0], y2);
}

TEST(SvgCharts, ASparklineOfOnePointOrNone) {
  EXPECT_EQ(sparkline_svg({}), "");
  const std::string one = sparkline_svg({{2025, 7}});
  EXPECT_EQ(one.find("<polyline"), std::string::npos);
  EXPECT_NE(one.find("<circle"), std::string::npos);
  EXPECT_EQ(one.find("nan"), std::string::npos);
}

TEST(SvgCharts, TheParityBandIsShaded) {
  const std::string svg = sparkline_svg({{2024, 0.95}, {2025, 1.0}}, {std::nullopt, std::make_pair(0.97, 1.03)});
  EXPECT_NE(svg.find("<rect"), std::string::npos);
  EXPECT_EQ(svg.find("stroke-dasharray"), std::string::npos);
}

TEST(SvgCharts, TheSplitBarDividesByShare) {
  EXPECT_EQ(split_bar_svg(std::nullopt, std::nullopt), "");
  EXPECT_EQ(split_bar_svg(0.0, 0.0), "");
  const auto widths = numbers_of(split_bar_svg(30.0, 10.0), "width");
  ASSERT_EQ(widths.size(), 3u);  // the box, then women, then men
  EXPECT_DOUBLE_EQ(widths[1], 90);
  EXPECT_DOUBLE_EQ(widths[2], 30);
  EXPECT_DOUBLE_EQ(numbers_of(split_bar_svg(5.0, std::nullopt), "width")[1], 120);
}

}  // namespace
}  // namespace bd::http::pages
