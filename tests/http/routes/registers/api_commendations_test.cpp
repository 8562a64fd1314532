// The commendations API: create, read, replace, delete; errors name the field.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(CommendationsApi, CreateReadReplaceDelete) {
  LiveServer live = start_server(true);
  HttpClient school(live.port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  nlohmann::json body = {{"org", "THCS-TANMY"}, {"full_name", "Mai Thị Lụa"}, {"sex", "female"}, {"level", "school"},
                         {"title", "Giấy khen"}, {"decision_no", "15/QĐ-THCSTM"}, {"decision_date", "20/05/2026"},
                         {"movement", "Giỏi việc trường - Đảm việc nhà"}};
  auto made = school.json("POST", "/api/v1/commendations", body);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string url = "/api/v1/commendations/" + std::to_string(made.json()["id"].get<int64_t>());
  EXPECT_EQ(school.get(url).json()["decision_date"], "2026-05-20");
  body.erase("org");
  body["title"] = "Bằng khen";
  EXPECT_EQ(school.json("PUT", url, body).json()["title"], "Bằng khen");
  body["level"] = "province";
  auto bad = school.json("PUT", url, body);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json()["error"]["field"], "level");
  EXPECT_EQ(school.json("DELETE", url, nullptr).status, 204);
  EXPECT_EQ(school.get(url).status, 404);
}

}  // namespace
}  // namespace bd::test
