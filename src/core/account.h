// Users, sessions and API tokens as data, and the rules for their fields.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/roles.h"

namespace bd {

struct User {
  int64_t id = 0;
  std::string username;   // lower-case login name
  std::string full_name;  // shown in the UI and audit
  int64_t org_id = 0;     // the unit whose subtree the user works in
  RoleSet roles;
  std::string password_hash;  // Argon2id string (libsodium crypto_pwhash_str)
  bool disabled = false;
  int64_t created_at = 0;
  int64_t password_changed_at = 0;
};

struct Session {
  std::string token_hash;  // hash of the cookie value; the value itself is never stored
  int64_t user_id = 0;
  std::string csrf_token;
  int64_t created_at = 0;
  int64_t expires_at = 0;
};

struct ApiToken {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name;
  std::string token_hash;
  int64_t created_at = 0;
  int64_t last_used_at = 0;
  bool revoked = false;
};

inline constexpr size_t kMinPasswordLength = 8;
inline constexpr size_t kMaxPasswordLength = 128;
inline constexpr size_t kMaxUsernameLength = 64;

// Usernames: 3–64 of [a-z0-9._-], starting with a letter or digit. Input is
// lower-cased by normalize_username before validation.
std::string normalize_username(std::string_view s);
Status validate_username(std::string_view username);
// Passwords: 8–128 characters (code points), not all the same character.
Status validate_password(std::string_view password, std::string_view field = "password");

}  // namespace bd
