// /api/v1/users and /api/v1/tokens: thin handlers over app::Users.
#include "app/app.h"
#include "http/json_input.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using api::json;

Response not_found() { return json_error(Error::NotFound("Không tìm thấy tài khoản.")); }

Response list(Ctx& c) {
  auto r = c.app.users().list(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& u : *r) out.push_back(app::to_json(u));
  return json(200, {{"users", out}});
}

Response get(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return not_found();
  auto r = c.app.users().get(actor(c), *id);
  if (!r) return json_error(r.error());
  return json(200, app::to_json(*r));
}

Response create(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"username", "full_name", "org", "roles", "password"});
  if (!b) return json_error(b.error());
  app::NewUser in{b->str_or("username"), b->str_or("full_name"), b->str_or("org"), b->str_or("password"),
                  b->str_list("roles").value_or(std::vector<std::string>{})};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.users().create(actor(c), in);
  if (!r) return json_error(r.error());
  return json(201, app::to_json(*r));
}

Response patch(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return not_found();
  auto b = JsonBody::parse(c.req.body, {"full_name", "org", "roles", "disabled"});
  if (!b) return json_error(b.error());
  app::UserPatch p{b->str("full_name"), b->str("org"), b->str_list("roles"), b->boolean("disabled")};
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.users().update(actor(c), *id, p);
  if (!r) return json_error(r.error());
  return json(200, app::to_json(*r));
}

Response reset_password(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return not_found();
  auto b = JsonBody::parse(c.req.body, {"password"});
  if (!b) return json_error(b.error());
  const std::string pw = b->str_or("password");
  if (Status s = b->status(); !s) return json_error(s.error());
  if (Status s = c.app.users().reset_password(actor(c), *id, pw); !s) return json_error(s.error());
  return api::no_content();
}

Response create_token(Ctx& c) {
  auto b = JsonBody::parse(c.req.body, {"name"});
  if (!b) return json_error(b.error());
  const std::string name = b->str_or("name");
  if (Status s = b->status(); !s) return json_error(s.error());
  auto r = c.app.users().create_token(actor(c), name);
  if (!r) return json_error(r.error());
  return json(201, {{"id", r->token.id}, {"name", r->token.name}, {"token", r->secret}});
}

Response list_tokens(Ctx& c) {
  auto r = c.app.users().tokens(actor(c));
  if (!r) return json_error(r.error());
  nlohmann::json out = nlohmann::json::array();
  for (const auto& t : *r)
    out.push_back({{"id", t.id}, {"name", t.name}, {"created_at", t.created_at}, {"last_used_at", t.last_used_at},
                   {"revoked", t.revoked}});
  return json(200, {{"tokens", out}});
}

Response revoke_token(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return json_error(Error::NotFound("Không tìm thấy mã truy cập."));
  if (Status s = c.app.users().revoke_token(actor(c), *id); !s) return json_error(s.error());
  return api::no_content();
}

}  // namespace

void add_api_user_routes(Router& r) {
  r.add({"GET", "/api/v1/users", Access::kUser, Kind::kApi, "Tài khoản trong phạm vi (quản lý, quản trị)", "", list})
      .answer(200, "UserList");
  r.add({"POST", "/api/v1/users", Access::kUser, Kind::kApi, "Thêm tài khoản", "UserInput", create})
      .answer(201, "User")
      .fails({404, 409});
  r.add({"GET", "/api/v1/users/{id}", Access::kUser, Kind::kApi, "Một tài khoản", "", get}).answer(200, "User");
  r.add({"PATCH", "/api/v1/users/{id}", Access::kUser, Kind::kApi, "Sửa vai trò, đơn vị, khóa/mở tài khoản",
         "UserPatch", patch})
      .answer(200, "User");
  r.add({"POST", "/api/v1/users/{id}/password", Access::kUser, Kind::kApi, "Đặt lại mật khẩu (kết thúc các phiên)",
         "PasswordReset", reset_password})
      .answer(204);
  r.add({"GET", "/api/v1/tokens", Access::kUser, Kind::kApi, "Mã truy cập API của tôi", "", list_tokens})
      .answer(200, "TokenList");
  r.add({"POST", "/api/v1/tokens", Access::kUser, Kind::kApi, "Tạo mã truy cập API (hiện một lần)", "TokenInput",
         create_token})
      .answer(201, "TokenCreated");
  r.add({"DELETE", "/api/v1/tokens/{id}", Access::kUser, Kind::kApi, "Thu hồi mã truy cập", "", revoke_token}).answer(204);
}

}  // namespace bd::http
