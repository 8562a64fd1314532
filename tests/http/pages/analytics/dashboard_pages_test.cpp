// The dashboard pages on a live server over the demo: the dashboard, the
// drill-down with its chart's table, the exports (.xlsx read back), the
// period in the URL and who may open what.
#include <gtest/gtest.h>

#include "documents/xlsx_reader.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

class DashboardPages : public LiveServerTest<DashboardPages> {};

bool contains(const std::string& body, const std::string& what) { return body.find(what) != std::string::npos; }

TEST_F(DashboardPages, TheDepartmentsDashboardShowsEverySection) {
  auto c = as("so.quanly");
  auto page = c.get("/orgunits/SGD-AL/dashboard?year=2025&period=year");
  ASSERT_EQ(page.status, 200);
  const std::string& b = page.body;
  EXPECT_TRUE(contains(b, "<h1>Sở Giáo dục và Đào tạo tỉnh An Lạc</h1>"));
  EXPECT_TRUE(contains(b, "<strong>Năm 2025</strong>"));
  EXPECT_TRUE(contains(b, "<option value=\"2025\" selected>")) << "the year chooser keeps the view";
  EXPECT_TRUE(contains(b, "Nữ chiếm từ 61% số đảng viên"));
  EXPECT_TRUE(contains(b, "<svg class=\"spark\"")) << "a sparkline";
  EXPECT_TRUE(contains(b, "<span>2023: ")) << "and its figures as text";
  EXPECT_TRUE(contains(b, "đơn vị đạt")) << "units below meeting a target";
  EXPECT_TRUE(contains(b, "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED?year=2025&amp;period=year"));
  EXPECT_TRUE(contains(b, "áp dụng cho từng trường"));
  EXPECT_TRUE(contains(b, "Số liệu theo giới tính"));
  EXPECT_TRUE(contains(b, "<svg class=\"split\""));
  EXPECT_TRUE(contains(b, "Chỉ số bình đẳng giới (GPI) học sinh"));
  EXPECT_TRUE(contains(b, "class=\"tag pb-"));
  EXPECT_TRUE(contains(b, "Tình hình báo cáo của đơn vị trực thuộc"));
  EXPECT_TRUE(contains(b, "/orgunits/UBND-XA-TANMY/dashboard?year=2025&amp;period=year"));
  EXPECT_FALSE(contains(b, "chart.umd.js")) << "no script needed here";
  // the ministry is above the officer: named, not linked
  EXPECT_TRUE(contains(b, "<span>Bộ Giáo dục và Đào tạo</span> ›"));
}

