// Targets (chỉ tiêu): an indicator value compared with a goal, and where its
// trend is heading. Pure functions, no state.
//
// A target is indicator + comparator + value + when (+ scope, held by the
// caller). The kinds found in the seeds all fit: a share of women (≥ 40,
// > 50), full coverage (= 100), a ratio ceiling (≤ 113 boys per 100 girls),
// a count ceiling or floor (= 0 cases, ≥ 1 person).
//
// Comparisons use a tolerance of 1e-9 relative to the larger of |value|,
// |target| and 1: a value that equals the target up to rounding (e.g. a
// share computed as 39.99999999999999) meets ≥, ≤ and =, and fails > and <.
//
// Thread-safety: every function is pure and may be called from any thread.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace bd::analytics {

enum class Comparator { kGe, kGt, kLe, kLt, kEq };
enum class TargetWhen { kByYear, kFromYear, kEveryYear, kEveryQuarter };
enum class TargetStatus { kMet, kNotMet, kNoData };
enum class Trajectory { kOnTrack, kAtRisk, kOffTrack, kUnknown };

// Every comparator and every "when", in the order forms offer them.
inline constexpr Comparator kComparators[] = {Comparator::kGe, Comparator::kGt, Comparator::kEq, Comparator::kLe,
                                              Comparator::kLt};
inline constexpr TargetWhen kTargetWhens[] = {TargetWhen::kByYear, TargetWhen::kFromYear, TargetWhen::kEveryYear,
                                              TargetWhen::kEveryQuarter};

// From "ge","gt","le","lt","eq" or "≥",">","≤","<","=" (also ">=", "<=").
std::optional<Comparator> parse_comparator(std::string_view s);
std::string_view comparator_code(Comparator c);  // "ge"
std::string_view symbol(Comparator c);           // "≥"

// From "by_year","from_year","every_year","every_quarter".
std::optional<TargetWhen> parse_target_when(std::string_view s);
std::string_view target_when_code(TargetWhen w);

bool meets(Comparator c, double value, double target);
TargetStatus status(Comparator c, double target, std::optional<double> value);

// Whether a target applies to a period of year `year`: by_year Y → year == Y;
// from_year Y → year >= Y; every_year / every_quarter → always.
bool applies_in(TargetWhen w, int target_year, int year);

struct Trend {
  double slope = 0;
  double intercept = 0;  // y = intercept + slope * x
  int points = 0;
};
// Ordinary least squares. nullopt with < 2 points or when every x is equal.
std::optional<Trend> least_squares(const std::vector<std::pair<double, double>>& xy);

struct Projection {
  Trajectory trajectory = Trajectory::kUnknown;
  std::optional<double> projected;
  int deadline_year = 0;
};
// history: (year, value) points up to now. The deadline is target_year for
// by_year, else current_year.
//   no points        → unknown;
//   one point        → projected = that value; on track if it meets, else at risk;
//   two or more      → projected = the trend at the deadline; on track if it
//                      meets; at risk when the gap is within 10% of |target|
//                      (within 1 when the target is 0); else off track.
//   (points that all share one year count as one point: their mean.)
Projection project(Comparator c, double target, TargetWhen w, int target_year,
                   const std::vector<std::pair<double, double>>& history, int current_year);

// "Đạt", "Chưa đạt", "Chưa có số liệu"; "Đúng hướng", "Có nguy cơ",
// "Chệch hướng", "Chưa đủ dữ liệu".
std::string_view label_vi(TargetStatus s);
std::string_view label_vi(Trajectory t);
std::string_view label_en(TargetStatus s);
std::string_view label_en(Trajectory t);

}  // namespace bd::analytics
