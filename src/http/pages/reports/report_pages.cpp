// /reports: a unit's periodic reports with their state and deadline; one
// report (narrative, forms due, targets) with the buttons its reader may
// use: save and submit for the unit's editor, approve, return, reopen and
// exempt for the parent's approver.
#include <algorithm>

#include "analytics/targets.h"
#include "app/access.h"
#include "app/app.h"
#include "core/activity.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

std::string report_url(const std::string& org, const std::string& period) {
  return "/reports/" + url_encode(org) + "/" + url_encode(period);
}

Response list(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = c.auth->actor.org_code;
  auto r = c.app.reports().list(c.auth->actor, org);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  auto detail = c.app.orgs().get(c.auth->actor, org);
  if (!detail) return pages::error_page(c.views, c.locale, detail.error(), &c);
  const OrgUnit& unit = detail->info.unit;
  auto m = pages::base_model(c, "reports", c.views.text(c.locale, "reports_title"));
  m["unit"] = {{"code", unit.code}, {"name", unit.name}};
  m["units"] = pages::unit_options(c, unit.code, false);
  std::string chosen = c.req.query_value("period");
  m["rows"] = J::array();
  for (const auto& s : *r) {
    const std::string code = s.period.code();
    if (chosen.empty() && s.timeliness && s.timeliness->state != Timeliness::State::kPending) chosen = code;
    J row = {{"period", code},
             {"label", c.locale == "en" ? s.period.label_en() : s.period.label_vi()},
             {"url", report_url(unit.code, code)},
             {"status", std::string(report_status_code(s.status))},
             {"status_label", pages::report_status_label(c, s.status)},
             {"due", s.due ? format_vi(*s.due) : ""},
             {"current", code == c.req.query_value("period")}};
    if (s.timeliness) {
      row["timeliness"] = std::string(timeliness_code(s.timeliness->state));
      row["timeliness_label"] = pages::timeliness_text(c, *s.timeliness);
    }
    m["rows"].push_back(row);
  }
  m["empty"] = r->empty();
  bool open_children = false;
  for (const auto& ch : detail->children) open_children = open_children || !ch.unit.is_closed();
  m["has_children"] = open_children;
  m["periods"] = pages::report_period_options(c, chosen);
  return pages::render(c, "reports", m);
}

J targets_model(const Ctx& c, const std::vector<app::TargetState>& targets) {
  J out = J::array();
  for (const auto& s : targets) {
    const std::string unit = s.indicator.unit;
    out.push_back({{"name", s.target.name_vi},
                   {"goal", app::goal_text(s)},
                   {"value", s.value ? format_indicator_value(*s.value, unit) : ""},
                   {"status", s.status},
                   {"status_label", c.views.text(c.locale, "status_" + s.status)},
                   {"trajectory", s.trajectory},
                   {"trajectory_label", c.views.text(c.locale, "trajectory_" + s.trajectory)}});
  }
  return out;
}

// The period's activities: title (linked), dates, type, state, people reached.
J activities_model(const Ctx& c, const app::ReportView& v) {
  const bool en = c.locale == "en";
  J rows = J::array();
  for (const auto& a : v.activities) {
    Participants all;
    for (const auto& p : a.participants) {
      all.female += p.female;
      all.male += p.male;
    }
    rows.push_back({{"url", "/activities/" + std::to_string(a.id)},
                    {"title", a.title},
                    {"dates", activity_dates_vi(a)},
                    {"type", std::string(en ? activity_type_label_en(a.type) : activity_type_label_vi(a.type))},
                    {"status", std::string(activity_status_code(a.status))},
                    {"status_label", std::string(en ? activity_status_label_en(a.status) : activity_status_label_vi(a.status))},
                    {"female", format_number_vi(all.female, 0)},
                    {"total", format_number_vi(all.total(), 0)}});
  }
  return {{"rows", rows},
          {"none", rows.empty()},
          {"done", v.activities_done},
          {"reached_female", format_number_vi(v.reached.female, 0)},
          {"reached_total", format_number_vi(v.reached.total(), 0)},
          {"new_url", "/activities/new?org=" + url_encode(v.unit.code)}};
}

