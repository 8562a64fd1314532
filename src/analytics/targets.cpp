#include "analytics/targets.h"

#include <algorithm>
#include <cmath>

namespace bd::analytics {
namespace {

constexpr double kTolerance = 1e-9;
constexpr double kAtRiskShare = 0.10;  // of |target|
constexpr double kAtRiskZeroGap = 1;   // when the target is 0

struct ComparatorName {
  Comparator c;
  std::string_view code, symbol, ascii;
};
constexpr ComparatorName kComparatorNames[] = {
    {Comparator::kGe, "ge", "≥", ">="}, {Comparator::kGt, "gt", ">", ">"}, {Comparator::kLe, "le", "≤", "<="},
    {Comparator::kLt, "lt", "<", "<"},  {Comparator::kEq, "eq", "=", "="},
};

struct WhenName {
  TargetWhen w;
  std::string_view code;
};
constexpr WhenName kWhens[] = {
    {TargetWhen::kByYear, "by_year"},
    {TargetWhen::kFromYear, "from_year"},
    {TargetWhen::kEveryYear, "every_year"},
    {TargetWhen::kEveryQuarter, "every_quarter"},
};

bool near(double value, double target) {
  return std::fabs(value - target) <= kTolerance * std::max({std::fabs(value), std::fabs(target), 1.0});
}

}  // namespace

std::optional<Comparator> parse_comparator(std::string_view s) {
  for (const auto& n : kComparatorNames)
    if (s == n.code || s == n.symbol || s == n.ascii) return n.c;
  return std::nullopt;
}

std::string_view comparator_code(Comparator c) {
  for (const auto& n : kComparatorNames)
    if (n.c == c) return n.code;
  return "eq";
}

std::string_view symbol(Comparator c) {
  for (const auto& n : kComparatorNames)
    if (n.c == c) return n.symbol;
  return "=";
}

std::optional<TargetWhen> parse_target_when(std::string_view s) {
  for (const auto& n : kWhens)
    if (s == n.code) return n.w;
  return std::nullopt;
}

std::string_view target_when_code(TargetWhen w) {
  for (const auto& n : kWhens)
    if (n.w == w) return n.code;
  return "every_year";
}

bool meets(Comparator c, double value, double target) {
  if (!std::isfinite(value) || !std::isfinite(target)) return false;
  const bool eq = near(value, target);
  switch (c) {
    case Comparator::kGe: return eq || value > target;
    case Comparator::kGt: return !eq && value > target;
    case Comparator::kLe: return eq || value < target;
    case Comparator::kLt: return !eq && value < target;
    case Comparator::kEq: return eq;
  }
  return false;
}

TargetStatus status(Comparator c, double target, std::optional<double> value) {
  if (!value) return TargetStatus::kNoData;
  return meets(c, *value, target) ? TargetStatus::kMet : TargetStatus::kNotMet;
}

bool applies_in(TargetWhen w, int target_year, int year) {
  switch (w) {
    case TargetWhen::kByYear: return year == target_year;
    case TargetWhen::kFromYear: return year >= target_year;
    case TargetWhen::kEveryYear:
    case TargetWhen::kEveryQuarter: return true;
  }
  return false;
}

std::optional<Trend> least_squares(const std::vector<std::pair<double, double>>& xy) {
  if (xy.size() < 2) return std::nullopt;
  const double n = static_cast<double>(xy.size());
  double mx = 0, my = 0;
  for (const auto& [x, y] : xy) {
    mx += x / n;
    my += y / n;
  }
  double sxx = 0, sxy = 0;
  for (const auto& [x, y] : xy) {
    sxx += (x - mx) * (x - mx);
    sxy += (x - mx) * (y - my);
  }
  if (sxx == 0) return std::nullopt;
  const double slope = sxy / sxx;
  return Trend{slope, my - slope * mx, static_cast<int>(xy.size())};
}

Projection project(Comparator c, double target, TargetWhen w, int target_year,
                   const std::vector<std::pair<double, double>>& history, int current_year) {
  Projection p;
  p.deadline_year = w == TargetWhen::kByYear ? target_year : current_year;
  if (history.empty()) return p;
  const auto trend = least_squares(history);
  if (!trend) {  // one point, or several in one year: their mean, as one point
    double sum = 0;
    for (const auto& [x, y] : history) sum += y;
    p.projected = sum / static_cast<double>(history.size());
    p.trajectory = meets(c, *p.projected, target) ? Trajectory::kOnTrack : Trajectory::kAtRisk;
    return p;
  }
  p.projected = trend->intercept + trend->slope * p.deadline_year;
  if (meets(c, *p.projected, target)) {
    p.trajectory = Trajectory::kOnTrack;
    return p;
  }
  const double gap = std::fabs(*p.projected - target);
  const double allowed = target == 0 ? kAtRiskZeroGap : kAtRiskShare * std::fabs(target);
  p.trajectory = gap <= allowed ? Trajectory::kAtRisk : Trajectory::kOffTrack;
  return p;
}

std::string_view label_vi(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMet: return "Đạt";
    case TargetStatus::kNotMet: return "Chưa đạt";
    case TargetStatus::kNoData: return "Chưa có số liệu";
  }
  return "Chưa có số liệu";
}

std::string_view label_vi(Trajectory t) {
  switch (t) {
    case Trajectory::kOnTrack: return "Đúng hướng";
    case Trajectory::kAtRisk: return "Có nguy cơ";
    case Trajectory::kOffTrack: return "Chệch hướng";
    case Trajectory::kUnknown: return "Chưa đủ dữ liệu";
  }
  return "Chưa đủ dữ liệu";
}

std::string_view label_en(TargetStatus s) {
  switch (s) {
    case TargetStatus::kMet: return "Met";
    case TargetStatus::kNotMet: return "Not met";
    case TargetStatus::kNoData: return "No data";
  }
  return "No data";
}

std::string_view label_en(Trajectory t) {
  switch (t) {
    case Trajectory::kOnTrack: return "On track";
    case Trajectory::kAtRisk: return "At risk";
    case Trajectory::kOffTrack: return "Off track";
    case Trajectory::kUnknown: return "Not enough data";
  }
  return "Not enough data";
}

}  // namespace bd::analytics
