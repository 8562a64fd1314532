// The hotlines API: public reading, local entries, the display value.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(HotlinesApi, PublicListLocalEntriesAndDisplay) {
  LiveServer live = start_server(true);
  HttpClient stranger(live.port()), school(live.port());
  auto list = stranger.get("/api/v1/hotlines?org=THPT-ANLAC");
  ASSERT_EQ(list.status, 200) << list.body;
  EXPECT_EQ(list.json()["services"][0]["name"], "Tổng đài quốc gia bảo vệ trẻ em 111");
  EXPECT_EQ(stranger.get("/api/v1/hotlines").status, 400);
  EXPECT_EQ(stranger.json("POST", "/api/v1/hotlines", {{"org", "THPT-ANLAC"}}).status, 401);
  ASSERT_TRUE(school.login("thpt.anlac", kAdminPassword));
  auto made = school.json("POST", "/api/v1/hotlines",
                          {{"org", "THPT-ANLAC"}, {"kind", "hotline"}, {"name", "Tổ tư vấn tâm lý"},
                           {"phone", "0900.000.0555"}, {"hours", "Giờ hành chính"}});
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json()["owner"], "THPT-ANLAC");
  // The body of PUT has no org (its own schema, ServiceUpdate).
  const std::string url = "/api/v1/hotlines/" + std::to_string(made.json()["id"].get<int64_t>());
  EXPECT_EQ(school.json("PUT", url, {{"org", "THPT-ANLAC"}, {"name", "Tổ tư vấn"}}).status, 400);
  auto renamed = school.json("PUT", url, {{"kind", "hotline"}, {"name", "Tổ tư vấn"}, {"phone", "0900.000.0555"}});
  EXPECT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(school.json("POST", "/api/v1/hotlines", {{"org", ""}, {"name", "Tổng đài"}, {"phone", "1800"}}).status, 403);
  auto shown = school.json("POST", "/api/v1/hotlines/display", {{"org", "THPT-ANLAC"}, {"year", 2026}, {"displayed", false}});
  EXPECT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(school.json("POST", "/api/v1/hotlines/display", {{"org", "THPT-ANLAC"}, {"year", 2026}}).status, 422);
}

}  // namespace
}  // namespace bd::test
