#include "core/period.h"

#include <charconv>

namespace bd {
namespace {

const char* kRoman[] = {"", "I", "II", "III", "IV"};
const char* kMonthsEn[] = {"", "January", "February", "March", "April", "May", "June", "July",
                           "August", "September", "October", "November", "December"};

bool digits(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc();
}

int months_in(PeriodType t) {
  switch (t) {
    case PeriodType::kYear: return 12;
    case PeriodType::kSchoolYear: return 12;
    case PeriodType::kHalfYear: return 6;
    case PeriodType::kQuarter: return 3;
    case PeriodType::kMonth: return 1;
  }
  return 12;
}

}  // namespace

std::string_view period_type_code(PeriodType t) {
  switch (t) {
    case PeriodType::kYear: return "year";
    case PeriodType::kHalfYear: return "half_year";
    case PeriodType::kQuarter: return "quarter";
    case PeriodType::kMonth: return "month";
    case PeriodType::kSchoolYear: return "school_year";
  }
  return "year";
}

std::optional<PeriodType> parse_period_type(std::string_view s) {
  for (auto t : {PeriodType::kYear, PeriodType::kHalfYear, PeriodType::kQuarter, PeriodType::kMonth,
                 PeriodType::kSchoolYear})
    if (period_type_code(t) == s) return t;
  return std::nullopt;
}

std::optional<Period> parse_period(std::string_view c) {
  int year = 0, n = 0;
  if (c.size() < 4 || !digits(c.substr(0, 4), year) || year < 1900 || year > 2200) return std::nullopt;
  const std::string_view rest = c.substr(4);
  if (rest.empty()) return Period{PeriodType::kYear, year, 1};
  if (rest == "Sep") return Period{PeriodType::kSchoolYear, year, 1};
  if (rest.size() == 2 && rest[0] == 'S' && digits(rest.substr(1), n) && n >= 1 && n <= 2)
    return Period{PeriodType::kHalfYear, year, n};
  if (rest.size() == 2 && rest[0] == 'Q' && digits(rest.substr(1), n) && n >= 1 && n <= 4)
    return Period{PeriodType::kQuarter, year, n};
  if (rest.size() == 2 && digits(rest, n) && n >= 1 && n <= 12) return Period{PeriodType::kMonth, year, n};
  return std::nullopt;
}

std::string Period::code() const {
  const std::string y = std::to_string(year);
  switch (type) {
    case PeriodType::kYear: return y;
    case PeriodType::kSchoolYear: return y + "Sep";
    case PeriodType::kHalfYear: return y + "S" + std::to_string(index);
    case PeriodType::kQuarter: return y + "Q" + std::to_string(index);
    case PeriodType::kMonth: return y + (index < 10 ? "0" : "") + std::to_string(index);
  }
  return y;
}

std::string Period::label_vi() const {
  const std::string y = std::to_string(year);
  switch (type) {
    case PeriodType::kYear: return "Năm " + y;
    case PeriodType::kSchoolYear: return "Năm học " + y + "-" + std::to_string(year + 1);
    case PeriodType::kHalfYear: return (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
    case PeriodType::kQuarter: return std::string("Quý ") + kRoman[index] + "/" + y;
    case PeriodType::kMonth: return "Tháng " + std::to_string(index) + "/" + y;
  }
  return y;
}

std::string Period::label_en() const {
  const std::string y = std::to_string(year);
  switch (type) {
    case PeriodType::kYear: return y;
    case PeriodType::kSchoolYear: return "School year " + y + "–" + std::to_string(year + 1);
    case PeriodType::kHalfYear: return (index == 1 ? "First half of " : "Second half of ") + y;
    case PeriodType::kQuarter: return "Q" + std::to_string(index) + " " + y;
    case PeriodType::kMonth: return std::string(kMonthsEn[index]) + " " + y;
  }
  return y;
}

Date Period::start() const {
  if (type == PeriodType::kSchoolYear) return {year, 9, 1};
  return {year, (index - 1) * months_in(type) + 1, 1};
}

Date Period::end() const {
  if (type == PeriodType::kSchoolYear) return {year + 1, 8, 31};
  const int last_month = index * months_in(type);
  return {year, last_month, days_in_month(year, last_month)};
}

bool Period::contains(const Period& o) const { return start() <= o.start() && o.end() <= end(); }

std::optional<Period> Period::parent() const {
  switch (type) {
    case PeriodType::kYear:
    case PeriodType::kSchoolYear: return std::nullopt;
    case PeriodType::kHalfYear: return Period{PeriodType::kYear, year, 1};
    case PeriodType::kQuarter: return Period{PeriodType::kHalfYear, year, index <= 2 ? 1 : 2};
    case PeriodType::kMonth: return Period{PeriodType::kQuarter, year, (index - 1) / 3 + 1};
  }
  return std::nullopt;
}

Period Period::next() const {
  const int per_year = 12 / months_in(type);
  if (type == PeriodType::kYear || type == PeriodType::kSchoolYear) return {type, year + 1, 1};
  return index == per_year ? Period{type, year + 1, 1} : Period{type, year, index + 1};
}

Period Period::previous() const {
  const int per_year = 12 / months_in(type);
  if (type == PeriodType::kYear || type == PeriodType::kSchoolYear) return {type, year - 1, 1};
  return index == 1 ? Period{type, year - 1, per_year} : Period{type, year, index - 1};
}

Period period_of(PeriodType type, const Date& d) {
  if (type == PeriodType::kSchoolYear) return {type, d.month >= 9 ? d.year : d.year - 1, 1};
  if (type == PeriodType::kYear) return {type, d.year, 1};
  return {type, d.year, (d.month - 1) / months_in(type) + 1};
}

std::vector<Period> periods_between(PeriodType type, const Date& from, const Date& to) {
  std::vector<Period> out;
  for (Period p = period_of(type, from); p.start() <= to; p = p.next()) out.push_back(p);
  return out;
}

}  // namespace bd
