#include "app/accounts/auth.h"

#include "app/audit.h"
#include "app/secrets.h"

namespace bd::app {
namespace {

const char* kBadLogin = "Tên đăng nhập hoặc mật khẩu không đúng.";
const char* kExpired = "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.";

std::string account_key(const std::string& username) { return "user:" + username; }
std::string address_key(const std::string& address) { return "addr:" + address; }

}  // namespace

Result<Actor> Auth::actor_for(storage::Tx& tx, int64_t user_id) {
  auto u = tx.user_by_id(user_id);
  if (!u || u->disabled) return Error::Unauthenticated(kExpired);
  auto org = tx.org_by_id(u->org_id);
  if (!org) return Error::Unauthenticated(kExpired);
  Actor a;
  a.user_id = u->id;
  a.username = u->username;
  a.full_name = u->full_name;
  a.org_id = org->id;
  a.org_code = org->code;
  a.org_path = org->path;
  a.roles = u->roles;
  return a;
}

Result<LoginResult> Auth::login(const std::string& username_in, const std::string& password,
                                const std::string& address) {
  const std::string username = normalize_username(username_in);
  if (username.empty() || password.empty() || username.size() > kMaxUsernameLength ||
      password.size() > kMaxPasswordLength * 4)
    return Error::Unauthenticated(kBadLogin);
  const int64_t now = clock_.now();
  const int64_t since = now - config_.throttle_window_seconds;
  bool throttled = false;
  std::optional<User> user;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    throttled = tx.count_login_failures(account_key(username), since) >= config_.max_failures_per_account ||
                tx.count_login_failures(address_key(address), since) >= config_.max_failures_per_address;
    user = tx.user_by_username(username);
    return Status::Ok();
  });
  if (!st) return st.error();
  if (throttled) {
    const int64_t minutes = (config_.throttle_window_seconds + 59) / 60;
    return Error::TooMany("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau " + std::to_string(minutes) + " phút.");
  }
  bool ok = false;
  if (user && !user->disabled) {
    ok = verify_password(user->password_hash, password);
  } else {
    verify_dummy(password);
  }
  LoginResult out;
  st = store_.write([&](storage::Tx& tx) -> Status {
    if (!ok) {
      tx.add_login_failure(account_key(username), now);
      tx.add_login_failure(address_key(address), now);
      return Status::Ok();
    }
    tx.clear_login_failures(account_key(username));
    tx.delete_expired_sessions(now);
    out.session_token = random_token(32);
    out.csrf_token = random_token(24);
    out.expires_at = now + config_.session_ttl_seconds;
    tx.insert_session({token_hash(out.session_token), user->id, out.csrf_token, now, out.expires_at});
    out.user.user = *user;
    if (auto org = tx.org_by_id(user->org_id)) out.user.org_code = org->code, out.user.org_name = org->name;
    Actor a;
    a.user_id = user->id;
    a.username = user->username;
    tx.add_audit(audit_entry(a, now, "login", "session", user->username, nullptr, {{"address", address}}));
    return Status::Ok();
  });
  if (!st) return st.error();
  if (!ok) return Error::Unauthenticated(kBadLogin);
  return out;
}

Status Auth::logout(const std::string& session_token) {
  if (session_token.empty()) return Status::Ok();
  return store_.write([&](storage::Tx& tx) -> Status {
    auto s = tx.session_by_hash(token_hash(session_token));
    if (!s) return Status::Ok();
    tx.delete_session(s->token_hash);
    auto u = tx.user_by_id(s->user_id);
    Actor a;
    a.user_id = s->user_id;
    a.username = u ? u->username : "?";
    tx.add_audit(audit_entry(a, clock_.now(), "logout", "session", a.username, nullptr, nullptr));
    return Status::Ok();
  });
}

Result<Authenticated> Auth::from_session(const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 200) return Error::Unauthenticated("Vui lòng đăng nhập.");
  const std::string key = "s:" + token_hash(session_token);
  const uint64_t generation = store_.accounts_generation();
  const int64_t now = clock_.now();
  Authenticated out;
  out.session_token = session_token;
  if (auto hit = cache_.find(key, generation, now)) {
    out.actor = hit->actor;
    out.csrf_token = hit->csrf_token;
    return out;
  }
  int64_t expires_at = 0;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto s = tx.session_by_hash(key.substr(2));
    if (!s || s->expires_at <= now) return Error::Unauthenticated(kExpired);
    auto a = actor_for(tx, s->user_id);
    if (!a) return a.error();
    out.actor = *a;
    out.csrf_token = s->csrf_token;
    expires_at = s->expires_at;
    return Status::Ok();
  });
  if (!st) return st.error();
  cache_.put(key, CachedAuth{out.actor, out.csrf_token, expires_at, 0}, generation, now);
  return out;
}

Result<Authenticated> Auth::from_api_token(const std::string& bearer) {
  if (bearer.empty() || bearer.size() > 200) return Error::Unauthenticated("Mã truy cập không hợp lệ.");
  const std::string key = "t:" + token_hash(bearer);
  const uint64_t generation = store_.accounts_generation();
  const int64_t now = clock_.now();
  Authenticated out;
  // Use is recorded at most once a minute (reads stay reads): past that, the
  // database is read and the use written, which ends the cached entry.
  if (auto hit = cache_.find(key, generation, now); hit && now - hit->last_used_at <= 60) {
    out.actor = hit->actor;
    return out;
  }
  std::optional<ApiToken> token;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    token = tx.token_by_hash(key.substr(2));
    if (!token || token->revoked) return Error::Unauthenticated("Mã truy cập không hợp lệ.");
    auto a = actor_for(tx, token->user_id);
    if (!a) return Error::Unauthenticated("Mã truy cập không hợp lệ.");
    out.actor = *a;
    return Status::Ok();
  });
  if (!st) return st.error();
  if (now - token->last_used_at > 60) {
    token->last_used_at = now;
    (void)store_.write([&](storage::Tx& tx) -> Status {
      tx.update_token(*token);
      return Status::Ok();
    });
    return out;  // the write ended this generation: nothing to remember under it
  }
  cache_.put(key, CachedAuth{out.actor, "", 0, token->last_used_at}, generation, now);
  return out;
}

}  // namespace bd::app
