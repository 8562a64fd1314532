// /reports/completeness: for a parent unit and a period, who has reported:
// counts over the direct children and the whole subtree, a row per child
// with a drill-down, and a reminder ready to paste into an e-mail. An
// approver selects submitted reports there, reviews them on
// /reports/approve and approves them together.
#include <cstdlib>

#include "app/app.h"
#include "app/reports/access.h"
#include "core/dates.h"
#include "http/errors.h"
#include "http/pages/common.h"
#include "http/pages/options.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

J counts_model(const Ctx& c, const app::CompletenessCounts& children, const app::CompletenessCounts& subtree) {
  const std::pair<const char*, int app::CompletenessCounts::*> rows[] = {
      {"expected", &app::CompletenessCounts::expected},   {"submitted", &app::CompletenessCounts::submitted},
      {"on_time", &app::CompletenessCounts::on_time},     {"late", &app::CompletenessCounts::late},
      {"approved", &app::CompletenessCounts::approved},   {"returned", &app::CompletenessCounts::returned},
      {"missing", &app::CompletenessCounts::missing},     {"not_required", &app::CompletenessCounts::not_required}};
  J out = J::array();
  for (const auto& [key, field] : rows)
    out.push_back({{"key", key}, {"label", c.views.text(c.locale, std::string("count_") + key)},
                   {"children", children.*field}, {"subtree", subtree.*field}});
  return out;
}

std::string completeness_url(const std::string& org, const std::string& period) {
  return "/reports/completeness?org=" + url_encode(org) + "&period=" + url_encode(period);
}

J unit_model(const Ctx& c, const app::UnitCompleteness& u, const std::string& period) {
  J row = {{"org", u.unit.code},
           {"name", u.unit.name},
           {"url", "/reports/" + url_encode(u.unit.code) + "/" + url_encode(period)},
           {"expected", u.expected},
           {"status", std::string(report_status_code(u.status))},
           {"status_label", pages::report_status_label(c, u.status)},
           {"due", u.due ? format_vi(*u.due) : ""},
           {"has_children", u.has_children},
           {"drill", "/reports/completeness?org=" + url_encode(u.unit.code) + "&period=" + url_encode(period)},
           {"below_submitted", u.below.submitted},
           {"below_expected", u.below.expected}};
  if (u.timeliness && u.expected) {
    row["timeliness"] = std::string(timeliness_code(u.timeliness->state));
    row["timeliness_label"] = pages::timeliness_text(c, *u.timeliness);
  }
  if (!u.due) row["nothing_due"] = true;
  // A submitted report its reader may approve can be picked for approval.
  row["selectable"] = u.status == ReportStatus::kSubmitted && app::can_approve_report(c.auth->actor, u.unit).ok();
  return row;
}

Response show(Ctx& c) {
  std::string org = c.req.query_value("org");
  if (org.empty()) org = c.auth->actor.org_code;
  std::string period = c.req.query_value("period");
  if (period.empty()) {
    const Date today = date_from_unix(c.app.clock().now() + 7 * 3600);
    period = period_of(PeriodType::kHalfYear, today).previous().code();
  }
  auto r = c.app.reports().completeness(c.auth->actor, org, period);
  if (!r) return pages::error_page(c.views, c.locale, r.error(), &c);
  const std::string code = r->period.code();
  auto m = pages::base_model(c, "reports", c.views.text(c.locale, "completeness_title") + " — " + r->unit.name);
  m["unit"] = {{"code", r->unit.code}, {"name", r->unit.name}};
  m["period"] = code;
  m["period_label"] = c.locale == "en" ? r->period.label_en() : r->period.label_vi();
  m["as_of"] = format_vi(r->today);
  m["periods"] = pages::report_period_options(c, code);
  m["counts"] = counts_model(c, r->children, r->subtree);
  m["rows"] = J::array();
  bool selectable = false;
  for (const auto& u : r->rows) {
    m["rows"].push_back(unit_model(c, u, code));
    selectable = selectable || m["rows"].back()["selectable"].get<bool>();
  }
  m["no_children"] = r->rows.empty();
  m["bulk"] = selectable;
  if (const int approved = std::atoi(c.req.query_value("approved").c_str()); approved > 0)
    m["notice"] = pages::fill(c.views.text(c.locale, "bulk_approved"), {{"n", std::to_string(approved)}});
  m["reminder"] = app::reminder_text(*r);
  m["to_remind"] = r->missing.size() + r->returned.size() + r->late.size();
  if (r->unit.parent_id) m["own_report"] = "/reports/" + url_encode(r->unit.code) + "/" + url_encode(code);
  return pages::render(c, "completeness", m);
}

