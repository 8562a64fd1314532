#include "http/client_address.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

TrustedProxies proxies(std::vector<std::string> entries) {
  auto p = TrustedProxies::parse(entries);
  EXPECT_TRUE(p.ok()) << (p.ok() ? "" : p.error().message);
  return p.ok() ? *p : TrustedProxies{};
}

TEST(TrustedProxies, WithoutProxiesTheHeaderIsNeverBelieved) {
  TrustedProxies none;
  EXPECT_EQ(none.client("203.0.113.9", "198.51.100.1"), "203.0.113.9");
}

TEST(TrustedProxies, AnUntrustedPeerCannotNameAnotherAddress) {
  auto p = proxies({"127.0.0.1"});
  EXPECT_EQ(p.client("203.0.113.9", "198.51.100.1"), "203.0.113.9");
}

TEST(TrustedProxies, TheProxyNamesTheClient) {
  auto p = proxies({"127.0.0.1", "10.0.0.0/8"});
  EXPECT_EQ(p.client("127.0.0.1", "198.51.100.1"), "198.51.100.1");
  // A client that writes its own header is named by what the proxy appended.
  EXPECT_EQ(p.client("127.0.0.1", "1.2.3.4, 198.51.100.1"), "198.51.100.1");
  // Proxies in a chain are skipped from the right.
  EXPECT_EQ(p.client("127.0.0.1", "198.51.100.1, 10.1.2.3"), "198.51.100.1");
  EXPECT_EQ(p.client("10.200.0.1", "198.51.100.7"), "198.51.100.7");
}

TEST(TrustedProxies, AMalformedHopStopsTheWalk) {
  auto p = proxies({"127.0.0.1"});
  EXPECT_EQ(p.client("127.0.0.1", ""), "127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", "not-an-ip"), "127.0.0.1");
  EXPECT_EQ(p.client("127.0.0.1", "198.51.100.1, garbage"), "127.0.0.1");
}

TEST(TrustedProxies, IPv6) {
  auto p = proxies({"::1", "fd00::/8"});
  EXPECT_TRUE(p.trusts("::1"));
  EXPECT_TRUE(p.trusts("fd12::5"));
  EXPECT_FALSE(p.trusts("2001:db8::1"));
  EXPECT_FALSE(p.trusts("127.0.0.1"));
  EXPECT_EQ(p.client("::1", "2001:db8::1"), "2001:db8::1");
}

TEST(TrustedProxies, RefusesWhatIsNotAnAddressOrNetwork) {
  for (const char* bad : {"proxy.local", "10.0.0.0/33", "10.0.0.0/", "10.0.0.0/x", "", "::1/129"}) {
    auto p = TrustedProxies::parse({bad});
    ASSERT_FALSE(p.ok()) << bad;
    EXPECT_EQ(p.error().field, "trusted_proxy");
  }
}

}  // namespace
}  // namespace bd::http
