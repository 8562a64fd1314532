#include "documents/table_export.h"

#include <gtest/gtest.h>

#include "documents/xlsx_reader.h"

namespace bd::documents {
namespace {

ExportTable sample() {
  ExportTable t;
  t.title = "Bảng số liệu";
  t.notes = {"Đơn vị: Sở GD&ĐT; kỳ 2025"};
  t.headers = {"Mã", "Đơn vị", "Cán bộ quản lý", "Tỉ lệ nữ"};
  t.rows.push_back({{{"THCS-TANMY"}, {"Trường \"Tân Mỹ\"; cơ sở 2"}, {"", 1234.0}, {"", 42.857, 1, true}}, false});
  t.rows.push_back({{{"SGD-AL"}, {"Tổng"}, {"", 2000.0}, {"", -0.01, 1, true}}, true});
  t.rows.push_back({{{"MN-HOAMAI"}, {"Trường Mầm non Hoa Mai"}, {""}, {"", std::nullopt}}, false});
  return t;
}

TEST(TableExport, CsvIsWhatAVietnameseExcelReads) {
  const std::string csv = table_csv(sample());
  ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF" "Bảng số liệu\r\n"));
  EXPECT_NE(csv.find("\r\nMã;Đơn vị;Cán bộ quản lý;Tỉ lệ nữ\r\n"), std::string::npos);
  EXPECT_NE(csv.find("THCS-TANMY;\"Trường \"\"Tân Mỹ\"\"; cơ sở 2\";1234;42,9%\r\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("SGD-AL;Tổng;2000;0,0%\r\n"), std::string::npos) << "no minus zero: " << csv;
  EXPECT_NE(csv.find("MN-HOAMAI;Trường Mầm non Hoa Mai;;\r\n"), std::string::npos) << "no data stays empty";
  EXPECT_EQ(csv.find('\n', 0) - 1, csv.find('\r', 0)) << "CRLF line ends";
}

TEST(TableExport, CsvNumbersUseTheDecimalCommaWithoutGrouping) {
  EXPECT_EQ(csv_number(1234567, 0), "1234567");
  EXPECT_EQ(csv_number(40.5, 1), "40,5");
  EXPECT_EQ(csv_number(2.0 / 3, 2), "0,67");
  EXPECT_EQ(csv_number(-0.0001, 1), "0,0");
}

TEST(TableExport, WorkbookHoldsNumbersAsNumbersWithVietnameseFormats) {
  auto bytes = table_xlsx(sample(), "Bảng");
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto wb = read_xlsx(*bytes);
  ASSERT_TRUE(wb) << wb.error().message;
  const XlsxSheet* s = wb->sheet("Bảng");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->at("A1")->text, "Bảng số liệu");
  EXPECT_EQ(s->at("A2")->text, "Đơn vị: Sở GD&ĐT; kỳ 2025");
  EXPECT_EQ(s->at("C4")->text, "Cán bộ quản lý");
  const XlsxCell* n = s->at("C5");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->type, XlsxCell::Type::kNumber);
  EXPECT_DOUBLE_EQ(n->number, 1234);
  EXPECT_NEAR(s->at("D5")->number, 42.857, 1e-9) << "the full value is kept; the format rounds it";
  EXPECT_EQ(s->at("B6")->text, "Tổng");
  EXPECT_EQ(s->at("D7"), nullptr) << "no data is an empty cell";
  EXPECT_EQ(s->row_count(), 7);
}

}  // namespace
}  // namespace bd::documents
