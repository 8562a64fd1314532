#include "core/text.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace bd::text {
namespace {

const std::string kComposed = "\xC4\x90\xC3\xA0o";     // "Đào" NFC: Đ à o
const std::string kDecomposed = "\xC4\x90" "a\xCC\x80" "o";  // Đ a + U+0300 o

TEST(TextTest, NfcComposesDecomposedInput) {
  ASSERT_NE(kComposed, kDecomposed);
  EXPECT_EQ(nfc(kDecomposed), kComposed);
  EXPECT_EQ(nfc(kComposed), kComposed);
  EXPECT_EQ(nfc("Hà Nội"), "Hà Nội");
}

TEST(TextTest, NfcLeavesInvalidUtf8Unchanged) {
  const std::string bad = "a\xFF" "b";
  EXPECT_EQ(nfc(bad), bad);
}

TEST(TextTest, CleanTrimsEnds) {
  EXPECT_EQ(clean("  Bình Đẳng  "), "Bình Đẳng");
  EXPECT_EQ(clean("\t\nTHCS\r\n"), "THCS");
  EXPECT_EQ(clean("   "), "");
  EXPECT_EQ(clean(""), "");
}

TEST(TextTest, CleanFoldsInnerWhiteSpaceIncludingTabsNewlinesAndNbsp) {
  EXPECT_EQ(clean("Trường   THCS"), "Trường THCS");
  EXPECT_EQ(clean("Trường\tTHCS\nBế\r\nVăn"), "Trường THCS Bế Văn");
  EXPECT_EQ(clean("Phòng\xC2\xA0GD&ĐT"), "Phòng GD&ĐT");        // U+00A0
  EXPECT_EQ(clean("\xC2\xA0" "a \xE2\x80\x83 b\xC2\xA0"), "a b");  // U+2003 em space
}

TEST(TextTest, CleanAlsoNormalisesToNfc) { EXPECT_EQ(clean("  " + kDecomposed + " "), kComposed); }

TEST(TextTest, FoldRemovesAccentsAndCase) {
  EXPECT_EQ(fold("Đào"), "dao");
  EXPECT_EQ(fold(kDecomposed), "dao");
  EXPECT_EQ(fold("Bình Đẳng"), "binh dang");
  EXPECT_EQ(fold("THCS Bế Văn Đàn"), "thcs be van dan");
  EXPECT_EQ(fold("Trường Ưu Ơn"), "truong uu on");
  EXPECT_EQ(fold("đ"), "d");
}

TEST(TextTest, MatchesIgnoresCaseAndAccents) {
  const std::string school = "Trường THCS Đinh Tiên Hoàng";
  EXPECT_TRUE(matches(school, "dinh tien"));
  EXPECT_TRUE(matches(school, "đinh"));
  EXPECT_TRUE(matches(school, "HOÀNG"));
  EXPECT_TRUE(matches(school, "  tiên   hoàng "));
  EXPECT_FALSE(matches(school, "xyz"));
  EXPECT_FALSE(matches(school, "tien dinh"));
}

TEST(TextTest, EmptyNeedleMatchesEverything) {
  EXPECT_TRUE(matches("Trường THCS Đinh Tiên Hoàng", ""));
  EXPECT_TRUE(matches("Trường THCS Đinh Tiên Hoàng", "   "));
  EXPECT_TRUE(matches("", ""));
}

TEST(TextTest, ValidUtf8AcceptsWellFormedText) {
  EXPECT_TRUE(valid_utf8(""));
  EXPECT_TRUE(valid_utf8("abc"));
  EXPECT_TRUE(valid_utf8("Bình Đẳng"));
  EXPECT_TRUE(valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600
}

TEST(TextTest, ValidUtf8RejectsMalformedText) {
  EXPECT_FALSE(valid_utf8("\xC3\x28"));           // bad continuation
  EXPECT_FALSE(valid_utf8("\xC0\xAF"));           // overlong '/'
  EXPECT_FALSE(valid_utf8("\xE0\x80\xAF"));       // overlong 3-byte
  EXPECT_FALSE(valid_utf8("ab\xE1\xBA"));         // truncated 3-byte at end
  EXPECT_FALSE(valid_utf8("\xF0\x9F\x98"));       // truncated 4-byte
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));       // UTF-16 surrogate
  EXPECT_FALSE(valid_utf8("\xFF"));
  EXPECT_FALSE(valid_utf8("\x80"));               // lone continuation
}

