#include "core/indicator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bd {
namespace {

TEST(IndicatorTest, ThousandsDotsAndDecimalComma) {
  EXPECT_EQ(format_number_vi(1234.5, 1), "1.234,5");
  EXPECT_EQ(format_number_vi(1234.5, 2), "1.234,5");  // trailing zero dropped
  EXPECT_EQ(format_number_vi(1234567, 0), "1.234.567");
  EXPECT_EQ(format_number_vi(1234567.891, 2), "1.234.567,89");
  EXPECT_EQ(format_number_vi(123, 0), "123");
  EXPECT_EQ(format_number_vi(999, 0), "999");
  EXPECT_EQ(format_number_vi(1000, 0), "1.000");
  EXPECT_EQ(format_number_vi(100000, 0), "100.000");
  EXPECT_EQ(format_number_vi(0, 2), "0");
  EXPECT_EQ(format_number_vi(0.5, 2), "0,5");
}

TEST(IndicatorTest, TrailingZerosAndDecimalCommaDropped) {
  EXPECT_EQ(format_number_vi(40.0, 1), "40");
  EXPECT_EQ(format_number_vi(40.0, 4), "40");
  EXPECT_EQ(format_number_vi(40.10, 2), "40,1");
  EXPECT_EQ(format_number_vi(12.3456, 4), "12,3456");
  EXPECT_EQ(format_number_vi(12.3456, 0), "12");
}

TEST(IndicatorTest, NegativeNumbers) {
  EXPECT_EQ(format_number_vi(-1234.5, 1), "-1.234,5");
  EXPECT_EQ(format_number_vi(-1234567, 0), "-1.234.567");
  EXPECT_EQ(format_number_vi(-0.5, 1), "-0,5");
  EXPECT_EQ(format_number_vi(-123, 0), "-123");  // no stray separator after the sign
  // What rounds to zero is written without a sign.
  EXPECT_EQ(format_number_vi(-0.04, 1), "0");
  EXPECT_EQ(format_number_vi(-0.0, 2), "0");
}

// Vietnamese rounding ("làm tròn", as taught in school and as Excel's ROUND
// does): a dropped digit of 5 or more rounds away from zero. The value is
// the decimal the reader knows (0.25, 6.25%, 42.85%), not its binary double.
TEST(IndicatorTest, RoundsHalfAwayFromZero) {
  EXPECT_EQ(format_number_vi(0.25, 1), "0,3");
  EXPECT_EQ(format_number_vi(0.35, 1), "0,4");
  EXPECT_EQ(format_number_vi(6.25, 1), "6,3");   // 1 woman of 16 managers
  EXPECT_EQ(format_number_vi(42.85, 1), "42,9");
  EXPECT_EQ(format_number_vi(1.005, 2), "1,01");
  EXPECT_EQ(format_number_vi(2.5, 0), "3");
  EXPECT_EQ(format_number_vi(0.5, 0), "1");
  EXPECT_EQ(format_number_vi(-0.25, 1), "-0,3");
  EXPECT_EQ(format_number_vi(-2.5, 0), "-3");
  EXPECT_EQ(format_number_vi(0.24, 1), "0,2");
  EXPECT_EQ(format_number_vi(0.249999, 1), "0,2");
  EXPECT_EQ(format_number_vi(42.857, 1), "42,9");
  EXPECT_EQ(format_number_vi(42.84, 1), "42,8");
}

TEST(IndicatorTest, RoundingCarriesIntoGroups) {
  EXPECT_EQ(format_number_vi(999.96, 1), "1.000");
  EXPECT_EQ(format_number_vi(999999.5, 0), "1.000.000");
  EXPECT_EQ(format_number_vi(9.995, 2), "10");
  EXPECT_EQ(format_number_vi(-999.96, 1), "-1.000");
  EXPECT_EQ(format_number_vi(0.96, 1), "1");
}

TEST(IndicatorTest, LargeAndTinyValues) {
  EXPECT_EQ(format_number_vi(1e12, 0), "1.000.000.000.000");
  EXPECT_EQ(format_number_vi(1e-9, 2), "0");
  EXPECT_EQ(format_number_vi(0.001, 4), "0,001");
}

TEST(IndicatorTest, FormatsByUnit) {
  EXPECT_EQ(format_indicator_value(42.857, "percent"), "42,9%");
  EXPECT_EQ(format_indicator_value(40.0, "percent"), "40%");
  EXPECT_EQ(format_indicator_value(100, "percent"), "100%");
  EXPECT_EQ(format_indicator_value(0, "percent"), "0%");
  EXPECT_EQ(format_indicator_value(3, "count"), "3");
  EXPECT_EQ(format_indicator_value(12345, "count"), "12.345");
  EXPECT_EQ(format_indicator_value(112.5, "per100"), "112,5");
  EXPECT_EQ(format_indicator_value(112.456, "per100"), "112,46");
  EXPECT_EQ(format_indicator_value(0.75, "ratio"), "0,75");
  EXPECT_EQ(format_indicator_value(1.0, "ratio"), "1");
}

TEST(IndicatorTest, ValidUnits) {
  for (const char* u : {"percent", "per100", "ratio", "count"}) EXPECT_TRUE(valid_indicator_unit(u)) << u;
  for (const char* u : {"", "Percent", "%", "per1000", "number", "count "}) EXPECT_FALSE(valid_indicator_unit(u)) << u;
}

TEST(IndicatorTest, NonFiniteValuesDoNotCrash) {
  EXPECT_FALSE(format_number_vi(std::numeric_limits<double>::quiet_NaN(), 1).empty());
  EXPECT_FALSE(format_number_vi(std::numeric_limits<double>::infinity(), 1).empty());
}

}  // namespace
}  // namespace bd
