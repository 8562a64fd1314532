// The targets pages: a unit's targets and one target across its children.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class TargetPages : public LiveServerTest<TargetPages> {};

TEST_F(TargetPages, AUnitsTargetsShowStatusValueAndTrend) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.quanly", kAdminPassword));
  auto page = c.get("/orgunits/SGD-AL/targets?period=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Năm 2025"), std::string::npos);
  EXPECT_NE(page.body.find("Nữ chiếm từ 61% số đảng viên"), std::string::npos);
  EXPECT_NE(page.body.find("≥ 61%"), std::string::npos);
  EXPECT_NE(page.body.find("st-met"), std::string::npos);
  EXPECT_NE(page.body.find("Chưa có số liệu"), std::string::npos);
  EXPECT_NE(page.body.find("dự báo năm 2026"), std::string::npos) << "recurring targets look a year ahead";
  EXPECT_NE(page.body.find("So sánh đơn vị trực thuộc"), std::string::npos);
  EXPECT_NE(page.body.find("Nữ chiếm từ 40% cán bộ quản lý"), std::string::npos) << "a target for each school";
  HttpClient school(port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  auto own = school.get("/orgunits/THCS-TANMY/targets?period=2025");
  ASSERT_EQ(own.status, 200);
  EXPECT_NE(own.body.find("st-"), std::string::npos) << "a school has targets";
  EXPECT_EQ(own.body.find("So sánh đơn vị trực thuộc"), std::string::npos) << "a school has no units below it";
  EXPECT_EQ(c.get("/orgunits/NOPE/targets").status, 404);
  EXPECT_EQ(c.get("/orgunits/SGD-AL/targets?period=20x5").status, 400);
}

TEST_F(TargetPages, ChildrenAreComparedFurthestFirst) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("admin", kAdminPassword));
  auto page = c.get("/orgunits/SGD-AL/targets/T_STAFF_TRAINED?period=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Toàn bộ cán bộ, giáo viên, nhân viên dự tập huấn"), std::string::npos);
  EXPECT_NE(page.body.find("Trường THCS Tân Mỹ"), std::string::npos);
  auto then = c.get("/orgunits/SGD-AL/targets/T_WOMEN_MANAGERS?period=2024");
  ASSERT_EQ(then.status, 200);
  EXPECT_NE(then.body.find("Phòng Giáo dục và Đào tạo huyện Ngọc Khê"), std::string::npos) << "offices compared too";
}

}  // namespace
}  // namespace bd::test
