#include "http/pages/common.h"

#include "app/accounts/auth.h"
#include "core/roles.h"
#include "http/errors.h"

namespace bd::http::pages {

nlohmann::json base_model(const Ctx& ctx, const std::string& active, const std::string& title) {
  nlohmann::json m = nlohmann::json::object();
  m["title"] = title;
  m["nav_" + active] = true;
  if (ctx.auth) {
    const auto& a = ctx.auth->actor;
    m["user"] = {{"username", a.username}, {"full_name", a.full_name}, {"org_code", a.org_code}};
    m["csrf"] = ctx.auth->csrf_token;
    m["can_manage_users"] = role_grants(a.roles, Permission::kManageUsers);
    m["can_manage_units"] = role_grants(a.roles, Permission::kManageUnits);
  }
  return m;
}

Response render(const Ctx& ctx, const std::string& tpl, const nlohmann::json& model, int status) {
  Response r;
  r.status = status;
  r.body = ctx.views.render(tpl, model, ctx.locale, ctx.req.is_htmx() && model.value("fragment", false));
  return r;
}

Response error_page(const Views& views, const std::string& locale, const Error& e, const Ctx* ctx) {
  nlohmann::json m = ctx ? base_model(*ctx, "", views.text(locale, "error_title")) : nlohmann::json::object();
  if (!ctx) m["title"] = views.text(locale, "error_title");
  m["status"] = http_status(e.code);
  m["message"] = e.message;
  m["is_" + std::to_string(http_status(e.code))] = true;
  Response r;
  r.status = http_status(e.code);
  r.body = views.render("error", m, locale);
  return r;
}

void add_form_error(nlohmann::json& model, const Error& e) {
  model["error"] = {{"message", e.message}, {"field", e.field}};
  if (!e.field.empty()) model["error_" + e.field] = true;
}

std::multimap<std::string, std::string> form(const Ctx& ctx) { return parse_form(ctx.req.body); }

std::string fill(std::string text, const std::map<std::string, std::string>& values) {
  for (const auto& [name, value] : values) {
    const std::string mark = "{" + name + "}";
    for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
      text.replace(at, mark.size(), value);
  }
  return text;
}

}  // namespace bd::http::pages
