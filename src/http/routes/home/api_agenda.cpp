// /api/v1/me/agenda: the home page's agenda as JSON (app::Home).
#include "app/app.h"
#include "http/routes.h"
#include "http/routes/api_common.h"

namespace bd::http {
namespace {

using api::actor;
using J = nlohmann::json;

J opt_date(const std::optional<Date>& d) { return d ? J(iso(*d)) : J(nullptr); }

J plan_json(const app::AgendaPlan& p) {
  return {{"id", p.id},
          {"org", p.org_code},
          {"org_name", p.org_name},
          {"number", p.number.empty() ? J(nullptr) : J(p.number)},
          {"issued_on", opt_date(p.issued_on)}};
}

J units_json(const std::vector<app::AgendaUnit>& units) {
  J out = J::array();
  for (const auto& u : units) out.push_back({{"org", u.code}, {"name", u.name}});
  return out;
}

// The fields every item has, then those of its kind.
J item_json(const app::AgendaItem& i) {
  J j = {{"kind", std::string(app::agenda_kind_code(i.kind))},
         {"org", i.org_code},
         {"org_name", i.org_name},
         {"can_act", i.can_act},
         {"due", opt_date(i.due)},
         {"days_left", i.due ? J(i.days_left) : J(nullptr)}};
  switch (i.kind) {
    case app::AgendaKind::kPlanMissing:
    case app::AgendaKind::kPlanDraft:
    case app::AgendaKind::kPlanSigning:
      j["year"] = i.year;
      j["plan"] = i.plan ? plan_json(*i.plan) : J(nullptr);
      if (!i.comment.empty()) j["comment"] = i.comment, j["returned_by"] = i.returned_by;
      break;
    case app::AgendaKind::kReportReturned:
      j["comment"] = i.comment;
      j["returned_by"] = i.returned_by;
      [[fallthrough]];
    case app::AgendaKind::kReportDue:
      j["period"] = i.period;
      j["period_label"] = i.period_label;
      break;
    case app::AgendaKind::kChildrenMissing:
      j["expected"] = i.expected;
      j["late"] = i.late;
      [[fallthrough]];
    case app::AgendaKind::kApprovals:
      j["period"] = i.period;
      j["period_label"] = i.period_label;
      j["count"] = i.count;
      j["units"] = units_json(i.units);
      break;
    case app::AgendaKind::kFollowUp:
    case app::AgendaKind::kFollowUpBy:
      j["inspection_id"] = i.inspection_id;
      j["followup_id"] = i.followup_id;
      j["inspected_on"] = opt_date(i.inspected_on);
      j["text"] = i.text;
      break;
    case app::AgendaKind::kActivity:
    case app::AgendaKind::kObservance:
      if (i.activity_id) j["activity_id"] = i.activity_id;
      if (!i.calendar_item.empty()) j["calendar_item"] = i.calendar_item;
      j["text"] = i.text;
      j["start"] = opt_date(i.start);
      j["end"] = opt_date(i.end);
      break;
  }
  return j;
}


Response agenda(Ctx& c) {
  auto g = c.app.home().agenda(actor(c));
  if (!g) return json_error(g.error());
  J items = J::array(), targets = J::array();
  for (const auto& i : g->items) items.push_back(item_json(i));
  for (const auto& t : g->targets) targets.push_back(api::target_state_json(t));
  return api::json(200,
                   {{"org", g->unit.code},
                    {"org_name", g->unit.name},
                    {"today", iso(g->today)},
                    {"week", {{"from", iso(g->week_start)}, {"to", iso(g->week_end)}}},
                    {"items", items},
                    {"targets", {{"period", g->targets_period}, {"total", g->targets_total}, {"items", targets}}}});
}

}  // namespace

void add_api_agenda_routes(Router& r) {
  r.add({"GET", "/api/v1/me/agenda", Access::kUser, Kind::kApi,
         "Việc cần làm của đơn vị tôi: kế hoạch năm, báo cáo đến hạn, chờ duyệt, việc khắc phục, hoạt động trong "
         "tuần, và một số chỉ tiêu",
         "", agenda})
      .answer(200, "Agenda");
}

}  // namespace bd::http
