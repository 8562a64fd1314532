// A consolidation as a workbook, read back: sheets, figures, totals.
#include "app/reports/consolidation.h"

#include <gtest/gtest.h>

#include "documents/xlsx_reader.h"

namespace bd::app {
namespace {

TEST(ConsolidationXlsx, SummaryFormSheetsAndTargets) {
  Consolidation c;
  c.unit.name = "Sở Giáo dục và Đào tạo tỉnh An Lạc";
  c.period = *parse_period("2025S2");
  DataElement staff;
  staff.code = "staff_total";
  staff.name_vi = "Tổng số cán bộ, giáo viên, nhân viên";
  staff.category = "sex";
  DataElement schools;
  schools.code = "schools";
  schools.name_vi = "Số trường";
  DataSet set;
  set.name_vi = "Nhân sự theo giới tính: một tên biểu mẫu rất dài [quý/năm]";
  c.sets.push_back({set, {{staff, Figure{30.0, 10.0, 40.0}}, {schools, Figure{std::nullopt, std::nullopt, 2.0}}}});
  for (const char* name : {"Trường A", "Trường B"}) {
    ChildConsolidation ch;
    ch.unit.name = name;
    ch.expected = 1;
    ch.counted = 1;
    ch.figures = {{Figure{15.0, 5.0, 20.0}, Figure{std::nullopt, std::nullopt, 1.0}}};
    c.children.push_back(ch);
  }
  auto bytes = consolidation_xlsx(c);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto wb = documents::read_xlsx(*bytes);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  ASSERT_EQ(wb->sheets.size(), 3u);
  EXPECT_EQ(wb->sheets[0].name, "Tổng hợp");
  EXPECT_EQ(wb->sheets[1].name.find_first_of("[]:*?/\\"), std::string::npos) << wb->sheets[1].name;
  EXPECT_EQ(wb->sheets[2].name, "Chỉ tiêu");
  const auto& sum = wb->sheets[0];
  EXPECT_EQ(sum.at("A6")->text, staff.name_vi);
  EXPECT_DOUBLE_EQ(sum.at("B6")->number, 30);
  EXPECT_DOUBLE_EQ(sum.at("D6")->number, 40);
  EXPECT_DOUBLE_EQ(sum.at("E6")->number, 75);
  EXPECT_TRUE(sum.at("B7") == nullptr || sum.at("B7")->display().empty()) << "no sex for a single value";
  EXPECT_DOUBLE_EQ(sum.at("D7")->number, 2);
  const auto& form = wb->sheets[1];
  EXPECT_EQ(form.at("A4")->text, "Trường A");
  EXPECT_EQ(form.at("B4")->text, "1/1");
  EXPECT_DOUBLE_EQ(form.at("C4")->number, 15);
  EXPECT_DOUBLE_EQ(form.at("E4")->number, 20);
  EXPECT_DOUBLE_EQ(form.at("F5")->number, 1);
  EXPECT_EQ(form.at("A6")->text, "Cộng");
  EXPECT_DOUBLE_EQ(form.at("C6")->number, 30);
}

}  // namespace
}  // namespace bd::app
