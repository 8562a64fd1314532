// The exchange page: linked from data entry, an upload with and without
// htmx showing the summary and its conflicts, the export form's redirect.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

const std::string kExchangeBoundary = "----bd-exchange-boundary";

std::string multipart(const std::map<std::string, std::string>& fields, const std::string& name,
                      const std::string& file) {
  std::string b;
  for (const auto& [k, v] : fields)
    b += "--" + kExchangeBoundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
  b += "--" + kExchangeBoundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n" +
       "Content-Type: application/octet-stream\r\n\r\n" + file + "\r\n--" + kExchangeBoundary + "--\r\n";
  return b;
}

class ExchangePages : public LiveServerTest<ExchangePages> {
 protected:
  HttpResult upload(HttpClient& c, std::map<std::string, std::string> fields, const std::string& name,
                    const std::string& file, bool htmx = false) {
    std::map<std::string, std::string> headers;
    if (htmx) headers = {{"HX-Request", "true"}, {"X-CSRF-Token", c.csrf()}};
    else fields["_csrf"] = c.csrf();
    return c.request("POST", "/data/exchange", multipart(fields, name, file),
                     "multipart/form-data; boundary=" + kExchangeBoundary, headers);
  }
};

TEST_F(ExchangePages, ThePageIsLinkedFromDataEntryAndOffersBothDirections) {
  auto c = as("thcs.tanmy");
  EXPECT_NE(c.get("/data?org=THCS-TANMY&period=2026S1").body.find("href=\"/data/exchange\""), std::string::npos);
  auto page = c.get("/data/exchange");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("enctype=\"multipart/form-data\""), std::string::npos);
  EXPECT_NE(page.body.find("action=\"/data/exchange/export\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"CREATE_AND_UPDATE\""), std::string::npos);
}

TEST_F(ExchangePages, AnUploadShowsTheSummaryAndEachConflict) {
  auto c = as("thcs.tanmy");
  const std::string csv = "staff_total,2026S1,THCS-TANMY,female,,30\nstaff_total,2026S1,THCS-TANMY,male,,2.5\n";
  auto dry = upload(c, {{"dryRun", "true"}, {"atomicMode", "NONE"}}, "so-lieu.csv", csv, true);
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_NE(dry.body.find("Chạy thử: sẽ thêm 1 giá trị"), std::string::npos) << dry.body;
  EXPECT_NE(dry.body.find("E7609"), std::string::npos);
  EXPECT_NE(dry.body.find("data-status=\"WARNING\""), std::string::npos);
  auto all = upload(c, {}, "so-lieu.csv", csv);
  EXPECT_EQ(all.status, 200);
  EXPECT_NE(all.body.find("Chưa lưu giá trị nào"), std::string::npos) << all.body;
  auto unknown = upload(c, {}, "so-lieu.txt", csv);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_NE(unknown.body.find("Không nhận ra định dạng"), std::string::npos);
}

TEST_F(ExchangePages, TheExportFormGoesToTheFileOfTheFormatChosen) {
  auto c = as("thcs.tanmy");
  auto r = c.get("/data/exchange/export?dataSet=NHANSU&orgUnit=THCS-TANMY&period=2025S1&format=adx&children=true");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"),
            "/api/v1/dataValueSets.adx?dataSet=NHANSU&orgUnit=THCS-TANMY&period=2025S1&children=true");
}

}  // namespace
}  // namespace bd::test
