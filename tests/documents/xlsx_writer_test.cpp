#include "documents/xlsx_writer.h"

#include <gtest/gtest.h>

#include "documents/zip_reader.h"

namespace bd::documents {
namespace {

TEST(XlsxWriterTest, WritesSheetsProtectionValidationAndHiddenParts) {
  XlsxWriter w;
  const int guide = w.sheet("Hướng dẫn");
  const int data = w.sheet("Nhân sự");
  const int meta = w.sheet("_binhdang");
  const int input = w.format({.border = true, .unlocked = true, .fill = 0xFFF2CC});
  w.text(guide, 0, 0, "Hướng dẫn");
  w.text(data, 0, 0, "Cán bộ quản lý");
  w.number(data, 0, 1, 3, input);
  w.blank(data, 0, 2, input);
  w.formula(data, 0, 3, "=SUM(B1:C1)", 3);
  w.column(data, 4, 4, 10, -1, true);
  w.whole_at_least(data, {0, 1, 0, 2}, 0, "Nhập số nguyên không âm");
  w.list(data, {1, 1, 1, 1}, {"Có", "Không"}, "Chọn Có hoặc Không");
  w.whole_between(data, {2, 1, 2, 1}, 1940, 2030, "Năm sinh từ 1940 đến 2030");
  w.protect(data);
  w.hide(meta);
  auto bytes = w.finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  const std::string& sheet = files->at("xl/worksheets/sheet2.xml");
  EXPECT_NE(sheet.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(sheet.find("type=\"whole\" operator=\"greaterThanOrEqual\""), std::string::npos);
  EXPECT_NE(sheet.find("<formula1>\"Có,Không\"</formula1>"), std::string::npos);
  EXPECT_NE(sheet.find("<f>SUM(B1:C1)</f><v>3</v>"), std::string::npos);
  EXPECT_NE(sheet.find("hidden=\"1\""), std::string::npos);
  EXPECT_NE(files->at("xl/workbook.xml").find("state=\"hidden\""), std::string::npos);
  EXPECT_NE(files->at("xl/styles.xml").find("locked=\"0\""), std::string::npos);
}

TEST(XlsxWriterTest, ASheetPrintsOnePageWideOnA4WithItsTitleRowsOnEveryPage) {
  XlsxWriter w;
  const int wide = w.sheet("Danh sách");
  const int plain = w.sheet("Khác");
  w.text(wide, 0, 0, "DANH SÁCH");
  w.text(plain, 0, 0, "x");
  w.print(wide, {.landscape = true, .repeat_first = 0, .repeat_last = 2});
  auto bytes = w.finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto files = read_zip(*bytes);
  ASSERT_TRUE(files.ok());
  const std::string& sheet = files->at("xl/worksheets/sheet1.xml");
  EXPECT_NE(sheet.find("<pageSetUpPr fitToPage=\"1\"/>"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("paperSize=\"9\""), std::string::npos);
  EXPECT_NE(sheet.find("orientation=\"landscape\""), std::string::npos);
  EXPECT_NE(sheet.find("fitToHeight=\"0\""), std::string::npos);
  EXPECT_NE(sheet.find("horizontalCentered=\"1\""), std::string::npos);
  EXPECT_NE(files->at("xl/workbook.xml").find("_xlnm.Print_Titles"), std::string::npos);
  EXPECT_NE(files->at("xl/workbook.xml").find("'Danh sách'!$1:$3"), std::string::npos) << files->at("xl/workbook.xml");
  EXPECT_EQ(files->at("xl/worksheets/sheet2.xml").find("fitToPage"), std::string::npos) << "only where asked";
}

TEST(XlsxWriterTest, ReportsABadSheetNameAtFinish) {
  XlsxWriter w;
  const int s = w.sheet("Tên sheet này dài hơn ba mươi mốt ký tự cho phép");
  w.text(s, 0, 0, "x");
  auto bytes = w.finish();
  ASSERT_FALSE(bytes.ok());
  EXPECT_NE(bytes.error().message.find("tên sheet không hợp lệ"), std::string::npos);
}

}  // namespace
}  // namespace bd::documents
