#include "app/plans/plans.h"

#include "app/access.h"
#include "app/plans/access.h"
#include "app/audit.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

const char* kIssued = "Kế hoạch đã ban hành nên không sửa được; hãy tạo phiên bản mới.";
const char* kSigning = "Kế hoạch đang chờ ký nên không sửa được; khi người ký trả lại thì sửa tiếp.";

std::string today(const Clock& c) { return iso(date_from_unix(c.now() + 7 * 3600)); }

}  // namespace

PlanView get_view(storage::Tx& tx, const PlanRecord& p) {
  PlanView v;
  v.record = p;
  try {
    v.content = json::parse(p.content);
  } catch (const std::exception&) {
    v.content = json::object();
  }
  auto org = tx.org_by_id(p.org_id);
  if (org) v.org_code = org->code, v.org_name = org->name;
  const auto header = issued_header(v.content);
  const std::string symbol =
      header ? header->symbol : document_symbol("KH", org && !org->short_name.empty() ? org->short_name : "");
  v.number_line = p.number > 0 ? number_line(p.number, symbol) : draft_number_line(symbol);
  return v;
}

std::optional<IssuedHeader> issued_header(const json& content) {
  auto it = content.find(kIssuedAs);
  if (it == content.end() || !it->is_object()) return std::nullopt;
  auto text = [&](const char* key) {
    auto f = it->find(key);
    return f != it->end() && f->is_string() ? f->get<std::string>() : std::string();
  };
  return IssuedHeader{text("issuer"), text("symbol"), text("governing_body")};
}

std::string governing_body_of(storage::Tx& tx, const OrgUnit& org, const json& content) {
  if (std::string own = content.value("governing_body", ""); !own.empty()) return own;
  return governing_body_of(tx, org);
}

std::string governing_body_of(storage::Tx& tx, const OrgUnit& org) {
  std::optional<OrgUnit> governor = org.governor_id ? tx.org_by_id(*org.governor_id) : std::nullopt;
  std::optional<OrgUnit> parent = org.parent_id ? tx.org_by_id(*org.parent_id) : std::nullopt;
  return governing_body_name(org, governor ? &*governor : nullptr, parent ? &*parent : nullptr);
}

json plan_audit_json(const PlanRecord& p) {
  return {{"status", std::string(plan_status_code(p.status))}, {"number", p.number}, {"year", p.year},
          {"issued_on", p.issued_on}, {"content", json::parse(p.content.empty() ? "{}" : p.content)},
          {"signing", p.signing.empty() ? json(nullptr) : json::parse(p.signing, nullptr, false)}};
}

Result<std::pair<PlanRecord, OrgUnit>> load_plan(storage::Tx& tx, const Actor& a, int64_t id) {
  auto p = tx.plan_by_id(id);
  if (!p) return Error::NotFound("Không tìm thấy kế hoạch.");
  auto org = tx.org_by_id(p->org_id);
  if (!org) return Error::Internal("Kế hoạch thuộc đơn vị không tồn tại.");
  if (Status s = can_read_plan(a, *p, *org); !s) return s.error();
  return std::make_pair(*p, *org);
}

std::optional<Error> not_ready_to_issue(const PlanRecord& p, const OrgUnit& org) {
  const json c = json::parse(p.content.empty() ? "{}" : p.content);
  Error missing = Error::Validation("Chưa đủ thông tin để ban hành.", "content");
  if (c.value("place", "").empty()) missing.details.emplace_back("place", "Thiếu địa danh (ví dụ: Tân Mỹ).");
  const json signer = c.value("signer", json::object());
  if (signer.value("name", "").empty() || signer.value("title", "").empty())
    missing.details.emplace_back("signer", "Thiếu chức vụ hoặc họ tên người ký.");
  if (c.value("objectives", json::array()).empty())
    missing.details.emplace_back("objectives", "Kế hoạch cần ít nhất một mục tiêu.");
  if (c.value("subject", "").empty()) missing.details.emplace_back("subject", "Thiếu trích yếu (tên kế hoạch).");
  if (org.short_name.empty())
    missing.details.emplace_back("org", "Đơn vị chưa có tên viết tắt để ghi số ký hiệu (ví dụ KH-THCSTM).");
  if (missing.details.empty()) return std::nullopt;
  missing.message = "Chưa ban hành được: ";
  for (size_t i = 0; i < missing.details.size(); ++i) missing.message += (i ? " " : "") + missing.details[i].second;
  return missing;
}

