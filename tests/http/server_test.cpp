#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <memory>
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

// A 20 MB body reset the connection instead of answering 413 as a 1.1 MB
// body does: the client must read the answer whatever the size.
TEST(Server, AnswersAnOversizedBodyWith413NotAReset) {
  LiveServer live = start_server(false);
  HttpClient c(live.port());
  for (size_t mb : {2, 20, 40}) {
    const std::string body(mb << 20, 'x');
    auto r = c.request("POST", "/api/v1/login", body, "application/json");
    EXPECT_EQ(r.status, 413) << mb << " MB";
    EXPECT_NE(r.body.find("quá lớn"), std::string::npos) << r.body;
  }
  EXPECT_EQ(c.get("/healthz").status, 200) << "the server still answers";
}

// Behind a reverse proxy every login came from the proxy's address, so 30
// bad logins from anyone locked everyone out.
TEST(Server, TheLoginLimitCountsTheClientBehindATrustedProxy) {
  auto bad_logins = [](int port, const std::string& forwarded_for) {
    HttpClient c(port);
    // A different name each time: five failures on one name hold that name back first.
    for (int i = 0; i < 31; ++i)
      c.request("POST", "/api/v1/login",
                nlohmann::json{{"username", "nobody" + std::to_string(i)}, {"password", "wrong-password"}}.dump(),
                "application/json", {{"X-Forwarded-For", forwarded_for}});
  };
  auto admin_login = [](int port, const std::string& forwarded_for) {
    HttpClient c(port);
    return c
        .request("POST", "/api/v1/login",
                 nlohmann::json{{"username", "admin"}, {"password", kAdminPassword}}.dump(), "application/json",
                 {{"X-Forwarded-For", forwarded_for}})
        .status;
  };
  http::ServerOptions behind;
  behind.trusted_proxies = *http::TrustedProxies::parse({"127.0.0.1"});
  LiveServer proxied = start_server(false, "sqlite", behind);
  bad_logins(proxied.port(), "198.51.100.1");
  EXPECT_EQ(admin_login(proxied.port(), "198.51.100.1"), 429) << "the address that failed is held back";
  EXPECT_EQ(admin_login(proxied.port(), "198.51.100.2"), 200) << "another client behind the proxy is not";

  LiveServer direct = start_server(false);
  bad_logins(direct.port(), "198.51.100.1");
  EXPECT_EQ(admin_login(direct.port(), "198.51.100.2"), 429) << "an untrusted peer cannot choose its address";
}

// A connection to the server that sends `prefix` and then nothing: idle
// (empty prefix) or a slow client stuck in its request line.
class HeldConnection {
 public:
  HeldConnection(int port, const std::string& prefix) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    if (connected_ && !prefix.empty()) connected_ = ::send(fd_, prefix.data(), prefix.size(), 0) > 0;
  }
  ~HeldConnection() { ::close(fd_); }
  bool connected() const { return connected_; }
  // True when the server has closed the connection within `seconds`.
  bool closed_by_server_within(int seconds) {
    timeval tv{seconds, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    char buf[512];
    for (;;) {
      const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n == 0 || (n < 0 && errno == ECONNRESET)) return true;
      if (n < 0) return false;  // timed out
    }
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

// 150 idle and 150 slow connections took every thread: nobody else got an
// answer. Threads now only hold connections; requests run in a few places.
TEST(Server, HeldConnectionsDoNotStarveTheOthers) {
  LiveServer live = start_server(false);
  std::vector<std::unique_ptr<HeldConnection>> held;
  for (int i = 0; i < 150; ++i) {
    held.push_back(std::make_unique<HeldConnection>(live.port(), ""));
    held.push_back(std::make_unique<HeldConnection>(live.port(), "GET /healthz HTTP/1.1\r\nHost: x"));
  }
  for (const auto& h : held) ASSERT_TRUE(h->connected());
  const auto start = std::chrono::steady_clock::now();
  HttpClient c(live.port());
  for (int i = 0; i < 20; ++i) ASSERT_EQ(c.get("/healthz").status, 200);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

// A connection that sends nothing is closed after the request timeout, so
// that even a small server frees its threads.
TEST(Server, ASilentConnectionIsClosedAfterTheRequestTimeout) {
  http::ServerOptions small;
  small.threads = 4;
  small.request_timeout_seconds = 1;
  small.keep_alive_timeout_seconds = 1;
  LiveServer live = start_server(false, "sqlite", small);
  HeldConnection idle(live.port(), ""), slow(live.port(), "GET /heal");
  ASSERT_TRUE(idle.connected() && slow.connected());
  EXPECT_TRUE(idle.closed_by_server_within(5));
  EXPECT_TRUE(slow.closed_by_server_within(5));
  HttpClient c(live.port());
  EXPECT_EQ(c.get("/healthz").status, 200);
}

// The status line carries the reason phrase of its status, not always "OK".
TEST(Server, TheReasonPhraseMatchesTheStatus) {
  LiveServer live = start_server(false);
  HttpClient c(live.port());
  auto ok = c.get("/healthz");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.reason, "OK");
  auto missing = c.get("/api/v1/no-such-thing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.reason, "Not Found");
  auto anonymous = c.get("/api/v1/me");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.reason, "Unauthorized");
  auto wrong_method = c.request("PUT", "/api/v1/me");
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.reason, "Method Not Allowed");
  auto redirect = c.get("/lang/en");
  EXPECT_EQ(redirect.status, 303);
  EXPECT_EQ(redirect.reason, "See Other");
  auto bad = c.request("POST", "/api/v1/login", "{", "application/json");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.reason, "Bad Request");
  auto too_large = c.request("POST", "/api/v1/login", std::string(1100 * 1024, ' '), "application/json");
  EXPECT_EQ(too_large.status, 413);
  EXPECT_EQ(too_large.reason, "Request Entity Too Large");
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
