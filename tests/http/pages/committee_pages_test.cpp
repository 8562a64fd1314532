// The committee pages: the hub, the members with their phones, adding a
// member with a Vietnamese error naming the field.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(CommitteePages, HubMembersAndForm) {
  LiveServer live = start_server(true);
  HttpClient school(live.port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  auto hub = school.get("/committee");
  ASSERT_EQ(hub.status, 200) << hub.body;
  EXPECT_NE(hub.body.find("Ban vì sự tiến bộ của phụ nữ"), std::string::npos);
  EXPECT_EQ(hub.body.find("/incidents?org"), std::string::npos);  // no incident link without the role
  HttpClient dept(live.port());
  ASSERT_TRUE(dept.login("so.capnhat", kAdminPassword));
  auto page = dept.get("/committee/SGD-AL");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Trần Văn An"), std::string::npos);
  EXPECT_NE(page.body.find("0900.000.001"), std::string::npos);
  EXPECT_NE(page.body.find("01/09/2025"), std::string::npos);
  EXPECT_NE(page.body.find("28/08/2025"), std::string::npos);  // the decision's date
  EXPECT_EQ(school.get("/committee/THCS-TANMY").status, 200);
  auto bad = school.form("/committee/THCS-TANMY/members", {{"full_name", "Ngô Thị Lan"}, {"sex", "female"},
                                                           {"role", "member"}, {"term_start", "31/02/2026"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Ngày bắt đầu nhiệm kỳ không hợp lệ"), std::string::npos);
  auto ok = school.form("/committee/THCS-TANMY/members", {{"full_name", "Ngô Thị Lan"}, {"sex", "female"},
                                                          {"role", "member"}, {"term_start", "05/01/2026"}});
  EXPECT_EQ(ok.status, 303) << ok.body;
  HttpClient officer(live.port());
  ASSERT_TRUE(officer.login("thcs.tanmy.tv", kAdminPassword));
  EXPECT_NE(officer.get("/committee").body.find("/incidents?org=THCS-TANMY"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
