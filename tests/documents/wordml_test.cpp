#include "documents/wordml.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace bd::documents::wml {
namespace {

// Wraps a fragment in a root that declares the w: prefix and parses it.
pugi::xml_document parse(const std::string& fragment) {
  pugi::xml_document xml;
  const std::string doc = "<root xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" +
                          fragment + "</root>";
  EXPECT_TRUE(xml.load_string(doc.c_str())) << fragment;
  return xml;
}

TEST(WordmlTest, RunCarriesFontSizeBoldItalic) {
  std::string out;
  append_run(out, {"Kế hoạch", 26, true, true});
  const auto xml = parse(out);
  const auto rpr = xml.select_node("//w:r/w:rPr").node();
  EXPECT_STREQ(rpr.child("w:rFonts").attribute("w:eastAsia").value(), "Times New Roman");
  EXPECT_TRUE(rpr.child("w:b"));
  EXPECT_TRUE(rpr.child("w:i"));
  EXPECT_STREQ(rpr.child("w:sz").attribute("w:val").value(), "26");
  EXPECT_STREQ(xml.select_node("//w:t").node().text().get(), "Kế hoạch");
  EXPECT_STREQ(xml.select_node("//w:t").node().attribute("xml:space").value(), "preserve");
}

TEST(WordmlTest, EmptyRunWritesNothing) {
  std::string out;
  append_run(out, {"", 28});
  EXPECT_EQ(out, "");
}

TEST(WordmlTest, LineBreaksAndTabsBecomeElements) {
  std::string out;
  append_run(out, {"dòng 1\ndòng 2\tcột", 28});
  EXPECT_NE(out.find("dòng 1</w:t><w:br/><w:t xml:space=\"preserve\">dòng 2</w:t><w:tab/>"
                     "<w:t xml:space=\"preserve\">cột</w:t>"),
            std::string::npos)
      << out;
}

TEST(WordmlTest, TextIsEscapedAndNfc) {
  std::string out;
  append_run(out, {"A & B <C> Vie\xCC\xA3\xCC\x82t", 28});  // decomposed "Việt"
  EXPECT_NE(out.find("A &amp; B &lt;C&gt; Việt"), std::string::npos) << out;
}

TEST(WordmlTest, ParagraphPropertiesInSchemaOrder) {
  Para p;
  p.style = "Heading1";
  p.keep_next = true;
  p.page_break_before = true;
  p.bottom_border = 6;
  p.before = 120;
  p.line = 288;
  p.first_line = 720;
  p.align = Align::kBoth;
  p.outline_level = 0;
  p.mark_size = 4;
  std::string out;
  append_paragraph(out, p, {"I. MỤC TIÊU", 28, true});
  const auto xml = parse(out);
  std::string names;
  for (auto c : xml.select_node("//w:pPr").node().children()) names += std::string(c.name()) + " ";
  EXPECT_EQ(names, "w:pStyle w:keepNext w:pageBreakBefore w:pBdr w:spacing w:ind w:jc w:outlineLvl w:rPr ");
  EXPECT_STREQ(xml.select_node("//w:jc").node().attribute("w:val").value(), "both");
  EXPECT_STREQ(xml.select_node("//w:spacing").node().attribute("w:lineRule").value(), "auto");
}

TEST(WordmlTest, RuleIsACentredBorderBetweenIndents) {
  std::string out;
  append_rule(out, 2000, 5000, 240);
  const auto xml = parse(out);
  const auto ppr = xml.select_node("//w:pPr").node();
  EXPECT_STREQ(ppr.child("w:pBdr").child("w:bottom").attribute("w:val").value(), "single");
  EXPECT_STREQ(ppr.child("w:ind").attribute("w:left").value(), "1500");
  EXPECT_STREQ(ppr.child("w:ind").attribute("w:right").value(), "1500");
  EXPECT_STREQ(ppr.child("w:spacing").attribute("w:lineRule").value(), "exact");
  EXPECT_STREQ(ppr.child("w:spacing").attribute("w:after").value(), "240");
  EXPECT_FALSE(xml.select_node("//w:r"));
  std::string none;
  append_rule(none, 0, 5000);
  EXPECT_EQ(none, "");
}

TEST(WordmlTest, TableWithGridRowsAndCells) {
  std::string out;
  open_table(out, {{3000, 6000}, false, 0});
  open_row(out, true, true);
  open_cell(out, 3000, VAlign::kCenter);
  append_paragraph(out, {}, {"a", 28});
  close_cell(out);
  open_cell(out, 6000);
  append_paragraph(out, {}, {"b", 28});
  close_cell(out);
  close_row(out);
  close_table(out);
  const auto xml = parse(out);
  EXPECT_STREQ(xml.select_node("//w:tblW").node().attribute("w:w").value(), "9000");
  EXPECT_STREQ(xml.select_node("//w:tblBorders/w:insideV").node().attribute("w:val").value(), "nil");
  EXPECT_EQ(xml.select_nodes("//w:gridCol").size(), 2u);
  EXPECT_TRUE(xml.select_node("//w:trPr/w:cantSplit"));
  EXPECT_TRUE(xml.select_node("//w:trPr/w:tblHeader"));
  EXPECT_EQ(xml.select_nodes("//w:tc/w:p").size(), 2u);
}

TEST(WordmlTest, ScaleWidthsAddsUpToTheTotal) {
  EXPECT_EQ(scale_widths({1, 3}, 2, 1000), (std::vector<int>{250, 750}));
  EXPECT_EQ(scale_widths({}, 3, 1000), (std::vector<int>{333, 333, 334}));
  EXPECT_EQ(scale_widths({1, 0}, 2, 1000), (std::vector<int>{500, 500}));  // bad entry: equal
  EXPECT_EQ(scale_widths({1}, 2, 1000), (std::vector<int>{500, 500}));     // too short: equal
  EXPECT_TRUE(scale_widths({}, 0, 1000).empty());
  int sum = 0;
  for (int w : scale_widths({1, 3, 6, 3}, 4, 9355)) sum += w;
  EXPECT_EQ(sum, 9355);
}

}  // namespace
}  // namespace bd::documents::wml