// What the report lacks, shown above its submit button (submission_check.h).
void gaps_model(const Ctx& c, const app::ReportView& v, J& m) {
  if (!v.allowed.submit || !v.gaps.any()) return;
  auto join = [](const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
    return out;
  };
  J forms = J::array();
  for (const auto& f : v.gaps.forms) {
    std::vector<std::string> others;
    for (const auto& name : f.blank)
      if (std::find(f.required_blank.begin(), f.required_blank.end(), name) == f.required_blank.end())
        others.push_back(name);
    forms.push_back({{"name", f.name}, {"filled", f.filled}, {"expected", f.expected},
                     {"blocked", !f.required_blank.empty()}, {"required", join(f.required_blank)},
                     {"others", join(others)}, {"blank", join(f.blank)},
                     {"url", "/data?org=" + url_encode(v.unit.code) + "&set=" + url_encode(f.code) +
                                 "&period=" + url_encode(v.period.code())}});
  }
  J sections = J::array();
  for (const auto& s : v.gaps.empty_sections) sections.push_back(c.views.text(c.locale, "narrative_" + s));
  m["gaps"] = {{"forms", forms}, {"sections", sections}};
  m["blocked"] = v.gaps.blocked();
}

// The report page; `typed` keeps what was typed after a refused save.
// The approval shown and the list of every approval, each a link.
void versions_model(const Ctx& c, const app::ReportView& v, J& m) {
  const std::string url = report_url(v.unit.code, v.period.code());
  const int last = static_cast<int>(v.versions.size());
  J list = J::array();
  for (const auto& ver : v.versions) {
    list.push_back({{"label", pages::fill(c.views.text(c.locale, "report_version_label"),
                                          {{"n", std::to_string(ver.version)},
                                           {"date", format_vi(app::vietnam_date(ver.approved_at))}})},
                    {"url", url + "?version=" + std::to_string(ver.version)},
                    {"current", ver.version == v.shown_version},
                    {"last", ver.version == last}});
  }
  m["versions"] = list;
  m["has_versions"] = !list.empty();
  if (v.shown_version <= 0) return;
  const auto& shown = v.versions[static_cast<size_t>(v.shown_version - 1)];
  const bool current = v.shows_current_approval();
  J frozen = {{"text", pages::fill(c.views.text(c.locale, current ? "report_frozen" : "report_frozen_earlier"),
                                   {{"n", std::to_string(shown.version)},
                                    {"date", format_vi(app::vietnam_date(shown.approved_at))},
                                    {"by", shown.approved_by}})}};
  if (!current) frozen["live_url"] = url;
  m["frozen"] = frozen;
}

// A section drafted again from the figures: shown beside the text (`show`),
// or put in its place in the form (`put`); neither is saved until Lưu.
struct Redraft {
  std::string show, put;
};

