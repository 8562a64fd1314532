// Reporting periods with DHIS2 codes (CONTRACT.md) and Vietnamese labels:
// "2024" year, "2024S1"/"2024S2" half-years, "2024Q3" quarter, "202403"
// month, "2024Sep" school year 2024–2025 (September to August).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"

namespace bd {

enum class PeriodType { kYear, kHalfYear, kQuarter, kMonth, kSchoolYear };

struct Period {
  PeriodType type = PeriodType::kYear;
  int year = 2000;
  int index = 1;  // half 1–2, quarter 1–4, month 1–12; 1 for years

  auto operator<=>(const Period&) const = default;

  std::string code() const;      // "2024S1"
  std::string label_vi() const;  // "6 tháng đầu năm 2024"
  std::string label_en() const;  // "First half of 2024"
  Date start() const;
  Date end() const;              // last day, inclusive
  // True if every day of `other` lies in this period.
  bool contains(const Period& other) const;
  // The calendar year, half-year or quarter this one rolls up into (none for
  // years and school years).
  std::optional<Period> parent() const;
  // The next period of the same type.
  Period next() const;
  Period previous() const;
};

std::optional<Period> parse_period(std::string_view code);
std::optional<PeriodType> parse_period_type(std::string_view name);  // "year", "half_year", ...
std::string_view period_type_code(PeriodType t);
// The period of `type` that contains `d`.
Period period_of(PeriodType type, const Date& d);
// The periods of `type` that overlap [from, to], in order.
std::vector<Period> periods_between(PeriodType type, const Date& from, const Date& to);

}  // namespace bd
