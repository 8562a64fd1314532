// /incidents: a unit's incidents of violence or abuse, for holders of the
// incident_officer role only (everyone else gets 403 and sees nothing);
// /incidents/counts: the counts by type and sex of the subtree in a year,
// for every reader.
#include "app/app.h"
#include "app/registers/registry_input.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registers/registry_common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

std::string org_or_own(const Ctx& c, const std::string& org) { return org.empty() ? c.auth->actor.org_code : org; }

Response list_page(Ctx& c, const std::string& org, const Error* error, const app::IncidentInput* in) {
  auto r = c.app.incidents().list(c.auth->actor, org);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "incidents_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["rows"] = J::array();
  for (const auto& i : r->rows)
    m["rows"].push_back({{"date", pages::vi_date(i.occurred_on)},
                         {"kind", pages::choice_label(c, incident_kind_choices(), i.kind)},
                         {"sex", pages::choice_label(c, sex_choices(), i.sex)},
                         {"age_band", pages::choice_label(c, age_band_choices(), i.age_band)},
                         {"status", pages::choice_label(c, incident_status_choices(), i.status)},
                         {"referral", i.referral}});
  m["empty"] = r->rows.empty();
  m["can_add"] = r->can_add;
  m["counts_url"] = "/incidents/counts?org=" + url_encode(org);
  m["kinds"] = pages::choice_options(c, incident_kind_choices(), in ? in->kind : "");
  m["sexes"] = pages::choice_options(c, sex_choices(), in ? in->sex : "");
  m["ages"] = pages::choice_options(c, age_band_choices(), in ? in->age_band : "");
  m["statuses"] = pages::choice_options(c, incident_status_choices(), in ? in->status : "received");
  if (in) m["form"] = {{"occurred_on", in->occurred_on}, {"referral", in->referral}};
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "incidents", m, error ? http_status_of(*error) : 200);
}

Response list(Ctx& c) { return list_page(c, org_or_own(c, c.req.query_value("org")), nullptr, nullptr); }

Response add(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = org_or_own(c, form_value(f, "org"));
  app::IncidentInput in{form_value(f, "occurred_on"), form_value(f, "kind"),   form_value(f, "sex"),
                        form_value(f, "age_band"),    form_value(f, "status"), form_value(f, "referral")};
  auto r = c.app.incidents().create(c.auth->actor, org, in);
  if (!r) {
    if (r.error().code == ErrorCode::kForbidden) return pages::error_page(c.views, c.locale, r.error(), &c);
    return list_page(c, org, &r.error(), &in);
  }
  return Response::redirect("/incidents?org=" + url_encode(org));
}

Response counts(Ctx& c) {
  const std::string org = org_or_own(c, c.req.query_value("org"));
  int year = app::vietnam_today(c.app.clock().now()).year;
  if (const auto y = pages::to_id(c.req.query_value("year")); y >= 2000 && y <= 2100) year = static_cast<int>(y);
  auto r = c.app.incidents().aggregate(c.auth->actor, org, year);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "incident_counts_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["year"] = year;
  m["rows"] = J::array();
  for (const auto& k : incident_kind_choices()) {
    const auto& n = r->by_kind.at(std::string(k.code));
    m["rows"].push_back({{"kind", std::string(c.locale == "en" ? k.en : k.vi)}, {"female", n.first},
                         {"male", n.second}, {"total", n.first + n.second}});
  }
  m["female"] = r->female;
  m["male"] = r->male;
  m["total"] = r->female + r->male;
  m["hub"] = "/committee?org=" + url_encode(org);
  return pages::render(c, "incident_counts", m);
}

}  // namespace

void add_incident_pages(Router& r) {
  r.add({"GET", "/incidents/counts", Access::kUser, Kind::kPage,
         "Số vụ việc theo loại và giới tính của cả cây đơn vị trong năm", "", counts});
  r.add({"GET", "/incidents", Access::kUser, Kind::kPage, "Vụ việc của đơn vị (cán bộ tiếp nhận vụ việc)", "", list});
  r.add({"POST", "/incidents", Access::kUser, Kind::kPage, "Ghi nhận vụ việc (không ghi tên)", "", add});
}

}  // namespace bd::http