Response page(Ctx& c, const std::string& org, const std::string& period, const Error* error, const J* typed,
              const std::string& notice, int version = 0, const Redraft& redraft = {}) {
  auto r = c.app.reports().get(c.auth->actor, org, period, version);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  const auto& v = *r;
  const auto& rec = v.record;
  const std::string label = c.locale == "en" ? v.period.label_en() : v.period.label_vi();
  auto m = pages::base_model(c, "reports", c.views.text(c.locale, "report_title") + " — " + v.unit.name);
  m["unit"] = {{"code", v.unit.code}, {"name", v.unit.name}};
  if (v.parent) m["parent"] = {{"code", v.parent->code}, {"name", v.parent->name}};
  // The parent's completeness, for those who may see it (not the unit's own
  // staff: a school's users would meet a 403 there).
  if (v.parent && !v.parent->path.empty() && app::in_scope(c.auth->actor, *v.parent))
    m["completeness_url"] = "/reports/completeness?org=" + url_encode(v.parent->code) +
                            "&period=" + url_encode(v.period.code());
  m["period"] = v.period.code();
  m["period_label"] = label;
  m["action_url"] = report_url(v.unit.code, v.period.code());
  m["status"] = std::string(report_status_code(rec.status));
  m["status_label"] = pages::report_status_label(c, rec.status);
  m["due"] = v.due ? format_vi(*v.due) : "";
  if (v.timeliness) {
    m["timeliness"] = std::string(timeliness_code(v.timeliness->state));
    m["timeliness_label"] = pages::timeliness_text(c, *v.timeliness);
  }
  if (rec.submitted_at > 0)
    m["submitted"] = {{"at", format_vi_datetime(rec.submitted_at)}, {"by", rec.submitted_by}};
  if (rec.decided_at > 0) m["decided"] = {{"at", format_vi_datetime(rec.decided_at)}, {"by", rec.decided_by}};
  // A returned report: how long it has waited to be sent again, apart from
  // its timeliness (which counts from its first submission).
  if (rec.status == ReportStatus::kReturned && rec.decided_at > 0) {
    const Date returned = app::vietnam_date(rec.decided_at);
    const int64_t days = days_from_civil(app::vietnam_date(c.app.clock().now())) - days_from_civil(returned);
    m["returned_since"] = pages::fill(c.views.text(c.locale, "report_returned_since"),
                                      {{"date", format_vi(returned)}, {"n", std::to_string(days)}});
  }
  m["comment"] = rec.comment;
  m["locked"] = v.locked;
  J fields = J::array();
  for (const auto& f : app::narrative_fields()) {
    std::string text = v.narrative.value(f, "");
    if (typed && typed->contains(f)) text = (*typed)[f].get<std::string>();
    const std::string draft = v.draft.value(f, "");
    // An empty section opens with its draft (narrative_draft.h), to be read
    // and saved; what was written is only ever replaced when asked.
    const bool drafted = v.allowed.edit && (text.empty() || redraft.put == f) && !draft.empty();
    if (drafted) text = draft;
    J field{{"name", f}, {"label", c.views.text(c.locale, "narrative_" + f)}, {"value", text},
            {"empty", text.empty()}, {"invalid", error && error->field == f}, {"drafted", drafted},
            {"can_redraft", v.allowed.edit && !draft.empty() && !drafted && draft != text}};
    if (redraft.show == f && !draft.empty()) field["redraft"] = draft;
    fields.push_back(std::move(field));
  }
  m["fields"] = fields;
  if (!redraft.put.empty()) m["notice"] = c.views.text(c.locale, "narrative_redraft_put");
  m["sets"] = J::array();
  for (const auto& d : v.data_sets)
    m["sets"].push_back({{"name", c.locale == "en" && !d.set.name_en.empty() ? d.set.name_en : d.set.name_vi},
                         {"due", d.due ? format_vi(*d.due) : ""}, {"filled", d.filled}, {"expected", d.expected},
                         {"complete", d.expected > 0 && d.filled >= d.expected},
                         {"url", "/data?org=" + url_encode(v.unit.code) + "&set=" + url_encode(d.set.code) +
                                     "&period=" + url_encode(v.period.code())}});
  m["no_sets"] = v.data_sets.empty();
  m["targets"] = targets_model(c, v.targets);
  m["no_targets"] = v.targets.empty();
  m["activities"] = activities_model(c, v);
  versions_model(c, v, m);
  gaps_model(c, v, m);
  const auto& a = v.allowed;
  m["can"] = {{"edit", a.edit}, {"submit", a.submit}, {"approve", a.approve}, {"send_back", a.send_back},
              {"reopen", a.reopen}, {"exempt", a.exempt}};
  m["can_decide"] = a.approve || a.send_back || a.reopen || a.exempt;
  if (!notice.empty()) m["notice"] = c.views.text(c.locale, notice);
  if (error) pages::add_form_error(m, *error);
  return pages::render(c, "report", m, error ? http_status_of(*error) : 200);
}

