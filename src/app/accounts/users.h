// Use cases for accounts: list, create, change roles, disable, reset
// passwords, change one's own password, API tokens.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/config.h"
#include "app/context.h"
#include "app/views.h"
#include "storage/store.h"

namespace bd::app {

struct NewUser {
  std::string username, full_name, org, password;
  std::vector<std::string> roles;
};

struct UserPatch {
  std::optional<std::string> full_name, org;
  std::optional<std::vector<std::string>> roles;
  std::optional<bool> disabled;
};

struct NewToken {
  ApiToken token;
  std::string secret;  // shown once; only its hash is stored
};

class Users {
 public:
  Users(storage::Store& store, const Clock& clock, const Config& config)
      : store_(store), clock_(clock), config_(config) {}

  Result<std::vector<UserInfo>> list(const Actor& a);
  Result<UserInfo> get(const Actor& a, int64_t id);
  Result<UserInfo> create(const Actor& a, const NewUser& in);
  Result<UserInfo> update(const Actor& a, int64_t id, const UserPatch& patch);
  // Sets a new password, ends every session of the user and revokes the
  // user's API tokens (a reset means the old secret may be known).
  Status reset_password(const Actor& a, int64_t id, const std::string& new_password);
  // Ends every other session of the user: all but `keep_session` (the
  // cookie value of the session the change is made from; "" for none).
  // API tokens stay: they are separate secrets the user revokes one by one.
  Status change_own_password(const Actor& a, const std::string& current, const std::string& new_password,
                             const std::string& keep_session);
  Result<NewToken> create_token(const Actor& a, const std::string& name);
  Result<std::vector<ApiToken>> tokens(const Actor& a);
  Status revoke_token(const Actor& a, int64_t token_id);

 private:
  storage::Store& store_;
  const Clock& clock_;
  const Config& config_;
};

// Parses role names; an unknown name is a validation error on "roles".
Result<RoleSet> parse_roles(const std::vector<std::string>& names);

}  // namespace bd::app
