// /commendations: a unit's register of commendations with the individuals
// counted by sex, and a form to add one. (Inspections: inspection_pages.cpp.)
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registers/registry_common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

std::string org_or_own(const Ctx& c) {
  std::string org = c.req.query_value("org");
  return org.empty() ? c.auth->actor.org_code : org;
}

Response commendations_page(Ctx& c, const std::string& org, const Error* error, const app::CommendationInput* in) {
  auto r = c.app.commendations().list(c.auth->actor, org);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "commendations_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["rows"] = J::array();
  for (const auto& x : r->rows) {
    const auto& k = x.record;
    m["rows"].push_back({{"who", k.collective ? k.honoree_name : k.full_name},
                         {"sex", k.collective ? c.views.text(c.locale, "collective")
                                              : pages::choice_label(c, sex_choices(), k.sex)},
                         {"level", pages::choice_label(c, commendation_level_choices(), k.level)},
                         {"title", k.title},
                         {"reason", k.reason},
                         {"decision", k.decision_no + ", " + pages::vi_date(k.decision_date)},
                         {"movement", k.movement}});
  }
  m["empty"] = r->rows.empty();
  m["counts"] = {{"female", r->individuals_female}, {"male", r->individuals_male}, {"collectives", r->collectives}};
  m["can_edit"] = r->can_edit;
  m["hub"] = "/committee?org=" + url_encode(org);
  m["sexes"] = pages::choice_options(c, sex_choices(), in ? in->sex : "");
  m["levels"] = pages::choice_options(c, commendation_level_choices(), in ? in->level : "school");
  if (in)
    m["form"] = {{"full_name", in->full_name}, {"honoree_name", in->honoree_name}, {"title", in->title},
                 {"reason", in->reason}, {"decision_no", in->decision_no}, {"decision_date", in->decision_date},
                 {"movement", in->movement}, {"collective", in->collective}};
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "commendations", m, error ? http_status_of(*error) : 200);
}

Response commendations(Ctx& c) { return commendations_page(c, org_or_own(c), nullptr, nullptr); }

Response add_commendation(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = form_value(f, "org");
  app::CommendationInput in;
  in.collective = form_value(f, "collective") == "1";
  in.full_name = form_value(f, "full_name");
  in.sex = form_value(f, "sex");
  in.honoree_name = form_value(f, "honoree_name");
  in.level = form_value(f, "level");
  in.title = form_value(f, "title");
  in.reason = form_value(f, "reason");
  in.decision_no = form_value(f, "decision_no");
  in.decision_date = form_value(f, "decision_date");
  in.movement = form_value(f, "movement");
  auto r = c.app.commendations().create(c.auth->actor, org, in);
  if (!r) return commendations_page(c, org.empty() ? c.auth->actor.org_code : org, &r.error(), &in);
  return Response::redirect("/commendations?org=" + url_encode(org));
}

}  // namespace

void add_register_pages(Router& r) {
  r.add({"GET", "/commendations", Access::kUser, Kind::kPage, "Sổ khen thưởng của đơn vị", "", commendations});
  r.add({"POST", "/commendations", Access::kUser, Kind::kPage, "Ghi một khen thưởng", "", add_commendation});
}

}  // namespace bd::http