TEST_F(DashboardPages, TheHalfYearIsInTheUrl) {
  auto c = as("so.quanly");
  auto page = c.get("/orgunits/SGD-AL/dashboard?year=2025&period=S1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "<strong>6 tháng đầu năm 2025</strong>"));
  EXPECT_TRUE(contains(page.body, "<option value=\"S1\" selected>"));
  EXPECT_TRUE(contains(page.body, "period=2025S1")) << "the link to the reporting details";
  EXPECT_EQ(c.get("/orgunits/SGD-AL/dashboard?year=20x5").status, 400);
  EXPECT_EQ(c.get("/orgunits/SGD-AL/dashboard?year=2025&period=S3").status, 400);
  EXPECT_EQ(c.get("/orgunits/NOPE/dashboard").status, 404);
  EXPECT_EQ(c.get("/orgunits/SGD-AL/dashboard").status, 200) << "without a period: the latest year with figures";
}

TEST_F(DashboardPages, TheDrillDownHasItsChartTableAndExports) {
  auto c = as("so.quanly");
  auto page = c.get("/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED?year=2025&period=year");
  ASSERT_EQ(page.status, 200);
  const std::string& b = page.body;
  EXPECT_TRUE(contains(b, "<script src=\"/static/vendor/chart.umd.js\" defer></script>"));
  EXPECT_TRUE(contains(b, "<script src=\"/static/dashboard.js\" defer></script>"));
  EXPECT_TRUE(contains(b, "<canvas id=\"drill-chart\" role=\"img\""));
  EXPECT_TRUE(contains(b, "data-chart=\"drill-chart\""));
  EXPECT_TRUE(contains(b, "data-name=\"Ủy ban nhân dân xã Tân Mỹ\""));
  EXPECT_TRUE(contains(b, "/orgunits/UBND-XA-TANMY/dashboard/T_STAFF_TRAINED?year=2025&amp;period=year"))
      << "a commune drills further";
  EXPECT_TRUE(contains(b, "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED/export.xlsx?year=2025&amp;period=year"));
  EXPECT_TRUE(contains(b, "/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED/export.csv?year=2025&amp;period=year"));
  EXPECT_TRUE(contains(b, "/9 đơn vị đạt"));
  EXPECT_EQ(c.get("/orgunits/SGD-AL/dashboard/T_NO_SUCH?year=2025").status, 404);
  // the commune's page lists its schools
  auto commune = c.get("/orgunits/UBND-XA-TANMY/dashboard/T_STAFF_TRAINED?year=2025&period=year");
  ASSERT_EQ(commune.status, 200);
  EXPECT_TRUE(contains(commune.body, "/3 trường đạt"));
  EXPECT_TRUE(contains(commune.body, "/orgunits/THCS-TANMY/dashboard?year=2025&amp;period=year"));
}

TEST_F(DashboardPages, TheTableExportsAsAWorkbookAndCsv) {
  auto c = as("so.quanly");
  auto x = c.get("/orgunits/UBND-XA-TANMY/dashboard/T_STAFF_TRAINED/export.xlsx?year=2025&period=year");
  ASSERT_EQ(x.status, 200);
  EXPECT_EQ(x.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_TRUE(contains(x.header("content-disposition"), "chi-tieu-T_STAFF_TRAINED-UBND-XA-TANMY-2025.xlsx"));
  auto wb = documents::read_xlsx(x.body);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  const auto* sh = wb->sheet("Chi tiết");
  ASSERT_TRUE(sh);
  EXPECT_EQ(sh->row_count(), 4 + 3 + 1);
  std::set<std::string> names;
  for (int r = 4; r < 7; ++r) names.insert(sh->at(r, 2)->text);
  EXPECT_EQ(names, (std::set<std::string>{"Trường Mầm non Hoa Mai", "Trường Tiểu học Tân Mỹ", "Trường THCS Tân Mỹ"}));
  auto csv = c.get("/orgunits/UBND-XA-TANMY/dashboard/T_STAFF_TRAINED/export.csv?year=2025&period=year");
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF"));
  EXPECT_TRUE(contains(csv.body, ";Trường THCS Tân Mỹ;"));
}

TEST_F(DashboardPages, ASchoolUserOpensOnlyItsOwnDashboard) {
  auto c = as("thcs.tanmy");
  auto own = c.get("/orgunits/THCS-TANMY/dashboard?year=2025&period=year");
  ASSERT_EQ(own.status, 200);
  EXPECT_TRUE(contains(own.body, "<span>Ủy ban nhân dân xã Tân Mỹ</span> ›")) << "its commune, not a link";
  EXPECT_FALSE(contains(own.body, "href=\"/orgunits/SGD-AL/dashboard")) << "no link above its scope";
  EXPECT_EQ(c.get("/orgunits/THCS-LONGSON/dashboard?year=2025").status, 403);
  EXPECT_EQ(c.get("/orgunits/THCS-LONGSON/dashboard/T_STAFF_TRAINED/export.xlsx?year=2025").status, 403);
  EXPECT_EQ(c.get("/orgunits/SGD-AL/dashboard/T_STAFF_TRAINED/export.csv?year=2025").status, 403);
  HttpClient anonymous(port());
  EXPECT_NE(anonymous.get("/orgunits/THCS-TANMY/dashboard").status, 200);
}

TEST_F(DashboardPages, TheUnitPageLinksToTheDashboard) {
  auto c = as("so.quanly");
  auto page = c.get("/orgunits/SGD-AL");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(contains(page.body, "href=\"/orgunits/SGD-AL/dashboard\""));
}

}  // namespace
}  // namespace bd::test
