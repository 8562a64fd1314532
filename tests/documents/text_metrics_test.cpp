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

// The header's left column: half the page less the left margin (docx.cpp).
constexpr int kColumn = 11906 / 2 - 1701;

TEST(FitNameTest, ANameThatFitsIsLeftAsItIs) {
  EXPECT_EQ(fit_name("TRƯỜNG THCS TÂN MỸ", 26, true, kColumn), "TRƯỜNG THCS TÂN MỸ");
  EXPECT_EQ(fit_name("UBND TỈNH AN LẠC", 26, false, kColumn), "UBND TỈNH AN LẠC");
}

TEST(FitNameTest, APeoplesCommitteeIsShortenedBeforeAnythingBreaks) {
  const std::string full = "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH";
  ASSERT_GT(text_width_twips(full, 26, false), kColumn) << "the case needs a name that does not fit";
  EXPECT_EQ(fit_name(full, 26, false, kColumn), "UBND THÀNH PHỐ HỒ CHÍ MINH");
}

TEST(FitNameTest, ALongNameBreaksBeforeItsLocalityNeverInsideIt) {
  const std::string dept = "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH";
  ASSERT_GT(text_width_twips(dept, 26, true), kColumn);
  EXPECT_EQ(fit_name(dept, 26, true, kColumn), "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTHÀNH PHỐ HỒ CHÍ MINH");
  // "THỊ XÃ" is one word for this purpose: the break is before it, not before "XÃ".
  const std::string office = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ VÂN HÀ";
  if (text_width_twips(office, 26, true) > kColumn)
    EXPECT_EQ(fit_name(office, 26, true, kColumn), "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nTHỊ XÃ VÂN HÀ");
  // Without a locality: at the last space where both lines fit.
  const std::string school = "TRƯỜNG PHỔ THÔNG DÂN TỘC NỘI TRÚ TRUNG HỌC CƠ SỞ VÀ TRUNG HỌC PHỔ THÔNG";
  const std::string two = fit_name(school, 26, true, 8000);
  const size_t cut = two.find('\n');
  ASSERT_GT(text_width_twips(school, 26, true), 8000);
  ASSERT_NE(cut, std::string::npos) << two;
  EXPECT_LE(text_width_twips(two.substr(0, cut), 26, true), 8000);
  EXPECT_LE(text_width_twips(two.substr(cut + 1), 26, true), 8000);
  EXPECT_EQ(two.substr(0, cut) + " " + two.substr(cut + 1), school) << "only a space becomes the break";
}

TEST(FitNameTest, ANameTooLongForTwoLinesIsReturnedWhole) {
  EXPECT_EQ(fit_name("ỦY BAN NHÂN DÂN XÃ TÂN MỸ", 26, false, 500), "UBND XÃ TÂN MỸ");
}

}  // namespace
}  // namespace bd::documents
