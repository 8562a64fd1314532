// Passwords (Argon2id via libsodium), random tokens and their hashes.
// Thread-safe after init_secrets() has run once (it is idempotent).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace bd::app {

struct PasswordCost {
  unsigned long long opslimit = 2;               // Argon2id passes (OWASP minimum)
  size_t memlimit = 19ull * 1024 * 1024;          // bytes (19 MiB, OWASP minimum)
};

// Initialises libsodium; false if it cannot be used.
bool init_secrets();
Result<std::string> hash_password(std::string_view password, const PasswordCost& cost = {});
bool verify_password(std::string_view hash, std::string_view password);
// Spends about the same time as a real verification (hides unknown users).
void verify_dummy(std::string_view password);
// `bytes` random bytes as URL-safe base64 without padding.
std::string random_token(size_t bytes = 32);
// Hex SHA-256 of a token: what storage keeps instead of the token.
std::string token_hash(std::string_view token);
// Constant-time equality of two strings.
bool equal_ct(std::string_view a, std::string_view b);
// A readable random password for printing once (e.g. "k7Qm-x2Pa-9dRt").
std::string random_password();

}  // namespace bd::app
