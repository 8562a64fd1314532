#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kUserColumns =
    "SELECT u.id, u.username, u.full_name, u.org_id, u.roles, u.password_hash, u.disabled, u.created_at,"
    " u.password_changed_at FROM users u ";

User user_from_row(const soci::row& r) {
  User u;
  u.id = get_int(r, 0);
  u.username = get_str(r, 1);
  u.full_name = get_str(r, 2);
  u.org_id = get_int(r, 3);
  u.roles = RoleSet::parse(get_str(r, 4)).value_or(RoleSet{});
  u.password_hash = get_str(r, 5);
  u.disabled = get_int(r, 6) != 0;
  u.created_at = get_int(r, 7);
  u.password_changed_at = get_int(r, 8);
  return u;
}

template <class... Uses>
auto query_users(soci::session& sql, const std::string& rest, Uses&&... uses) {
  return query_all(sql, std::string(kUserColumns) + rest, user_from_row, std::forward<Uses>(uses)...);
}

constexpr const char* kTokenColumns =
    "SELECT id, user_id, name, token_hash, created_at, last_used_at, revoked FROM api_tokens ";

ApiToken token_from_row(const soci::row& r) {
  return ApiToken{get_int(r, 0), get_int(r, 1), get_str(r, 2), get_str(r, 3),
                  get_int(r, 4), get_int(r, 5), get_int(r, 6) != 0};
}

}  // namespace

std::optional<User> SociTx::user_by_username(std::string_view username) {
  std::string n(username);
  auto v = query_users(sql_, "WHERE u.username = :n", soci::use(n));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::optional<User> SociTx::user_by_id(int64_t id) {
  long long i = id;
  auto v = query_users(sql_, "WHERE u.id = :i", soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<User> SociTx::users_within(std::string_view org_path) {
  auto m = within_path(engine_, "o.path", org_path);
  return query_users(sql_, "JOIN org_units o ON o.id = u.org_id WHERE " + m.condition + " ORDER BY u.username",
                     soci::use(m.pattern));
}

void SociTx::insert_user(User& u) {
  std::string roles = u.roles.to_string();
  long long org = u.org_id, created = u.created_at, changed = u.password_changed_at, id = 0;
  int disabled = u.disabled ? 1 : 0;
  sql_ << "INSERT INTO users (username, full_name, org_id, roles, password_hash, disabled, created_at,"
          " password_changed_at) VALUES (:u, :f, :o, :r, :h, :d, :c, :p) RETURNING id",
      soci::use(u.username), soci::use(u.full_name), soci::use(org), soci::use(roles), soci::use(u.password_hash),
      soci::use(disabled), soci::use(created), soci::use(changed), soci::into(id);
  u.id = id;
}

void SociTx::update_user(const User& u) {
  changes_accounts_ = true;
  std::string roles = u.roles.to_string();
  long long org = u.org_id, changed = u.password_changed_at, id = u.id;
  int disabled = u.disabled ? 1 : 0;
  sql_ << "UPDATE users SET username = :u, full_name = :f, org_id = :o, roles = :r, password_hash = :h,"
          " disabled = :d, password_changed_at = :p WHERE id = :id",
      soci::use(u.username), soci::use(u.full_name), soci::use(org), soci::use(roles), soci::use(u.password_hash),
      soci::use(disabled), soci::use(changed), soci::use(id);
}

void SociTx::insert_session(const Session& s) {
  long long user = s.user_id, created = s.created_at, expires = s.expires_at;
  sql_ << "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at)"
          " VALUES (:h, :u, :c, :cr, :e)",
      soci::use(s.token_hash), soci::use(user), soci::use(s.csrf_token), soci::use(created), soci::use(expires);
}

std::optional<Session> SociTx::session_by_hash(std::string_view token_hash) {
  std::string h(token_hash);
  soci::rowset<soci::row> rs =
      (sql_.prepare << "SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions"
                       " WHERE token_hash = :h",
       soci::use(h));
  for (const auto& r : rs) return Session{get_str(r, 0), get_int(r, 1), get_str(r, 2), get_int(r, 3), get_int(r, 4)};
  return std::nullopt;
}

void SociTx::delete_session(std::string_view token_hash) {
  changes_accounts_ = true;
  std::string h(token_hash);
  sql_ << "DELETE FROM sessions WHERE token_hash = :h", soci::use(h);
}

void SociTx::delete_sessions_of(int64_t user_id, std::string_view except_hash) {
  changes_accounts_ = true;
  long long u = user_id;
  std::string keep(except_hash);
  sql_ << "DELETE FROM sessions WHERE user_id = :u AND token_hash <> :k", soci::use(u), soci::use(keep);
}

int SociTx::revoke_tokens_of(int64_t user_id) {
  changes_accounts_ = true;
  long long u = user_id;
  long long n = 0;
  sql_ << "SELECT COUNT(*) FROM api_tokens WHERE user_id = :u AND revoked = 0", soci::use(u), soci::into(n);
  sql_ << "UPDATE api_tokens SET revoked = 1 WHERE user_id = :u AND revoked = 0", soci::use(u);
  return static_cast<int>(n);
}

void SociTx::delete_expired_sessions(int64_t now) {
  long long n = now;
  sql_ << "DELETE FROM sessions WHERE expires_at <= :n", soci::use(n);
}

void SociTx::insert_token(ApiToken& t) {
  long long user = t.user_id, created = t.created_at, id = 0;
  sql_ << "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (:u, :n, :h, :c) RETURNING id",
      soci::use(user), soci::use(t.name), soci::use(t.token_hash), soci::use(created), soci::into(id);
  t.id = id;
}

std::optional<ApiToken> SociTx::token_by_hash(std::string_view token_hash) {
  std::string h(token_hash);
  soci::rowset<soci::row> rs = (sql_.prepare << std::string(kTokenColumns) + "WHERE token_hash = :h", soci::use(h));
  for (const auto& r : rs) return token_from_row(r);
  return std::nullopt;
}

std::vector<ApiToken> SociTx::tokens_of(int64_t user_id) {
  long long u = user_id;
  std::vector<ApiToken> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << std::string(kTokenColumns) + "WHERE user_id = :u ORDER BY id", soci::use(u));
  for (const auto& r : rs) out.push_back(token_from_row(r));
  return out;
}

void SociTx::update_token(const ApiToken& t) {
  changes_accounts_ = true;
  long long used = t.last_used_at, id = t.id;
  int revoked = t.revoked ? 1 : 0;
  sql_ << "UPDATE api_tokens SET name = :n, last_used_at = :l, revoked = :r WHERE id = :id", soci::use(t.name),
      soci::use(used), soci::use(revoked), soci::use(id);
}

void SociTx::add_login_failure(std::string_view key, int64_t at) {
  std::string k(key);
  long long a = at;
  sql_ << "INSERT INTO login_failures (throttle_key, at) VALUES (:k, :a)", soci::use(k), soci::use(a);
}

int64_t SociTx::count_login_failures(std::string_view key, int64_t since) {
  std::string k(key);
  long long s = since, n = 0;
  sql_ << "SELECT COUNT(*) FROM login_failures WHERE throttle_key = :k AND at >= :s", soci::use(k), soci::use(s),
      soci::into(n);
  return n;
}

void SociTx::clear_login_failures(std::string_view key) {
  std::string k(key);
  sql_ << "DELETE FROM login_failures WHERE throttle_key = :k", soci::use(k);
}

}  // namespace bd::storage
