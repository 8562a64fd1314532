#include "documents/docx.h"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <map>
#include <set>

#include "core/text.h"
#include "documents/office_tools.h"
#include "documents/sample_plan.h"
#include "documents/zip_reader.h"

namespace bd::documents {
namespace {

using testing::sample_plan;

std::map<std::string, std::string> unpack(const OfficialDocument& doc) {
  auto files = read_zip(write_docx(doc));
  EXPECT_TRUE(files.ok());
  return files.ok() ? *files : std::map<std::string, std::string>{};
}

// document.xml parsed; fails the test if it is not well-formed.
pugi::xml_document parsed_document(const OfficialDocument& doc) {
  pugi::xml_document xml;
  const std::string body = unpack(doc)["word/document.xml"];
  const pugi::xml_parse_result r = xml.load_buffer(body.data(), body.size());
  EXPECT_TRUE(r) << r.description() << " at " << r.offset;
  return xml;
}

// All w:t text of the document, in order, one string per run.
std::vector<std::string> texts(const pugi::xml_document& xml) {
  std::vector<std::string> out;
  for (const auto& t : xml.select_nodes("//w:t")) out.push_back(t.node().text().get());
  return out;
}

// Index of the first run text at or after `from` that contains `needle`, or -1.
int find_from(const std::vector<std::string>& runs, const std::string& needle, int from) {
  for (int i = from; i < static_cast<int>(runs.size()); ++i)
    if (runs[i].find(needle) != std::string::npos) return i;
  return -1;
}

TEST(DocxTest, PackageHoldsEveryPart) {
  const auto files = unpack(sample_plan());
  const std::set<std::string> expected = {
      "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
      "word/styles.xml", "word/settings.xml", "word/header1.xml", "word/header2.xml",
      "docProps/core.xml", "docProps/app.xml"};
  std::set<std::string> names;
  for (const auto& [name, _] : files) names.insert(name);
  EXPECT_EQ(names, expected);
  for (const auto& [name, body] : files) {
    pugi::xml_document xml;
    EXPECT_TRUE(xml.load_buffer(body.data(), body.size())) << name;
  }
}

TEST(DocxTest, PageIsA4WithDecreeMarginsAndNoNumberOnPageOne) {
  const auto xml = parsed_document(sample_plan());
  const auto sect = xml.select_node("/w:document/w:body/w:sectPr").node();
  ASSERT_TRUE(sect);
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:w").value(), "11906");
  EXPECT_STREQ(sect.child("w:pgSz").attribute("w:h").value(), "16838");
  const auto mar = sect.child("w:pgMar");
  EXPECT_STREQ(mar.attribute("w:top").value(), "1134");     // 20 mm
  EXPECT_STREQ(mar.attribute("w:bottom").value(), "1134");  // 20 mm
  EXPECT_STREQ(mar.attribute("w:left").value(), "1701");    // 30 mm
  EXPECT_STREQ(mar.attribute("w:right").value(), "850");    // 15 mm
  EXPECT_TRUE(sect.child("w:titlePg"));
  std::map<std::string, std::string> refs;
  for (auto h : sect.children("w:headerReference"))
    refs[h.attribute("w:type").value()] = h.attribute("r:id").value();
  EXPECT_EQ(refs["first"], "rIdHeader1");
  EXPECT_EQ(refs["default"], "rIdHeader2");
  const auto rels = unpack(sample_plan())["word/_rels/document.xml.rels"];
  EXPECT_NE(rels.find(R"(Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml")"), std::string::npos);
  EXPECT_NE(rels.find(R"(Id="rIdHeader2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml")"), std::string::npos);
}

TEST(DocxTest, EveryRunIsTimesNewRomanAndBlack) {
  const auto xml = parsed_document(sample_plan());
  int runs = 0;
  for (const auto& n : xml.select_nodes("//w:r[w:t]")) {
    const auto rpr = n.node().child("w:rPr");
    const auto fonts = rpr.child("w:rFonts");
    for (const char* slot : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
      ASSERT_STREQ(fonts.attribute(slot).value(), "Times New Roman") << slot;
    ASSERT_STREQ(rpr.child("w:color").attribute("w:val").value(), "000000");
    ++runs;
  }
  EXPECT_GT(runs, 50);
}

// Word reports a damaged file when property children are out of schema order.
TEST(DocxTest, PropertyChildrenFollowTheSchemaOrder) {
  const std::map<std::string, std::vector<std::string>> order = {
      {"w:pPr", {"w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:pBdr", "w:spacing",
                 "w:ind", "w:jc", "w:outlineLvl", "w:rPr"}},
      {"w:rPr", {"w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:color", "w:sz", "w:szCs"}},
      {"w:sectPr", {"w:headerReference", "w:pgSz", "w:pgMar", "w:cols", "w:titlePg", "w:docGrid"}},
      {"w:tblPr", {"w:tblW", "w:tblInd", "w:tblBorders", "w:tblLayout", "w:tblCellMar", "w:tblLook"}},
      {"w:tcPr", {"w:tcW", "w:vAlign"}},
      {"w:tbl", {"w:tblPr", "w:tblGrid", "w:tr"}},
  };
  const auto xml = parsed_document(sample_plan());
  for (const auto& [parent, children] : order) {
    for (const auto& n : xml.select_nodes(("//" + parent).c_str())) {
      int last = -1;
      for (auto c : n.node().children()) {
        const auto it = std::find(children.begin(), children.end(), c.name());
        ASSERT_NE(it, children.end()) << c.name() << " in " << parent;
        const int rank = static_cast<int>(it - children.begin());
        ASSERT_GE(rank, last) << c.name() << " out of order in " << parent;
        last = rank;
      }
    }
  }
}

TEST(DocxTest, PartsComeInDocumentOrder) {
  const OfficialDocument d = sample_plan();
  const auto runs = texts(parsed_document(d));
  int at = 0;
  for (const std::string& s : {d.governing_body, d.issuing_body, std::string("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                               std::string("Độc lập - Tự do - Hạnh phúc"), d.number_line, d.place_date,
                               d.type_title, std::string("Tổ chức hoạt động trải nghiệm"),
                               std::string("I. MỤC ĐÍCH"), std::string("II. NỘI DUNG"),
                               std::string("Tháng 8/2026"), std::string("III. TỔ CHỨC"),
                               std::string("Nơi nhận:"), d.recipients.front(), d.recipients.back(),
                               d.signer_authority, d.signer_title, d.signer_name}) {
    const int found = find_from(runs, s, at);
    ASSERT_GE(found, 0) << s;
    at = found;
  }
}

TEST(DocxTest, EscapesXmlSpecialCharacters) {
  OfficialDocument d = sample_plan();
  d.subject = R"(Thu & chi <quỹ> "lớp" 'A')";
  d.body.push_back({Block::Kind::kParagraph, "a<b && c>d", {}, {}});
  d.recipients.push_back("- Tổ <Văn> & \"Sử\";");
  const std::string body = unpack(d)["word/document.xml"];
  EXPECT_NE(body.find("Thu &amp; chi &lt;quỹ&gt; &quot;lớp&quot; &apos;A&apos;"), std::string::npos);
  EXPECT_NE(body.find("a&lt;b &amp;&amp; c&gt;d"), std::string::npos);
  const auto runs = texts(parsed_document(d));
  EXPECT_GE(find_from(runs, d.subject, 0), 0);
  EXPECT_GE(find_from(runs, "a<b && c>d", 0), 0);
  EXPECT_GE(find_from(runs, "- Tổ <Văn> & \"Sử\";", 0), 0);
}

TEST(DocxTest, BrokenTextStillGivesWellFormedXml) {
  OfficialDocument d = sample_plan();
  d.subject = std::string("Báo cáo\x01\x7f lỗi \xff\xfe byte");
  d.body.push_back({Block::Kind::kParagraph, std::string("Nul\0byte", 8), {}, {}});
  const auto runs = texts(parsed_document(d));
  EXPECT_GE(find_from(runs, "Báo cáo\x7f lỗi \xEF\xBF\xBD\xEF\xBF\xBD byte", 0), 0);
  EXPECT_GE(find_from(runs, "Nulbyte", 0), 0);
}

TEST(DocxTest, BlocksGetTheirStyles) {
  const auto xml = parsed_document(sample_plan());
  const auto para_of = [&](const std::string& text) {
    for (const auto& n : xml.select_nodes("//w:p"))
      if (std::string(n.node().child("w:r").child("w:t").text().get()) == text) return n.node();
    return pugi::xml_node();
  };
  const auto h1 = para_of("I. MỤC ĐÍCH, YÊU CẦU");
  ASSERT_TRUE(h1);
  EXPECT_STREQ(h1.child("w:pPr").child("w:pStyle").attribute("w:val").value(), "Heading1");
  EXPECT_TRUE(h1.child("w:r").child("w:rPr").child("w:b"));
  const auto h3 = para_of("a) Các chủ đề theo tháng");
  ASSERT_TRUE(h3);
  EXPECT_TRUE(h3.child("w:r").child("w:rPr").child("w:b"));
  EXPECT_TRUE(h3.child("w:r").child("w:rPr").child("w:i"));
  const auto bullet = para_of("- Phổ biến kế hoạch đến học sinh và cha mẹ học sinh;");
  ASSERT_TRUE(bullet);
  EXPECT_STREQ(bullet.child("w:pPr").child("w:ind").attribute("w:firstLine").value(), "720");
  const auto basis = xml.select_node("//w:p[w:r/w:t[starts-with(., 'Căn cứ Kế hoạch')]]").node();
  ASSERT_TRUE(basis);
  EXPECT_TRUE(basis.child("w:r").child("w:rPr").child("w:i"));
  const auto paragraph = xml.select_node("//w:p[w:r/w:t[starts-with(., 'Giúp học sinh')]]").node();
  ASSERT_TRUE(paragraph);
  const auto ppr = paragraph.child("w:pPr");
  EXPECT_STREQ(ppr.child("w:jc").attribute("w:val").value(), "both");
  EXPECT_STREQ(ppr.child("w:ind").attribute("w:firstLine").value(), "720");
  EXPECT_GE(ppr.child("w:spacing").attribute("w:before").as_int(), 120);  // ≥ 6 pt
  const int line = ppr.child("w:spacing").attribute("w:line").as_int();
  EXPECT_GE(line, 276);  // 1.15 lines
  EXPECT_LE(line, 360);  // 1.5 lines
  EXPECT_STREQ(paragraph.child("w:r").child("w:rPr").child("w:sz").attribute("w:val").value(), "28");
}

TEST(DocxTest, ScheduleTableHasBordersAndABoldRepeatedHeader) {
  const auto xml = parsed_document(sample_plan());
  const auto tables = xml.select_nodes("/w:document/w:body/w:tbl");
  ASSERT_EQ(tables.size(), 4u);  // header, schedule, closing, the annex's table
  const auto schedule = tables[1].node();
  EXPECT_STREQ(schedule.child("w:tblPr").child("w:tblBorders").child("w:insideH").attribute("w:val").value(),
               "single");
  EXPECT_EQ(schedule.select_nodes("w:tr").size(), 13u);
  EXPECT_EQ(schedule.select_nodes("w:tblGrid/w:gridCol").size(), 4u);
  const auto header = schedule.child("w:tr");
  EXPECT_TRUE(header.child("w:trPr").child("w:tblHeader"));
  for (const auto& r : header.select_nodes(".//w:r")) EXPECT_TRUE(r.node().child("w:rPr").child("w:b"));
  for (const int i : {0, 2}) {  // header and closing tables: no borders
    EXPECT_STREQ(tables[i].node().child("w:tblPr").child("w:tblBorders").child("w:top").attribute("w:val").value(),
                 "nil");
  }
}

TEST(DocxTest, ADraftSaysSoOnEveryPageAndAnAnnexFollowsTheSignature) {
  auto d = sample_plan();
  EXPECT_EQ(unpack(d)["word/header1.xml"].find("DỰ THẢO"), std::string::npos) << "an issued plan";
  d.draft = true;
  auto files = unpack(d);
  EXPECT_NE(files["word/header1.xml"].find("<w:t>DỰ THẢO</w:t>"), std::string::npos) << "page one";
  EXPECT_NE(files["word/header2.xml"].find("<w:t>DỰ THẢO</w:t>"), std::string::npos) << "the pages after";
  EXPECT_NE(files["word/header2.xml"].find("PAGE"), std::string::npos) << "with the page number still";
  pugi::xml_document h;
  EXPECT_TRUE(h.load_string(files["word/header2.xml"].c_str())) << "well-formed";
  const auto runs = texts(parsed_document(d));
  const int recipients = find_from(runs, "Nơi nhận:", 0);
  const int annex = find_from(runs, "PHỤ LỤC", 0);
  ASSERT_GE(recipients, 0);
  ASSERT_GE(annex, 0);
  EXPECT_GT(annex, recipients) << "the annex comes after the signature";
  EXPECT_GT(find_from(runs, "(Kèm theo Kế hoạch số 05/KH-THCSTM", annex), annex);
  const auto xml = parsed_document(d);
  const auto title = xml.select_node("//w:p[w:r/w:t = 'PHỤ LỤC']").node();
  EXPECT_TRUE(title.child("w:pPr").child("w:pageBreakBefore")) << "on a new page";
}

TEST(DocxTest, PageBreakMovesTheNextParagraph) {
  OfficialDocument d = sample_plan();
  d.body.push_back({Block::Kind::kPageBreak, "", {}, {}});
  d.body.push_back({Block::Kind::kCentered, "PHỤ LỤC", {}, {}});
  const auto xml = parsed_document(d);
  const auto annex = xml.select_node("//w:p[w:r/w:t = 'PHỤ LỤC']").node();
  ASSERT_TRUE(annex);
  EXPECT_TRUE(annex.child("w:pPr").child("w:pageBreakBefore"));
  EXPECT_STREQ(annex.child("w:pPr").child("w:jc").attribute("w:val").value(), "center");
  EXPECT_TRUE(annex.child("w:r").child("w:rPr").child("w:b"));
}

TEST(DocxTest, CapitalsAreEnforcedWhereTheDecreeWantsThem) {
  OfficialDocument d = sample_plan();
  d.issuing_body = "Trường THCS Tân Mỹ";
  d.signer_authority = "kt. hiệu trưởng";
  d.signer_title = "Phó hiệu trưởng";
  const auto runs = texts(parsed_document(d));
  EXPECT_GE(find_from(runs, "TRƯỜNG THCS TÂN MỸ", 0), 0);
  EXPECT_GE(find_from(runs, "KT. HIỆU TRƯỞNG", 0), 0);
  EXPECT_GE(find_from(runs, "PHÓ HIỆU TRƯỞNG", 0), 0);
}

TEST(DocxTest, OptionalPartsAreLeftOutOrAdded) {
  OfficialDocument d = sample_plan();
  d.governing_body.clear();
  d.signer_authority.clear();
  d.addressee = "Kính gửi: Ủy ban nhân dân xã Tân Mỹ";
  const auto xml = parsed_document(d);
  EXPECT_FALSE(xml.select_node("//w:r[not(w:t) and not(w:br) and not(w:fldChar) and not(w:instrText)]"));
  const auto runs = texts(xml);
  EXPECT_EQ(find_from(runs, "UBND", 0), -1);
  const int subject = find_from(runs, "năm học 2025", 0);
  const int addressee = find_from(runs, "Kính gửi: Ủy ban nhân dân xã Tân Mỹ", 0);
  EXPECT_GT(addressee, subject);
  EXPECT_LT(addressee, find_from(runs, "Căn cứ", 0));
}

TEST(DocxTest, SameDocumentSameBytes) {
  EXPECT_EQ(write_docx(sample_plan()), write_docx(sample_plan()));
}

TEST(DocxTest, EmptyDocumentIsStillValid) {
  OfficialDocument d;
  const auto files = unpack(d);
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_string(files.at("word/document.xml").c_str()));
}


// ---------------------------------------------------------------------------
// Rendered by LibreOffice: the sample plan is converted to PDF once, then its
// text (pdftotext -layout) and word boxes (pdftotext -bbox) are checked.

class DocxRenderedTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    soffice_ = testing::find_soffice();
    if (soffice_.empty()) return;
    dir_ = new testing::TempDir();
    const std::string d = dir_->path();
    testing::write_file(d + "/plan.docx", write_docx(sample_plan()));
    // LibreOffice keeps its profile under $HOME: a throwaway one.
    const std::string convert = "cd '" + d + "' && HOME='" + d + "/home' timeout 120 " + soffice_ +
                                " --headless --convert-to pdf --outdir '" + d + "' '" + d +
                                "/plan.docx' >'" + d + "/soffice.log' 2>&1";
    convert_rc_ = testing::run(convert);
    if (convert_rc_ != 0) return;
    testing::run("pdftotext -layout '" + d + "/plan.pdf' '" + d + "/plan.txt'");
    testing::run("pdftotext -bbox '" + d + "/plan.pdf' '" + d + "/plan.html'");
    testing::run("pdfinfo '" + d + "/plan.pdf' >'" + d + "/plan.info'");
    layout_ = text::nfc(testing::read_file(d + "/plan.txt"));
    pages_ = testing::parse_bbox(text::nfc(testing::read_file(d + "/plan.html")));
    info_ = testing::read_file(d + "/plan.info");
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  void SetUp() override {
    if (soffice_.empty())
      GTEST_SKIP() << "LibreOffice (soffice or libreoffice) is not on PATH: install "
                      "libreoffice-writer-nogui (scripts/install-deps.sh) to run the rendering tests";
    ASSERT_EQ(convert_rc_, 0) << "soffice failed: " << testing::read_file(dir_->path() + "/soffice.log");
    ASSERT_FALSE(pages_.empty()) << "pdftotext -bbox gave no pages";
  }

  // The layout text with every run of white space folded into one space, so
  // that a line break or column gap inside a phrase does not matter.
  static std::string flat() {
    std::string out;
    for (char c : layout_) {
      const bool space = c == ' ' || c == '\n' || c == '\f' || c == '\t';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out += space ? ' ' : c;
    }
    return out;
  }

  static inline std::string soffice_;
  static inline testing::TempDir* dir_ = nullptr;
  static inline int convert_rc_ = -1;
  static inline std::string layout_, info_;
  static inline std::vector<testing::PdfPage> pages_;
};

TEST_F(DocxRenderedTest, PageIsA4) {
  std::smatch m;
  ASSERT_TRUE(std::regex_search(info_, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"))) << info_;
  EXPECT_NEAR(std::stod(m[1]), 595.3, 1.5);
  EXPECT_NEAR(std::stod(m[2]), 841.9, 1.5);
  EXPECT_GE(pages_.size(), 2u);
}

TEST_F(DocxRenderedTest, EveryRequiredPartIsPrintedInOrder) {
  const OfficialDocument d = sample_plan();
  const std::string text = flat();
  size_t at = 0;
  for (const std::string& s :
       {d.governing_body, std::string("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), d.issuing_body,
        std::string("Độc lập - Tự do - Hạnh phúc"), d.number_line, d.place_date, d.type_title,
        std::string("Tổ chức hoạt động trải nghiệm, hướng nghiệp năm học 2025 - 2026"),
        std::string("I. MỤC ĐÍCH, YÊU CẦU"), std::string("1. Mục đích"), std::string("2. Yêu cầu"),
        std::string("II. NỘI DUNG VÀ LỊCH THỰC HIỆN"), std::string("a) Các chủ đề theo tháng"),
        std::string("III. TỔ CHỨC THỰC HIỆN"), std::string("1. Ban giám hiệu"),
        std::string("2. Giáo viên chủ nhiệm"), std::string("Nơi nhận:")}) {
    const size_t found = text.find(s, at);
    ASSERT_NE(found, std::string::npos) << "missing or out of order: " << s << "\n" << layout_;
    at = found + s.size();
  }
  // The closing block's two columns share lines: each column in order.
  const size_t closing = at;
  for (const auto& column : {d.recipients, std::vector<std::string>{d.signer_authority, d.signer_title,
                                                                    d.signer_name}}) {
    at = closing - std::string("Nơi nhận:").size();
    for (const std::string& s : column) {
      const size_t found = text.find(s, at);
      ASSERT_NE(found, std::string::npos) << "missing or out of order: " << s << "\n" << layout_;
      at = found + s.size();
    }
  }
}

TEST_F(DocxRenderedTest, VietnameseDiacriticsSurvive) {
  const std::string text = flat();
  for (const char* s : {"TRƯỜNG THCS TÂN MỸ", "Tân Mỹ, ngày 05 tháng 9 năm 2025", "KẾ HOẠCH",
                        "Đặng Thị Hồng Nhung", "PHÓ HIỆU TRƯỞNG", "Tháng 01/2026", "Ngày hội đọc sách",
                        "Tết cổ truyền", "Hướng nghiệp: gặp gỡ người làm", "- Lưu: VT, HS."})
    EXPECT_NE(text.find(s), std::string::npos) << s;
  // Justified lines may be cut between glyphs drawn from a fallback font:
  // compare those without spaces.
  std::string squeezed;
  for (char c : text)
    if (c != ' ') squeezed += c;
  for (const char* s : {"Nhàtrường&Banđạidiệnchamẹhọcsinh", "có<45họcsinh", "kịpthờigiảiquyết./."})
    EXPECT_NE(squeezed.find(s), std::string::npos) << s;
}

TEST_F(DocxRenderedTest, HeaderSitsTopLeftAndTopRightOnPageOne) {
  const testing::PdfPage& p = pages_.front();
  const testing::PdfWord* gov = testing::find_word(p, "UBND");
  const testing::PdfWord* nation = testing::find_word(p, "CỘNG");
  const testing::PdfWord* motto = testing::find_word(p, "Độc");
  ASSERT_TRUE(gov && nation && motto);
  EXPECT_LT(gov->x_max, p.width / 2);
  EXPECT_LT(gov->y_min, 100);  // top margin 20 mm = 57 pt
  EXPECT_GT(nation->x_min, p.width / 2);
  EXPECT_NEAR(nation->y_min, gov->y_min, 6);  // same band
  EXPECT_GT(motto->x_min, p.width / 2);
  EXPECT_GT(motto->y_min, nation->y_min);
  for (const auto& w : p.words) EXPECT_GT(w.y_min, 50) << "nothing above the header on page 1: " << w.text;
}

TEST_F(DocxRenderedTest, RecipientsLeftAndSignerRightBelowTheBody) {
  size_t last = pages_.size();
  while (last > 0 && !testing::find_word(pages_[last - 1], "Nơi")) --last;
  ASSERT_GT(last, 0u) << "no \"Nơi nhận\" printed";
  const testing::PdfPage& p = pages_[last - 1];
  const testing::PdfWord* where = testing::find_word(p, "Nơi");
  const testing::PdfWord* name = testing::find_word(p, "Đặng");
  ASSERT_TRUE(name) << "signer's name not on the page of \"Nơi nhận\"";
  EXPECT_LT(where->x_max, p.width / 2);
  EXPECT_GT(name->x_min, p.width / 2);
  EXPECT_GT(name->y_min, where->y_min + 60);  // room to sign
  // The body's last words ("… giải quyết./.") are above, or on an earlier page.
  const testing::PdfWord* end = testing::find_word(p, "quyết./.");
  if (end) {
    EXPECT_GT(where->y_min, end->y_max);
    EXPECT_GT(name->y_min, end->y_max);
  } else {
    bool earlier = false;
    for (size_t i = 0; i + 1 < last; ++i) earlier = earlier || testing::find_word(pages_[i], "quyết./.");
    EXPECT_TRUE(earlier);
  }
}

TEST_F(DocxRenderedTest, TheAnnexIsOnItsOwnPageAfterTheSigner) {
  size_t signer = 0, annex = 0;
  for (size_t i = 0; i < pages_.size(); ++i) {
    if (testing::find_word(pages_[i], "Nhung")) signer = i + 1;
    if (testing::find_word(pages_[i], "LỤC") && !annex) annex = i + 1;
  }
  ASSERT_GT(signer, 0u) << "the signer's name is printed";
  ASSERT_GT(annex, 0u) << "the annex is printed";
  EXPECT_EQ(annex, signer + 1) << "the annex starts the page after the signature";
  EXPECT_FALSE(testing::find_word(pages_[annex - 1], "Nơi")) << "nothing of the body on the annex's page";
  // The body's last words are on the signer's page or the one before, not after.
  size_t end = 0;
  for (size_t i = 0; i < pages_.size(); ++i)
    if (testing::find_word(pages_[i], "quyết./.")) end = i + 1;
  EXPECT_GT(end, 0u);
  EXPECT_LE(end, signer);
}

TEST_F(DocxRenderedTest, PageNumbersStartOnPageTwo) {
  for (size_t i = 1; i < pages_.size(); ++i) {
    const testing::PdfPage& p = pages_[i];
    const testing::PdfWord* number = nullptr;
    for (const auto& w : p.words)
      if (w.y_max < 57 && !number) number = &w;  // in the top margin (20 mm)
    ASSERT_TRUE(number) << "no page number on page " << i + 1;
    EXPECT_EQ(number->text, std::to_string(i + 1));
    EXPECT_NEAR((number->x_min + number->x_max) / 2, p.width / 2, 25) << "centred";
  }
}

}  // namespace
}  // namespace bd::documents
