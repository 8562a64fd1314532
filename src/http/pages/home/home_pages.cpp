// The home page: what the user's unit needs doing next (app::Home's agenda),
// each item a sentence with the link or button that does it; then this
// week's activities and observances, and a handful of the unit's targets.
// The targets link to /orgunits/{code}/targets (a richer
// /orgunits/{code}/dashboard may take its place).
#include <map>

#include "analytics/targets.h"
#include "app/app.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "http/pages/common.h"
#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;
using app::AgendaItem;
using app::AgendaKind;
using pages::fill;

// The period inside a sentence: "Báo cáo năm 2025", not "Báo cáo Năm 2025".
std::string period_label(const Ctx& c, const AgendaItem& i) {
  auto p = parse_period(i.period);
  if (p && c.locale == "en") return p->label_en();
  std::string label = i.period_label;
  if (label.starts_with("Năm ")) label.replace(0, 1, "n");
  return label;
}

// "hạn 10/06/2026, còn 12 ngày" / "…, quá hạn 3 ngày" / "…, hạn chót hôm nay".
std::string due_text(const Ctx& c, const AgendaItem& i) {
  if (!i.due) return "";
  const std::string text = i.days_left > 0    ? c.views.text(c.locale, "agenda_due_left")
                           : i.days_left == 0 ? c.views.text(c.locale, "agenda_due_today")
                                              : c.views.text(c.locale, "agenda_due_over");
  return fill(text, {{"date", format_vi(*i.due)}, {"n", std::to_string(i.days_left < 0 ? -i.days_left : i.days_left)}});
}

std::string range_text(const Ctx& c, const AgendaItem& i) {
  if (!i.start) return "";
  if (!i.end || *i.end == *i.start)
    return c.views.text(c.locale, "weekday_" + std::to_string(iso_weekday(*i.start))) + ", " + format_vi(*i.start);
  return format_vi(*i.start) + " – " + format_vi(*i.end);
}

J form(const std::string& action, const std::string& label, const std::map<std::string, std::string>& fields) {
  J f = {{"action", action}, {"label", label}, {"fields", J::array()}};
  for (const auto& [name, value] : fields) f["fields"].push_back({{"name", name}, {"value", value}});
  return f;
}

std::string report_href(const std::string& org, const std::string& period) {
  return "/reports/" + url_encode(org) + "/" + url_encode(period);
}

std::string completeness_href(const AgendaItem& i) {
  return "/reports/completeness?org=" + url_encode(i.org_code) + "&period=" + url_encode(i.period);
}

// The units an item names (a few), each linked to its report, and "và n đơn
// vị khác" for the rest.
void units_model(const Ctx& c, const AgendaItem& i, J& m) {
  J out = J::array();
  for (const auto& u : i.units) out.push_back({{"name", u.name}, {"href", report_href(u.code, i.period)}});
  m["units"] = out;
  m["has_units"] = !i.units.empty();
  if (i.count > static_cast<int>(i.units.size()))
    m["more"] = fill(c.views.text(c.locale, "agenda_more_units"), {{"n", std::to_string(i.count - i.units.size())}});
}

void plan_model(const Ctx& c, const AgendaItem& i, bool has_parent, J& m) {
  const std::string year = std::to_string(i.year);
  if (i.kind == AgendaKind::kPlanSigning) {
    m["title"] = fill(c.views.text(c.locale, "agenda_plan_signing"), {{"year", year}});
    m["detail"] = fill(c.views.text(c.locale, "agenda_plan_sent_by"), {{"name", i.returned_by}});
    m["quote"] = i.comment;
    m["href"] = "/plans/" + std::to_string(i.plan->id);
    m["link"] = c.views.text(c.locale, i.can_act ? "agenda_plan_sign" : "agenda_plan_view_draft");
    return;
  }
  if (i.kind == AgendaKind::kPlanDraft) {
    m["title"] = fill(c.views.text(c.locale, "agenda_plan_draft"), {{"year", year}});
    if (!i.comment.empty()) {  // sent back by the signer
      m["detail"] = fill(c.views.text(c.locale, "agenda_plan_returned_by"), {{"name", i.returned_by}});
      m["quote"] = i.comment;
    }
    m["href"] = "/plans/" + std::to_string(i.plan->id) + (i.can_act ? "/edit" : "");
    m["link"] =
        (i.can_act ? c.views.text(c.locale, "agenda_plan_continue") : c.views.text(c.locale, "agenda_plan_view_draft"));
    return;
  }
  m["title"] = fill(c.views.text(c.locale, "agenda_plan_missing"), {{"year", year}});
  if (i.plan) {
    const auto& p = *i.plan;
    m["detail"] =
        fill(c.views.text(c.locale, "agenda_plan_parent"),
             {{"org", p.org_name}, {"number", p.number}, {"date", p.issued_on ? format_vi(*p.issued_on) : ""}});
    m["href"] = "/plans/" + std::to_string(p.id);
    m["link"] = c.views.text(c.locale, "agenda_plan_parent_view");
    if (i.can_act)
      m["form"] = form("/plans/" + std::to_string(p.id) + "/implement", c.views.text(c.locale, "agenda_plan_implement"),
                       {{"org", i.org_code}});
    return;
  }
  if (has_parent) m["detail"] = fill(c.views.text(c.locale, "agenda_plan_no_parent"), {{"year", year}});
  if (i.can_act)
    m["form"] = form("/plans", c.views.text(c.locale, "agenda_plan_new"), {{"org", i.org_code}, {"year", year}});
}

