#include "core/numbers.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(ViNumber, ReadsTheVietnameseForms) {
  EXPECT_EQ(*parse_vi_number("1500"), 1500);
  EXPECT_EQ(*parse_vi_number("1.500"), 1500);
  EXPECT_EQ(*parse_vi_number("12.345.678"), 12345678);
  EXPECT_EQ(*parse_vi_number("1 500"), 1500);
  EXPECT_EQ(*parse_vi_number("2,5"), 2.5);
  EXPECT_EQ(*parse_vi_number("1.500,25"), 1500.25);
  EXPECT_EQ(*parse_vi_number("-3,5"), -3.5);
  EXPECT_EQ(*parse_vi_number("0,5"), 0.5);
  EXPECT_EQ(*parse_vi_number("0"), 0);
}

TEST(ViNumber, RefusesWhatIsNotWellFormed) {
  for (const char* bad : {"2.5", "12.34.5", "1.50", "1.5000", "0x10", "1e3", "+3", "", "-", ",5", "5,", "1,2,3",
                          "1.500 000", "0.500", ".500", "1..500", "1. 500", "inf", "nan", "١٢", "12a", "1,5e3"}) {
    auto r = parse_vi_number(bad);
    EXPECT_FALSE(r) << bad;
    if (!r) EXPECT_NE(r.error().message.find("1.500"), std::string::npos) << "the message shows how to write it";
  }
}

TEST(ViNumber, TheSameTextMeansTheSameNumberForWholeAndDecimal) {
  for (const char* t : {"1.500", "12.345.678", "1 500", "7"}) EXPECT_EQ(*parse_vi_number(t), *parse_vi_whole(t)) << t;
}

TEST(ViWhole, RefusesADecimalPartAndMalformedText) {
  EXPECT_EQ(parse_vi_whole("2,5").error().message, "phải là số nguyên");
  EXPECT_EQ(*parse_vi_whole("2,0"), 2);
  for (const char* bad : {"2.5", "7.5", "1.50", "0x10", "1e3", "12.34.5"}) {
    auto r = parse_vi_whole(bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_NE(r.error().message.find("số nguyên"), std::string::npos) << bad;
  }
}

TEST(ViNumber, HugeTextIsRefusedNotInfinite) {
  EXPECT_FALSE(parse_vi_number(std::string(400, '9')));
}

}  // namespace
}  // namespace bd
