// /committee: the hub of the committee's work (Ban VSTBPN) for a unit, with
// links to its registers; /committee/{org}: the members on a date, the
// history of terms, adding a member and ending a term. Phones appear only
// here, on the unit's own committee page.
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registry_common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

std::string url_of(const std::string& org) { return "/committee/" + url_encode(org); }

Response hub(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = c.auth->actor.org_code;
  auto v = c.app.committee().get(c.auth->actor, org);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "committee_hub_title"));
  const std::string q = "?org=" + url_encode(org);
  m["unit"] = {{"code", v->unit.code}, {"name", v->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["links"] = {{"committee", url_of(org)},        {"commendations", "/commendations" + q},
                {"inspections", "/inspections" + q}, {"hotlines", "/hotlines" + q},
                {"poster", "/hotlines/" + url_encode(org)}, {"incidents", "/incidents" + q}};
  m["members_total"] = v->counts.total();
  m["members_trained"] = v->counts.trained();
  m["can_incidents"] = role_grants(c.auth->actor.roles, Permission::kIncidents);
  return pages::render(c, "committee_hub", m);
}

J member_model(const Ctx& c, const CommitteeMember& x, const std::string& org, bool can_edit) {
  return {{"id", x.id},
          {"full_name", x.full_name},
          {"sex", pages::choice_label(c, sex_choices(), x.sex)},
          {"role", pages::choice_label(c, committee_role_choices(), x.role)},
          {"position", x.position},
          {"phone", x.phone},
          {"term", pages::vi_date(x.term_start) + " – " + pages::vi_date(x.term_end)},
          {"decision", x.decision_no + (x.decision_date.empty() ? "" : ", " + pages::vi_date(x.decision_date))},
          {"trained", x.trained},
          {"serving", x.term_end.empty()},
          {"end_url", url_of(org) + "/members/" + std::to_string(x.id) + "/end"},
          {"can_edit", can_edit && x.term_end.empty()}};
}

Response page(Ctx& c, const std::string& org, const Error* error, const app::MemberInput* in,
              const std::string& note) {
  auto v = c.app.committee().get(c.auth->actor, org, c.req.query_value("on"));
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "committee_title") + " — " + v->unit.name);
  m["unit"] = {{"code", v->unit.code}, {"name", v->unit.name}};
  m["on"] = pages::vi_date(v->on);
  m["members"] = J::array();
  for (const auto& x : v->members) m["members"].push_back(member_model(c, x, org, v->can_edit));
  m["history"] = J::array();
  for (const auto& x : v->history) m["history"].push_back(member_model(c, x, org, false));
  m["empty"] = v->members.empty();
  m["counts"] = {{"female", v->counts.female}, {"male", v->counts.male}, {"trained", v->counts.trained()},
                 {"total", v->counts.total()}};
  m["can_edit"] = v->can_edit;
  m["action"] = url_of(org) + "/members";
  m["hub"] = "/committee?org=" + url_encode(org);
  m["sexes"] = pages::choice_options(c, sex_choices(), in ? in->sex : "");
  m["roles"] = pages::choice_options(c, committee_role_choices(), in ? in->role : "member");
  if (in)
    m["form"] = {{"full_name", in->full_name}, {"position", in->position}, {"phone", in->phone},
                 {"term_start", in->term_start}, {"decision_no", in->decision_no},
                 {"decision_date", in->decision_date}, {"trained", in->trained}};
  if (!note.empty()) m["note"] = note;
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "committee", m, error ? http_status_of(*error) : 200);
}

Response show(Ctx& c) { return page(c, c.req.param("org"), nullptr, nullptr, ""); }

Response add(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = c.req.param("org");
  app::MemberInput in;
  in.full_name = form_value(f, "full_name");
  in.sex = form_value(f, "sex");
  in.role = form_value(f, "role");
  in.position = form_value(f, "position");
  in.phone = form_value(f, "phone");
  in.term_start = form_value(f, "term_start");
  in.decision_no = form_value(f, "decision_no");
  in.decision_date = form_value(f, "decision_date");
  in.trained = form_value(f, "trained") == "1";
  auto r = c.app.committee().add(c.auth->actor, org, in);
  if (!r) return page(c, org, &r.error(), &in, "");
  return Response::redirect(url_of(org));
}

Response end(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = c.req.param("org");
  auto id = pages::to_id(c.req.param("id"));
  auto r = c.app.committee().end_term(c.auth->actor, org, id, form_value(f, "on"));
  if (!r) return page(c, org, &r.error(), nullptr, "");
  return Response::redirect(url_of(org));
}

}  // namespace

void add_committee_pages(Router& r) {
  r.add({"GET", "/committee", Access::kUser, Kind::kPage, "Ban vì sự tiến bộ của phụ nữ: trang tổng hợp của đơn vị",
         "", hub});
  r.add({"GET", "/committee/{org}", Access::kUser, Kind::kPage, "Thành viên Ban của đơn vị và lịch sử kiện toàn", "",
         show});
  r.add({"POST", "/committee/{org}/members", Access::kUser, Kind::kPage, "Thêm thành viên Ban", "", add});
  r.add({"POST", "/committee/{org}/members/{id}/end", Access::kUser, Kind::kPage, "Kết thúc nhiệm kỳ thành viên", "",
         end});
}

}  // namespace bd::http
