// The Excel round trip over HTTP: download the workbook, fill it, upload it;
// the roster counted into figures.
#include <gtest/gtest.h>

#include "app/data/spreadsheets.h"
#include "support/http_client.h"
#include "support/xlsx_edit.h"

namespace bd::test {
namespace {

class SpreadsheetApi : public LiveServerTest<SpreadsheetApi> {
 protected:
  HttpResult upload(HttpClient& c, const std::string& path, const std::string& bytes) {
    return c.request("POST", path, bytes, app::kXlsxContentType, {{"X-CSRF-Token", c.csrf()}});
  }
};

TEST_F(SpreadsheetApi, DownloadFillUploadAndReadBack) {
  auto c = as("thcs.tanmy");
  auto t = c.get("/api/v1/spreadsheets/template?org=THCS-TANMY&period=2027S1");
  ASSERT_EQ(t.status, 200) << t.body;
  EXPECT_EQ(t.header("content-type"), app::kXlsxContentType);
  EXPECT_EQ(t.header("content-disposition"), "attachment; filename=\"bieu-mau-THCS-TANMY-2027S1.xlsx\"");
  auto filled = fill_cells(t.body, "Nhân sự theo giới tính", {{"C5", "21"}, {"D5", "9"}});
  auto r = upload(c, "/api/v1/spreadsheets/import", filled);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["saved"], 2);
  auto values = c.get("/api/v1/datavalues?org=THCS-TANMY&period=2027S1").json()["values"];
  ASSERT_EQ(values.size(), 2u);
  auto bad = upload(c, "/api/v1/spreadsheets/import", fill_cells(t.body, "Nhân sự theo giới tính", {{"D6", "-1"}}));
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto details = bad.json()["error"]["details"];
  ASSERT_EQ(details.size(), 1u);
  EXPECT_EQ(details[0]["field"], "Sheet \"Nhân sự theo giới tính\", ô D6");
  EXPECT_NE(details[0]["message"].get<std::string>().find("không được âm"), std::string::npos);
  EXPECT_EQ(upload(c, "/api/v1/spreadsheets/import", "not a workbook").status, 400);
  auto outsider = as("thpt.anlac");
  EXPECT_EQ(upload(outsider, "/api/v1/spreadsheets/import", filled).status, 403);
}

TEST_F(SpreadsheetApi, WorkbooksOverOneMegabyteAreReadAndOverTenRefused) {
  auto c = as("thcs.tanmy");
  // 3 MB: past the 1 MB limit of forms and JSON, so it reaches the reader
  // (a large roster must), which then says it is not a workbook.
  const std::string big(3u << 20, 'x');
  EXPECT_EQ(upload(c, "/api/v1/rosters/import?org=THCS-TANMY&period=2027S2", big).status, 400);
  EXPECT_EQ(upload(c, "/api/v1/spreadsheets/import", big).status, 400);
  auto huge = upload(c, "/api/v1/spreadsheets/import", std::string(12u << 20, 'x'));
  EXPECT_EQ(huge.status, 413);
  EXPECT_NE(huge.body.find("tối đa 10 MB"), std::string::npos) << huge.body;
}

TEST_F(SpreadsheetApi, ARosterBecomesCountsBySex) {
  auto c = as("thcs.tanmy");
  auto t = c.get("/api/v1/rosters/template");
  ASSERT_EQ(t.status, 200);
  EXPECT_EQ(t.header("content-disposition"), "attachment; filename=\"danh-sach-can-bo.xlsx\"");
  auto roster = fill_cells(t.body, "Danh sách",
                           {{"B5", "Nguyễn Thị Lan"}, {"C5", "Nữ"}, {"F5", "Có"}, {"B6", "Trần Văn Minh"}, {"C6", "Nam"}});
  auto r = upload(c, "/api/v1/rosters/import?org=THCS-TANMY&period=2027S2", roster);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["people"], 2);
  EXPECT_EQ(r.json()["counts"][0]["element"], "staff_total");
  EXPECT_EQ(r.json()["counts"][1]["female"], 1);
  EXPECT_EQ(r.body.find("Nguyễn"), std::string::npos);
  auto bad = upload(c, "/api/v1/rosters/import?org=THCS-TANMY&period=2027S2",
                    fill_cells(roster, "Danh sách", {{"C6", "X"}}));
  ASSERT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["error"]["message"], "Dòng 6: giới tính phải là Nữ hoặc Nam (đang ghi \"X\")");
}

}  // namespace
}  // namespace bd::test
