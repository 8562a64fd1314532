#include "app/registers/inspections.h"

#include <nlohmann/json.hpp>

#include "app/access.h"
#include "app/registers/access.h"
#include "app/audit.h"
#include "app/registers/registry_input.h"

namespace bd::app {
namespace {

const char* kNotFound = "Không tìm thấy cuộc kiểm tra này.";

nlohmann::json audit_json(const Inspection& i) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : i.followups)
    items.push_back({{"id", f.id}, {"text", f.text}, {"due", f.due}, {"status", f.status}, {"response", f.response}});
  return {{"org_id", i.org_id}, {"by_org_id", i.by_org_id}, {"status", i.status}, {"date", i.date},
          {"team", i.team},     {"scope", i.scope},         {"findings", i.findings},
          {"recommendations", i.recommendations}, {"followups", items}};
}

Result<InspectionView> view_of(storage::Tx& tx, const Actor& a, const Inspection& i) {
  InspectionView v;
  v.record = i;
  v.unit = *tx.org_by_id(i.org_id);
  v.by_unit = *tx.org_by_id(i.by_org_id);
  if (!can_view(a, v.unit)) return Error::NotFound(kNotFound);
  v.can_edit = can_inspect(a, v.by_unit, v.unit).ok();
  v.can_respond = can_respond(a, v.unit).ok();
  return v;
}

void apply(Inspection& r, const InspectionInput& in) {
  r.status = in.status;
  r.date = in.date;
  r.team = in.team;
  r.scope = in.scope;
  r.findings = in.findings;
  r.recommendations = in.recommendations;
  std::vector<FollowUp> items;
  for (const auto& f : in.followups) {
    FollowUp item;
    for (const auto& old : r.followups)
      if (f.id != 0 && old.id == f.id) item = old;  // keeps the response
    item.id = f.id;
    item.text = f.text;
    item.due = f.due;
    item.status = f.status;
    items.push_back(item);
  }
  r.followups = items;
}

}  // namespace

Status validate_inspection(InspectionInput& in) {
  if (Status s = choice_field(in.status, inspection_status_choices(), "status", "Trạng thái"); !s) return s;
  if (Status s = date_field(in.date, "date", "Ngày kiểm tra", true); !s) return s;
  if (Status s = text_field(in.team, "team", "Đoàn kiểm tra", InspectionLimits::kTeam, false); !s) return s;
  if (Status s = text_field(in.scope, "scope", "Nội dung kiểm tra", InspectionLimits::kScope, true); !s) return s;
  if (Status s = text_field(in.findings, "findings", "Kết quả kiểm tra", InspectionLimits::kFindings, false); !s) return s;
  if (Status s = text_field(in.recommendations, "recommendations", "Kiến nghị", InspectionLimits::kRecommendations, false); !s) return s;
  if (in.status == "planned" && !in.findings.empty())
    return Error::Validation("Cuộc kiểm tra dự kiến chưa có kết quả; chọn trạng thái Đã kiểm tra.", "status");
  if (in.followups.size() > InspectionLimits::kFollowUps)
    return Error::Validation(
        "Quá nhiều việc cần khắc phục (tối đa " + std::to_string(InspectionLimits::kFollowUps) + ").", "followups");
  for (size_t i = 0; i < in.followups.size(); ++i) {
    auto& f = in.followups[i];
    const std::string at = "followups[" + std::to_string(i) + "].";
    Status s = text_field(f.text, "text", "Việc cần khắc phục", InspectionLimits::kFollowUpText, true);
    if (s) s = date_field(f.due, "due", "Hạn hoàn thành", false);
    if (s) s = choice_field(f.status, followup_status_choices(), "status", "Tình trạng");
    if (!s) {
      Error e = s.error();
      e.message = "Việc thứ " + std::to_string(i + 1) + ": " + e.message;
      e.field = at + e.field;
      return e;
    }
  }
  return Status::Ok();
}

