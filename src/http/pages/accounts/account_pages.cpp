// /account: my account, change my password, my API tokens.
#include "app/app.h"
#include "core/dates.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

Response show(Ctx& c, const Error* error = nullptr, const std::string& notice = "", const std::string& secret = "") {
  const auto& a = c.auth->actor;
  auto m = pages::base_model(c, "account", c.views.text(c.locale, "account_title"));
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : a.roles.list()) roles.push_back(std::string(c.locale == "en" ? role_label_en(r) : role_label_vi(r)));
  m["roles"] = roles;
  m["tokens"] = nlohmann::json::array();
  if (auto t = c.app.users().tokens(a))
    for (const auto& tok : *t)
      m["tokens"].push_back({{"id", tok.id},
                             {"name", tok.name},
                             {"created", format_vi_datetime(tok.created_at)},
                             {"last_used", tok.last_used_at ? format_vi_datetime(tok.last_used_at) : ""},
                             {"revoked", tok.revoked}});
  if (!notice.empty()) m["notice"] = c.views.text(c.locale, notice);
  if (!secret.empty()) m["secret"] = secret;
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "account", m, error ? http_status_of(*error) : 200);
}

Response show_get(Ctx& c) { return show(c); }

Response change_password(Ctx& c) {
  const auto f = pages::form(c);
  if (form_value(f, "new_password") != form_value(f, "confirm_password")) {
    Error e = Error::Validation(c.views.text(c.locale, "password_mismatch"), "confirm_password");
    return show(c, &e);
  }
  Status s = c.app.users().change_own_password(c.auth->actor, form_value(f, "current_password"),
                                               form_value(f, "new_password"), c.auth->session_token);
  if (!s) return show(c, &s.error());
  return show(c, nullptr, "password_changed");
}

Response create_token(Ctx& c) {
  auto r = c.app.users().create_token(c.auth->actor, form_value(pages::form(c), "name"));
  if (!r) return show(c, &r.error());
  return show(c, nullptr, "token_created", r->secret);
}

Response revoke_token(Ctx& c) {
  auto id = api::parse_id(c.req.param("id"));
  Status s = id ? c.app.users().revoke_token(c.auth->actor, *id) : Status(Error::NotFound("Không tìm thấy mã truy cập."));
  if (!s) return show(c, &s.error());
  return Response::redirect("/account");
}

}  // namespace

void add_account_pages(Router& r) {
  r.add({"GET", "/account", Access::kUser, Kind::kPage, "Tài khoản của tôi", "", show_get});
  r.add({"POST", "/account/password", Access::kUser, Kind::kPage, "Đổi mật khẩu (biểu mẫu)", "", change_password});
  r.add({"POST", "/account/tokens", Access::kUser, Kind::kPage, "Tạo mã truy cập API (biểu mẫu)", "", create_token});
  r.add({"POST", "/account/tokens/{id}/revoke", Access::kUser, Kind::kPage, "Thu hồi mã truy cập (biểu mẫu)", "",
         revoke_token});
}

}  // namespace bd::http
