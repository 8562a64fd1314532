// /commendations: a unit's register of commendations with the individuals
// counted by sex, and a form to add one. /inspections: inspections of the
// unit and by it; /inspections/{id}: one inspection, where the inspected
// unit records its response to each follow-up item.
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registry_common.h"
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

J inspection_model(const Ctx& c, const app::InspectionView& v) {
  const auto& i = v.record;
  int open = 0;
  for (const auto& f : i.followups) open += f.status != "done" ? 1 : 0;
  return {{"url", "/inspections/" + std::to_string(i.id)},
          {"date", pages::vi_date(i.date)},
          {"unit", v.unit.name},
          {"by", v.by_unit.name},
          {"status", pages::choice_label(c, inspection_status_choices(), i.status)},
          {"scope", i.scope},
          {"open", open},
          {"items", i.followups.size()}};
}

Response inspections(Ctx& c) {
  const std::string org = org_or_own(c);
  auto r = c.app.inspections().list(c.auth->actor, org);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "inspections_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["of_unit"] = J::array();
  m["by_unit"] = J::array();
  for (const auto& v : r->of_unit) m["of_unit"].push_back(inspection_model(c, v));
  for (const auto& v : r->by_unit) m["by_unit"].push_back(inspection_model(c, v));
  m["none_of"] = r->of_unit.empty();
  m["none_by"] = r->by_unit.empty();
  m["hub"] = "/committee?org=" + url_encode(org);
  return pages::render(c, "inspections", m);
}

Response inspection_page(Ctx& c, int64_t id, const Error* error) {
  auto v = c.app.inspections().get(c.auth->actor, id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  const auto& i = v->record;
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "inspection_title") + " — " + v->unit.name);
  m["inspection"] = inspection_model(c, *v);
  m["team"] = i.team;
  m["findings"] = i.findings;
  m["recommendations"] = i.recommendations;
  m["followups"] = J::array();
  for (const auto& f : i.followups)
    m["followups"].push_back({{"text", f.text},
                              {"due", pages::vi_date(f.due)},
                              {"status", pages::choice_label(c, followup_status_choices(), f.status)},
                              {"status_code", f.status},
                              {"response", f.response},
                              {"responded_by", f.responded_by},
                              {"action", "/inspections/" + std::to_string(i.id) + "/followups/" + std::to_string(f.id)},
                              {"statuses", pages::choice_options(c, followup_status_choices(), f.status)}});
  m["can_respond"] = v->can_respond;
  m["back"] = "/inspections?org=" + url_encode(v->unit.code);
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "inspection", m, error ? http_status_of(*error) : 200);
}

Response inspection(Ctx& c) { return inspection_page(c, pages::to_id(c.req.param("id")), nullptr); }

Response respond(Ctx& c) {
  const auto f = pages::form(c);
  const int64_t id = pages::to_id(c.req.param("id"));
  auto r = c.app.inspections().respond(c.auth->actor, id, pages::to_id(c.req.param("item")),
                                       form_value(f, "response"), form_value(f, "status"));
  if (!r) return inspection_page(c, id, &r.error());
  return Response::redirect("/inspections/" + std::to_string(id));
}

}  // namespace

void add_register_pages(Router& r) {
  r.add({"GET", "/commendations", Access::kUser, Kind::kPage, "Sổ khen thưởng của đơn vị", "", commendations});
  r.add({"POST", "/commendations", Access::kUser, Kind::kPage, "Ghi một khen thưởng", "", add_commendation});
  r.add({"GET", "/inspections", Access::kUser, Kind::kPage, "Các cuộc kiểm tra của đơn vị", "", inspections});
  r.add({"GET", "/inspections/{id}", Access::kUser, Kind::kPage, "Một cuộc kiểm tra và các việc cần khắc phục", "",
         inspection});
  r.add({"POST", "/inspections/{id}/followups/{item}", Access::kUser, Kind::kPage,
         "Đơn vị được kiểm tra ghi ý kiến khắc phục", "", respond});
}

}  // namespace bd::http
