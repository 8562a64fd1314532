// /orgunits pages: the tree with search, a unit, create, edit, move, close.
#include "app/app.h"
#include "core/dates.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using pages::form;

nlohmann::json unit_row(const Ctx& c, const app::OrgInfo& o) {
  return {{"code", o.unit.code},
          {"name", o.unit.name},
          {"short_name", o.unit.short_name},
          {"type", pages::type_label(c, o.unit.type)},
          {"indent", o.depth},
          {"children", o.children > 0 ? nlohmann::json(o.children) : nlohmann::json(nullptr)},
          {"closed", o.unit.is_closed() ? format_vi(*parse_date(o.unit.closed)) : ""},
          {"parent", o.parent_name},
          {"governor", o.governor_name}};
}

Response tree(Ctx& c) {
  const std::string q = c.req.query_value("q");
  const bool closed = c.req.query_value("closed") == "1";
  auto units = c.app.orgs().list(c.auth->actor, {q, closed, ""});
  if (!units) return pages::error_page(c.views, c.locale, units.error(), &c);
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "orgunits_title"));
  m["q"] = q;
  m["show_closed"] = closed;
  m["units"] = nlohmann::json::array();
  for (const auto& u : *units) m["units"].push_back(unit_row(c, u));
  m["count"] = static_cast<int>(units->size());
  m["empty"] = units->empty();
  if (c.req.is_htmx()) {
    Response r;
    r.body = c.views.render("_orgtree", m, c.locale, true);
    return r;
  }
  return pages::render(c, "orgunits", m);
}

nlohmann::json new_form_model(Ctx& c, const app::OrgInput& in) {
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "orgunit_new_title"));
  m["in"] = {{"code", in.code}, {"name", in.name}, {"short_name", in.short_name}, {"opened", in.opened}};
  m["types"] = pages::type_options(c, in.type);
  m["parents"] = pages::unit_options(c, in.parent, false);
  m["governors"] = pages::unit_options(c, in.governor, true);
  return m;
}

Response new_form(Ctx& c) {
  if (!role_grants(c.auth->actor.roles, Permission::kManageUnits))
    return pages::error_page(c.views, c.locale, Error::Forbidden(c.views.text(c.locale, "forbidden_units")), &c);
  app::OrgInput in;
  in.parent = c.req.query_value("parent");
  return pages::render(c, "orgunit_new", new_form_model(c, in));
}

Response create(Ctx& c) {
  const auto f = form(c);
  app::OrgInput in{form_value(f, "code"),   form_value(f, "name"),     form_value(f, "short_name"),
                   form_value(f, "type"),   form_value(f, "parent"),   form_value(f, "governor"),
                   form_value(f, "opened")};
  auto r = c.app.orgs().create(c.auth->actor, in);
  if (r) return Response::redirect("/orgunits/" + r->unit.code + "?saved=1");
  auto m = new_form_model(c, in);
  pages::add_form_error(m, r.error());
  return pages::render(c, "orgunit_new", m, http_status_of(r.error()));
}

Response show(Ctx& c, const Error* error = nullptr) {
  auto d = c.app.orgs().get(c.auth->actor, c.req.param("code"));
  if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
  const auto& u = d->info.unit;
  auto m = pages::base_model(c, "orgunits", u.name);
  m["unit"] = unit_row(c, d->info);
  m["unit"]["opened"] = u.opened.empty() ? "" : format_vi(*parse_date(u.opened));
  m["unit"]["opened_input"] = u.opened.empty() ? "" : format_vi(*parse_date(u.opened));
  m["unit"]["is_closed"] = u.is_closed();
  m["ancestors"] = nlohmann::json::array();
  for (const auto& a : d->ancestors) m["ancestors"].push_back({{"code", a.unit.code}, {"name", a.unit.name}});
  m["children"] = nlohmann::json::array();
  for (const auto& k : d->children) m["children"].push_back(unit_row(c, k));
  m["has_children"] = !d->children.empty();
  m["saved"] = c.req.query_value("saved") == "1";
  const bool manage = d->can_manage;
  m["manage"] = manage;
  if (manage) {
    m["types"] = pages::type_options(c, std::string(org_type_code(u.type)));
    m["parents"] = pages::unit_options(c, d->info.parent_code, false, u.path);
    m["governors"] = pages::unit_options(c, d->info.governor_code, true, u.path);
  }
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "orgunit", m, error ? http_status_of(*error) : 200);
}

Response show_get(Ctx& c) { return show(c); }

Response after(Ctx& c, const Result<app::OrgInfo>& r) {
  if (r) return Response::redirect("/orgunits/" + r->unit.code + "?saved=1");
  return show(c, &r.error());
}

Response edit(Ctx& c) {
  const auto f = form(c);
  // Only the fields the form sent change.
  auto field = [&](const char* name) -> std::optional<std::string> {
    if (!f.count(name)) return std::nullopt;
    return form_value(f, name);
  };
  app::OrgPatch p;
  p.name = field("name");
  p.short_name = field("short_name");
  p.type = field("type");
  p.governor = field("governor");
  p.opened = field("opened");
  return after(c, c.app.orgs().update(c.auth->actor, c.req.param("code"), p));
}

Response move(Ctx& c) {
  app::OrgPatch p;
  p.parent = form_value(form(c), "parent");
  return after(c, c.app.orgs().update(c.auth->actor, c.req.param("code"), p));
}

Response close(Ctx& c) {
  return after(c, c.app.orgs().close(c.auth->actor, c.req.param("code"), form_value(form(c), "closed")));
}

}  // namespace

void add_orgunit_pages(Router& r) {
  r.add({"GET", "/orgunits", Access::kUser, Kind::kPage, "Cây đơn vị, tìm kiếm không dấu", "", tree});
  r.add({"GET", "/orgunits/new", Access::kUser, Kind::kPage, "Biểu mẫu thêm đơn vị", "", new_form});
  r.add({"POST", "/orgunits", Access::kUser, Kind::kPage, "Thêm đơn vị (biểu mẫu)", "", create});
  r.add({"GET", "/orgunits/{code}", Access::kUser, Kind::kPage, "Trang một đơn vị", "", show_get});
  r.add({"POST", "/orgunits/{code}", Access::kUser, Kind::kPage, "Sửa đơn vị (biểu mẫu)", "", edit});
  r.add({"POST", "/orgunits/{code}/move", Access::kUser, Kind::kPage, "Chuyển đơn vị (biểu mẫu)", "", move});
  r.add({"POST", "/orgunits/{code}/close", Access::kUser, Kind::kPage, "Đóng đơn vị (biểu mẫu)", "", close});
}

}  // namespace bd::http
