// /committee: the hub of the committee's work (Ban VSTBPN) for a unit, with
// links to its registers; /committee/{org}: the members on a date, the
// history of terms, adding a member, ending a term and re-composing the
// committee under a new decision (kiện toàn). Phones appear only here, on
// the unit's own committee page.
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registers/registry_common.h"
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

// The re-composition form (kiện toàn): the members serving today, each kept
// unless unticked, then blank rows for new members.
constexpr int kBlankRows = 3;
constexpr int kMaxRows = 60;

struct RecomposeRow {
  app::MemberInput in;
  bool current = false;  // serving today: in the new committee when `keep`
  bool keep = true;
  std::string error_field;  // set on the row the error names ("phone"; "-" for the row as a whole)
};

struct Recomposition {
  std::string from, decision_no, decision_date;
  std::vector<RecomposeRow> rows;
};

// What was typed into one of the page's forms, shown again with its error.
struct Typed {
  const Error* error = nullptr;
  const app::MemberInput* member = nullptr;  // the "add a member" form
  const Recomposition* recompose = nullptr;  // the re-composition form
};

Recomposition fresh_recomposition(const std::vector<CommitteeMember>& serving) {
  Recomposition r;
  for (const auto& m : serving) {
    RecomposeRow row;
    row.current = true;
    row.in = {m.full_name, m.sex, m.role, m.position, m.phone, "", "", "", "", m.trained};
    r.rows.push_back(row);
  }
  for (int i = 0; i < kBlankRows; ++i) {
    RecomposeRow row;
    row.in.role = "member";
    r.rows.push_back(row);
  }
  return r;
}

Recomposition recomposition_of(const std::multimap<std::string, std::string>& f) {
  Recomposition r{form_value(f, "from"), form_value(f, "decision_no"), form_value(f, "decision_date"), {}};
  for (int i = 0; i < kMaxRows; ++i) {
    const std::string p = "m." + std::to_string(i) + ".";
    if (!f.count(p + "full_name")) break;
    RecomposeRow row;
    row.current = form_value(f, p + "current") == "1";
    row.keep = form_value(f, p + "keep") == "1";
    row.in.full_name = form_value(f, p + "full_name");
    row.in.sex = form_value(f, p + "sex");
    row.in.role = form_value(f, p + "role");
    row.in.position = form_value(f, p + "position");
    row.in.phone = form_value(f, p + "phone");
    row.in.trained = form_value(f, p + "trained") == "1";
    r.rows.push_back(row);
  }
  return r;
}

// A current member is in the new committee when kept; a new row once
// anything is typed into it.
bool included(const RecomposeRow& row) {
  if (row.current) return row.keep;
  return !row.in.full_name.empty() || !row.in.position.empty() || !row.in.phone.empty();
}

J recompose_model(const Ctx& c, const Recomposition& r, const std::string& org, const Error* error) {
  J rows = J::array();
  int fresh = 0;
  bool row_error = false;
  for (size_t i = 0; i < r.rows.size(); ++i) {
    const auto& row = r.rows[i];
    J sexes = pages::choice_options(c, sex_choices(), row.in.sex);
    if (row.in.sex.empty()) sexes.insert(sexes.begin(), J{{"value", ""}, {"label", "—"}, {"selected", true}});
    rows.push_back({{"i", i},
                    {"legend", row.current ? row.in.full_name
                                           : c.views.text(c.locale, "committee_recompose_new") + " " +
                                                 std::to_string(++fresh)},
                    {"current", row.current},
                    {"keep", row.keep},
                    {"row_error", !row.error_field.empty()},
                    {"full_name", row.in.full_name},
                    {"position", row.in.position},
                    {"phone", row.in.phone},
                    {"trained", row.in.trained},
                    {"sexes", sexes},
                    {"roles", pages::choice_options(c, committee_role_choices(), row.in.role)}});
    for (const char* f : {"full_name", "sex", "role", "position", "phone"})
      rows.back()["invalid_" + std::string(f)] = row.error_field == f;
    row_error = row_error || !row.error_field.empty();
  }
  J m = {{"action", url_of(org) + "/recompositions"},
         {"from", r.from},
         {"decision_no", r.decision_no},
         {"decision_date", r.decision_date},
         {"rows", rows},
         {"open", error != nullptr},
         {"problem", error ? error->message : ""},
         {"problem_on_top", error && !row_error}};
  for (const char* field : {"from", "decision_no", "decision_date"})
    m["invalid_" + std::string(field)] = error && error->field == field;
  return m;
}