Result<InspectionList> Inspections::list(const Actor& a, const std::string& org) {
  InspectionList out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    out.unit = *unit;
    out.can_inspect = can_inspect_from(a, *unit).ok() && !unit->is_closed();
    for (const auto& i : tx.inspections_of(unit->id)) out.of_unit.push_back(*view_of(tx, a, i));
    for (const auto& i : tx.inspections_by(unit->id)) out.by_unit.push_back(*view_of(tx, a, i));
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<InspectionView> Inspections::get(const Actor& a, int64_t id) {
  std::optional<InspectionView> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto i = tx.inspection(id);
    if (!i) return Error::NotFound(kNotFound);
    auto v = view_of(tx, a, *i);
    if (!v) return v.error();
    out = *v;
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<InspectionView> Inspections::create(const Actor& a, InspectionInput in) {
  if (Status s = validate_inspection(in); !s) return s.error();
  std::optional<InspectionView> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(in.org);
    if (!unit) return Error::Validation("Không tìm thấy đơn vị được kiểm tra " + in.org + ".", "org");
    const std::string by_code = in.by_org.empty() ? a.org_code : in.by_org;
    auto by = tx.org_by_code(by_code);
    if (!by) return Error::Validation("Không tìm thấy đơn vị kiểm tra " + by_code + ".", "by_org");
    if (Status s = can_view(a, *unit); !s) return s;
    if (Status s = can_inspect(a, *by, *unit); !s) return s;
    Inspection r;
    r.org_id = unit->id;
    r.by_org_id = by->id;
    for (auto& f : in.followups) f.id = 0;
    apply(r, in);
    r.updated_at = clock_.now();
    r.updated_by = a.username;
    tx.insert_inspection(r);
    tx.add_audit(audit_entry(a, r.updated_at, "create", "inspection", std::to_string(r.id), nullptr, audit_json(r)));
    out = *view_of(tx, a, r);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<InspectionView> Inspections::update(const Actor& a, int64_t id, InspectionInput in) {
  if (Status s = validate_inspection(in); !s) return s.error();
  std::optional<InspectionView> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto r = tx.inspection(id);
    if (!r) return Error::NotFound(kNotFound);
    auto unit = tx.org_by_id(r->org_id);
    auto by = tx.org_by_id(r->by_org_id);
    if (!can_view(a, *unit)) return Error::NotFound(kNotFound);
    if (Status s = can_inspect(a, *by, *unit); !s) return s;
    // Who inspected whom is fixed at creation; naming others is refused, not ignored.
    if (!in.org.empty() && in.org != unit->code)
      return Error::Validation("Không thể chuyển cuộc kiểm tra sang đơn vị khác; hãy xóa và ghi lại.", "org");
    if (!in.by_org.empty() && in.by_org != by->code)
      return Error::Validation("Không thể đổi đơn vị kiểm tra; hãy xóa và ghi lại.", "by_org");
    for (const auto& f : in.followups) {
      bool known = f.id == 0;
      for (const auto& old : r->followups) known = known || old.id == f.id;
      if (!known) return Error::Validation("Việc cần khắc phục không thuộc cuộc kiểm tra này.", "followups");
    }
    const auto before = audit_json(*r);
    apply(*r, in);
    r->updated_at = clock_.now();
    r->updated_by = a.username;
    tx.update_inspection(*r);
    tx.add_audit(audit_entry(a, r->updated_at, "update", "inspection", std::to_string(id), before, audit_json(*r)));
    out = *view_of(tx, a, *r);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<InspectionView> Inspections::respond(const Actor& a, int64_t id, int64_t followup_id, std::string response,
                                            std::string status) {
  if (Status s = text_field(response, "response", "Ý kiến khắc phục", InspectionLimits::kResponse, true); !s) return s.error();
  if (!status.empty())
    if (Status s = choice_field(status, followup_status_choices(), "status", "Tình trạng"); !s) return s.error();
  std::optional<InspectionView> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto r = tx.inspection(id);
    if (!r) return Error::NotFound(kNotFound);
    auto unit = tx.org_by_id(r->org_id);
    if (!can_view(a, *unit)) return Error::NotFound(kNotFound);
    if (Status s = can_respond(a, *unit); !s) return s;
    FollowUp* item = nullptr;
    for (auto& f : r->followups)
      if (f.id == followup_id) item = &f;
    if (!item) return Error::NotFound("Không tìm thấy việc cần khắc phục này.", "followup");
    const nlohmann::json before = {{"response", item->response}, {"status", item->status}};
    item->response = response;
    if (!status.empty()) item->status = status;
    item->responded_at = clock_.now();
    item->responded_by = a.username;
    tx.update_followup(*item);
    tx.add_audit(audit_entry(a, item->responded_at, "respond", "inspection_followup", std::to_string(followup_id),
                             before, {{"response", item->response}, {"status", item->status}}));
    out = *view_of(tx, a, *r);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

}  // namespace bd::app
