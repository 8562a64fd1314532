// /explorer over the demo: the form, the table with subtotals, drilling into a
// unit, the .xlsx and CSV exports of exactly the table, saved views, rights.
#include <gtest/gtest.h>

#include "documents/xlsx_reader.h"
#include "support/http_client.h"

namespace bd::test {
namespace {


class ExplorerPages : public LiveServerTest<ExplorerPages> {};

const char* kQuery = "item=staff_managers&item=pct_women_managers&org=BGDDT&depth=2&period=2025&sex=1&chart=sex";

TEST_F(ExplorerPages, FormThenTableWithSubtotalsAndDrillDown) {
  auto admin = as("admin");
  const auto empty = admin.get("/explorer");
  ASSERT_EQ(empty.status, 200);
  EXPECT_TRUE(has(empty.body, R"(name="item" value="staff_managers")")) << "every numeric item can be chosen";
  EXPECT_TRUE(has(empty.body, R"(name="org" value="BGDDT")")) << "the user's own unit by default";
  EXPECT_FALSE(has(empty.body, "explorer-table")) << "no table before a choice";
  EXPECT_TRUE(has(empty.body, R"(href="/explorer" aria-current="page")"));

  const auto r = admin.get(std::string("/explorer?") + kQuery);
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "<th scope=\"col\" data-item=\"Cán bộ quản lý\" data-period=\"Năm 2025\" data-sex=\"female\""))
      << r.body;
  EXPECT_TRUE(has(r.body, "Cán bộ quản lý — Năm 2025 — Nữ</th>"));
  EXPECT_TRUE(has(r.body, R"(<tr class="lv-1 subtotal" data-kind="subtotal" data-name="Cộng: Sở Giáo dục và Đào tạo tỉnh An Lạc">)"));
  EXPECT_TRUE(has(r.body, R"(<tr class="lv-0 total" data-kind="total")"));
  EXPECT_TRUE(has(r.body, R"(<a href="/explorer?items=staff_managers,pct_women_managers&amp;org=THCS-TANMY&amp;depth=2)"))
      << "a unit opens its own table";
  EXPECT_TRUE(has(r.body, "/static/explorer.js")) << "the chart script only where there is a table";
  EXPECT_TRUE(has(r.body, R"(data-type="sex")"));
  EXPECT_TRUE(has(r.body, R"(href="/explorer/export.xlsx?items=)"));

  const auto bad = admin.get("/explorer?item=staff_managers&period=2025X");
  ASSERT_EQ(bad.status, 200) << "the form stays, with the message";
  EXPECT_TRUE(has(bad.body, "Kỳ &quot;2025X&quot; không hợp lệ"));
  EXPECT_TRUE(has(bad.body, R"(value="staff_managers" checked)")) << "nothing typed is lost";
}

TEST_F(ExplorerPages, TheTreeOfEachPeriodOrOfTodayIsAChoice) {
  auto admin = as("admin");
  // 2024 and 2025 straddle the demo's reform of 01/07/2025.
  const auto mixed = admin.get("/explorer?item=staff_total&org=SGD-AL&period=2024&period=2025");
  ASSERT_EQ(mixed.status, 200);
  EXPECT_TRUE(has(mixed.body, R"(<option value="period" selected>Theo cơ cấu của từng kỳ</option>)")) << "the default";
  EXPECT_TRUE(has(mixed.body, "Các kỳ đã chọn thuộc các cơ cấu đơn vị khác nhau"));
  EXPECT_TRUE(has(mixed.body, "theo cơ cấu của kỳ mới nhất đã chọn: Năm 2025."));
  const auto today = admin.get("/explorer?item=staff_total&org=SGD-AL&period=2024&period=2025&structure=current");
  ASSERT_EQ(today.status, 200);
  EXPECT_TRUE(has(today.body, R"(<option value="current" selected>Theo cơ cấu hiện nay</option>)"));
  EXPECT_FALSE(has(today.body, "Các kỳ đã chọn thuộc các cơ cấu đơn vị khác nhau"));
  EXPECT_TRUE(has(today.body, "structure=current")) << "kept in the links and exports";
  const auto y2024 = admin.get("/explorer?item=staff_total&org=SGD-AL&period=2024");
  EXPECT_TRUE(has(y2024.body, "Phòng Giáo dục và Đào tạo huyện Ngọc Khê")) << "the office of 2024";
  EXPECT_FALSE(has(today.body, "Phòng Giáo dục và Đào tạo huyện Ngọc Khê"));
}

TEST_F(ExplorerPages, ExportsHoldExactlyTheTable) {
  auto admin = as("admin");
  const auto page = admin.get(std::string("/explorer?") + kQuery);
  const auto x = admin.get(std::string("/explorer/export.xlsx?") + kQuery);
  ASSERT_EQ(x.status, 200);
  EXPECT_EQ(x.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_TRUE(has(x.header("content-disposition"), "kham-pha-BGDDT-2025.xlsx"));
  auto wb = documents::read_xlsx(x.body);
  ASSERT_TRUE(wb) << wb.error().message;
  const auto& s = wb->sheets.front();
  EXPECT_EQ(s.at("A4")->text, "Mã");
  EXPECT_EQ(s.at("C4")->text, "Cán bộ quản lý — Năm 2025 — Nữ");
  EXPECT_EQ(s.at("F4")->text, "Tỷ lệ nữ cán bộ quản lý — Năm 2025") << "the indicator's column";
  // Rows: header at row 4, then every table row in order, the total last.
  int rows = 0;
  for (size_t pos = page.body.find("<tr class=\"lv-"); pos != std::string::npos; pos = page.body.find("<tr class=\"lv-", pos + 1))
    ++rows;
  EXPECT_EQ(s.row_count(), 4 + rows);
  const auto* total_name = s.at(3 + rows, 1);
  ASSERT_NE(total_name, nullptr);
  EXPECT_EQ(total_name->text, "Tổng: Bộ Giáo dục và Đào tạo");
  const auto* women = s.at(3 + rows, 2);
  ASSERT_NE(women, nullptr);
  EXPECT_EQ(women->type, documents::XlsxCell::Type::kNumber);
  const auto* subtotal = s.at(2 + rows, 2);
  EXPECT_DOUBLE_EQ(subtotal->number, women->number) << "one department: its subtotal is the total";

  const auto c = admin.get(std::string("/explorer/export.csv?") + kQuery);
  ASSERT_EQ(c.status, 200);
  EXPECT_EQ(c.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_TRUE(c.body.starts_with("\xEF\xBB\xBF"));
  EXPECT_TRUE(has(c.body, "\r\nMã;Đơn vị;Cán bộ quản lý — Năm 2025 — Nữ;"));
  EXPECT_TRUE(has(c.body, "BGDDT;Tổng: Bộ Giáo dục và Đào tạo;" + women->display() + ";"));
}

TEST_F(ExplorerPages, SavedViewsArePinnedAndKeptToTheirOwner) {
  auto ha = as("so.pheduyet");
  const std::string q = "items=staff_managers&org=SGD-AL&depth=1&periods=2025&chart=bar";
  auto saved = ha.form("/explorer/views", {{"name", "Cán bộ quản lý của Sở"}, {"query", q}, {"pinned", "1"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  EXPECT_EQ(saved.header("location"), "/explorer?" + q + "&saved=1");
  auto list = ha.get("/explorer");
  EXPECT_TRUE(has(list.body, "Cán bộ quản lý của Sở</a> <span class=\"tag\">đã ghim</span>")) << list.body;

  auto lan = as("so.xem");
  EXPECT_FALSE(has(lan.get("/explorer").body, "Cán bộ quản lý của Sở"));
  EXPECT_EQ(ha.form("/explorer/views", {{"name", "Cán bộ quản lý của Sở"}, {"query", q}}).status, 409);
  EXPECT_EQ(ha.form("/explorer/views", {{"name", "Toàn quốc"}, {"query", "items=staff_managers&org=BGDDT&periods=2025"}}).status,
            403)
      << "a view of what she may not see is not saved";

  const std::string id = [&] {
    const auto body = ha.get("/explorer").body;
    const auto at = body.find("/explorer/views/");
    return body.substr(at + 16, body.find('/', at + 16) - at - 16);
  }();
  EXPECT_EQ(lan.form("/explorer/views/" + id + "/delete", {}).status, 404) << "another's view";
  EXPECT_EQ(ha.form("/explorer/views/" + id + "/unpin", {}).status, 303);
  EXPECT_FALSE(has(ha.get("/explorer").body, "đã ghim"));
  EXPECT_EQ(ha.form("/explorer/views/" + id + "/frobnicate", {}).status, 404);
  EXPECT_EQ(ha.form("/explorer/views/" + id + "/delete", {}).status, 303);
  EXPECT_FALSE(has(ha.get("/explorer").body, "Cán bộ quản lý của Sở"));
}

// The table's rows are written without the template: every name is escaped
// as the template would escape it.
TEST_F(ExplorerPages, AUnitsNameIsEscapedInTheTable) {
  auto admin = as("admin");
  ASSERT_EQ(admin
                .json("POST", "/api/v1/orgunits",
                      {{"code", "ESC-1"}, {"name", "Trường <b>\"Hoa & Nắng\"</b>"}, {"type", "other"},
                       {"parent", "SGD-AL"}})
                .status,
            201);
  const auto r = admin.get("/explorer?item=staff_total&org=SGD-AL&depth=1&period=2025");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "Trường &lt;b&gt;&quot;Hoa &amp; Nắng&quot;&lt;/b&gt;")) << r.body;
  EXPECT_FALSE(has(r.body, "<b>\"Hoa")) << "never as markup";
}

TEST_F(ExplorerPages, KeepsToTheUsersScope) {
  auto school = as("thcs.tanmy");
  EXPECT_EQ(school.get("/explorer?item=staff_total&org=SGD-AL&period=2025").status, 403);
  EXPECT_EQ(school.get("/explorer/export.xlsx?item=staff_total&org=SGD-AL&period=2025").status, 403);
  EXPECT_EQ(school.get("/explorer/export.csv?item=staff_total&org=THPT-ANLAC&period=2025").status, 403);
  EXPECT_EQ(school.get("/explorer?item=staff_total&period=2025").status, 200) << "her own school by default";
  HttpClient anon(port());
  EXPECT_EQ(anon.get("/explorer").status, 303);
}

}  // namespace
}  // namespace bd::test
