#include "documents/text_metrics.h"

#include <gtest/gtest.h>

namespace bd::documents {
namespace {

TEST(TextMetricsTest, AsciiUsesTimesAdvanceWidths) {
  // "M" is 0.889 em regular, 0.944 em bold; at 10 pt (20 half-points) that is
  // 8.89 pt = 178 twips and 9.44 pt = 189 twips.
  EXPECT_EQ(text_width_twips("M", 20, false), 178);
  EXPECT_EQ(text_width_twips("M", 20, true), 189);
  EXPECT_EQ(text_width_twips("", 28, true), 0);
  EXPECT_EQ(text_width_twips("  ", 20, false), 100);  // 0.25 em each
}

TEST(TextMetricsTest, VietnameseLettersCountAsTheirBase) {
  EXPECT_EQ(text_width_twips("CỘNG HÒA", 24, true), text_width_twips("CONG HOA", 24, true));
  EXPECT_EQ(text_width_twips("Ưu", 28, false), text_width_twips("Uu", 28, false));
  EXPECT_EQ(text_width_twips("Đ", 28, true), text_width_twips("D", 28, true));
  // Decomposed input: the combining marks add nothing.
  EXPECT_EQ(text_width_twips("O\xCC\x82\xCC\xA3", 28, true), text_width_twips("O", 28, true));
}

TEST(TextMetricsTest, NationalNameAtTwelvePointBold) {
  // About 250 pt: it fits on one line in the header's right column.
  const int w = text_width_twips("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, true);
  EXPECT_NEAR(w / 20.0, 250.3, 1.0);
}

TEST(TextMetricsTest, ScalesWithSizeAndSurvivesBrokenUtf8) {
  EXPECT_NEAR(text_width_twips("abc", 56, false), 2 * text_width_twips("abc", 28, false), 1);
  EXPECT_GT(text_width_twips("a\xff" "b", 28, false), text_width_twips("ab", 28, false));
}

}  // namespace
}  // namespace bd::documents
