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
  // A field of the other kind of commendation is refused, not dropped
  // (API fuzzer: an individual's honoree_org that does not exist was saved).
  body["level"] = "school";
  body["honoree_org"] = "KHONG-CO";
  auto other = school.json("PUT", url, body);
  EXPECT_EQ(other.status, 400) << other.body;
  EXPECT_EQ(other.json()["error"]["field"], "honoree_org");
  body.erase("honoree_org");
  auto collective = school.json("PUT", url, {{"collective", true}, {"honoree_name", "Tổ Toán"}, {"sex", "x"},
                                             {"level", "school"}, {"title", "Giấy khen"}, {"decision_no", "16/QĐ"},
                                             {"decision_date", "2026-05-20"}});
  EXPECT_EQ(collective.status, 400) << collective.body;
  EXPECT_EQ(collective.json()["error"]["field"], "sex");
  EXPECT_EQ(school.get(url).json()["title"], "Bằng khen") << "nothing changed";
  EXPECT_EQ(school.json("DELETE", url, nullptr).status, 204);
  EXPECT_EQ(school.get(url).status, 404);
}

}  // namespace
}  // namespace bd::test
