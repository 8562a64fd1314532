// Two server nodes on one PostgreSQL: a value written through one is in the
// other's aggregates within a second (LISTEN/NOTIFY), and so is a new unit.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <thread>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(TwoNodes, TheOtherNodeCatchesUpWithinASecond) {
  if (postgres_url().empty()) GTEST_SKIP() << "needs BINHDANG_TEST_PG (make test starts PostgreSQL)";
  LiveServer a = start_server(true, "postgresql");
  auto store_b = storage::Store::open(postgres_url());
  ASSERT_TRUE(store_b.ok());
  app::App app_b(**store_b);
  ASSERT_TRUE(app_b.start().ok());
  const char* web = std::getenv("BINHDANG_WEB_DIR");
  auto server_b = http::Server::create(app_b, web ? web : "build/web", "127.0.0.1:0");
  ASSERT_TRUE(server_b.ok());
  (*server_b)->start();

  HttpClient on_a(a.port()), on_b((*server_b)->port());
  ASSERT_TRUE(on_a.login("admin", kAdminPassword));
  ASSERT_TRUE(on_b.login("admin", kAdminPassword));
  const std::string query = "/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2026S1";
  EXPECT_TRUE(on_b.get(query).json()["rows"][0]["value"].is_null());

  ASSERT_EQ(on_a.json("POST", "/api/v1/orgunits",
                      {{"code", "NODE-A"}, {"name", "Trường mới ở nút A"}, {"type", "school_primary"}, {"parent", "SGD-AL"}})
                .status,
            201);
  const auto written = std::chrono::steady_clock::now();
  ASSERT_EQ(on_a.json("POST", "/api/v1/datavalues",
                      {{"values",
                        {{{"element", "staff_managers"}, {"sex", "female"}, {"org", "NODE-A"}, {"period", "2026S1"}, {"value", 3}},
                         {{"element", "staff_managers"}, {"sex", "male"}, {"org", "NODE-A"}, {"period", "2026S1"}, {"value", 1}}}}})
                .status,
            200);
  double seen = -1;
  while (std::chrono::steady_clock::now() - written < std::chrono::seconds(1)) {
    const auto doc = on_b.get(query).json();
    if (!doc["rows"][0]["value"].is_null()) {
      seen = doc["rows"][0]["value"];
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_NEAR(seen, 75.0, 1e-9) << "node B did not see node A's write within a second";
  const auto kids = on_b.get("/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2026S1&children=true").json();
  bool found = false;
  for (const auto& row : kids["rows"]) found = found || row["org"] == "NODE-A";
  EXPECT_TRUE(found) << "node B's tree has the unit created on node A";
  (*server_b)->stop();
}

}  // namespace
}  // namespace bd::test