TEST(TextTest, LengthCountsCodePoints) {
  EXPECT_EQ(length(""), 0u);
  EXPECT_EQ(length("abc"), 3u);
  EXPECT_EQ(length("Đào"), 3u);
  EXPECT_EQ(length(kDecomposed), 4u);  // the combining mark is its own code point
  EXPECT_EQ(length("Bình Đẳng"), 9u);
  EXPECT_EQ(length("\xF0\x9F\x98\x80"), 1u);
}

TEST(TextTest, CompareViFollowsVietnameseAlphabet) {
  const std::vector<std::string> ordered = {"An", "Ăn", "Ân", "Bình", "Đào", "Em"};
  for (size_t i = 0; i + 1 < ordered.size(); ++i) {
    EXPECT_LT(compare_vi(ordered[i], ordered[i + 1]), 0) << ordered[i] << " < " << ordered[i + 1];
    EXPECT_GT(compare_vi(ordered[i + 1], ordered[i]), 0) << ordered[i + 1] << " > " << ordered[i];
  }
  EXPECT_EQ(compare_vi("Đào", "Đào"), 0);
}

TEST(TextTest, CompareViTreatsBreveCircumflexAndStrokedDAsSeparateLetters) {
  // ă, â and đ are letters of their own, so they sort after every a…/d… word.
  EXPECT_LT(compare_vi("Az", "Ăa"), 0);
  EXPECT_LT(compare_vi("Ăz", "Âa"), 0);
  EXPECT_LT(compare_vi("Dz", "Đa"), 0);
  EXPECT_LT(compare_vi("Ez", "Êa"), 0);
}

TEST(TextTest, SortViSortsByKey) {
  struct Item {
    std::string name;
    int id;
  };
  std::vector<Item> items = {{"Em", 1}, {"Đào", 2}, {"Ân", 3}, {"Bình", 4}, {"An", 5}, {"Ăn", 6}, {"Dung", 7}};
  sort_vi(items, [](const Item& i) { return i.name; });
  std::vector<std::string> names;
  for (const auto& i : items) names.push_back(i.name);
  EXPECT_EQ(names, (std::vector<std::string>{"An", "Ăn", "Ân", "Bình", "Dung", "Đào", "Em"}));
  EXPECT_EQ(items.front().id, 5);
}

TEST(TextTest, UpperViUpperCasesVietnameseLetters) {
  EXPECT_EQ(upper_vi("Phòng giáo dục"), "PHÒNG GIÁO DỤC");
  EXPECT_EQ(upper_vi("đường ưu tiên ở"), "ĐƯỜNG ƯU TIÊN Ở");
  EXPECT_EQ(upper_vi(""), "");
}

// A NUL became a space and U+202E was dropped without a word: inputs are
// refused with the character named, and clean() no longer drops characters.
TEST(TextTest, ForbiddenCharactersAreNamed) {
  EXPECT_EQ(forbidden_character("Trường THCS\tTân Mỹ\r\nxã"), "");
  EXPECT_EQ(forbidden_character(std::string("a\0b", 3)), "U+0000");
  EXPECT_EQ(forbidden_character("a\x1b[31m"), "U+001B");
  EXPECT_EQ(forbidden_character("a\x7f"), "U+007F");
  EXPECT_EQ(forbidden_character("a\xC2\x85"), "U+0085");
  EXPECT_EQ(forbidden_character("abc\xE2\x80\xAEgpj.exe"), "U+202E");
  EXPECT_EQ(forbidden_character("\xE2\x81\xA6x"), "U+2066");
  EXPECT_EQ(forbidden_character("Nguy\xE1\xBB\x85n"), "") << "Vietnamese letters are text";
  // Noncharacters: an XML export would drop U+FFFE and U+FFFF (reliability finding 3).
  EXPECT_EQ(forbidden_character("a\xEF\xBF\xBF"), "U+FFFF");
  EXPECT_EQ(forbidden_character("\xEF\xBF\xBE"), "U+FFFE");
  EXPECT_EQ(forbidden_character("\xEF\xB7\x90"), "U+FDD0");
  EXPECT_EQ(forbidden_character("\xF4\x8F\xBF\xBF"), "U+10FFFF");
  EXPECT_EQ(forbidden_character("\xEF\xBF\xBD\xEF\xB7\xB0"), "") << "U+FFFD and U+FDF0 are characters";
}

TEST(TextTest, CleanKeepsInvisibleFormatCharacters) {
  EXPECT_EQ(clean("a\xE2\x80\x8B" "b"), "a\xE2\x80\x8B" "b");  // U+200B zero-width space
  EXPECT_EQ(clean("co\xC2\xAD" "operate"), "co\xC2\xAD" "operate");  // U+00AD soft hyphen
}

}  // namespace
}  // namespace bd::text
