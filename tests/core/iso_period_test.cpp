#include "core/iso_period.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(IsoPeriod, EachOfOurPeriodTypesHasItsStartAndDuration) {
  EXPECT_EQ(iso_period(*parse_period("2025")), "2025-01-01/P1Y");
  EXPECT_EQ(iso_period(*parse_period("2024Sep")), "2024-09-01/P1Y");
  EXPECT_EQ(iso_period(*parse_period("2025S1")), "2025-01-01/P6M");
  EXPECT_EQ(iso_period(*parse_period("2025S2")), "2025-07-01/P6M");
  EXPECT_EQ(iso_period(*parse_period("2025Q2")), "2025-04-01/P3M");
  EXPECT_EQ(iso_period(*parse_period("202503")), "2025-03-01/P1M");
}

TEST(IsoPeriod, ReadsBackWhatItWrites) {
  for (const char* code : {"2025", "2024Sep", "2025S1", "2025S2", "2025Q1", "2025Q4", "202501", "202512"}) {
    auto p = parse_iso_period(iso_period(*parse_period(code)));
    ASSERT_TRUE(p) << code;
    EXPECT_EQ(p->code(), code);
  }
}

TEST(IsoPeriod, AStartThatBeginsNoPeriodOrAnUnknownDurationIsRefused) {
  EXPECT_FALSE(parse_iso_period("2025-02-01/P6M"));
  EXPECT_FALSE(parse_iso_period("2025-03-01/P1Y"));
  EXPECT_FALSE(parse_iso_period("2025-05-01/P3M"));
  EXPECT_FALSE(parse_iso_period("2025-03-15/P1M"));
  EXPECT_FALSE(parse_iso_period("2025-01-01/P2Y"));
  EXPECT_FALSE(parse_iso_period("2025-01-01/P7D"));
  EXPECT_FALSE(parse_iso_period("01/01/2025/P1Y"));
  EXPECT_FALSE(parse_iso_period("2025-01-01"));
  EXPECT_FALSE(parse_iso_period("2025S1"));
  EXPECT_FALSE(parse_iso_period(""));
  EXPECT_FALSE(parse_iso_period("2025-13-01/P1M"));
}

}  // namespace
}  // namespace bd
