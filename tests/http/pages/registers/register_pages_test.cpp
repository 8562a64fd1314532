// The commendation pages.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(RegisterPages, CommendationsCounted) {
  LiveServer live = start_server(true);
  HttpClient dept(live.port()), school(live.port());
  ASSERT_TRUE(dept.login("so.capnhat", kAdminPassword));
  auto list = dept.get("/commendations?org=SGD-AL");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_NE(list.body.find("Giỏi việc trường - Đảm việc nhà"), std::string::npos);
  EXPECT_NE(list.body.find("15/08/2025"), std::string::npos);
  auto bad = dept.form("/commendations", {{"org", "SGD-AL"}, {"full_name", "Ngô Thị Lan"}, {"sex", "female"},
                                          {"level", "department"}, {"title", ""}, {"decision_no", "1"},
                                          {"decision_date", "01/01/2026"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Hình thức khen thưởng không được để trống."), std::string::npos);
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  EXPECT_EQ(school.get("/commendations?org=SGD-AL").status, 403);
}

}  // namespace
}  // namespace bd::test
