// The drill-down table as .xlsx (read back with the workbook reader) and as
// CSV for a Vietnamese Excel.
#include "app/analytics/dashboard_export.h"

#include "app/fixture.h"
#include "documents/xlsx_reader.h"

namespace bd::test {
namespace {

class DashboardExport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { t_ = new TestApp(make_app("sqlite", true)); }
  static void TearDownTestSuite() { delete t_; }
  static app::TargetDrill drill(const std::string& org, const std::string& target, const std::string& period) {
    auto r = t_->app->unit_dashboard().drill(actor_of(*t_->app, "admin", kAdminPassword), org, target, period);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? *r : app::TargetDrill{};
  }
  static TestApp* t_;
};
TestApp* DashboardExport::t_ = nullptr;

TEST_F(DashboardExport, TheWorkbookHoldsTheTableAsNumbers) {
  const auto d = drill("SGD-AL", "T_STAFF_TRAINED", "2025");
  auto bytes = app::drill_xlsx(d);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  auto wb = documents::read_xlsx(*bytes);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  const auto* sh = wb->sheet("Chi tiết");
  ASSERT_TRUE(sh);
  EXPECT_NE(sh->at("A1")->text.find("Toàn bộ cán bộ, giáo viên, nhân viên dự tập huấn"), std::string::npos);
  EXPECT_NE(sh->at("A2")->text.find("Năm 2025"), std::string::npos);
  EXPECT_EQ(sh->at("A4")->text, "STT");
  EXPECT_EQ(sh->at("C4")->text, "Đơn vị");
  EXPECT_EQ(sh->at("D4")->text, "Giá trị");
  ASSERT_EQ(sh->row_count(), 4 + static_cast<int>(d.rows.size()) + 1) << "a row per unit, then the whole";
  for (size_t i = 0; i < d.rows.size(); ++i) {
    const int row = 4 + static_cast<int>(i);
    EXPECT_EQ(sh->at(row, 0)->number, static_cast<double>(i + 1));
    EXPECT_EQ(sh->at(row, 1)->text, d.rows[i].unit.code);
    EXPECT_EQ(sh->at(row, 2)->text, d.rows[i].unit.name);
    if (d.rows[i].state.value) {
      ASSERT_TRUE(sh->at(row, 3));
      EXPECT_EQ(sh->at(row, 3)->type, documents::XlsxCell::Type::kNumber);
      EXPECT_NEAR(sh->at(row, 3)->number, *d.rows[i].state.value, 1e-9);
      EXPECT_NE(sh->at(row, 3)->display(), "") << "a value reads as a number";
    }
  }
  const int last = 4 + static_cast<int>(d.rows.size());
  EXPECT_EQ(sh->at(last, 2)->text, "Toàn đơn vị: Sở Giáo dục và Đào tạo tỉnh An Lạc");
  EXPECT_NEAR(sh->at(last, 3)->number, *d.state.value, 1e-9);
}

TEST_F(DashboardExport, TheCsvIsForAVietnameseExcel) {
  const auto d = drill("UBND-XA-TANMY", "T_STAFF_TRAINED", "2025");
  const std::string csv = app::drill_csv(d);
  ASSERT_TRUE(csv.starts_with("\xEF\xBB\xBF")) << "UTF-8 byte-order mark";
  EXPECT_NE(csv.find("STT;Mã đơn vị;Đơn vị;Giá trị;Tình trạng"), std::string::npos);
  EXPECT_NE(csv.find("\r\n"), std::string::npos);
  size_t lf = 0, crlf = 0;
  for (size_t i = 0; i < csv.size(); ++i)
    if (csv[i] == '\n') {
      ++lf;
      crlf += i > 0 && csv[i - 1] == '\r';
    }
  EXPECT_EQ(lf, crlf) << "CRLF everywhere";
  EXPECT_EQ(lf, 3 + d.rows.size() + 1) << "title, subtitle, header, the rows, the whole";
  // 3 schools, then the whole: "1;MN-HOAMAI;Trường Mầm non Hoa Mai;85,7;…" with a decimal comma.
  const std::string first_row = "1;" + d.rows[0].unit.code + ";" + d.rows[0].unit.name + ";";
  const size_t at = csv.find(first_row);
  ASSERT_NE(at, std::string::npos);
  const std::string value = csv.substr(at + first_row.size(), csv.find(';', at + first_row.size()) - at - first_row.size());
  EXPECT_NE(value.find(','), std::string::npos) << value;
  EXPECT_EQ(value.find('.'), std::string::npos) << value;
  EXPECT_NE(csv.find("Toàn đơn vị: Ủy ban nhân dân xã Tân Mỹ"), std::string::npos);
}

TEST_F(DashboardExport, CsvFieldsAreQuotedWhenTheyMustBe) {
  app::TargetDrill d;
  d.unit.code = "X";
  d.unit.name = "Đơn vị X";
  d.period = *parse_period("2025S1");
  d.state.target.code = "T";
  d.state.target.name_vi = "Chỉ tiêu \"A\"; thử";
  d.state.target.comparator = "ge";
  d.state.target.value = 40;
  d.state.indicator.unit = "percent";
  d.state.status = "no_data";
  app::DrillRow row;
  row.unit.code = "Y";
  row.unit.name = "Trường; có dấu chấm phẩy";
  row.state = d.state;
  row.state.value = -0.01;  // rounds to 0: no "-0,0"
  row.state.gap = 12.345;
  row.state.status = "not_met";
  d.rows.push_back(row);
  const std::string csv = app::drill_csv(d);
  EXPECT_NE(csv.find("\"Chỉ tiêu: Chỉ tiêu \"\"A\"\"; thử (≥ 40"), std::string::npos) << csv;
  EXPECT_NE(csv.find("1;Y;\"Trường; có dấu chấm phẩy\";0,0;Chưa đạt;12,3;"), std::string::npos) << csv;
  EXPECT_EQ(app::drill_file_stem(d), "chi-tieu-T-X-2025S1");
}

}  // namespace
}  // namespace bd::test
