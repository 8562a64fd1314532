#include <gtest/gtest.h>

#include <set>

#include "app/secrets.h"

namespace bd::app {
namespace {

TEST(Secrets, Argon2idHashesVerifyAndDiffer) {
  ASSERT_TRUE(init_secrets());
  auto a = hash_password("mật khẩu dài 1");
  auto b = hash_password("mật khẩu dài 1");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(a->starts_with("$argon2id$"));
  EXPECT_NE(*a, *b) << "salted";
  EXPECT_TRUE(verify_password(*a, "mật khẩu dài 1"));
  EXPECT_FALSE(verify_password(*a, "mật khẩu dài 2"));
  EXPECT_FALSE(verify_password("", "x"));
}

TEST(Secrets, TokensAreRandomUrlSafeAndHashedToHex) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string t = random_token(32);
    EXPECT_EQ(t.size(), 43u);
    EXPECT_EQ(t.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos);
    seen.insert(t);
  }
  EXPECT_EQ(seen.size(), 100u);
  EXPECT_EQ(token_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Secrets, ConstantTimeEquality) {
  EXPECT_TRUE(equal_ct("abc", "abc"));
  EXPECT_FALSE(equal_ct("abc", "abd"));
  EXPECT_FALSE(equal_ct("abc", "abcd"));
  EXPECT_FALSE(equal_ct("", "a"));
}

TEST(Secrets, GeneratedPasswordsAreReadable) {
  const std::string p = random_password();
  ASSERT_EQ(p.size(), 14u);
  EXPECT_EQ(p[4], '-');
  EXPECT_EQ(p[9], '-');
  EXPECT_EQ(p.find_first_of("0O1lI"), std::string::npos);
  EXPECT_NE(random_password(), p);
}

}  // namespace
}  // namespace bd::app
