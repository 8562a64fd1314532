#include "app/accounts/users.h"

#include "app/access.h"
#include "app/accounts/access.h"
#include "app/audit.h"
#include "app/secrets.h"
#include "core/text.h"

namespace bd::app {
namespace {

UserInfo user_info(storage::Tx& tx, const User& u) {
  UserInfo info{u};
  if (auto o = tx.org_by_id(u.org_id)) {
    info.org_code = o->code;
    info.org_name = o->name;
  }
  return info;
}

// Loads a user and its unit, and checks the actor may manage them.
Result<std::pair<User, OrgUnit>> managed_user(storage::Tx& tx, const Actor& a, int64_t id, const RoleSet& granting) {
  auto u = tx.user_by_id(id);
  if (!u) return Error::NotFound("Không tìm thấy tài khoản.");
  auto org = tx.org_by_id(u->org_id);
  if (!org) return Error::Internal("Tài khoản thuộc đơn vị không tồn tại.");
  if (Status s = can_manage_users_of(a, *org, granting); !s) return s.error();
  return std::make_pair(*u, *org);
}

}  // namespace

Result<RoleSet> parse_roles(const std::vector<std::string>& names) {
  RoleSet set;
  for (const auto& n : names) {
    auto r = parse_role(n);
    if (!r) return Error::Validation("Vai trò không hợp lệ: " + n + ".", "roles");
    set.add(*r);
  }
  if (set.empty()) return Error::Validation("Chọn ít nhất một vai trò.", "roles");
  return set;
}

Result<std::vector<UserInfo>> Users::list(const Actor& a) {
  std::vector<UserInfo> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto own = tx.org_by_id(a.org_id);
    if (!own && !a.system) return Error::Forbidden("Bạn không có quyền với đơn vị này.");
    if (own)
      if (Status s = can_manage_users_of(a, *own, {}); !s) return s;
    for (const auto& u : tx.users_within(a.system ? "/" : own->path)) out.push_back(user_info(tx, u));
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<UserInfo> Users::get(const Actor& a, int64_t id) {
  UserInfo info;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto m = managed_user(tx, a, id, {});
    if (!m) return m.error();
    info = user_info(tx, m->first);
    return Status::Ok();
  });
  if (!st) return st.error();
  return info;
}