Result<std::vector<PlanView>> Plans::list(const Actor& a, const std::string& org_code) {
  std::vector<PlanView> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_code(org_code.empty() ? a.org_code : org_code);
    if (!org) return Error::NotFound("Không tìm thấy đơn vị " + org_code + ".", "org");
    if (Status s = can_view(a, *org); !s) return s;
    for (const auto& p : tx.plans_of(org->id)) out.push_back(get_view(tx, p));
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<PlanView> Plans::get(const Actor& a, int64_t id) {
  PlanView v;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto l = load_plan(tx, a, id);
    if (!l) return l.error();
    v = get_view(tx, l->first);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<PlanView> Plans::create(const Actor& a, const std::string& org_code, const json& content) {
  auto c = normalize_plan_content(content);
  if (!c) return c.error();
  PlanView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_code(org_code);
    if (!org) return Error::Validation("Không tìm thấy đơn vị " + org_code + ".", "org");
    if (Status s = can_enter_data(a, *org); !s) return s;
    if (org->is_closed()) return Error::Conflict("Đơn vị đã đóng.", "org");
    PlanRecord p;
    p.org_id = org->id;
    p.year = (*c)["year"];
    p.content = c->dump();
    p.updated_at = clock_.now();
    p.updated_by = a.username;
    tx.insert_plan(p);
    tx.add_audit(audit_entry(a, p.updated_at, "create", "plan", std::to_string(p.id), nullptr, plan_audit_json(p)));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<PlanView> Plans::update(const Actor& a, int64_t id, const json& content) {
  auto c = normalize_plan_content(content);
  if (!c) return c.error();
  PlanView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load_plan(tx, a, id);
    if (!l) return l.error();
    auto [p, org] = *l;
    if (Status s = can_enter_data(a, org); !s) return s;
    if (p.status == PlanStatus::kSigning) return Error::Conflict(kSigning);
    if (p.status != PlanStatus::kDraft) return Error::Conflict(kIssued);
    const PlanRecord before = p;
    p.year = (*c)["year"];
    p.content = c->dump();
    p.updated_at = clock_.now();
    p.updated_by = a.username;
    tx.update_plan(p);
    tx.add_audit(audit_entry(a, p.updated_at, "update", "plan", std::to_string(p.id), plan_audit_json(before), plan_audit_json(p)));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<PlanView> Plans::issue(const Actor& a, int64_t id, const std::string& date_in) {
  std::string date = today(clock_);
  if (!date_in.empty()) {
    auto d = parse_date(date_in);
    if (!d) return Error::Validation("Ngày ban hành không hợp lệ (dd/mm/yyyy).", "date");
    date = iso(*d);
  }
  PlanView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load_plan(tx, a, id);
    if (!l) return l.error();
    auto [p, org] = *l;
    if (Status s = can_issue_for(a, org); !s) return s;
    // A draft, or one sent to be signed.
    if (p.status != PlanStatus::kDraft && p.status != PlanStatus::kSigning)
      return Error::Conflict("Kế hoạch đã được ban hành trước đó.");
    if (auto missing = not_ready_to_issue(p, org)) return *missing;
    const json c = json::parse(p.content);
    const PlanRecord before = p;
    json frozen = c;
    frozen[kIssuedAs] = {{"issuer", org.name},
                         {"symbol", document_symbol("KH", org.short_name)},
                         {"governing_body", governing_body_of(tx, org, c)}};
    p.content = frozen.dump();
    p.year = parse_date(date)->year;
    p.number = tx.max_plan_number(org.id, p.year) + 1;
    p.issued_on = date;
    p.status = PlanStatus::kIssued;
    p.updated_at = clock_.now();
    p.updated_by = a.username;
    tx.update_plan(p);
    if (p.supersedes_id)
      if (auto old = tx.plan_by_id(*p.supersedes_id); old && old->status == PlanStatus::kIssued) {
        old->status = PlanStatus::kSuperseded;
        tx.update_plan(*old);
      }
    tx.add_audit(audit_entry(a, p.updated_at, "issue", "plan", std::to_string(p.id), plan_audit_json(before), plan_audit_json(p)));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<PlanView> Plans::new_version(const Actor& a, int64_t id) {
  PlanView v;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load_plan(tx, a, id);
    if (!l) return l.error();
    auto [old, org] = *l;
    if (Status s = can_enter_data(a, org); !s) return s;
    if (old.status != PlanStatus::kIssued) return Error::Conflict("Chỉ tạo phiên bản mới từ kế hoạch đã ban hành.");
    PlanRecord p = old;
    p.id = 0;
    p.number = 0;
    json c = json::parse(old.content.empty() ? "{}" : old.content);
    c.erase(kIssuedAs);  // the new version takes its header when it is issued
    p.content = c.dump();
    p.issued_on.clear();
    p.signing.clear();
    p.status = PlanStatus::kDraft;
    p.version = old.version + 1;
    p.supersedes_id = old.id;
    p.updated_at = clock_.now();
    p.updated_by = a.username;
    tx.insert_plan(p);
    tx.add_audit(audit_entry(a, p.updated_at, "new_version", "plan", std::to_string(p.id), nullptr, plan_audit_json(p)));
    v = get_view(tx, p);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<PlanRights> Plans::rights(const Actor& a, const std::string& org) {
  PlanRights out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    out = plan_rights(a, *unit);
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

}  // namespace bd::app
