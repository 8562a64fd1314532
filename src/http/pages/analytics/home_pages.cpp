// The home page: the user's unit at a glance and where to go next.
#include "app/app.h"
#include "http/pages/common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

Response home(Ctx& c) {
  const auto& a = c.auth->actor;
  auto m = pages::base_model(c, "home", c.views.text(c.locale, "home_title"));
  auto units = c.app.orgs().list(a, {});
  if (!units) return pages::error_page(c.views, c.locale, units.error(), &c);
  int schools = 0, offices = 0;
  for (const auto& u : *units) {
    schools += is_school(u.unit.type) ? 1 : 0;
    offices += (u.unit.type == OrgType::kOffice || u.unit.type == OrgType::kCommune) ? 1 : 0;
  }
  if (!units->empty()) {
    const auto& own = units->front();
    m["unit"] = {{"code", own.unit.code},
                 {"name", own.unit.name},
                 {"type", std::string(c.locale == "en" ? org_type_label_en(own.unit.type)
                                                       : org_type_label_vi(own.unit.type))},
                 {"parent", own.parent_name}};
  }
  m["count_units"] = static_cast<int>(units->empty() ? 0 : units->size() - 1);
  m["count_schools"] = schools;
  m["count_offices"] = offices;
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : a.roles.list())
    roles.push_back(std::string(c.locale == "en" ? role_label_en(r) : role_label_vi(r)));
  m["roles"] = roles;
  // The explorer's views the user pinned, to open in one click.
  if (auto pinned = c.app.saved_views().pinned(a); pinned && !pinned->empty()) {
    m["has_pinned"] = true;
    m["pinned"] = nlohmann::json::array();
    for (const auto& v : *pinned) m["pinned"].push_back({{"name", v.name}, {"href", "/explorer?" + v.query}});
  }
  return pages::render(c, "home", m);
}

}  // namespace

void add_home_pages(Router& r) {
  r.add({"GET", "/", Access::kUser, Kind::kPage, "Trang chủ", "", home});
}

}  // namespace bd::http
