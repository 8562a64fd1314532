// /hotlines/{code}: the PUBLIC page of a unit's hotlines, trusted addresses
// and shelters, printable as a poster (print.css). /hotlines: the directory
// kept by the unit's users, adding entries, and whether the school
// displays the hotlines this year.
#include "app/app.h"
#include "app/registers/registry_input.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registers/registry_common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

J rows_model(const Ctx& c, const app::Directory& d) {
  J groups = J::array();
  for (const auto& kind : service_kind_choices()) {
    J rows = J::array();
    for (const auto& r : d.rows) {
      if (r.record.kind != kind.code) continue;
      const auto& s = r.record;
      rows.push_back({{"name", s.name}, {"phone", s.phone}, {"tel", s.phone}, {"address", s.address},
                      {"purpose", s.purpose}, {"hours", s.hours},
                      {"owner", r.owner_name.empty() ? c.views.text(c.locale, "hotlines_national") : r.owner_name}});
    }
    if (!rows.empty())
      groups.push_back({{"label", std::string(c.locale == "en" ? kind.en : kind.vi)}, {"rows", rows}});
  }
  return groups;
}

Response poster(Ctx& c) {
  auto d = c.app.services().public_directory(c.req.param("code"));
  if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "hotlines_poster_title") + " — " + d->unit.name);
  m["unit"] = {{"code", d->unit.code}, {"name", d->unit.name}};
  m["groups"] = rows_model(c, *d);
  return pages::render(c, "hotlines_poster", m);
}

Response manage_page(Ctx& c, const std::string& org, const Error* error, const app::ServiceInput* in) {
  auto d = c.app.services().directory(c.auth->actor, org);
  if (!d) return pages::error_page(c.views, c.locale, d.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "hotlines_title") + " — " + d->unit.name);
  m["unit"] = {{"code", d->unit.code}, {"name", d->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["groups"] = rows_model(c, *d);
  m["poster"] = "/hotlines/" + url_encode(org);
  m["hub"] = "/committee?org=" + url_encode(org);
  m["can_add"] = d->can_add;
  m["is_school"] = is_school(d->unit.type);
  m["displayed_yes"] = d->displayed && *d->displayed;
  m["displayed_no"] = d->displayed && !*d->displayed;
  m["displayed_unknown"] = !d->displayed;
  m["year"] = app::vietnam_today(c.app.clock().now()).year;
  m["kinds"] = pages::choice_options(c, service_kind_choices(), in ? in->kind : "hotline");
  if (in)
    m["form"] = {{"name", in->name}, {"phone", in->phone}, {"address", in->address}, {"purpose", in->purpose},
                 {"hours", in->hours}};
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "hotlines", m, error ? http_status_of(*error) : 200);
}

Response manage(Ctx& c) {
  std::string org = c.req.query_value("org");
  return manage_page(c, org.empty() ? c.auth->actor.org_code : org, nullptr, nullptr);
}

Response add(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = form_value(f, "org");
  app::ServiceInput in;
  in.kind = form_value(f, "kind");
  if (in.kind.empty()) in.kind = "hotline";
  in.name = form_value(f, "name");
  in.phone = form_value(f, "phone");
  in.address = form_value(f, "address");
  in.purpose = form_value(f, "purpose");
  in.hours = form_value(f, "hours");
  in.sort = 100;
  if (org.empty()) return pages::error_page(c.views, c.locale, Error::Validation("Cần chọn đơn vị.", "org"), &c);
  auto r = c.app.services().create(c.auth->actor, org, in);
  if (!r) return manage_page(c, org, &r.error(), &in);
  return Response::redirect("/hotlines?org=" + url_encode(org));
}

Response display(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = form_value(f, "org");
  const int year = app::vietnam_today(c.app.clock().now()).year;
  Status s = c.app.services().set_displayed(c.auth->actor, org, year, form_value(f, "displayed") == "1");
  if (!s) return manage_page(c, org.empty() ? c.auth->actor.org_code : org, &s.error(), nullptr);
  return Response::redirect("/hotlines?org=" + url_encode(org));
}

}  // namespace

void add_hotline_pages(Router& r) {
  r.add({"GET", "/hotlines", Access::kUser, Kind::kPage, "Danh bạ đường dây nóng của đơn vị (quản lý)", "", manage});
  r.add({"POST", "/hotlines", Access::kUser, Kind::kPage, "Thêm mục vào danh bạ của đơn vị", "", add});
  r.add({"POST", "/hotlines/display", Access::kUser, Kind::kPage, "Ghi việc niêm yết đường dây nóng trong năm", "",
         display});
  r.add({"GET", "/hotlines/{code}", Access::kPublic, Kind::kPage,
         "Đường dây nóng, địa chỉ tin cậy của đơn vị (công khai, in thành áp phích)", "", poster});
}

}  // namespace bd::http
