#include "core/dates.h"

#include <charconv>
#include <cstdio>

namespace bd {
namespace {

bool parse_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc();
}

std::optional<Date> make(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date{y, m, d};
}

std::string two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v);
  return buf;
}

constexpr int kVietnamOffsetSeconds = 7 * 3600;

}  // namespace

bool is_leap_year(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

std::optional<Date> parse_date(std::string_view s) {
  int y, m, d;
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    if (parse_int(s.substr(0, 4), y) && parse_int(s.substr(5, 2), m) && parse_int(s.substr(8, 2), d)) return make(y, m, d);
    return std::nullopt;
  }
  auto a = s.find('/');
  auto b = a == std::string_view::npos ? a : s.find('/', a + 1);
  if (b == std::string_view::npos) return std::nullopt;
  if (parse_int(s.substr(0, a), d) && parse_int(s.substr(a + 1, b - a - 1), m) && parse_int(s.substr(b + 1), y) &&
      s.size() - b - 1 == 4)
    return make(y, m, d);
  return std::nullopt;
}

std::string iso(const Date& d) { return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day); }

std::string format_vi(const Date& d) { return two(d.day) + "/" + two(d.month) + "/" + std::to_string(d.year); }

std::string format_decree30(const Date& d) {
  const std::string month = d.month <= 2 ? two(d.month) : std::to_string(d.month);
  return "ngày " + two(d.day) + " tháng " + month + " năm " + std::to_string(d.year);
}

// Howard Hinnant's algorithms.
int64_t days_from_civil(const Date& date) {
  int64_t y = date.year - (date.month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (date.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int iso_weekday(const Date& d) {
  const int64_t days = days_from_civil(d);  // 1970-01-01 was a Thursday (4)
  const int64_t from_monday = ((days + 3) % 7 + 7) % 7;
  return static_cast<int>(from_monday) + 1;
}

Date add_days(const Date& d, int64_t days) { return civil_from_days(days_from_civil(d) + days); }

Date date_from_unix(int64_t seconds) {
  return civil_from_days(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
}

std::string format_vi_datetime(int64_t unix_seconds) {
  const int64_t local = unix_seconds + kVietnamOffsetSeconds;
  const Date d = date_from_unix(local);
  const int64_t sod = ((local % 86400) + 86400) % 86400;
  return format_vi(d) + " " + two(static_cast<int>(sod / 3600)) + ":" + two(static_cast<int>(sod / 60 % 60));
}

}  // namespace bd