Response show(Ctx& c) {
  const std::string done = c.req.query_value("done");
  const bool known = done == "save" || done == "submit" || done == "approve" || done == "return" ||
                     done == "reopen" || done == "not-required";
  const auto version = app::parse_report_version(c.req.query_value("version"));
  if (!version) return pages::error_page(c.views, c.locale, version.error(), &c);
  return page(c, c.req.param("org"), c.req.param("period"), nullptr, nullptr, known ? "report_done_" + done : "",
              *version);
}

Response save(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = c.req.param("org"), period = c.req.param("period");
  J narrative = J::object();
  for (const auto& name : app::narrative_fields())
    if (f.count(name)) narrative[name] = form_value(f, name);
  // "Soạn lại từ số liệu" and its "Dùng bản soạn lại": the form comes back as
  // typed, nothing saved.
  const Redraft redraft{form_value(f, "redraft"), form_value(f, "use_draft")};
  if (!redraft.show.empty() || !redraft.put.empty()) return page(c, org, period, nullptr, &narrative, "", 0, redraft);
  auto r = c.app.reports().save(c.auth->actor, org, period, narrative);
  if (!r) return page(c, org, period, &r.error(), &narrative, "");
  return Response::redirect(report_url(org, period) + "?done=save");
}

Response act(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = c.req.param("org"), period = c.req.param("period"), action = c.req.param("action");
  const auto& a = c.auth->actor;
  auto& reports = c.app.reports();
  std::optional<Result<app::ReportView>> r;
  // A report with gaps is submitted only once they have been read and accepted.
  if (action == "submit" && form_value(f, "accept_gaps") != "1")
    if (auto v = reports.get(a, org, period); v && v->allowed.submit && v->gaps.any() && !v->gaps.blocked()) {
      const Error unconfirmed = Error::Validation(
          "Báo cáo chưa đầy đủ: hãy xem những mục còn thiếu dưới đây và đánh dấu xác nhận trước khi nộp.",
          "accept_gaps");
      return page(c, org, period, &unconfirmed, nullptr, "");
    }
  if (action == "submit") r = reports.submit(a, org, period);
  else if (action == "approve") r = reports.approve(a, org, period);
  else if (action == "return") r = reports.send_back(a, org, period, form_value(f, "comment"));
  else if (action == "reopen") r = reports.reopen(a, org, period, form_value(f, "reason"));
  else if (action == "not-required") r = reports.mark_not_required(a, org, period, form_value(f, "reason"));
  if (!r) return pages::error_page(c.views, c.locale, Error::NotFound("Không có thao tác này."), &c);
  if (!*r) return page(c, org, period, &r->error(), nullptr, "");
  return Response::redirect(report_url(org, period) + "?done=" + action);
}

}  // namespace

void add_report_pages(Router& r) {
  r.add({"GET", "/reports", Access::kUser, Kind::kPage, "Báo cáo định kỳ của một đơn vị: trạng thái, hạn nộp", "",
         list});
  r.add({"GET", "/reports/{org}/{period}", Access::kUser, Kind::kPage,
         "Một báo cáo: nội dung, biểu mẫu phải nộp, chỉ tiêu, nộp và duyệt", "", show});
  r.add({"POST", "/reports/{org}/{period}", Access::kUser, Kind::kPage, "Lưu nội dung báo cáo", "", save});
  r.add({"POST", "/reports/{org}/{period}/{action}", Access::kUser, Kind::kPage,
         "Nộp, duyệt, trả lại, mở lại hoặc miễn nộp báo cáo", "", act});
}

}  // namespace bd::http
