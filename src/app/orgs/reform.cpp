// Orgs::preview_reform and Orgs::apply_reform (reform.h): the checks and the
// preview read one transaction; applying does the same checks in the write
// transaction and then every move, so what is applied is what was checked.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "app/audit.h"
#include "app/orgs/access.h"
#include "app/orgs/orgs.h"
#include "app/phrasing.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

std::string today_iso(const Clock& c) { return iso(date_from_unix(c.now() + 7 * 3600)); }

// The codes as given, cleaned, blank ones and repeats dropped.
std::vector<std::string> distinct_codes(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const auto& raw : in) {
    std::string c = text::clean(raw);
    if (!c.empty() && seen.insert(c).second) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

Result<ReformPlan> Orgs::preview_reform(const Actor& a, const ReformInput& in) { return reform(a, in, false); }
Result<ReformPlan> Orgs::apply_reform(const Actor& a, const ReformInput& in) { return reform(a, in, true); }

Result<ReformPlan> Orgs::reform(const Actor& a, const ReformInput& in, bool apply) {
  const std::vector<std::string> codes = distinct_codes(in.units);
  if (codes.empty()) return Error::Validation("Chưa chọn đơn vị nào để chuyển.", "units");
  if (codes.size() > kMaxReformUnits)
    return Error::Validation("Mỗi lần chuyển tối đa " + std::to_string(kMaxReformUnits) + " đơn vị.", "units");
  const std::string today = today_iso(clock_);
  ReformPlan plan;
  plan.closes_emptied = in.close_emptied;
  auto body = [&](storage::Tx& tx) -> Status {
    auto parent = tx.org_by_code(text::clean(in.parent));
    if (in.parent.empty()) return Error::Validation("Chưa chọn đơn vị cấp trên mới.", "parent");
    if (!parent) return Error::Validation("Không tìm thấy đơn vị có mã " + text::clean(in.parent) + ".", "parent");
    if (parent->is_closed()) return Error::Conflict("Đơn vị cấp trên mới đã đóng.", "parent");
    if (Status s = can_create_unit_under(a, *parent); !s) return s;
    plan.parent = *parent;
    if (in.governor) {
      plan.sets_governor = true;
      const std::string g = text::clean(*in.governor);
      if (!g.empty()) {
        plan.governor = tx.org_by_code(g);
        if (!plan.governor) return Error::Validation("Không tìm thấy cơ quan quản lý có mã " + g + ".", "governor");
      }
    }
    // Every unit: known, open, managed by the actor, not the new parent nor above it.
    std::vector<std::string> unknown, closed, cycles;
    std::unordered_map<int64_t, OrgUnit> parents;
    for (const auto& code : codes) {
      auto u = tx.org_by_code(code);
      if (!u) {
        unknown.push_back(code);
        continue;
      }
      if (u->is_closed()) closed.push_back(code);
      if (path_within(parent->path, u->path)) cycles.push_back(code);
      if (Status s = can_manage_unit(a, *u); !s) return s;
      ReformMove m{*u, std::nullopt};
      if (u->parent_id) {
        auto p = parents.find(*u->parent_id);
        if (p == parents.end())
          if (auto got = tx.org_by_id(*u->parent_id)) p = parents.emplace(got->id, *got).first;
        if (p != parents.end()) m.from = p->second;
      }
      plan.moves.push_back(std::move(m));
    }
    if (!unknown.empty()) return Error::Validation("Không tìm thấy đơn vị: " + name_list(unknown) + ".", "units");
    if (!closed.empty()) return Error::Conflict("Đơn vị đã đóng, không chuyển được: " + name_list(closed) + ".", "units");
    if (!cycles.empty())
      return Error::Validation("Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó: " + name_list(cycles) + ".",
                               "units");
    // A unit inside another one moved goes with it: choosing both is a mistake.
    std::vector<std::string> nested;
    std::set<std::string> chosen;
    for (const auto& m : plan.moves) chosen.insert(m.unit.path);
    for (const auto& m : plan.moves) {
      const std::string& path = m.unit.path;  // "/1/5/23/": its ancestors are "/1/" and "/1/5/"
      for (size_t i = path.find('/', 1); i != std::string::npos && i + 1 < path.size(); i = path.find('/', i + 1))
        if (chosen.count(path.substr(0, i + 1))) {
          nested.push_back(m.unit.code);
          break;
        }
    }
    if (!nested.empty())
      return Error::Validation("Các đơn vị sau nằm trong một đơn vị khác cũng được chọn (sẽ chuyển theo đơn vị đó): " +
                                   name_list(nested) + ".", "units");
    // One effective day for all, valid for each.
    for (const auto& m : plan.moves) {
      auto day = effective_day(tx, m.unit.id, in.effective, today);
      if (!day) {
        Error e = day.error();
        if (e.field == "effective" && !in.effective.empty()) e.message = m.unit.code + ": " + e.message;
        return e;
      }
      plan.effective = *day;
    }
    // Who leaves whom, and who is left empty.
    std::map<int64_t, int> leaving;
    std::set<int64_t> moved;
    for (const auto& m : plan.moves) {
      moved.insert(m.unit.id);
      if (m.from && m.from->id != parent->id) ++leaving[m.from->id];
    }
    for (const auto& [id, n] : leaving) {
      plan.leaving.emplace_back(parents.at(id), n);
      bool empty = true;
      for (const auto& c : tx.org_children(id))
        if (!c.is_closed() && !moved.count(c.id)) empty = false;
      if (empty) plan.emptied.push_back(parents.at(id));
    }
    // Reports of the last half-year before the day, not approved yet.
    const Period last = period_of(PeriodType::kHalfYear, add_days(*parse_date(plan.effective), -1));
    plan.pending_period = last.code();
    for (const auto& m : plan.moves)
      if (auto r = tx.report_of(m.unit.id, last.code());
          r && r->status != ReportStatus::kApproved && r->status != ReportStatus::kNotRequired)
        plan.pending.push_back(m.unit);
    if (!apply) return Status::Ok();

    nlohmann::json units = nlohmann::json::array();
    for (auto& m : plan.moves) {
      if (m.from && m.from->id == parent->id && !plan.sets_governor) continue;  // already there
      OrgUnit u = m.unit;
      if (!m.from || m.from->id != parent->id) move_unit(tx, u, *parent, plan.effective);
      if (plan.sets_governor)
        change_governor(tx, u, plan.governor ? std::optional<int64_t>(plan.governor->id) : std::nullopt,
                        plan.effective);
      tx.update_org(u);
      units.push_back({{"code", u.code},
                       {"from", m.from ? m.from->code : ""},
                       {"governor_before", m.unit.governor_id ? *m.unit.governor_id : 0}});
      m.unit = u;
    }
    nlohmann::json closed_units = nlohmann::json::array();
    if (in.close_emptied)
      for (const auto& e : plan.emptied) {
        OrgUnit c = *tx.org_by_id(e.id);
        if (c.is_closed()) continue;
        c.closed = plan.effective;
        tx.update_org(c);
        tx.end_parent_span(c.id, plan.effective);
        closed_units.push_back(c.code);
      }
    nlohmann::json after{{"parent", parent->code},
                         {"effective", plan.effective},
                         {"units", units},
                         {"closed", closed_units}};
    if (plan.sets_governor) after["governor"] = plan.governor ? plan.governor->code : "";
    tx.add_audit(audit_entry(a, clock_.now(), "restructure", "orgunit", parent->code, nullptr, after));
    tx.notify("tree");
    plan.applied = true;
    return Status::Ok();
  };
  Status st = apply ? store_.write(body) : store_.read(body);
  if (!st) return st.error();
  if (apply) tree_changed();
  return plan;
}

Result<ReformUndo> Orgs::undo_reform(const Actor& a, const std::string& parent_code) {
  ReformUndo undo;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto parent = tx.org_by_code(text::clean(parent_code));
    if (!parent) return Error::NotFound("Không tìm thấy đơn vị có mã " + text::clean(parent_code) + ".", "parent");
    if (Status s = can_create_unit_under(a, *parent); !s) return s;
    // The latest restructuring into it, unless undone already.
    std::optional<AuditEntry> last;
    for (const auto& e : tx.audit_for("orgunit", parent->code))
      if ((e.action == "restructure" || e.action == "restructure_undo") && (!last || e.id > last->id)) last = e;
    if (!last || last->action != "restructure")
      return Error::NotFound("Không có lần sắp xếp lại nào vào " + parent->name + " để hoàn tác.");
    if (clock_.now() - last->at > kReformUndoSeconds)
      return Error::Conflict("Lần sắp xếp lại ngày " + format_vi_datetime(last->at) +
                             " đã quá 7 ngày, không hoàn tác được; hãy chuyển lại từng đơn vị.");
    const auto done = nlohmann::json::parse(last->after_json);
    undo.parent = parent->code;
    undo.effective = done.at("effective").get<std::string>();
    const bool governor = done.contains("governor");
    nlohmann::json back = nlohmann::json::array(), reopened = nlohmann::json::array();
    // Reopen what it closed, then move every unit back.
    for (const auto& code : done.at("closed")) {
      auto c = tx.org_by_code(code.get<std::string>());
      if (!c || c->closed != undo.effective) continue;  // closed again since: left as it is
      OrgUnit open = *c;
      open.closed.clear();
      tx.update_org(open);
      tx.add_parent_span(open.id, {open.parent_id, undo.effective, ""});
      undo.reopened.push_back(open.code);
      reopened.push_back(open.code);
    }
    for (const auto& m : done.at("units")) {
      auto u = tx.org_by_code(m.at("code").get<std::string>());
      if (!u) continue;
      if (u->parent_id != parent->id || u->is_closed())
        return Error::Conflict(u->code + " đã thay đổi sau lần sắp xếp lại, không hoàn tác được; hãy chuyển lại từng đơn vị.");
      if (Status s = can_manage_unit(a, *u); !s) return s;
      OrgUnit v = *u;
      const std::string from_code = m.at("from").get<std::string>();
      if (!from_code.empty() && from_code != parent->code) {
        auto from = tx.org_by_code(from_code);
        if (!from || from->is_closed() || path_within(from->path, v.path))
          return Error::Conflict("Không đưa " + v.code + " về " + from_code + " được nữa.");
        move_unit(tx, v, *from, undo.effective);
      }
      if (governor) {
        const int64_t g = m.value("governor_before", int64_t{0});
        change_governor(tx, v, g ? std::optional<int64_t>(g) : std::nullopt, undo.effective);
      }
      tx.update_org(v);
      undo.moved_back.push_back(v.code);
      back.push_back(v.code);
    }
    tx.add_audit(audit_entry(a, clock_.now(), "restructure_undo", "orgunit", parent->code, done,
                             {{"undoes", last->id}, {"units", back}, {"reopened", reopened}}));
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  tree_changed();
  return undo;
}

std::vector<std::string> reform_summary(const ReformPlan& plan) {
  std::vector<std::string> out;
  const std::string verb = plan.applied ? "đã chuyển" : "sẽ chuyển";
  const std::string day = format_vi(*parse_date(plan.effective));
  size_t from_root = plan.moves.size();
  for (const auto& [from, n] : plan.leaving) {
    out.push_back(std::to_string(n) + " đơn vị " + verb + " từ " + from.name + " sang " + plan.parent.name +
                  ", từ ngày " + day + ".");
    from_root -= static_cast<size_t>(n);
  }
  if (from_root > 0 && plan.leaving.empty() && !plan.sets_governor)
    out.push_back("Các đơn vị đã chọn đều đã trực thuộc " + plan.parent.name + ".");
  if (plan.sets_governor)
    out.push_back(plan.governor ? "Cơ quan quản lý của " + std::to_string(plan.moves.size()) + " đơn vị: " +
                                      plan.governor->name + "."
                                : "Các đơn vị chuyển không còn cơ quan quản lý riêng (đơn vị cấp trên quản lý).");
  out.push_back("Số liệu các kỳ kết thúc trước ngày " + day + " vẫn tính theo đơn vị cấp trên cũ.");
  std::vector<std::string> emptied;
  for (const auto& u : plan.emptied) emptied.push_back(u.name);
  if (!emptied.empty())
    out.push_back(plan.closes_emptied
                      ? std::string(plan.applied ? "Đã đóng" : "Sẽ đóng") + " từ ngày " + day +
                            " đơn vị không còn đơn vị trực thuộc: " + name_list(emptied) + "."
                      : "Không còn đơn vị trực thuộc nào đang hoạt động (chưa đóng): " + name_list(emptied) + ".");
  std::vector<std::string> pending;
  for (const auto& u : plan.pending) pending.push_back(u.name);
  if (!pending.empty()) {
    const auto period = parse_period(plan.pending_period);
    out.push_back(std::to_string(pending.size()) + " đơn vị có báo cáo " +
                  (period ? period->label_vi() : plan.pending_period) +
                  " chưa được phê duyệt; đơn vị cấp trên cũ vẫn phê duyệt các báo cáo này: " + name_list(pending) +
                  ".");
  }
  return out;
}

}  // namespace bd::app
