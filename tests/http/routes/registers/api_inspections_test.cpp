// The inspections API: the department writes, the school answers.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(InspectionsApi, TheDepartmentWritesAndTheSchoolAnswers) {
  LiveServer live = start_server(true);
  HttpClient dept(live.port()), school(live.port());
  ASSERT_TRUE(dept.login("so.pheduyet", kAdminPassword));
  ASSERT_TRUE(school.login("thpt.anlac", kAdminPassword));
  auto made = dept.json("POST", "/api/v1/inspections",
                        {{"org", "THPT-ANLAC"}, {"status", "done"}, {"date", "20/11/2026"},
                         {"scope", "Công tác bình đẳng giới"}, {"findings", "Chưa có góc truyền thông"},
                         {"followups", {{{"text", "Xây dựng góc truyền thông"}, {"due", "2026-12-31"}}}}});
  ASSERT_EQ(made.status, 201) << made.body;
  const auto j = made.json();
  EXPECT_EQ(j["by_org"], "SGD-AL");
  EXPECT_EQ(j["date"], "2026-11-20");
  EXPECT_EQ(j["actions"]["edit"], true);
  const std::string url = "/api/v1/inspections/" + std::to_string(j["id"].get<int64_t>());
  const std::string item = url + "/followups/" + std::to_string(j["followups"][0]["id"].get<int64_t>()) + "/response";
  EXPECT_EQ(school.json("PUT", url, {{"date", "2026-11-20"}, {"scope", "Sửa"}}).status, 403);
  // Another unit in an update is refused, not ignored (API fuzzer finding).
  for (const char* field : {"org", "by_org"}) {
    auto moved = dept.json("PUT", url, {{field, "KHONG-CO"}, {"date", "2026-11-20"}, {"scope", "Sửa"}});
    EXPECT_EQ(moved.status, 422) << field << ": " << moved.body;
    EXPECT_EQ(moved.json()["error"]["field"], field);
  }
  EXPECT_EQ(dept.json("PUT", url, {{"org", "THPT-ANLAC"}, {"by_org", "SGD-AL"}, {"date", "2026-11-20"},
                                   {"scope", "Công tác bình đẳng giới"}, {"status", "done"},
                                   {"followups", {{{"id", j["followups"][0]["id"]}, {"text", "Xây dựng góc truyền thông"}}}}})
                .status,
            200)
      << "the stored units may be named";
  auto answer = school.json("POST", item, {{"response", "Đã xây dựng xong"}, {"status", "done"}});
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json()["followups"][0]["status"], "done");
  EXPECT_EQ(school.json("POST", item, {{"response", ""}}).status, 422);
  EXPECT_EQ(school.json("POST", url + "/followups/999999/response", {{"response", "x"}}).status, 404);
  EXPECT_EQ(school.get("/api/v1/inspections?org=THPT-ANLAC").json()["inspections_of"].size(), 2u);
}

}  // namespace
}  // namespace bd::test