Result<UserInfo> Users::create(const Actor& a, const NewUser& in) {
  User u;
  u.username = normalize_username(in.username);
  if (Status s = validate_username(u.username); !s) return s.error();
  u.full_name = text::clean(in.full_name);
  if (Status s = validate_text(u.full_name, "full_name", kMaxNameLength, true); !s) return s.error();
  auto roles = parse_roles(in.roles);
  if (!roles) return roles.error();
  u.roles = *roles;
  if (Status s = validate_password(in.password); !s) return s.error();
  auto hash = hash_password(in.password, config_.password_cost);
  if (!hash) return hash.error();
  u.password_hash = *hash;
  u.created_at = u.password_changed_at = clock_.now();
  UserInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_code(in.org);
    if (!org) return Error::Validation("Không tìm thấy đơn vị có mã " + in.org + ".", "org");
    if (Status s = can_manage_users_of(a, *org, u.roles); !s) return s;
    if (org->is_closed()) return Error::Conflict("Đơn vị đã đóng.", "org");
    if (tx.user_by_username(u.username)) return Error::Conflict("Tên đăng nhập đã được dùng.", "username");
    u.org_id = org->id;
    tx.insert_user(u);
    info = user_info(tx, u);
    tx.add_audit(audit_entry(a, clock_.now(), "create", "user", u.username, nullptr, to_json(info)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return info;
}

Result<UserInfo> Users::update(const Actor& a, int64_t id, const UserPatch& p) {
  RoleSet granting;
  if (p.roles) {
    auto r = parse_roles(*p.roles);
    if (!r) return r.error();
    granting = *r;
  }
  UserInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto m = managed_user(tx, a, id, granting);
    if (!m) return m.error();
    User u = m->first;
    const UserInfo before = user_info(tx, u);
    if (u.roles.has(Role::kAdmin) && !a.roles.has(Role::kAdmin))
      return Error::Forbidden("Chỉ quản trị hệ thống mới được sửa tài khoản quản trị.");
    if (p.full_name) {
      u.full_name = text::clean(*p.full_name);
      if (Status s = validate_text(u.full_name, "full_name", kMaxNameLength, true); !s) return s;
    }
    if (p.roles) u.roles = granting;
    if (p.disabled) {
      if (*p.disabled && u.id == a.user_id) return Error::Conflict("Không thể tự khóa tài khoản của mình.", "disabled");
      u.disabled = *p.disabled;
    }
    if (p.org) {
      auto org = tx.org_by_code(*p.org);
      if (!org) return Error::Validation("Không tìm thấy đơn vị có mã " + *p.org + ".", "org");
      if (Status s = can_manage_users_of(a, *org, u.roles); !s) return s;
      u.org_id = org->id;
    }
    tx.update_user(u);
    if (u.disabled || u.org_id != m->first.org_id || !(u.roles == m->first.roles)) tx.delete_sessions_of(u.id, "");
    info = user_info(tx, u);
    tx.add_audit(audit_entry(a, clock_.now(), "update", "user", u.username, to_json(before), to_json(info)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return info;
}

Status Users::reset_password(const Actor& a, int64_t id, const std::string& new_password) {
  if (Status s = validate_password(new_password); !s) return s;
  auto hash = hash_password(new_password, config_.password_cost);
  if (!hash) return hash.error();
  return store_.write([&](storage::Tx& tx) -> Status {
    auto m = managed_user(tx, a, id, {});
    if (!m) return m.error();
    User u = m->first;
    if (u.roles.has(Role::kAdmin) && !a.roles.has(Role::kAdmin))
      return Error::Forbidden("Chỉ quản trị hệ thống mới được đặt lại mật khẩu quản trị.");
    u.password_hash = *hash;
    u.password_changed_at = clock_.now();
    tx.update_user(u);
    tx.delete_sessions_of(u.id, "");
    const int revoked = tx.revoke_tokens_of(u.id);
    tx.add_audit(audit_entry(a, clock_.now(), "reset_password", "user", u.username, nullptr,
                             {{"sessions_ended", "all"}, {"api_tokens_revoked", revoked}}));
    return Status::Ok();
  });
}

Status Users::change_own_password(const Actor& a, const std::string& current, const std::string& new_password,
                                  const std::string& keep_session) {
  if (Status s = validate_password(new_password, "new_password"); !s) return s;
  if (current == new_password)
    return Error::Validation("Mật khẩu mới phải khác mật khẩu hiện tại.", "new_password");
  auto hash = hash_password(new_password, config_.password_cost);
  if (!hash) return hash.error();
  return store_.write([&](storage::Tx& tx) -> Status {
    auto u = tx.user_by_id(a.user_id);
    if (!u) return Error::Unauthenticated("Phiên đăng nhập không còn hiệu lực.");
    if (!verify_password(u->password_hash, current))
      return Error::Validation("Mật khẩu hiện tại không đúng.", "current_password");
    u->password_hash = *hash;
    u->password_changed_at = clock_.now();
    tx.update_user(*u);
    tx.delete_sessions_of(u->id, keep_session.empty() ? "" : token_hash(keep_session));
    tx.add_audit(audit_entry(a, clock_.now(), "change_password", "user", u->username, nullptr,
                             {{"other_sessions_ended", true}}));
    return Status::Ok();
  });
}

Result<NewToken> Users::create_token(const Actor& a, const std::string& name) {
  NewToken out;
  out.token.name = text::clean(name);
  if (Status s = validate_text(out.token.name, "name", 100, true); !s) return s.error();
  out.secret = "bd_" + random_token(32);
  out.token.token_hash = token_hash(out.secret);
  out.token.user_id = a.user_id;
  out.token.created_at = clock_.now();
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    if (a.system || !tx.user_by_id(a.user_id)) return Error::Forbidden("Cần đăng nhập bằng tài khoản người dùng.");
    tx.insert_token(out.token);
    tx.add_audit(audit_entry(a, clock_.now(), "create", "api_token", std::to_string(out.token.id), nullptr,
                             {{"name", out.token.name}}));
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<ApiToken>> Users::tokens(const Actor& a) {
  std::vector<ApiToken> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    out = tx.tokens_of(a.user_id);
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Status Users::revoke_token(const Actor& a, int64_t token_id) {
  return store_.write([&](storage::Tx& tx) -> Status {
    for (auto t : tx.tokens_of(a.user_id)) {
      if (t.id != token_id) continue;
      t.revoked = true;
      tx.update_token(t);
      tx.add_audit(audit_entry(a, clock_.now(), "revoke", "api_token", std::to_string(t.id), nullptr, nullptr));
      return Status::Ok();
    }
    return Error::NotFound("Không tìm thấy mã truy cập.");
  });
}

}  // namespace bd::app
