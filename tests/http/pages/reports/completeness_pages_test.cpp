// The completeness page of a parent unit: counts, a row per child with a
// drill-down, and the reminder text.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class CompletenessPages : public LiveServerTest<CompletenessPages> {};

TEST_F(CompletenessPages, ChildrenCountsAndReminder) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.pheduyet", kAdminPassword));
  auto page = c.get("/reports/completeness?org=SGD-AL&period=2025S2");
  ASSERT_EQ(page.status, 200);
  const auto& b = page.body;
  EXPECT_NE(b.find("Tình hình nộp báo cáo"), std::string::npos);
  EXPECT_NE(b.find("6 tháng cuối năm 2025"), std::string::npos);
  EXPECT_NE(b.find("Toàn hệ thống"), std::string::npos);
  EXPECT_NE(b.find("href=\"/reports/TH-HOAVAN/2025S2\""), std::string::npos);
  EXPECT_NE(b.find("Bị trả lại"), std::string::npos);
  EXPECT_NE(b.find("Nộp muộn 10 ngày"), std::string::npos) << "THPT Ngọc Khê submitted on 20/11";
  EXPECT_NE(b.find("Không phải nộp kỳ này"), std::string::npos) << "communes have no half-year form";
  EXPECT_NE(b.find("Danh sách cần nhắc"), std::string::npos);
  EXPECT_NE(b.find("- Trường Mầm non Sơn Ca (hạn 10/11/2025"), std::string::npos);
  EXPECT_NE(b.find("readonly"), std::string::npos);
  EXPECT_EQ(c.get("/reports/completeness?org=SGD-AL&period=nope").status, 400);
  HttpClient school(port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  EXPECT_EQ(school.get("/reports/completeness?org=SGD-AL&period=2025S2").status, 403);
  EXPECT_EQ(school.get("/reports/completeness?period=2025S2").status, 200) << "defaults to one's own unit";
}

}  // namespace
}  // namespace bd::test
