// /users pages: accounts of the user's subtree (managers and admins).
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using pages::form;

nlohmann::json user_row(const Ctx& c, const app::UserInfo& u) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : u.user.roles.list()) roles.push_back(std::string(c.locale == "en" ? role_label_en(r) : role_label_vi(r)));
  return {{"id", u.user.id},         {"username", u.user.username}, {"full_name", u.user.full_name},
          {"org_name", u.org_name},  {"org_code", u.org_code},      {"roles", roles},
          {"disabled", u.user.disabled}};
}

Response list(Ctx& c) {
  auto r = c.app.users().list(c.auth->actor);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "users", c.views.text(c.locale, "users_title"));
  m["users"] = nlohmann::json::array();
  for (const auto& u : *r) m["users"].push_back(user_row(c, u));
  return pages::render(c, "users", m);
}

nlohmann::json new_model(Ctx& c, const app::NewUser& in) {
  auto m = pages::base_model(c, "users", c.views.text(c.locale, "user_new_title"));
  m["in"] = {{"username", in.username}, {"full_name", in.full_name}};
  m["orgs"] = pages::unit_options(c, in.org, false);
  auto roles = app::parse_roles(in.roles);
  m["roles"] = pages::role_options(c, roles ? *roles : RoleSet{Role::kEditor});
  return m;
}

Response new_form(Ctx& c) {
  if (!role_grants(c.auth->actor.roles, Permission::kManageUsers))
    return pages::error_page(c.views, c.locale, Error::Forbidden(c.views.text(c.locale, "forbidden_users")), &c);
  return pages::render(c, "user_new", new_model(c, {"", "", c.auth->actor.org_code, "", {"editor"}}));
}

Response create(Ctx& c) {
  const auto f = form(c);
  app::NewUser in{form_value(f, "username"), form_value(f, "full_name"), form_value(f, "org"),
                  form_value(f, "password"), form_values(f, "roles")};
  auto r = c.app.users().create(c.auth->actor, in);
  if (r) return Response::redirect("/users/" + std::to_string(r->user.id) + "?saved=1");
  auto m = new_model(c, in);
  pages::add_form_error(m, r.error());
  return pages::render(c, "user_new", m, http_status_of(r.error()));
}

Response show(Ctx& c, const Error* error = nullptr, bool reset_done = false) {
  auto id = api::parse_id(c.req.param("id"));
  auto r = id ? c.app.users().get(c.auth->actor, *id) : Result<app::UserInfo>(Error::NotFound("Không tìm thấy tài khoản."));
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "users", r->user.full_name);
  m["u"] = user_row(c, *r);
  m["orgs"] = pages::unit_options(c, r->org_code, false);
  m["roles"] = pages::role_options(c, r->user.roles);
  m["is_self"] = r->user.id == c.auth->actor.user_id;
  m["saved"] = c.req.query_value("saved") == "1";
  m["reset_done"] = reset_done;
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "user", m, error ? http_status_of(*error) : 200);
}

Response show_get(Ctx& c) { return show(c); }

Response update(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return show(c);
  const auto f = form(c);
  app::UserPatch p{form_value(f, "full_name"), form_value(f, "org"), form_values(f, "roles"),
                   form_value(f, "disabled") == "1"};
  auto r = c.app.users().update(c.auth->actor, *id, p);
  if (r) return Response::redirect("/users/" + std::to_string(*id) + "?saved=1");
  return show(c, &r.error());
}

Response reset(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  if (!id) return show(c);
  Status s = c.app.users().reset_password(c.auth->actor, *id, form_value(form(c), "password"));
  if (!s) return show(c, &s.error());
  return show(c, nullptr, true);
}

}  // namespace

void add_user_pages(Router& r) {
  r.add({"GET", "/users", Access::kUser, Kind::kPage, "Danh sách tài khoản", "", list});
  r.add({"GET", "/users/new", Access::kUser, Kind::kPage, "Biểu mẫu thêm tài khoản", "", new_form});
  r.add({"POST", "/users", Access::kUser, Kind::kPage, "Thêm tài khoản (biểu mẫu)", "", create});
  r.add({"GET", "/users/{id}", Access::kUser, Kind::kPage, "Trang một tài khoản", "", show_get});
  r.add({"POST", "/users/{id}", Access::kUser, Kind::kPage, "Sửa tài khoản (biểu mẫu)", "", update});
  r.add({"POST", "/users/{id}/password", Access::kUser, Kind::kPage, "Đặt lại mật khẩu (biểu mẫu)", "", reset});
}

}  // namespace bd::http
