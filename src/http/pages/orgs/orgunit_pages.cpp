// /orgunits pages: the tree with search, a unit, create, edit, move, close.
#include <algorithm>
#include <optional>

#include "app/app.h"
#include "core/ids.h"
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

// One page of search hits: large trees never render whole.
constexpr size_t kHitsPerPage = 50;

size_t page_number(const Ctx& c) {
  const auto n = parse_id(c.req.query_value("page"));
  return n && *n > 0 && *n < 100000 ? static_cast<size_t>(*n) : 1;
}

// A row of the tree that opens its children on demand (htmx), or by a link
// to its own branch without JavaScript.
nlohmann::json branch_row(const Ctx& c, const app::OrgInfo& o, int indent, bool expandable) {
  auto row = unit_row(c, o);
  row["indent"] = indent;
  row["expand"] = expandable && o.children > 0;
  return row;
}

// The search: matching units of the subtree, a page at a time, each with
// the unit it belongs to.
std::optional<Response> search(Ctx& c, nlohmann::json& m, const std::string& q, bool closed, const std::string& root) {
  auto units = c.app.orgs().list(c.auth->actor, {q, closed, root});
  if (!units) return pages::error_page(c.views, c.locale, units.error(), &c);
  const size_t total = units->size();
  const size_t pages_count = std::max<size_t>(1, (total + kHitsPerPage - 1) / kHitsPerPage);
  const size_t page = std::min(page_number(c), pages_count);
  const size_t first = (page - 1) * kHitsPerPage, last = std::min(total, first + kHitsPerPage);
  for (size_t i = first; i < last; ++i) {
    auto row = unit_row(c, (*units)[i]);
    row["indent"] = 0;
    row["context"] = (*units)[i].parent_name;
    m["units"].push_back(row);
  }
  m["count"] = static_cast<int>(total);
  m["empty"] = total == 0;
  if (pages_count > 1) {
    const std::string base = "/orgunits?q=" + url_encode(q) + (closed ? "&closed=1" : "") +
                             (root.empty() ? "" : "&root=" + url_encode(root)) + "&page=";
    m["pager"] = {{"from", static_cast<int>(first + 1)},
                  {"to", static_cast<int>(last)},
                  {"prev", page > 1 ? base + std::to_string(page - 1) : ""},
                  {"next", page < pages_count ? base + std::to_string(page + 1) : ""}};
  }
  return std::nullopt;
}

// The tree a level at a time: a unit (the user's own by default), its
// ancestors as breadcrumbs, its children; each child opens on demand.
std::optional<Response> branch(Ctx& c, nlohmann::json& m, bool closed, const std::string& root) {
  auto d = c.app.orgs().branch(c.auth->actor, root);
  if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
  m["crumbs"] = nlohmann::json::array();
  for (const auto& a : d->ancestors) m["crumbs"].push_back({{"code", a.unit.code}, {"name", a.unit.name}});
  m["has_crumbs"] = !d->ancestors.empty();
  m["units"].push_back(branch_row(c, d->info, 0, false));
  int shown = 1;
  for (const auto& k : d->children) {
    if (k.unit.is_closed() && !closed) continue;
    m["units"].push_back(branch_row(c, k, 1, true));
    ++shown;
  }
  m["count"] = shown;
  m["empty"] = false;
  return std::nullopt;
}

Response tree(Ctx& c) {
  const std::string q = c.req.query_value("q");
  const bool closed = c.req.query_value("closed") == "1";
  const std::string root = c.req.query_value("root");
  auto m = pages::base_model(c, "orgunits", c.views.text(c.locale, "orgunits_title"));
  m["q"] = q;
  m["root"] = root;
  m["show_closed"] = closed;
  m["closed_query"] = closed ? "?closed=1" : "";
  m["units"] = nlohmann::json::array();
  if (auto failed = q.empty() ? branch(c, m, closed, root) : search(c, m, q, closed, root)) return *failed;
  if (c.req.is_htmx()) {
    Response r;
    r.body = c.views.render("_orgtree", m, c.locale, true);
    return r;
  }
  return pages::render(c, "orgunits", m);
}

// The children of one unit, as the list that opens under it in the tree.
Response children(Ctx& c) {
  const bool closed = c.req.query_value("closed") == "1";
  auto d = c.app.orgs().get(c.auth->actor, c.req.param("code"));
  if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
  auto m = pages::base_model(c, "orgunits", d->info.unit.name);
  m["closed_query"] = closed ? "?closed=1" : "";
  m["units"] = nlohmann::json::array();
  for (const auto& k : d->children)
    if (!k.unit.is_closed() || closed) m["units"].push_back(branch_row(c, k, 0, true));
  if (c.req.is_htmx()) {
    Response r;
    r.body = c.views.render("_orgbranch", m, c.locale, true);
    return r;
  }
  return Response::redirect("/orgunits?root=" + url_encode(d->info.unit.code) + (closed ? "&closed=1" : ""));
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
  // The units below may move together (restructure_pages.cpp).
  m["can_restructure"] =
      role_grants(c.auth->actor.roles, Permission::kManageUnits) &&
      std::any_of(d->children.begin(), d->children.end(), [](const app::OrgInfo& k) { return !k.unit.is_closed(); });
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
  p.effective = field("effective");
  p.opened = field("opened");
  return after(c, c.app.orgs().update(c.auth->actor, c.req.param("code"), p));
}

Response move(Ctx& c) {
  app::OrgPatch p;
  const auto f = form(c);
  p.parent = form_value(f, "parent");
  p.effective = form_value(f, "effective");
  return after(c, c.app.orgs().update(c.auth->actor, c.req.param("code"), p));
}

Response close(Ctx& c) {
  return after(c, c.app.orgs().close(c.auth->actor, c.req.param("code"), form_value(form(c), "closed")));
}

}  // namespace

void add_orgunit_pages(Router& r) {
  r.add({"GET", "/orgunits", Access::kUser, Kind::kPage, "Cây đơn vị, tìm kiếm không dấu", "", tree});
  r.add({"GET", "/orgunits/{code}/children", Access::kUser, Kind::kPage,
         "Các đơn vị trực thuộc một đơn vị, mở dần trong cây", "", children});
  r.add({"GET", "/orgunits/new", Access::kUser, Kind::kPage, "Biểu mẫu thêm đơn vị", "", new_form});
  r.add({"POST", "/orgunits", Access::kUser, Kind::kPage, "Thêm đơn vị (biểu mẫu)", "", create});
  r.add({"GET", "/orgunits/{code}", Access::kUser, Kind::kPage, "Trang một đơn vị", "", show_get});
  r.add({"POST", "/orgunits/{code}", Access::kUser, Kind::kPage, "Sửa đơn vị (biểu mẫu)", "", edit});
  r.add({"POST", "/orgunits/{code}/move", Access::kUser, Kind::kPage, "Chuyển đơn vị (biểu mẫu)", "", move});
  r.add({"POST", "/orgunits/{code}/close", Access::kUser, Kind::kPage, "Đóng đơn vị (biểu mẫu)", "", close});
}

}  // namespace bd::http
