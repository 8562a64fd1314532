#include "core/iso_period.h"

namespace bd {

std::string iso_period(const Period& p) {
  std::string duration;
  switch (p.type) {
    case PeriodType::kYear:
    case PeriodType::kSchoolYear: duration = "P1Y"; break;
    case PeriodType::kHalfYear: duration = "P6M"; break;
    case PeriodType::kQuarter: duration = "P3M"; break;
    case PeriodType::kMonth: duration = "P1M"; break;
  }
  return iso(p.start()) + "/" + duration;
}

std::optional<Period> parse_iso_period(std::string_view s) {
  const size_t slash = s.find('/');
  if (slash != 10) return std::nullopt;
  const std::string_view start_text = s.substr(0, slash), duration = s.substr(slash + 1);
  // parse_date also reads "dd/mm/yyyy"; only the ISO form is meant here.
  if (start_text[4] != '-' || start_text[7] != '-') return std::nullopt;
  const auto start = parse_date(start_text);
  if (!start || start->day != 1) return std::nullopt;
  PeriodType type;
  if (duration == "P1Y") type = start->month == 9 ? PeriodType::kSchoolYear : PeriodType::kYear;
  else if (duration == "P6M") type = PeriodType::kHalfYear;
  else if (duration == "P3M") type = PeriodType::kQuarter;
  else if (duration == "P1M") type = PeriodType::kMonth;
  else return std::nullopt;
  const Period p = period_of(type, *start);
  if (p.start() != *start) return std::nullopt;  // "2025-02-01/P6M" starts no half-year
  return p;
}

}  // namespace bd
