#include "core/account.h"

#include <string>

#include <gtest/gtest.h>

namespace bd {
namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

TEST(AccountTest, NormalizeUsernameLowerCasesAndTrims) {
  EXPECT_EQ(normalize_username("  NguyenVanA  "), "nguyenvana");
  EXPECT_EQ(normalize_username("Admin"), "admin");
  EXPECT_EQ(normalize_username("a.B_C-1"), "a.b_c-1");
  EXPECT_EQ(normalize_username("   "), "");
  EXPECT_EQ(normalize_username(""), "");
  EXPECT_EQ(normalize_username(" a b "), "a b");  // inner space kept; validation rejects it
}

TEST(AccountTest, ValidateUsernameAccepts) {
  EXPECT_TRUE(validate_username("abc").ok());
  EXPECT_TRUE(validate_username("nguyen.van_a-1").ok());
  EXPECT_TRUE(validate_username("1abc").ok());
  EXPECT_TRUE(validate_username(std::string(kMaxUsernameLength, 'a')).ok());
}

TEST(AccountTest, ValidateUsernameLength) {
  for (const std::string& u : {std::string(""), std::string("ab"), std::string(kMaxUsernameLength + 1, 'a')}) {
    Status s = validate_username(u);
    ASSERT_FALSE(s.ok()) << u;
    EXPECT_EQ(s.error().code, ErrorCode::kValidation);
    EXPECT_EQ(s.error().field, "username");
  }
}

TEST(AccountTest, ValidateUsernameCharacters) {
  for (const char* u : {"Admin", "a b", "nguyễn", "a@b.vn", "a/b", "abc\t"}) {
    Status s = validate_username(u);
    ASSERT_FALSE(s.ok()) << u;
    EXPECT_EQ(s.error().field, "username");
  }
}

TEST(AccountTest, ValidateUsernameMustStartWithLetterOrDigit) {
  EXPECT_FALSE(validate_username(".abc").ok());
  EXPECT_FALSE(validate_username("_abc").ok());
  EXPECT_FALSE(validate_username("-abc").ok());
  EXPECT_TRUE(validate_username("a.-_").ok());
}

TEST(AccountTest, NormalizedInputValidates) { EXPECT_TRUE(validate_username(normalize_username(" NgVan.A ")).ok()); }

TEST(AccountTest, PasswordMinimumLengthInCodePoints) {
  EXPECT_FALSE(validate_password("abc1234").ok());
  EXPECT_TRUE(validate_password("abc12345").ok());
  // "Mậtkhẩu" is 7 code points but 11 bytes: too short.
  Status s = validate_password("Mậtkhẩu");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "password");
  EXPECT_TRUE(validate_password("Mậtkhẩu1").ok());
}

TEST(AccountTest, PasswordMaximumLength) {
  EXPECT_TRUE(validate_password("x" + repeat("ấ", kMaxPasswordLength - 1)).ok());
  Status s = validate_password("x" + repeat("ấ", kMaxPasswordLength), "new_password");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "new_password");
}

TEST(AccountTest, PasswordAllSameCharacterRejected) {
  EXPECT_FALSE(validate_password("aaaaaaaa").ok());
  EXPECT_FALSE(validate_password("1111111111").ok());
  EXPECT_TRUE(validate_password("aaaaaaab").ok());
}

TEST(AccountTest, PasswordAllSameVietnameseLetterRejected) {
  // One repeated multi-byte letter is still "all the same character".
  EXPECT_FALSE(validate_password(repeat("đ", 8)).ok());
  EXPECT_FALSE(validate_password(repeat("ấ", 10)).ok());
  EXPECT_TRUE(validate_password(repeat("ấ", 9) + "a").ok());
  EXPECT_TRUE(validate_password(repeat("đ", 7) + "Đ").ok());
}

TEST(AccountTest, PasswordInvalidUtf8IsBadRequest) {
  Status s = validate_password("abcdefg\xC3\x28");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace bd
