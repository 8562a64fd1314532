#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <thread>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(ParseListen, AcceptsHostPortAndRefusesTheRest) {
  auto ok = http::parse_listen("127.0.0.1:8080");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->first, "127.0.0.1");
  EXPECT_EQ(ok->second, 8080);
  EXPECT_FALSE(http::parse_listen("8080").ok());
  EXPECT_FALSE(http::parse_listen("localhost:http").ok());
  EXPECT_FALSE(http::parse_listen("localhost:70000").ok());
  EXPECT_FALSE(http::parse_listen(":80").ok());
}

TEST(Server, AnswersManyClientsAtOnce) {
  LiveServer live = start_server(false);
  std::vector<std::thread> threads;
  std::atomic<int> ok{0};
  for (int t = 0; t < 16; ++t)
    threads.emplace_back([&] {
      HttpClient c(live.port());
      for (int i = 0; i < 10; ++i) ok += c.get("/healthz").status == 200;
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok.load(), 160);
}

TEST(Server, RefusesAPortInUse) {
  LiveServer live = start_server(false);
  const char* web = std::getenv("BINHDANG_WEB_DIR");
  auto again = http::Server::create(*live.t.app, web ? web : "build/web", "127.0.0.1:" + std::to_string(live.port()));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().field, "listen");
}

TEST(Server, RefusesAMissingWebDirectory) {
  auto t = make_app();
  auto s = http::Server::create(*t.app, "/nonexistent/web", "127.0.0.1:0");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("/nonexistent/web"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