Response page(Ctx& c, const std::string& org, const Typed& typed, const std::string& note) {
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
  const app::MemberInput* in = typed.member;
  m["sexes"] = pages::choice_options(c, sex_choices(), in ? in->sex : "");
  m["roles"] = pages::choice_options(c, committee_role_choices(), in ? in->role : "member");
  if (in)
    m["form"] = {{"full_name", in->full_name}, {"position", in->position}, {"phone", in->phone},
                 {"term_start", in->term_start}, {"decision_no", in->decision_no},
                 {"decision_date", in->decision_date}, {"trained", in->trained}};
  if (v->can_edit) {
    if (typed.recompose) {
      m["recompose"] = recompose_model(c, *typed.recompose, org, typed.error);
    } else {
      auto today = c.req.query_value("on").empty() ? v : c.app.committee().get(c.auth->actor, org);
      if (!today) return pages::error_page(c.views, c.locale, today.error(), &c);
      m["recompose"] = recompose_model(c, fresh_recomposition(today->members), org, nullptr);
    }
  }
  if (!note.empty()) m["note"] = note;
  if (typed.error && !(typed.recompose && v->can_edit)) pages::add_form_error(m, *typed.error);
  return pages::render(c, "committee", m, typed.error ? http_status_of(*typed.error) : 200);
}

Response show(Ctx& c) {
  const bool recomposed = c.req.query_value("recomposed") == "1";
  return page(c, c.req.param("org"), {}, recomposed ? c.views.text(c.locale, "committee_recomposed") : "");
}

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
  if (!r) return page(c, org, {&r.error(), &in, nullptr}, "");
  return Response::redirect(url_of(org));
}

Response end(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = c.req.param("org");
  auto id = pages::to_id(c.req.param("id"));
  auto r = c.app.committee().end_term(c.auth->actor, org, id, form_value(f, "on"));
  if (!r) return page(c, org, {&r.error(), nullptr, nullptr}, "");
  return Response::redirect(url_of(org));
}

// "members[2].phone" → 2; -1 when the error names no member.
int member_of_field(const std::string& field) {
  if (!field.starts_with("members[")) return -1;
  try {
    return std::stoi(field.substr(8));
  } catch (const std::exception&) {
    return -1;
  }
}

Response recompose(Ctx& c) {
  const std::string org = c.req.param("org");
  Recomposition typed = recomposition_of(pages::form(c));
  std::vector<app::MemberInput> members;
  std::vector<size_t> row_of;  // member index → row
  for (size_t i = 0; i < typed.rows.size(); ++i)
    if (included(typed.rows[i])) members.push_back(typed.rows[i].in), row_of.push_back(i);
  auto r = c.app.committee().recompose(c.auth->actor, org, typed.from, typed.decision_no, typed.decision_date,
                                       members);
  if (!r) {
    const int k = member_of_field(r.error().field);
    if (k >= 0 && static_cast<size_t>(k) < row_of.size()) {
      const auto dot = r.error().field.find("].");
      typed.rows[row_of[k]].error_field = dot == std::string::npos ? "-" : r.error().field.substr(dot + 2);
    }
    return page(c, org, {&r.error(), nullptr, &typed}, "");
  }
  if (!r->values_note.empty())
    return page(c, org, {}, c.views.text(c.locale, "committee_recomposed") + " " + r->values_note);
  return Response::redirect(url_of(org) + "?recomposed=1#main");  // the notice, not the form's anchor
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
  r.add({"POST", "/committee/{org}/recompositions", Access::kUser, Kind::kPage,
         "Kiện toàn Ban theo quyết định mới: giữ lại, thay thế, bổ sung thành viên", "", recompose});
}

}  // namespace bd::http
