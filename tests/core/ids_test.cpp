#include "core/ids.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(Ids, APositiveDecimalIsAnId) {
  EXPECT_EQ(parse_id("42"), 42);
  EXPECT_EQ(parse_id("007"), 7);
  EXPECT_EQ(parse_id("999999999999999999"), 999999999999999999LL);
}

TEST(Ids, AnythingElseIsNot) {
  for (const char* bad : {"", "0", "-1", "+1", "12abc", " 7", "7 ", "1e3", "0x10", "1.5", "1000000000000000000"})
    EXPECT_FALSE(parse_id(bad).has_value()) << bad;
}

}  // namespace
}  // namespace bd
