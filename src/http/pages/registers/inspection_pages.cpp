// /inspections: inspections of a unit and by it, and the form with which a
// parent unit's approver or manager plans or records an inspection of a unit
// below it; /inspections/{id}: one inspection, the inspecting side's form to
// update it and record its results, and the inspected unit's response to
// each follow-up item.
#include "app/app.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/pages/registers/registry_common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;
using Form = std::multimap<std::string, std::string>;

constexpr int kBlankFollowUps = 3;

// One follow-up row of the form: an item already recorded (id > 0), which
// may be dropped, or a blank row for a new one.
struct FollowUpRow {
  app::FollowUpInput in;
  bool remove = false;
  bool error = false;
};

// The inspection form as typed: the inspection and its follow-up rows.
struct InspectionForm {
  app::InspectionInput in;
  std::vector<FollowUpRow> rows;
  std::string error_field;  // the field an error names ("date"); row errors are marked on the row
};

std::string org_or_own(const Ctx& c) {
  std::string org = c.req.query_value("org");
  return org.empty() ? c.auth->actor.org_code : org;
}

void add_blank_rows(InspectionForm& f) {
  for (int i = 0; i < kBlankFollowUps; ++i) f.rows.push_back({});
}

InspectionForm form_of(const Inspection& i) {
  InspectionForm f;
  f.in.status = i.status;
  f.in.date = pages::vi_date(i.date);
  f.in.team = i.team;
  f.in.scope = i.scope;
  f.in.findings = i.findings;
  f.in.recommendations = i.recommendations;
  for (const auto& x : i.followups) f.rows.push_back({{x.id, x.text, pages::vi_date(x.due), x.status}, false, false});
  add_blank_rows(f);
  return f;
}

InspectionForm form_of(const Form& f) {
  InspectionForm out;
  out.in.org = form_value(f, "org");
  out.in.by_org = form_value(f, "by_org");
  out.in.status = form_value(f, "status");
  out.in.date = form_value(f, "date");
  out.in.team = form_value(f, "team");
  out.in.scope = form_value(f, "scope");
  out.in.findings = form_value(f, "findings");
  out.in.recommendations = form_value(f, "recommendations");
  // One row past the limit is read, so that the use case refuses too many
  // rather than this page dropping them.
  for (int i = 0; i <= InspectionLimits::kFollowUps; ++i) {
    const std::string p = "f." + std::to_string(i) + ".";
    if (!f.count(p + "text")) break;
    FollowUpRow row;
    row.in.id = pages::to_id(form_value(f, p + "id"));
    row.in.text = form_value(f, p + "text");
    row.in.due = form_value(f, p + "due");
    if (auto st = form_value(f, p + "status"); !st.empty()) row.in.status = st;  // else "open"
    row.remove = form_value(f, p + "remove") == "1";
    out.rows.push_back(row);
  }
  return out;
}

// The follow-up items to save, and the row each came from. A recorded item
// stays unless dropped; a blank row counts once anything is typed into it.
std::vector<size_t> collect_followups(InspectionForm& f) {
  std::vector<size_t> row_of;
  f.in.followups.clear();
  for (size_t i = 0; i < f.rows.size(); ++i) {
    const auto& row = f.rows[i];
    const bool wanted = row.in.id > 0 ? !row.remove : !row.in.text.empty() || !row.in.due.empty();
    if (!wanted) continue;
    f.in.followups.push_back(row.in);
    row_of.push_back(i);
  }
  return row_of;
}

// Marks the row or field an error names ("followups[2].due" → row of item 2).
void mark_error(InspectionForm& f, const std::vector<size_t>& row_of, const Error& e) {
  if (e.field.starts_with("followups[")) {
    try {
      const size_t k = std::stoul(e.field.substr(10));
      if (k < row_of.size()) f.rows[row_of[k]].error = true;
    } catch (const std::exception&) {
    }
    return;
  }
  f.error_field = e.field;
}

// The field limits the forms carry as maxlength (the use case's own).
J limits_model() {
  return {{"team", InspectionLimits::kTeam},
          {"scope", InspectionLimits::kScope},
          {"findings", InspectionLimits::kFindings},
          {"recommendations", InspectionLimits::kRecommendations},
          {"followup_text", InspectionLimits::kFollowUpText},
          {"response", InspectionLimits::kResponse}};
}

