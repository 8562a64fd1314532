// Plans down the tree: drafting a child's plan from its ancestor's, and the
// ancestor's coverage (which children have issued, drafted, nothing).
#include "app/access.h"
#include "app/audit.h"
#include "app/plans/plan_schedule.h"
#include "app/plans/plans.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

bool task_applies(const json& task, OrgType type) {
  const json types = task.value("applies_to", json::array());
  if (types.empty()) return true;
  for (const auto& t : types) {
    const std::string s = t.get<std::string>();
    if ((s == "school" && is_school(type)) || s == org_type_code(type)) return true;
  }
  return false;
}

}  // namespace

Result<PlanView> Plans::implement(const Actor& a, int64_t parent_id, const std::string& org_code) {
  PlanView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto parent = tx.plan_by_id(parent_id);
    if (!parent) return Error::NotFound("Không tìm thấy kế hoạch cấp trên.");
    auto org = tx.org_by_code(org_code);
    if (!org) return Error::Validation("Không tìm thấy đơn vị " + org_code + ".", "org");
    if (Status s = can_enter_data(a, *org); !s) return s;
    auto parent_org = tx.org_by_id(parent->org_id);
    if (!parent_org || parent_org->id == org->id || !path_within(org->path, parent_org->path))
      return Error::Validation("Chỉ thực hiện được kế hoạch của đơn vị cấp trên.", "plan");
    if (parent->status != PlanStatus::kIssued)
      return Error::Conflict("Kế hoạch cấp trên chưa ban hành nên chưa thể thực hiện.", "plan");
    const json pc = json::parse(parent->content);
    json c = json::object();
    c["year"] = pc.value("year", parent->year);
    for (const char* k : {"period_from", "period_to", "general_objective"})
      if (pc.contains(k)) c[k] = pc[k];
    // Its own reports and their deadlines, as the report pages will show them
    // (the parent's paragraph quotes the parent's).
    const auto up = org->parent_id ? tx.org_by_id(*org->parent_id) : std::nullopt;
    c["reporting"] = reporting_paragraph(tx.data_sets(), org->type, c["year"].get<int>(),
                                         up ? up->name : parent_org->name);
    c["subject"] = pc.value("subject", "");
    // The parent plan as it was issued: its symbol and issuer then.
    const auto header = issued_header(pc);
    const std::string symbol = header ? header->symbol : document_symbol("KH", parent_org->short_name);
    const std::string number = number_line(parent->number, symbol).substr(std::string_view("Số: ").size());
    const std::string issuer = header ? header->issuer : parent_org->name;
    c["basis"] = json::array({"Thực hiện Kế hoạch số " + number + " ngày " +
                              format_vi(*parse_date(parent->issued_on)) + " của " + issuer + ";"});
    c["objectives"] = pc.value("objectives", json::array());  // the child's own copy, adjustable
    c["tasks"] = json::array();
    for (json t : pc.value("tasks", json::array())) {
      if (!task_applies(t, org->type)) continue;
      if (t.contains("responsible") && t["responsible"].is_string())
        t["responsible"] = local_responsible(t["responsible"].get<std::string>(), org->type);
      c["tasks"].push_back(std::move(t));
    }
    c["schedule"] = implementing_schedule(pc.value("schedule", json::array()), org->type);
    learners_of(c, org->type);  // before the recipients: names stay as they are
    c["recipients"] = json::array({parent_org->name + " (để báo cáo);", "Lưu: VT."});
    PlanRecord p;
    p.org_id = org->id;
    p.year = c["year"];
    p.parent_plan_id = parent->id;
    p.content = c.dump();
    p.updated_at = clock_.now();
    p.updated_by = a.username;
    tx.insert_plan(p);
    tx.add_audit(audit_entry(a, p.updated_at, "implement", "plan", std::to_string(p.id), nullptr,
                             {{"parent_plan", parent->id}, {"org", org->code}}));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<Coverage> Plans::coverage(const Actor& a, int64_t id) {
  Coverage out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto plan = tx.plan_by_id(id);
    if (!plan) return Error::NotFound("Không tìm thấy kế hoạch.");
    auto org = tx.org_by_id(plan->org_id);
    if (!org) return Error::NotFound("Không tìm thấy đơn vị.");
    if (Status s = can_view(a, *org); !s) return s;
    const auto implementing = tx.plans_implementing(id);
    std::vector<OrgUnit> kids;
    for (const auto& c : tx.org_children(org->id))
      if (!c.is_closed()) kids.push_back(c);
    text::sort_vi(kids, [](const OrgUnit& o) { return o.name; });
    for (const auto& k : kids) {
      CoverageRow row{k.code, k.name, "none", std::nullopt};
      for (const auto& p : implementing) {
        if (p.org_id != k.id) continue;
        if (p.status == PlanStatus::kIssued || p.status == PlanStatus::kSuperseded) {
          row.state = "issued";
          row.plan_id = p.id;
        } else if (row.state == "none") {
          row.state = "draft";
          row.plan_id = p.id;
        }
      }
      out.issued += row.state == "issued";
      out.drafts += row.state == "draft";
      out.none += row.state == "none";
      out.rows.push_back(std::move(row));
    }
    out.percent = out.rows.empty() ? 0 : 100.0 * out.issued / static_cast<double>(out.rows.size());
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<PlanView>> Plans::to_implement(const Actor& a, const std::string& org_code) {
  std::vector<PlanView> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_code(org_code.empty() ? a.org_code : org_code);
    if (!org) return Error::NotFound("Không tìm thấy đơn vị " + org_code + ".", "org");
    if (Status s = can_view(a, *org); !s) return s;
    for (auto up = org->parent_id ? tx.org_by_id(*org->parent_id) : std::nullopt; up;
         up = up->parent_id ? tx.org_by_id(*up->parent_id) : std::nullopt)
      for (const auto& p : tx.plans_of(up->id))
        if (p.status == PlanStatus::kIssued) out.push_back(get_view(tx, p));
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

}  // namespace bd::app