// One item as the template shows it: a title, an optional detail line and
// quote, the due text, a link and maybe a button.
J item_model(const Ctx& c, const AgendaItem& i, bool has_parent) {
  const std::string kind(app::agenda_kind_code(i.kind));
  // Every key is set, so that an absent one never reads the page's model.
  J m = {{"kind", kind},
         {"when", due_text(c, i)},
         {"overdue", i.due && i.days_left < 0},
         {"title", ""},
         {"detail", ""},
         {"quote", ""},
         {"href", ""},
         {"link", ""},
         {"form", nullptr},
         {"units", J::array()},
         {"has_units", false},
         {"more", ""}};
  const std::string period = period_label(c, i);
  switch (i.kind) {
    case AgendaKind::kPlanMissing:
    case AgendaKind::kPlanDraft:
    case AgendaKind::kPlanSigning:
      plan_model(c, i, has_parent, m);
      break;
    case AgendaKind::kReportReturned:
      m["title"] = fill(c.views.text(c.locale, "agenda_report_returned"), {{"period", period}});
      if (!i.comment.empty()) {
        m["detail"] = fill(c.views.text(c.locale, "agenda_returned_by"), {{"name", i.returned_by}});
        m["quote"] = i.comment;
      }
      m["href"] = report_href(i.org_code, i.period);
      m["link"] =
          (i.can_act ? c.views.text(c.locale, "agenda_report_fix") : c.views.text(c.locale, "agenda_report_view"));
      break;
    case AgendaKind::kReportDue:
      m["title"] = fill(c.views.text(c.locale, "agenda_report_due"), {{"period", period}});
      m["href"] = report_href(i.org_code, i.period);
      m["link"] =
          (i.can_act ? c.views.text(c.locale, "agenda_report_write") : c.views.text(c.locale, "agenda_report_view"));
      break;
    case AgendaKind::kApprovals:
      m["title"] =
          fill(c.views.text(c.locale, "agenda_approvals"), {{"n", std::to_string(i.count)}, {"period", period}});
      m["when"] = "";
      m["overdue"] = false;
      units_model(c, i, m);
      m["href"] = completeness_href(i);
      m["link"] = c.views.text(c.locale, "agenda_completeness");
      break;
    case AgendaKind::kChildrenMissing:
      m["title"] = fill(c.views.text(c.locale, "agenda_children_missing"),
                        {{"period", period}, {"n", std::to_string(i.count)}, {"of", std::to_string(i.expected)}});
      if (i.late > 0)
        m["detail"] = fill(c.views.text(c.locale, "agenda_children_late"), {{"n", std::to_string(i.late)}});
      units_model(c, i, m);
      m["href"] = completeness_href(i);
      m["link"] = c.views.text(c.locale, "agenda_remind");
      break;
    case AgendaKind::kFollowUp:
    case AgendaKind::kFollowUpBy:
      m["title"] = fill((i.kind == AgendaKind::kFollowUp ? c.views.text(c.locale, "agenda_followup")
                                                         : c.views.text(c.locale, "agenda_followup_by")),
                        {{"org", i.org_name}, {"date", i.inspected_on ? format_vi(*i.inspected_on) : ""}});
      m["quote"] = i.text;
      m["href"] = "/inspections/" + std::to_string(i.inspection_id);
      m["link"] = (i.kind == AgendaKind::kFollowUp && i.can_act ? c.views.text(c.locale, "agenda_followup_answer")
                                                                : c.views.text(c.locale, "agenda_inspection_view"));
      break;
    case AgendaKind::kActivity:
      m["title"] = i.text;
      m["when"] = range_text(c, i);
      m["href"] = "/activities/" + std::to_string(i.activity_id);
      m["link"] = (i.can_act ? c.views.text(c.locale, "agenda_activity_record")
                             : c.views.text(c.locale, "agenda_activity_view"));
      break;
    case AgendaKind::kObservance:
      m["title"] = i.text;
      m["when"] = range_text(c, i);
      m["detail"] = c.views.text(c.locale, "agenda_observance_none");
      m["href"] = "/calendar?month=" + iso(*i.start).substr(0, 7);
      m["link"] = c.views.text(c.locale, "agenda_calendar");
      if (i.can_act)
        m["form"] = form("/activities", c.views.text(c.locale, "activity_add_from_calendar"),
                         {{"org", i.org_code}, {"calendar_item", i.calendar_item}});
      break;
  }
  return m;
}

