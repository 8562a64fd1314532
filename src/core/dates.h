// Calendar dates and the Vietnamese ways of writing them. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace bd {

struct Date {
  int year = 1970, month = 1, day = 1;
  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
// Parses "YYYY-MM-DD" (the API form) or "dd/mm/yyyy" (what people type).
std::optional<Date> parse_date(std::string_view s);
std::string iso(const Date& d);                  // "2026-01-05"
std::string format_vi(const Date& d);            // "05/01/2026"
// Decree 30 place-date form: "ngày 05 tháng 01 năm 2026" (day < 10 and
// months 1–2 get a leading zero).
std::string format_decree30(const Date& d);
// Days since 1970-01-01 and back.
int64_t days_from_civil(const Date& d);
Date civil_from_days(int64_t days);
// ISO weekday: 1 Monday … 7 Sunday (Vietnamese "Thứ Hai" … "Chủ nhật").
int iso_weekday(const Date& d);
// `d` moved by `days` (negative goes back).
Date add_days(const Date& d, int64_t days);
// UTC date of a Unix time in seconds.
Date date_from_unix(int64_t seconds);
// "05/01/2026 14:03" (UTC+7, Vietnam time) for audit and session displays.
std::string format_vi_datetime(int64_t unix_seconds);

}  // namespace bd
