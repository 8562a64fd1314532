#include "core/dates.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(DatesTest, LeapYearsAndMonthLengths) {
  EXPECT_TRUE(is_leap_year(2024));
  EXPECT_TRUE(is_leap_year(2000));
  EXPECT_FALSE(is_leap_year(1900));
  EXPECT_FALSE(is_leap_year(2025));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2025, 2), 28);
  EXPECT_EQ(days_in_month(2026, 4), 30);
  EXPECT_EQ(days_in_month(2026, 12), 31);
  EXPECT_EQ(days_in_month(2026, 13), 0);
}

TEST(DatesTest, ParsesIsoForm) {
  auto d = parse_date("2026-01-05");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{2026, 1, 5}));
}

TEST(DatesTest, ParsesVietnameseForms) {
  auto a = parse_date("05/01/2026");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(*a, (Date{2026, 1, 5}));  // day first, then month
  auto b = parse_date("5/1/2026");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(*b, (Date{2026, 1, 5}));
  auto c = parse_date("31/12/2025");
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(*c, (Date{2025, 12, 31}));
}

TEST(DatesTest, LeapDay) {
  EXPECT_TRUE(parse_date("29/02/2024").has_value());
  EXPECT_TRUE(parse_date("2024-02-29").has_value());
  EXPECT_FALSE(parse_date("29/02/2025").has_value());
  EXPECT_FALSE(parse_date("2025-02-29").has_value());
}

TEST(DatesTest, RejectsImpossibleDates) {
  EXPECT_FALSE(parse_date("31/02/2026").has_value());
  EXPECT_FALSE(parse_date("31/04/2026").has_value());
  EXPECT_FALSE(parse_date("2026-13-01").has_value());
  EXPECT_FALSE(parse_date("2026-00-10").has_value());
  EXPECT_FALSE(parse_date("00/01/2026").has_value());
}

TEST(DatesTest, RejectsGarbage) {
  for (const char* s : {"", "abc", "2026", "2026-1-5", "2026/01/05", "05/01/26", "05-01-2026", "5/1/2026 ",
                        "a5/01/2026", "05/01/20x6", "2026-01-0x", "+5/1/2026", "5//2026", "/1/2026"})
    EXPECT_FALSE(parse_date(s).has_value()) << '"' << s << '"';
}

TEST(DatesTest, IsoAndVietnameseFormatting) {
  EXPECT_EQ(iso(Date{2026, 1, 5}), "2026-01-05");
  EXPECT_EQ(format_vi(Date{2026, 1, 5}), "05/01/2026");
  EXPECT_EQ(format_vi(Date{2021, 12, 31}), "31/12/2021");
  auto d = parse_date(format_vi(Date{2024, 2, 29}));
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, (Date{2024, 2, 29}));
}

TEST(DatesTest, Decree30Form) {
  EXPECT_EQ(format_decree30(Date{2026, 1, 5}), "ngày 05 tháng 01 năm 2026");
  EXPECT_EQ(format_decree30(Date{2021, 8, 16}), "ngày 16 tháng 8 năm 2021");
  EXPECT_EQ(format_decree30(Date{2026, 2, 3}), "ngày 03 tháng 02 năm 2026");
  EXPECT_EQ(format_decree30(Date{2025, 12, 12}), "ngày 12 tháng 12 năm 2025");
  EXPECT_EQ(format_decree30(Date{2025, 3, 9}), "ngày 09 tháng 3 năm 2025");
}

TEST(DatesTest, DaysFromCivilKnownValues) {
  EXPECT_EQ(days_from_civil(Date{1970, 1, 1}), 0);
  EXPECT_EQ(days_from_civil(Date{1970, 1, 2}), 1);
  EXPECT_EQ(days_from_civil(Date{1969, 12, 31}), -1);
  EXPECT_EQ(days_from_civil(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(days_from_civil(Date{2026, 1, 1}), 20454);
}

TEST(DatesTest, CivilDaysRoundTripIncludingLeapDays) {
  const int64_t from = days_from_civil(Date{1899, 12, 1});
  const int64_t to = days_from_civil(Date{2101, 3, 31});
  Date prev = civil_from_days(from - 1);
  int leap_days = 0;
  for (int64_t n = from; n <= to; ++n) {
    const Date d = civil_from_days(n);
    ASSERT_EQ(days_from_civil(d), n) << iso(d);
    ASSERT_GT(d, prev);
    ASSERT_GE(d.day, 1);
    ASSERT_LE(d.day, days_in_month(d.year, d.month)) << iso(d);
    if (d.month == 2 && d.day == 29) ++leap_days;
    prev = d;
  }
  // 1900 and 2100 are not leap years; 2000 is. 1904..2096 gives 49 leap days.
  EXPECT_EQ(leap_days, 49);
}

TEST(DatesTest, IsoWeekdayAndAddingDays) {
  EXPECT_EQ(iso_weekday({1970, 1, 1}), 4);   // Thursday
  EXPECT_EQ(iso_weekday({2026, 1, 1}), 4);   // Thursday
  EXPECT_EQ(iso_weekday({2026, 3, 8}), 7);   // Sunday
  EXPECT_EQ(iso_weekday({2026, 6, 1}), 1);   // Monday
  EXPECT_EQ(iso_weekday({1969, 12, 29}), 1);  // Monday, before the epoch
  EXPECT_EQ(add_days({2026, 2, 28}, 1), (Date{2026, 3, 1}));
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(add_days({2026, 1, 1}, -1), (Date{2025, 12, 31}));
  EXPECT_EQ(add_days({2026, 12, 31}, 1), (Date{2027, 1, 1}));
}

TEST(DatesTest, DateFromUnix) {
  EXPECT_EQ(date_from_unix(0), (Date{1970, 1, 1}));
  EXPECT_EQ(date_from_unix(86399), (Date{1970, 1, 1}));
  EXPECT_EQ(date_from_unix(86400), (Date{1970, 1, 2}));
  EXPECT_EQ(date_from_unix(-1), (Date{1969, 12, 31}));
  EXPECT_EQ(date_from_unix(-86400), (Date{1969, 12, 31}));
  EXPECT_EQ(date_from_unix(-86401), (Date{1969, 12, 30}));
  EXPECT_EQ(date_from_unix(1767225600), (Date{2026, 1, 1}));
}

TEST(DatesTest, FormatViDatetimeUsesVietnamTime) {
  EXPECT_EQ(format_vi_datetime(1767225600), "01/01/2026 07:00");      // 2026-01-01 00:00 UTC
  EXPECT_EQ(format_vi_datetime(1767225600 - 7 * 3600), "01/01/2026 00:00");
  EXPECT_EQ(format_vi_datetime(1767225600 - 7 * 3600 - 60), "31/12/2025 23:59");
  EXPECT_EQ(format_vi_datetime(1767225600 + 7 * 3600 + 3 * 60 + 59), "01/01/2026 14:03");
  EXPECT_EQ(format_vi_datetime(0), "01/01/1970 07:00");
}

}  // namespace
}  // namespace bd
