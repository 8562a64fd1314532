// Application settings: one struct, a default and a comment on every field.
#pragma once

#include <cstdint>
#include <string>

#include "app/secrets.h"

namespace bd::app {

struct Config {
  int64_t session_ttl_seconds = 8 * 3600;     // a working day; then log in again
  int64_t throttle_window_seconds = 15 * 60;  // failed logins are counted over this window
  int max_failures_per_account = 5;           // per username in the window
  int max_failures_per_address = 30;          // per client address in the window
  int64_t auth_cache_seconds = 2;             // sessions and tokens found valid are believed this long (0: off)
  PasswordCost password_cost;                 // Argon2id cost for new hashes
  std::string evidence_dir = "data/evidence"; // activities' evidence files (serve: next to the SQLite file)
};

}  // namespace bd::app