J form_model(const Ctx& c, const InspectionForm& f, const std::string& action, const Error* error) {
  J rows = J::array();
  int fresh = 0;
  bool row_error = false;
  for (size_t i = 0; i < f.rows.size(); ++i) {
    const auto& row = f.rows[i];
    rows.push_back({{"i", i},
                    {"id", row.in.id},
                    {"recorded", row.in.id > 0},
                    {"legend", row.in.id > 0 ? c.views.text(c.locale, "followup_item") + " " + std::to_string(i + 1)
                                             : c.views.text(c.locale, "followup_new") + " " + std::to_string(++fresh)},
                    {"text", row.in.text},
                    {"due", row.in.due},
                    {"remove", row.remove},
                    {"row_error", row.error},
                    {"statuses", pages::choice_options(c, followup_status_choices(),
                                                       row.in.status.empty() ? "open" : row.in.status)}});
    row_error = row_error || row.error;
  }
  J m = {{"action", action},
         {"statuses", pages::choice_options(c, inspection_status_choices(), f.in.status)},
         {"date", f.in.date},
         {"team", f.in.team},
         {"scope", f.in.scope},
         {"findings", f.in.findings},
         {"recommendations", f.in.recommendations},
         {"rows", rows},
         {"open", error != nullptr},
         {"problem", error ? error->message : ""},
         {"problem_on_top", error && !row_error}};
  for (const char* field : {"org", "status", "date", "team", "scope", "findings", "recommendations"})
    m["invalid_" + std::string(field)] = error && f.error_field == field;
  return m;
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

// The list; `typed` and `error` re-show the new inspection's form.
Response list_page(Ctx& c, const std::string& org, InspectionForm* typed, const Error* error) {
  auto r = c.app.inspections().list(c.auth->actor, org);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "inspections_title") + " — " + r->unit.name);
  m["limits"] = limits_model();
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["units"] = pages::unit_options(c, org, false);
  m["of_unit"] = J::array();
  m["by_unit"] = J::array();
  for (const auto& v : r->of_unit) m["of_unit"].push_back(inspection_model(c, v));
  for (const auto& v : r->by_unit) m["by_unit"].push_back(inspection_model(c, v));
  m["none_of"] = r->of_unit.empty();
  m["none_by"] = r->by_unit.empty();
  m["hub"] = "/committee?org=" + url_encode(org);
  const J below = r->can_inspect ? pages::units_below(c, r->unit.path, typed ? typed->in.org : "") : J::array();
  if (!below.empty()) {
    InspectionForm fresh;
    fresh.in.status = "planned";
    add_blank_rows(fresh);
    J f = form_model(c, typed ? *typed : fresh, "/inspections", error);
    f["units"] = below;
    f["by_org"] = r->unit.code;
    f["by_name"] = r->unit.name;
    m["create"] = f;
  } else if (error) {
    pages::add_form_error(m, *error);
  }
  return pages::render(c, "inspections", m, error ? http_status_of(*error) : 200);
}

Response list(Ctx& c) { return list_page(c, org_or_own(c), nullptr, nullptr); }

Response create(Ctx& c) {
  InspectionForm typed = form_of(pages::form(c));
  const auto row_of = collect_followups(typed);
  auto r = c.app.inspections().create(c.auth->actor, typed.in);
  if (r) return Response::redirect("/inspections/" + std::to_string(r->record.id) + "?saved=1#main");
  if (r.error().code != ErrorCode::kValidation) return pages::error_page(c.views, c.locale, r.error(), &c);
  mark_error(typed, row_of, r.error());
  const std::string by = typed.in.by_org.empty() ? c.auth->actor.org_code : typed.in.by_org;
  return list_page(c, by, &typed, &r.error());
}

// One inspection; `typed` and `error` re-show the update form, `error` alone
// a refused response.
Response inspection_page(Ctx& c, int64_t id, const InspectionForm* typed, const Error* error) {
  auto v = c.app.inspections().get(c.auth->actor, id);
  if (!v) return pages::error_page(c.views, c.locale, v.error(), &c);
  const auto& i = v->record;
  auto m = pages::base_model(c, "committee", c.views.text(c.locale, "inspection_title") + " — " + v->unit.name);
  m["limits"] = limits_model();
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
  m["no_followups"] = i.followups.empty();
  m["can_respond"] = v->can_respond;
  m["back"] = "/inspections?org=" + url_encode(v->unit.code);
  m["saved"] = c.req.query_value("saved") == "1";
  if (v->can_edit) {
    J f = form_model(c, typed ? *typed : form_of(i), "/inspections/" + std::to_string(i.id), typed ? error : nullptr);
    f["unit_name"] = v->unit.name;
    m["edit"] = f;
  }
  if (error && !(typed && v->can_edit)) pages::add_form_error(m, *error);
  return pages::render(c, "inspection", m, error ? http_status_of(*error) : 200);
}

Response show(Ctx& c) { return inspection_page(c, pages::to_id(c.req.param("id")), nullptr, nullptr); }

Response update(Ctx& c) {
  const int64_t id = pages::to_id(c.req.param("id"));
  InspectionForm typed = form_of(pages::form(c));
  const auto row_of = collect_followups(typed);
  auto r = c.app.inspections().update(c.auth->actor, id, typed.in);
  if (r) return Response::redirect("/inspections/" + std::to_string(id) + "?saved=1#main");
  if (r.error().code != ErrorCode::kValidation) return pages::error_page(c.views, c.locale, r.error(), &c);
  mark_error(typed, row_of, r.error());
  return inspection_page(c, id, &typed, &r.error());
}

Response respond(Ctx& c) {
  const auto f = pages::form(c);
  const int64_t id = pages::to_id(c.req.param("id"));
  auto r = c.app.inspections().respond(c.auth->actor, id, pages::to_id(c.req.param("item")),
                                       form_value(f, "response"), form_value(f, "status"));
  if (!r) return inspection_page(c, id, nullptr, &r.error());
  return Response::redirect("/inspections/" + std::to_string(id));
}

}  // namespace

void add_inspection_pages(Router& r) {
  r.add({"GET", "/inspections", Access::kUser, Kind::kPage, "Các cuộc kiểm tra của đơn vị", "", list});
  r.add({"POST", "/inspections", Access::kUser, Kind::kPage,
         "Đơn vị cấp trên ghi kế hoạch hoặc kết quả kiểm tra một đơn vị trực thuộc", "", create});
  r.add({"GET", "/inspections/{id}", Access::kUser, Kind::kPage, "Một cuộc kiểm tra và các việc cần khắc phục", "",
         show});
  r.add({"POST", "/inspections/{id}", Access::kUser, Kind::kPage,
         "Đơn vị kiểm tra cập nhật cuộc kiểm tra, ghi kết quả, kiến nghị, việc cần khắc phục", "", update});
  r.add({"POST", "/inspections/{id}/followups/{item}", Access::kUser, Kind::kPage,
         "Đơn vị được kiểm tra ghi ý kiến khắc phục", "", respond});
}

}  // namespace bd::http