J target_model(const Ctx& c, const app::TargetState& s) {
  const std::string& unit = s.indicator.unit;
  return {{"name", s.target.name_vi},
          {"goal", app::goal_text(s)},
          {"value", s.value ? format_indicator_value(*s.value, unit) : ""},
          {"status", s.status},
          {"status_label", c.views.text(c.locale, "status_" + s.status)},
          {"trajectory", s.trajectory},
          {"trajectory_label", c.views.text(c.locale, "trajectory_" + s.trajectory)}};
}

Response home(Ctx& c) {
  const auto& a = c.auth->actor;
  auto g = c.app.home().agenda(a);
  if (!g) return pages::error_page(c.views, c.locale, g.error(), &c);
  auto m = pages::base_model(c, "home", c.views.text(c.locale, "home_title"));
  const auto& u = g->unit;
  m["unit"] = {{"code", u.code},
               {"name", u.name},
               {"type", std::string(c.locale == "en" ? org_type_label_en(u.type) : org_type_label_vi(u.type))},
               {"parent", g->parent_name}};
  J roles = J::array();
  for (Role r : a.roles.list()) roles.push_back(std::string(c.locale == "en" ? role_label_en(r) : role_label_vi(r)));
  m["roles"] = roles;
  m["today"] = format_vi(g->today);
  m["week"] =
      fill(c.views.text(c.locale, "agenda_week"), {{"from", format_vi(g->week_start)}, {"to", format_vi(g->week_end)}});
  J todo = J::array(), week = J::array();
  for (const auto& i : g->items) {
    const bool this_week = i.kind == AgendaKind::kActivity || i.kind == AgendaKind::kObservance;
    (this_week ? week : todo).push_back(item_model(c, i, u.parent_id.has_value()));
  }
  m["todo"] = todo;
  m["week_items"] = week;
  m["nothing_to_do"] = todo.empty();
  m["has_week"] = !week.empty();
  J targets = J::array();
  for (const auto& s : g->targets) targets.push_back(target_model(c, s));
  m["targets"] = targets;
  m["has_targets"] = !targets.empty();
  if (auto p = parse_period(g->targets_period)) {
    m["targets_period"] = c.locale == "en" ? p->label_en() : p->label_vi();
    m["targets_href"] = "/orgunits/" + url_encode(u.code) + "/targets?period=" + url_encode(p->code());
  }
  m["targets_all"] = fill(c.views.text(c.locale, "agenda_targets_all"), {{"n", std::to_string(g->targets_total)}});
  // The explorer's views the user pinned, to open in one click.
  if (auto pinned = c.app.saved_views().pinned(a); pinned && !pinned->empty()) {
    m["has_pinned"] = true;
    m["pinned"] = J::array();
    for (const auto& v : *pinned) m["pinned"].push_back({{"name", v.name}, {"href", "/explorer?" + v.query}});
  }
  return pages::render(c, "home", m);
}

}  // namespace

void add_home_pages(Router& r) {
  r.add({"GET", "/", Access::kUser, Kind::kPage, "Trang chủ: việc cần làm của đơn vị", "", home});
}

}  // namespace bd::http
