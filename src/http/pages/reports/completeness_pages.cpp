// /reports/completeness: for a parent unit and a period, who has reported:
// counts over the direct children and the whole subtree, a row per child
// with a drill-down, and a reminder ready to paste into an e-mail.
#include "app/app.h"
#include "core/dates.h"
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
  for (const auto& u : r->rows) m["rows"].push_back(unit_model(c, u, code));
  m["no_children"] = r->rows.empty();
  m["reminder"] = app::reminder_text(*r);
  m["to_remind"] = r->missing.size() + r->returned.size() + r->late.size();
  if (r->unit.parent_id) m["own_report"] = "/reports/" + url_encode(r->unit.code) + "/" + url_encode(code);
  return pages::render(c, "completeness", m);
}

}  // namespace

void add_completeness_pages(Router& r) {
  r.add({"GET", "/reports/completeness", Access::kUser, Kind::kPage,
         "Tình hình nộp báo cáo của các đơn vị trực thuộc, danh sách cần nhắc", "", show});
}

}  // namespace bd::http
