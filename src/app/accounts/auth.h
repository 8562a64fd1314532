// Logging in and out, sessions, API tokens, and login throttling.
// Messages never tell whether a username exists.
#pragma once

#include <string>

#include "app/accounts/auth_cache.h"
#include "app/config.h"
#include "app/context.h"
#include "app/views.h"
#include "storage/store.h"

namespace bd::app {

struct LoginResult {
  std::string session_token;  // the cookie value (only its hash is stored)
  std::string csrf_token;
  int64_t expires_at = 0;
  UserInfo user;
};

struct Authenticated {
  Actor actor;
  std::string csrf_token;  // empty for API tokens (no cookie, no CSRF)
  std::string session_token;  // the cookie's value; empty for API tokens
};

class Auth {
 public:
  Auth(storage::Store& store, const Clock& clock, const Config& config)
      : store_(store), clock_(clock), config_(config), cache_(config.auth_cache_seconds) {}

  // `address` is the client's IP address, for throttling.
  // from_session and from_api_token answer from a short cache (AuthCache):
  // a change committed in this process is seen at once, another node's
  // within Config::auth_cache_seconds.
  Result<LoginResult> login(const std::string& username, const std::string& password, const std::string& address);
  Status logout(const std::string& session_token);
  Result<Authenticated> from_session(const std::string& session_token);
  Result<Authenticated> from_api_token(const std::string& bearer);

 private:
  Result<Actor> actor_for(storage::Tx& tx, int64_t user_id);

  storage::Store& store_;
  const Clock& clock_;
  const Config& config_;
  AuthCache cache_;
};

}  // namespace bd::app
