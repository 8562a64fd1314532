// Indicators and targets as data. Expressions are compiled and evaluated by
// analytics/expression.h; target status and trajectory by analytics/targets.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bd {

struct IndicatorDef {
  int64_t id = 0;
  std::string code, name_vi, name_en;
  std::string expression;  // "#{staff_managers.female} / #{staff_managers} * 100"
  std::string unit;        // "percent", "per100", "ratio", "count"
  std::string description;
};

bool valid_indicator_unit(std::string_view unit);
// How a value of this unit reads in Vietnamese: "42,9%", "112,5", "3".
std::string format_indicator_value(double v, std::string_view unit);

struct TargetDef {
  int64_t id = 0;
  std::string code, name_vi;
  int64_t indicator_id = 0;
  std::string indicator_code;  // filled by storage for convenience
  std::string comparator;      // "ge", "gt", "le", "lt", "eq"
  double value = 0;
  std::string when;            // "by_year", "from_year", "every_year", "every_quarter"
  int year = 0;                // for by_year / from_year
  int64_t org_id = 0;          // the unit the target belongs to
  std::string applies_to;      // "" the unit's own aggregate; else a type code ("school" = any school) for each descendant
};

// A value as stored: one option of one element for one unit and period.
struct StoredValue {
  int64_t element_id = 0;
  std::string option;  // "" when the element has no category
  int64_t org_id = 0;
  std::string period;  // DHIS2 code
  std::optional<double> number;
  std::string text;    // for text elements
  int64_t updated_at = 0;
  std::string updated_by;
};

// Decimal comma and grouping as Vietnamese readers expect: 1.234,5
std::string format_number_vi(double v, int decimals);

}  // namespace bd