// The reports picked for approval: what they hold, those that cannot be
// approved and why, and the button that approves the rest.
Response review(Ctx& c, const std::string& org, const std::string& period, const std::vector<std::string>& orgs,
                const Error* error, int approved_now) {
  auto m = pages::base_model(c, "reports", c.views.text(c.locale, "bulk_title"));
  m["back"] = completeness_url(org, period);
  m["org"] = org;
  m["period"] = period;
  if (auto p = parse_period(period)) m["period_label"] = c.locale == "en" ? p->label_en() : p->label_vi();
  if (approved_now > 0)
    m["notice"] = pages::fill(c.views.text(c.locale, "bulk_approved"), {{"n", std::to_string(approved_now)}});
  if (error) pages::add_form_error(m, *error);
  m["ready"] = J::array();
  m["refused"] = J::array();
  auto check = c.app.reports().check_approvals(c.auth->actor, orgs, period);
  if (!check) {
    if (!error) pages::add_form_error(m, check.error());
    return pages::render(c, "completeness_approve", m, http_status((error ? *error : check.error()).code));
  }
  for (const auto& v : check->ready) {
    int filled = 0, expected = 0;
    for (const auto& d : v.data_sets) filled += d.filled, expected += d.expected;
    J row = {{"org", v.unit.code},
             {"name", v.unit.name},
             {"url", "/reports/" + url_encode(v.unit.code) + "/" + url_encode(period)},
             {"submitted", v.record.submitted_at > 0 ? format_vi_datetime(v.record.submitted_at) : ""},
             {"filled", filled},
             {"expected", expected},
             {"empty_sections", v.gaps.empty_sections.size()}};
    if (v.timeliness) row["timeliness"] = std::string(timeliness_code(v.timeliness->state)),
                      row["timeliness_label"] = pages::timeliness_text(c, *v.timeliness);
    m["ready"].push_back(row);
  }
  for (const auto& [code, why] : check->refused) m["refused"].push_back(why);
  m["has_ready"] = !check->ready.empty();
  m["has_refused"] = !check->refused.empty();
  m["confirm_label"] = pages::fill(c.views.text(c.locale, "bulk_confirm"), {{"n", std::to_string(check->ready.size())}});
  return pages::render(c, "completeness_approve", m, error && approved_now == 0 ? http_status(error->code) : 200);
}

Response approve(Ctx& c) {
  const auto f = pages::form(c);
  const std::string org = form_value(f, "org"), period = form_value(f, "period");
  const std::vector<std::string> orgs = form_values(f, "orgs");
  if (form_value(f, "confirm") != "1") return review(c, org, period, orgs, nullptr, 0);
  auto done = c.app.reports().approve_many(c.auth->actor, orgs, period);
  if (!done) return review(c, org, period, orgs, &done.error(), 0);
  if (done->failed.empty())
    return Response::redirect(completeness_url(org, period) + "&approved=" + std::to_string(done->approved.size()));
  // Changed by someone else meanwhile: say what was approved and what was not.
  Error e = Error::Conflict(c.views.text(c.locale, "bulk_some_failed"));
  e.details = done->failed;
  std::vector<std::string> left;
  for (const auto& [code, why] : done->failed) left.push_back(code);
  return review(c, org, period, left, &e, static_cast<int>(done->approved.size()));
}

}  // namespace

void add_completeness_pages(Router& r) {
  r.add({"GET", "/reports/completeness", Access::kUser, Kind::kPage,
         "Tình hình nộp báo cáo của các đơn vị trực thuộc, danh sách cần nhắc", "", show});
  r.add({"POST", "/reports/approve", Access::kUser, Kind::kPage,
         "Duyệt nhiều báo cáo: xem lại các báo cáo đã chọn (orgs), rồi duyệt tất cả khi confirm=1", "", approve});
}

}  // namespace bd::http
