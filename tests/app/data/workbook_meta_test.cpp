#include "app/data/workbook_meta.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

TEST(WorkbookMeta, WritesAndReadsTheHiddenSheet) {
  documents::XlsxWriter w;
  const int guide = w.sheet(kGuideSheet);
  write_guide(w, guide, "TIÊU ĐỀ", {"Đơn vị: Trường THCS Tân Mỹ"}, {"Bước một", "Bước hai"});
  write_meta(w, {"data", "1", "THCS-TANMY", "2026S1", {{"Nhân sự", "NHANSU"}, {"Hoạt động", "HOATDONG"}}});
  auto bytes = w.finish();
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto wb = documents::read_xlsx(*bytes);
  ASSERT_TRUE(wb.ok());
  ASSERT_NE(wb->sheet(kGuideSheet)->at("A7"), nullptr);
  EXPECT_EQ(wb->sheet(kGuideSheet)->at("A7")->text, "2. Bước hai");
  auto m = read_meta(*wb, "data", "1");
  ASSERT_TRUE(m.ok()) << m.error().message;
  EXPECT_EQ(m->org, "THCS-TANMY");
  EXPECT_EQ(m->period, "2026S1");
  ASSERT_EQ(m->sheets.size(), 2u);
  EXPECT_EQ(m->sheets[1], std::make_pair(std::string("Hoạt động"), std::string("HOATDONG")));
  EXPECT_NE(read_meta(*wb, "data", "2").error().message.find("phiên bản \"1\""), std::string::npos);
  EXPECT_NE(read_meta(*wb, "roster", "1").error().message.find("biểu mẫu nhập số liệu"), std::string::npos);
}

TEST(WorkbookMeta, RefusesAWorkbookWithoutIt) {
  documents::XlsxWriter w;
  w.text(w.sheet("Sheet1"), 0, 0, "x");
  auto wb = documents::read_xlsx(*w.finish());
  auto m = read_meta(*wb, "data", "1");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().code, ErrorCode::kValidation);
  EXPECT_NE(m.error().message.find("không phải là biểu mẫu nhập số liệu"), std::string::npos);
}

TEST(WorkbookMeta, SheetNamesAreShortUniqueAndValid) {
  EXPECT_EQ(sheet_name("Nhân sự theo giới tính", {}), "Nhân sự theo giới tính");
  EXPECT_EQ(sheet_name("Sức khỏe, gia đình, phòng chống bạo lực", {}), "Sức khỏe, gia đình, phòng chống");
  EXPECT_EQ(sheet_name("Biểu 1/2: [nháp]", {}), "Biểu 1-2- -nháp");
  EXPECT_EQ(sheet_name("Nhân sự", {"Nhân sự"}), "Nhân sự (2)");
  EXPECT_EQ(sheet_name("Hướng dẫn", {}), "Biểu");
}

}  // namespace
}  // namespace bd::app
