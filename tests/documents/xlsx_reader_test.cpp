#include "documents/xlsx_reader.h"

#include <gtest/gtest.h>

#include "documents/office_tools.h"
#include "documents/xlsx_test_files.h"
#include "documents/xlsx_writer.h"
#include "documents/zip_reader.h"
#include "documents/zip_writer.h"

namespace bd::documents {
namespace {

using testing::workbook_bytes;

TEST(CellRefTest, NamesAndParsesA1References) {
  EXPECT_EQ(cell_ref(0, 0), "A1");
  EXPECT_EQ(cell_ref(6, 3), "D7");
  EXPECT_EQ(cell_ref(0, 25), "Z1");
  EXPECT_EQ(cell_ref(9, 26), "AA10");
  EXPECT_EQ(cell_ref(0, 16383), "XFD1");
  EXPECT_EQ(parse_cell_ref("D7"), (CellPos{6, 3}));
  EXPECT_EQ(parse_cell_ref("aa10"), (CellPos{9, 26}));
  for (const char* bad : {"", "7", "D", "D0", "D-1", "ABCD1", "XFE1", "D7x"}) EXPECT_FALSE(parse_cell_ref(bad)) << bad;
}

TEST(XlsxReaderTest, ReadsEveryKindOfCell) {
  const std::string shared =
      "<sst><si><t>Nữ</t></si><si><r><t>Cán bộ </t></r><r><t>quản lý</t></r><rPh><t>x</t></rPh></si></sst>";
  const std::string styles =
      "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"&quot;ngày&quot; 0\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
      "<c r=\"C1\" t=\"inlineStr\"><is><t> Nam </t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\"><v>12</v></c><c r=\"B3\"><v>12.5</v></c><c r=\"C3\" t=\"b\"><v>1</v></c>"
      "<c r=\"D3\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E3\"><f>A3+1</f><v>13</v></c>"
      "<c r=\"F3\" t=\"str\"><f>A1</f><v>Nữ</v></c><c r=\"G3\" s=\"3\"><v>7</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>45724</v></c><c r=\"B4\" s=\"2\"><v>45724</v></c>"
      "<c r=\"C4\" t=\"d\"><v>2025-03-08T00:00:00</v></c><c r=\"D4\" s=\"1\"/></row>"
      "<row><c><v>1</v></c><c><v>2</v></c></row>";
  auto wb = read_xlsx(workbook_bytes(rows, shared, styles));
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  const XlsxSheet* s = wb->sheet("Dữ liệu");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->at("A1")->text, "Nữ");
  EXPECT_EQ(s->at("B1")->text, "Cán bộ quản lý");
  EXPECT_EQ(s->at("C1")->text, " Nam ");
  EXPECT_EQ(s->at("A3")->type, XlsxCell::Type::kNumber);
  EXPECT_EQ(s->at("A3")->display(), "12");
  EXPECT_EQ(s->at("B3")->display(), "12,5");
  EXPECT_EQ(s->at("C3")->type, XlsxCell::Type::kBoolean);
  EXPECT_EQ(s->at("C3")->display(), "Có");
  EXPECT_EQ(s->at("D3")->type, XlsxCell::Type::kError);
  EXPECT_EQ(s->at("D3")->text, "#DIV/0!");
  EXPECT_TRUE(s->at("E3")->formula);
  EXPECT_EQ(s->at("E3")->number, 13);
  EXPECT_EQ(s->at("F3")->text, "Nữ");
  EXPECT_EQ(s->at("G3")->type, XlsxCell::Type::kNumber);  // quoted "ngày" is not a date format
  for (const char* ref : {"A4", "B4", "C4"}) {
    ASSERT_NE(s->at(ref), nullptr) << ref;
    EXPECT_EQ(s->at(ref)->type, XlsxCell::Type::kDate) << ref;
    EXPECT_EQ(s->at(ref)->display(), "08/03/2025") << ref;
  }
  EXPECT_EQ(s->at("D4"), nullptr);  // styled but blank
  EXPECT_EQ(s->at("A5")->number, 1);  // rows and cells without references follow on
  EXPECT_EQ(s->at("B5")->number, 2);
  EXPECT_EQ(s->row_count(), 5);
}

TEST(XlsxReaderTest, AnEmptyCachedValueIsAnEmptyCell) {
  // openpyxl writes <v></v> after every formula it has not calculated.
  auto wb = read_xlsx(workbook_bytes("<row r=\"5\"><c r=\"C5\"><v>40</v></c><c r=\"E5\"><f>SUM(C5:D5)</f><v></v></c>"
                                     "<c r=\"F5\" s=\"1\"><v/></c><c r=\"G5\" t=\"str\"><f>A1</f><v></v></c></row>"));
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  const XlsxSheet& s = wb->sheets[0];
  EXPECT_EQ(s.at("C5")->number, 40);
  EXPECT_EQ(s.at("E5"), nullptr);
  EXPECT_EQ(s.at("F5"), nullptr);
  ASSERT_NE(s.at("G5"), nullptr) << "a text formula's empty result is an empty text";
  EXPECT_EQ(s.at("G5")->text, "");
}

TEST(XlsxReaderTest, ReadsWhatOurWriterWrites) {
  XlsxWriter w;
  const int a = w.sheet("Hướng dẫn");
  const int b = w.sheet("Nhân sự");
  const int meta = w.sheet("_meta");
  const int date = w.format({.num_format = "dd/mm/yyyy"});
  w.text(a, 0, 0, "Điền số liệu vào các ô màu vàng");
  w.number(b, 4, 2, 12);
  w.number(b, 4, 3, 10);
  w.formula(b, 4, 4, "=SUM(C5:D5)", 22);
  w.number(b, 5, 2, 45724, date);
  w.text(meta, 0, 0, "version");
  w.hide(meta);
  auto bytes = w.finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto wb = read_xlsx(*bytes);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  ASSERT_EQ(wb->sheets.size(), 3u);
  EXPECT_EQ(wb->sheets[0].name, "Hướng dẫn");
  EXPECT_EQ(wb->sheet("Hướng dẫn")->at("A1")->text, "Điền số liệu vào các ô màu vàng");
  EXPECT_EQ(wb->sheet("Nhân sự")->at("C5")->number, 12);
  EXPECT_TRUE(wb->sheet("Nhân sự")->at("E5")->formula);
  EXPECT_EQ(wb->sheet("Nhân sự")->at("E5")->number, 22);
  EXPECT_EQ(wb->sheet("Nhân sự")->at("C6")->display(), "08/03/2025");
  EXPECT_TRUE(wb->sheet("_meta")->hidden);
  EXPECT_FALSE(wb->sheet("Nhân sự")->hidden);
}

TEST(XlsxReaderTest, ReadsWhatLibreOfficeWrites) {
  const std::string soffice = testing::find_soffice();
  if (soffice.empty()) GTEST_SKIP() << "LibreOffice is not on PATH";
  testing::TempDir dir;
  const std::string d = dir.path();
  testing::write_file(d + "/nhansu.csv", "Họ và tên,Giới tính,Năm sinh,Ngày vào ngành\n"
                                         "Nguyễn Thị Lan,Nữ,1985,2008-09-05\n"
                                         "Trần Văn Minh,Nam,1979,2001-08-15\n");
  const std::string convert = "cd '" + d + "' && HOME='" + d + "/home' timeout 120 " + soffice +
                              " --headless --infilter=CSV:44,34,76,1 --convert-to xlsx --outdir '" + d + "' '" + d +
                              "/nhansu.csv' >'" + d + "/soffice.log' 2>&1";
  ASSERT_EQ(testing::run(convert), 0) << testing::read_file(d + "/soffice.log");
  auto wb = read_xlsx(testing::read_file(d + "/nhansu.xlsx"));
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  ASSERT_EQ(wb->sheets.size(), 1u);
  const XlsxSheet& s = wb->sheets[0];
  EXPECT_EQ(s.at("A2")->text, "Nguyễn Thị Lan");
  EXPECT_EQ(s.at("B3")->text, "Nam");
  EXPECT_EQ(s.at("C2")->type, XlsxCell::Type::kNumber);
  EXPECT_EQ(s.at("C2")->number, 1985);
  ASSERT_NE(s.at("D2"), nullptr);
  EXPECT_EQ(s.at("D2")->type, XlsxCell::Type::kDate);
  EXPECT_EQ(s.at("D2")->display(), "05/09/2008");
  EXPECT_EQ(s.row_count(), 3);
}

// ---------------------------------------------------------------------------
// Bad files: a clear message, never a crash.

void expect_refused(const std::string& bytes, const std::string& words, const XlsxLimits& limits = {}) {
  auto wb = read_xlsx(bytes, limits);
  ASSERT_FALSE(wb.ok());
  EXPECT_EQ(wb.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(wb.error().message.find(words), std::string::npos) << wb.error().message;
}

TEST(XlsxReaderTest, RefusesWhatIsNotAWorkbook) {
  expect_refused("", "không phải là tệp Excel");
  expect_refused("Họ và tên,Giới tính\n", "không phải là tệp Excel");
  expect_refused("PK\x03\x04 truncated", "không đọc được");
  ZipWriter zip;
  zip.add("word/document.xml", "<w:document/>");
  expect_refused(*zip.finish(), "thiếu phần workbook");
}

TEST(XlsxReaderTest, RefusesMissingPartsAndMalformedXml) {
  auto zip = testing::minimal_workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
  auto no_rels = read_zip(*zip.finish());
  ASSERT_TRUE(no_rels.ok());
  ZipWriter partial;
  for (const auto& [name, data] : *no_rels)
    if (name != "xl/worksheets/sheet1.xml") partial.add(name, data);
  expect_refused(*partial.finish(), "thiếu phần \"xl/worksheets/sheet1.xml\"");
  expect_refused(workbook_bytes("<row r=\"1\"><c r=\"A1\"><v>1</v></row>"), "không phải XML hợp lệ");
  expect_refused(workbook_bytes("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>", "<sst><si><t>a</t></si></sst>"),
                 "bảng chuỗi dùng chung");
  expect_refused(workbook_bytes("<row r=\"1\"><c r=\"A1\"><v>abc</v></c></row>"), "số không hợp lệ");
  expect_refused(workbook_bytes("<row r=\"1\"><c r=\"B7\"><v>1</v></c></row>"), "địa chỉ ô không hợp lệ");
}

TEST(XlsxReaderTest, RefusesAZipBomb) {
  ZipWriter zip;  // 60 MB of zeros deflates to about 60 KB
  zip.add("xl/worksheets/sheet1.xml", std::string(60u << 20, '\0'));
  expect_refused(*zip.finish(), "vượt quá 50 MB");
  ZipWriter dense;  // 4 MB of one letter: a ratio near 1000
  dense.add("xl/sharedStrings.xml", std::string(4u << 20, 'a'));
  expect_refused(*dense.finish(), "nở ra bất thường");
}

TEST(XlsxReaderTest, RefusesTooManyEntries) {
  ZipWriter zip;
  for (int i = 0; i < 600; ++i) zip.add("xl/media/image" + std::to_string(i) + ".png", "x");
  expect_refused(*zip.finish(), "quá nhiều mục");
}

TEST(XlsxReaderTest, RefusesAHugeSheet) {
  expect_refused(workbook_bytes("<row r=\"200000\"><c r=\"A200000\"><v>1</v></c></row>"), "quá lớn (tối đa 100000 dòng)");
  std::string many;
  for (int r = 1; r <= 30; ++r) many += "<row r=\"" + std::to_string(r) + "\"><c><v>1</v></c><c><v>2</v></c></row>";
  XlsxLimits small;
  small.max_cells = 50;
  expect_refused(workbook_bytes(many), "quá nhiều ô (tối đa 50)", small);
}

}  // namespace
}  // namespace bd::documents
