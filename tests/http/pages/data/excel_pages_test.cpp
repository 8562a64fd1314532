// The Excel page: downloads, a multipart upload with and without htmx, the
// errors list and what was saved.
#include <gtest/gtest.h>

#include "support/http_client.h"
#include "support/xlsx_edit.h"

namespace bd::test {
namespace {

const std::string kBoundary = "----bd-test-boundary";

std::string multipart(const std::map<std::string, std::string>& fields, const std::string& file) {
  std::string b;
  for (const auto& [k, v] : fields)
    b += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
  b += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bieu.xlsx\"\r\n" +
       "Content-Type: application/octet-stream\r\n\r\n" + file + "\r\n--" + kBoundary + "--\r\n";
  return b;
}

class ExcelPages : public LiveServerTest<ExcelPages> {
 protected:
  HttpResult post(HttpClient& c, const std::map<std::string, std::string>& fields, const std::string& file,
                  bool htmx) {
    std::map<std::string, std::string> headers;
    if (htmx) headers = {{"HX-Request", "true"}, {"X-CSRF-Token", c.csrf()}};
    auto f = fields;
    if (!htmx) f["_csrf"] = c.csrf();
    return c.request("POST", "/data/excel", multipart(f, file), "multipart/form-data; boundary=" + kBoundary, headers);
  }
};

TEST_F(ExcelPages, ThePageOffersBothDownloadsAndIsLinkedFromDataEntry) {
  auto c = as("thcs.tanmy");
  auto page = c.get("/data/excel?org=THCS-TANMY&period=2026S1");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("/api/v1/spreadsheets/template?org=THCS-TANMY&amp;period=2026S1"), std::string::npos);
  EXPECT_NE(page.body.find("/api/v1/rosters/template"), std::string::npos);
  EXPECT_NE(page.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  EXPECT_NE(page.body.find("hx-indicator=\"#excel-progress\""), std::string::npos);
  EXPECT_NE(page.body.find("<progress id=\"excel-progress\""), std::string::npos);
  auto grid = c.get("/data?org=THCS-TANMY&set=NHANSU&period=2026S1");
  EXPECT_NE(grid.body.find("href=\"/data/excel?org=THCS-TANMY&amp;period=2026S1\""), std::string::npos);
}

TEST_F(ExcelPages, AnUploadShowsWhatWasSavedOrEveryError) {
  auto c = as("thcs.tanmy");
  const std::string t = c.get("/api/v1/spreadsheets/template?org=THCS-TANMY&period=2028S1").body;
  auto ok = post(c, {{"kind", "data"}}, fill_cells(t, "Nhân sự theo giới tính", {{"C5", "8"}, {"D5", "4"}}), false);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_NE(ok.body.find("Đã nhập"), std::string::npos);
  EXPECT_NE(ok.body.find("<html"), std::string::npos);
  auto bad = post(c, {{"kind", "data"}}, fill_cells(t, "Nhân sự theo giới tính", {{"C5", "x"}}), true);
  ASSERT_EQ(bad.status, 200) << bad.body;  // htmx swaps 2xx only: the fragment carries the errors
  EXPECT_EQ(bad.body.find("<html"), std::string::npos);
  EXPECT_NE(bad.body.find("Sheet &quot;Nhân sự theo giới tính&quot;, ô C5"), std::string::npos) << bad.body;
  auto roster_t = c.get("/api/v1/rosters/template").body;
  auto roster = post(c, {{"kind", "roster"}, {"org", "THCS-TANMY"}, {"period", "2028S1"}},
                     fill_cells(roster_t, "Danh sách", {{"B5", "Nguyễn Thị Lan"}, {"C5", "Nữ"}}), true);
  ASSERT_EQ(roster.status, 200);
  EXPECT_NE(roster.body.find("Đã đếm 1 người"), std::string::npos) << roster.body;
  EXPECT_EQ(roster.body.find("Nguyễn Thị Lan"), std::string::npos);
  auto none = post(c, {{"kind", "data"}}, "", false);
  EXPECT_EQ(none.status, 400);
  EXPECT_NE(none.body.find("Chưa chọn tệp"), std::string::npos);
}

TEST_F(ExcelPages, AnUploadWithoutTheCsrfTokenIsRefused) {
  auto c = as("thcs.tanmy");
  auto r = c.request("POST", "/data/excel", multipart({{"kind", "data"}}, "x"), "multipart/form-data; boundary=" + kBoundary);
  EXPECT_EQ(r.status, 403);
}

}  // namespace
}  // namespace bd::test
