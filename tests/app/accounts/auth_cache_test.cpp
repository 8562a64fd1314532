#include "app/accounts/auth_cache.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

CachedAuth hanh(int64_t expires_at = 0) {
  CachedAuth c;
  c.actor.username = "hanh";
  c.csrf_token = "csrf";
  c.expires_at = expires_at;
  return c;
}

TEST(AuthCache, AnEntryIsBelievedForItsGenerationAndItsTimeToLive) {
  AuthCache cache(2);
  cache.put("s:1", hanh(), 7, 1000);
  ASSERT_TRUE(cache.find("s:1", 7, 1000));
  EXPECT_EQ(cache.find("s:1", 7, 1001)->actor.username, "hanh");
  EXPECT_FALSE(cache.find("s:1", 7, 1002)) << "two seconds old";
  EXPECT_FALSE(cache.find("s:1", 8, 1000)) << "an account change committed since";
  EXPECT_FALSE(cache.find("s:1", 7, 999)) << "the clock went back";
  EXPECT_FALSE(cache.find("s:2", 7, 1000));
}

TEST(AuthCache, ASessionEndsAtItsEndEvenIfCached) {
  AuthCache cache(60);
  cache.put("s:1", hanh(1010), 0, 1000);
  EXPECT_TRUE(cache.find("s:1", 0, 1009));
  EXPECT_FALSE(cache.find("s:1", 0, 1010));
}

TEST(AuthCache, ZeroSecondsTurnsItOff) {
  AuthCache cache(0);
  cache.put("s:1", hanh(), 0, 1000);
  EXPECT_FALSE(cache.find("s:1", 0, 1000));
  EXPECT_EQ(cache.size(), 0u);
}

TEST(AuthCache, ItNeverHoldsMoreThanItsCapacity) {
  AuthCache cache(2, 3);
  for (int i = 0; i < 3; ++i) cache.put("s:" + std::to_string(i), hanh(), 0, 1000);
  EXPECT_EQ(cache.size(), 3u);
  cache.put("s:9", hanh(), 0, 1005);  // the others are stale by now: dropped
  EXPECT_EQ(cache.size(), 1u);
  EXPECT_TRUE(cache.find("s:9", 0, 1005));
  for (int i = 0; i < 2; ++i) cache.put("t:" + std::to_string(i), hanh(), 0, 1005);
  cache.put("t:9", hanh(), 0, 1005);  // all fresh and full: start again
  EXPECT_LE(cache.size(), 3u);
  EXPECT_TRUE(cache.find("t:9", 0, 1005));
}

}  // namespace
}  // namespace bd::app
