// Users, sessions, API tokens and login throttling.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_accounts.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.h"

namespace bd::storage {

class AccountRepo {
 public:
  virtual ~AccountRepo() = default;

  // Users.
  virtual std::optional<User> user_by_username(std::string_view username) = 0;
  virtual std::optional<User> user_by_id(int64_t id) = 0;
  virtual std::vector<User> users_within(std::string_view org_path) = 0;
  virtual void insert_user(User& user) = 0;  // sets user.id
  virtual void update_user(const User& user) = 0;

  // Sessions and API tokens (only hashes are stored).
  virtual void insert_session(const Session& s) = 0;
  virtual std::optional<Session> session_by_hash(std::string_view token_hash) = 0;
  virtual void delete_session(std::string_view token_hash) = 0;
  // Every session of the user but the one whose hash is `except_hash` ("":
  // none kept).
  virtual void delete_sessions_of(int64_t user_id, std::string_view except_hash) = 0;
  // Revokes every API token of the user still in force; returns how many.
  virtual int revoke_tokens_of(int64_t user_id) = 0;
  virtual void delete_expired_sessions(int64_t now) = 0;
  virtual void insert_token(ApiToken& t) = 0;  // sets t.id
  virtual std::optional<ApiToken> token_by_hash(std::string_view token_hash) = 0;
  virtual std::vector<ApiToken> tokens_of(int64_t user_id) = 0;
  virtual void update_token(const ApiToken& t) = 0;

  // Login throttling.
  virtual void add_login_failure(std::string_view key, int64_t at) = 0;
  virtual int64_t count_login_failures(std::string_view key, int64_t since) = 0;
  virtual void clear_login_failures(std::string_view key) = 0;
};

}  // namespace bd::storage
