// The data entry page over HTTP: the grid, saving, errors that keep input.
#include <gtest/gtest.h>

#include "http/request.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

class DataPages : public LiveServerTest<DataPages> {};

TEST_F(DataPages, TheGridShowsStoredValuesWithTheDeadline) {
  auto c = as("thcs.tanmy");
  auto page = c.get("/data?org=THCS-TANMY&set=NHANSU&period=2025S2");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("6 tháng cuối năm 2025"), std::string::npos);
  EXPECT_NE(page.body.find("hạn nộp 10/11/2025"), std::string::npos);
  EXPECT_NE(page.body.find("name=\"v.staff_total.female\" value=\""), std::string::npos);
  EXPECT_EQ(page.body.find("name=\"v.staff_total.female\" value=\"\""), std::string::npos) << "demo value shown";
  auto yearly = c.get("/data?org=THCS-TANMY&set=DIEUKIEN&period=2025");
  EXPECT_NE(yearly.body.find("<option value=\"1\" selected>Có</option>"), std::string::npos) << "yes/no as a choice";
}

TEST_F(DataPages, AnApprovedPeriodSaysItIsLockedAndOffersNoSave) {
  auto c = as("thcs.tanmy");
  auto locked = c.get("/data?org=THCS-TANMY&set=NHANSU&period=2025S1");  // the demo's approved half-year
  ASSERT_EQ(locked.status, 200);
  EXPECT_NE(locked.body.find("số liệu đã khóa"), std::string::npos);
  EXPECT_NE(locked.body.find("href=\"/reports/THCS-TANMY/2025S1\""), std::string::npos);
  EXPECT_EQ(locked.body.find("Lưu số liệu"), std::string::npos) << "no save button";
  const size_t input = locked.body.find("<input name=\"v.staff_total.female\"");
  ASSERT_NE(input, std::string::npos);
  const std::string tag = locked.body.substr(input, locked.body.find('>', input) - input);
  EXPECT_NE(tag.find("disabled"), std::string::npos) << tag;
  auto open = c.get("/data?org=THCS-TANMY&set=NHANSU&period=2026S1");
  EXPECT_EQ(open.body.find("số liệu đã khóa"), std::string::npos);
}

TEST_F(DataPages, SavingRedirectsAndAViolationKeepsWhatWasTyped) {
  auto c = as("thcs.tanmy");
  auto ok = c.form("/data", {{"org", "THCS-TANMY"}, {"set", "NHANSU"}, {"period", "2026S1"},
                             {"v.staff_total.female", "30"}, {"v.staff_total.male", "5"}});
  EXPECT_EQ(ok.status, 303);
  EXPECT_NE(ok.header("location").find("saved=1"), std::string::npos);
  auto bad = c.form("/data", {{"org", "THCS-TANMY"}, {"set", "NHANSU"}, {"period", "2026S1"},
                              {"v.staff_managers.female", "31"}, {"v.staff_teachers.male", "abc"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Có 2 lỗi"), std::string::npos);
  EXPECT_NE(bad.body.find("&quot;abc&quot; chưa đúng cách viết số"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"31\""), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"abc\""), std::string::npos);
  auto after = c.get("/api/v1/datavalues?org=THCS-TANMY&period=2026S1").json();
  EXPECT_EQ(after["values"].size(), 2u) << "the refused save wrote nothing";
}

TEST_F(DataPages, ViewersReadButCannotSave) {
  auto c = as("so.xem");
  auto page = c.get("/data?org=THCS-TANMY&set=NHANSU&period=2025S2");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Bạn chỉ được xem"), std::string::npos);
  EXPECT_NE(page.body.find("disabled"), std::string::npos);
  EXPECT_EQ(c.form("/data", {{"org", "THCS-TANMY"}, {"set", "NHANSU"}, {"period", "2026S1"}, {"v.staff_total.male", "1"}})
                .status,
            403);
}

}  // namespace
}  // namespace bd::test
