#include "documents/xml_escape.h"

#include <gtest/gtest.h>

namespace bd::documents {
namespace {

TEST(XmlEscapeTest, EscapesTheFiveSpecialCharacters) {
  EXPECT_EQ(xml_escape(R"(a & b < c > d "e" 'f')"),
            "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  EXPECT_EQ(xml_escape("&amp;"), "&amp;amp;");  // no double-guessing
}

TEST(XmlEscapeTest, KeepsVietnameseAndOtherUnicodeByteForByte) {
  const std::string s = "Độc lập - Tự do - Hạnh phúc ≥ 95% € 𝄞";
  EXPECT_EQ(xml_escape(s), s);
}

TEST(XmlEscapeTest, KeepsTabsAndLineBreaksDropsOtherControls) {
  EXPECT_EQ(xml_escape("a\tb\nc\rd"), "a\tb\nc\rd");
  EXPECT_EQ(xml_escape(std::string("a\0b\x01\x08\x0b\x0c\x1f" "c", 9)), "abc");
  EXPECT_EQ(xml_escape("\x7f"), "\x7f");  // allowed by XML 1.0
}

TEST(XmlEscapeTest, ReplacesBrokenUtf8AndDropsNonCharacters) {
  EXPECT_EQ(xml_escape("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(xml_escape("\xC3"), "\xEF\xBF\xBD");                      // truncated
  EXPECT_EQ(xml_escape("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");      // overlong '/'
  EXPECT_EQ(xml_escape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(xml_escape("x\xEF\xBF\xBEy\xEF\xBF\xBFz"), "xyz");          // U+FFFE, U+FFFF
}

TEST(XmlEscapeTest, AppendsToWhatIsThere) {
  std::string out = "<w:t>";
  append_xml_escaped(out, "1 < 2");
  EXPECT_EQ(out, "<w:t>1 &lt; 2");
}

}  // namespace
}  // namespace bd::documents
