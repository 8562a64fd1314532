// Small charts drawn on the server as inline SVG, so they need no script and
// print as they show: a sparkline of yearly values (with the goal as a
// dashed line, or a shaded band such as parity 0,97–1,03) and a bar split
// between women and men. They carry no text of their own and are hidden from
// assistive technology (aria-hidden): the page puts every figure they draw in
// a table or text next to them. Only numbers go into the markup.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace bd::http::pages {

struct SparkOptions {
  std::optional<double> goal;                       // a dashed horizontal line
  std::optional<std::pair<double, double>> band;    // a shaded horizontal band [low, high]
};

// A 120×32 sparkline of (year, value) points, oldest first. An empty string
// when there are no points.
std::string sparkline_svg(const std::vector<std::pair<int, double>>& points, const SparkOptions& options = {});
// A 120×12 bar: the female share in one colour, the male in another. An empty
// string when neither has a value or both are 0.
std::string split_bar_svg(std::optional<double> female, std::optional<double> male);

}  // namespace bd::http::pages
