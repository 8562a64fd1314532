#include "documents/docx_parts.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

namespace bd::documents::parts {
namespace {

pugi::xml_document parse(const std::string& xml_text) {
  pugi::xml_document xml;
  const pugi::xml_parse_result r = xml.load_string(xml_text.c_str());
  EXPECT_TRUE(r) << r.description() << "\n" << xml_text;
  return xml;
}

TEST(DocxPartsTest, EveryPartIsWellFormedUtf8Xml) {
  for (const std::string& part : {content_types(), package_rels(), document_rels(), styles(), settings(),
                                  header_first_page(), header_page_number(), core_properties("KẾ HOẠCH", "x"),
                                  app_properties()}) {
    EXPECT_EQ(part.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", 0), 0u);
    parse(part);
  }
}

TEST(DocxPartsTest, ContentTypesNameEveryPart) {
  const auto xml = parse(content_types());
  for (const char* part : {"/word/document.xml", "/word/styles.xml", "/word/settings.xml", "/word/header1.xml",
                           "/word/header2.xml", "/docProps/core.xml", "/docProps/app.xml"}) {
    const std::string q = std::string("//Override[@PartName='") + part + "']";
    EXPECT_TRUE(xml.select_node(q.c_str())) << part;
  }
  EXPECT_TRUE(xml.select_node("//Default[@Extension='rels']"));
}

TEST(DocxPartsTest, RelationshipsPointAtTheParts) {
  const auto pkg = parse(package_rels());
  EXPECT_TRUE(pkg.select_node("//Relationship[@Target='word/document.xml']"));
  EXPECT_TRUE(pkg.select_node("//Relationship[@Target='docProps/core.xml']"));
  const auto doc = parse(document_rels());
  EXPECT_STREQ(doc.select_node("//Relationship[@Id='rIdHeader1']").node().attribute("Target").value(),
               "header1.xml");
  EXPECT_STREQ(doc.select_node("//Relationship[@Id='rIdHeader2']").node().attribute("Target").value(),
               "header2.xml");
  EXPECT_TRUE(doc.select_node("//Relationship[@Target='styles.xml']"));
  EXPECT_TRUE(doc.select_node("//Relationship[@Target='settings.xml']"));
}

TEST(DocxPartsTest, NormalStyleIsTimesNewRoman14Black) {
  const auto xml = parse(styles());
  const auto normal = xml.select_node("//w:style[@w:styleId='Normal']").node();
  ASSERT_TRUE(normal);
  EXPECT_STREQ(normal.attribute("w:default").value(), "1");
  const auto rpr = normal.child("w:rPr");
  for (const char* slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
    EXPECT_STREQ(rpr.child("w:rFonts").attribute(slot).value(), "Times New Roman") << slot;
  EXPECT_STREQ(rpr.child("w:sz").attribute("w:val").value(), "28");
  EXPECT_STREQ(rpr.child("w:color").attribute("w:val").value(), "000000");
  EXPECT_STREQ(xml.select_node("//w:docDefaults//w:rFonts").node().attribute("w:ascii").value(),
               "Times New Roman");
  for (const char* h : {"Heading1", "Heading2", "Heading3"}) {
    const std::string q = std::string("//w:style[@w:styleId='") + h + "']/w:rPr/w:b";
    EXPECT_TRUE(xml.select_node(q.c_str())) << h;
  }
  EXPECT_TRUE(xml.select_node("//w:style[@w:styleId='Heading3']/w:rPr/w:i"));
}

TEST(DocxPartsTest, HeadersPageNumberOnlyInTheDefaultOne) {
  const auto first = parse(header_first_page());
  EXPECT_FALSE(first.select_node("//w:instrText"));
  EXPECT_FALSE(first.select_node("//w:t"));
  const auto other = parse(header_page_number());
  EXPECT_STREQ(other.select_node("//w:instrText").node().text().get(), " PAGE ");
  EXPECT_STREQ(other.select_node("//w:jc").node().attribute("w:val").value(), "center");
  EXPECT_STREQ(other.select_node("//w:r/w:rPr/w:sz").node().attribute("w:val").value(), "26");  // 13 pt
  EXPECT_EQ(other.select_nodes("//w:fldChar").size(), 3u);
}

TEST(DocxPartsTest, CorePropertiesEscapeTitleAndSubject) {
  const std::string core = core_properties("KẾ HOẠCH", "Thu & chi <quỹ>");
  EXPECT_NE(core.find("Thu &amp; chi &lt;quỹ&gt;"), std::string::npos);
  const auto xml = parse(core);
  EXPECT_STREQ(xml.select_node("//dc:title").node().text().get(), "KẾ HOẠCH");
  EXPECT_STREQ(xml.select_node("//dc:subject").node().text().get(), "Thu & chi <quỹ>");
}

}  // namespace
}  // namespace bd::documents::parts
