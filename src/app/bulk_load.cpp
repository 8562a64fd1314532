#include "app/bulk_load.h"

#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "app/audit.h"
#include "app/data/datavalues.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

Status system_only(const Actor& a) {
  if (!a.system) return Error::Forbidden("Chỉ hệ thống được nạp dữ liệu hàng loạt.");
  return Status::Ok();
}

// Every stored unit, by code.
std::unordered_map<std::string, OrgUnit> stored_units(storage::Tx& tx) {
  std::unordered_map<std::string, OrgUnit> out;
  for (const auto& root : tx.org_roots())
    for (auto& u : tx.orgs_within(root.path)) out.emplace(u.code, std::move(u));
  return out;
}

// A unit's fields as Orgs::create checks them; the error names the unit.
Status unit_fields(const OrgInput& in, const std::string& today, OrgUnit& u) {
  auto named = [&](Status s) {
    if (s) return s;
    Error e = s.error();
    e.message += " (" + in.code + ")";
    return Status(e);
  };
  u.code = in.code;
  if (Status s = validate_code(u.code); !s) return named(s);
  u.name = text::clean(in.name);
  if (Status s = validate_text(u.name, "name", kMaxNameLength, true); !s) return named(s);
  u.short_name = text::clean(in.short_name);
  if (Status s = validate_text(u.short_name, "short_name", kMaxShortNameLength, false); !s) return named(s);
  auto type = parse_org_type(in.type);
  if (!type) return named(Error::Validation("Loại đơn vị không hợp lệ.", "type"));
  u.type = *type;
  u.opened = today;
  if (!in.opened.empty()) {
    auto d = parse_date(text::clean(in.opened));
    if (!d) return named(Error::Validation("Ngày không hợp lệ (dd/mm/yyyy).", "opened"));
    u.opened = iso(*d);
  }
  return Status::Ok();
}

// Thrown from inside a bulk write to end it with a validation error.
struct Refused {
  Error error;
};

// Checks one value of a bulk load, with the last element and period looked up kept.
class ValueCheck {
 public:
  explicit ValueCheck(storage::Tx& tx) {
    for (auto& e : tx.data_elements()) elements_.emplace(e.id, std::move(e));
    for (const auto& [code, u] : stored_units(tx)) units_.insert(u.id);
  }

  void check(const StoredValue& v) {
    const DataElement& e = element(v.element_id);
    if (!units_.count(v.org_id)) refuse("không có đơn vị mã số " + std::to_string(v.org_id), "org");
    if (e.category.empty() ? !v.option.empty() : option_index(*find_category(e.category), v.option) < 0)
      refuse(e.code + ": không có lựa chọn \"" + v.option + "\"", "option");
    if (!period_ok(v.period)) refuse("kỳ \"" + v.period + "\" không hợp lệ", "period");
    if (e.value_type == ValueType::kText) {
      if (v.number) refuse(e.code + " là chỉ tiêu dạng chữ", "value");
      return;
    }
    if (!v.number) refuse(e.code + ": thiếu số liệu", "value");
    if (auto ok = check_value(e.value_type, *v.number); !ok) refuse(e.code + ": " + ok.error().message, "value");
    seen_elements_.insert(e.id);
    seen_units_.insert(v.org_id);
  }

  nlohmann::json summary(int64_t n) const {
    return {{"values", n},
            {"elements", seen_elements_.size()},
            {"units", seen_units_.size()},
            {"periods", std::vector<std::string>(periods_.begin(), periods_.end())}};
  }

 private:
  [[noreturn]] static void refuse(const std::string& what, const char* field) {
    throw Refused{Error::Validation("Nạp số liệu hàng loạt: " + what + ".", field)};
  }
  const DataElement& element(int64_t id) {
    if (last_ && last_->id == id) return *last_;
    auto it = elements_.find(id);
    if (it == elements_.end() || (!it->second.category.empty() && !find_category(it->second.category)))
      refuse("không có chỉ tiêu mã số " + std::to_string(id), "element");
    return *(last_ = &it->second);
  }
  bool period_ok(const std::string& code) {
    if (code == last_period_) return true;
    if (!periods_.count(code)) {
      if (!parse_period(code)) return false;
      periods_.insert(code);
    }
    last_period_ = code;
    return true;
  }

  std::unordered_map<int64_t, DataElement> elements_;
  const DataElement* last_ = nullptr;
  std::unordered_set<int64_t> units_, seen_units_, seen_elements_;
  std::set<std::string> periods_;
  std::string last_period_;
};

Status report_fields(const ReportRecord& r, const std::unordered_map<int64_t, std::string>& units) {
  auto unit = units.find(r.org_id);
  if (unit == units.end())
    return Error::Validation("Nạp báo cáo hàng loạt: không có đơn vị mã số " + std::to_string(r.org_id) + ".", "org");
  const std::string which = " (" + unit->second + ", " + r.period + ")";
  if (!parse_period(r.period)) return Error::Validation("Kỳ báo cáo không hợp lệ" + which + ".", "period");
  const bool submitted = r.status == ReportStatus::kSubmitted || r.status == ReportStatus::kApproved ||
                         r.status == ReportStatus::kReturned;
  const bool decided = r.status == ReportStatus::kApproved || r.status == ReportStatus::kReturned ||
                       r.status == ReportStatus::kNotRequired;
  if (submitted && (r.submitted_at <= 0 || r.submitted_by.empty()))
    return Error::Validation("Báo cáo đã nộp cần thời điểm và người nộp" + which + ".", "submitted_at");
  if (decided && (r.decided_at <= 0 || r.decided_by.empty()))
    return Error::Validation("Báo cáo đã xử lý cần thời điểm và người xử lý" + which + ".", "decided_at");
  if (r.status == ReportStatus::kReturned && r.comment.empty())
    return Error::Validation("Báo cáo bị trả lại cần lý do" + which + ".", "comment");
  return Status::Ok();
}

}  // namespace

Result<std::vector<OrgUnit>> BulkLoad::units(const Actor& a, const std::vector<OrgInput>& in) {
  if (Status s = system_only(a); !s) return s.error();
  const std::string today = iso(date_from_unix(clock_.now() + 7 * 3600));
  std::vector<OrgUnit> out(in.size());
  for (size_t i = 0; i < in.size(); ++i)
    if (Status s = unit_fields(in[i], today, out[i]); !s) return s.error();
  if (in.empty()) return out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    const auto stored = stored_units(tx);
    // A unit goes in the level after its parent's and its governor's when
    // they come in this load: storage inserts a level at a time.
    std::unordered_map<std::string, size_t> given;
    std::vector<int> level(in.size(), 0);
    auto refer = [&](size_t i, const std::string& code, const char* field, bool required) -> Status {
      if (code.empty()) {
        if (required) return Error::Validation("Chưa chọn đơn vị cấp trên (" + in[i].code + ").", field);
        return Status::Ok();
      }
      if (auto g = given.find(code); g != given.end()) {
        level[i] = std::max(level[i], level[g->second] + 1);
        return Status::Ok();
      }
      auto s = stored.find(code);
      if (s == stored.end()) return Error::Validation("Không tìm thấy đơn vị có mã " + code + ".", field);
      if (required && s->second.is_closed()) return Error::Conflict("Đơn vị cấp trên đã đóng (" + code + ").", field);
      return Status::Ok();
    };
    for (size_t i = 0; i < in.size(); ++i) {
      if (stored.count(out[i].code) || given.count(out[i].code))
        return Error::Conflict("Mã đơn vị " + out[i].code + " đã tồn tại.", "code");
      if (Status s = refer(i, in[i].parent, "parent", true); !s) return s;
      if (Status s = refer(i, in[i].governor, "governor", false); !s) return s;
      given.emplace(out[i].code, i);
    }
    auto id_of = [&](const std::string& code) -> std::optional<int64_t> {
      if (code.empty()) return std::nullopt;
      if (auto g = given.find(code); g != given.end()) return out[g->second].id;
      return stored.at(code).id;
    };
    const int levels = *std::max_element(level.begin(), level.end()) + 1;
    std::map<std::string, int> by_type;
    for (int l = 0; l < levels; ++l) {
      std::vector<size_t> at;
      std::vector<OrgUnit> batch;
      for (size_t i = 0; i < in.size(); ++i) {
        if (level[i] != l) continue;
        out[i].parent_id = id_of(in[i].parent);
        out[i].governor_id = id_of(in[i].governor);
        at.push_back(i);
        batch.push_back(out[i]);
        ++by_type[std::string(org_type_code(out[i].type))];
      }
      tx.insert_orgs(batch);
      for (size_t k = 0; k < at.size(); ++k) out[at[k]] = batch[k];
    }
    tx.add_audit(audit_entry(a, clock_.now(), "bulk_create", "orgunit", "bulk", nullptr,
                             {{"units", out.size()}, {"first", out.front().code}, {"last", out.back().code},
                              {"by_type", by_type}}));
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  if (on_changed_) on_changed_("tree");
  return out;
}

Result<int64_t> BulkLoad::values(const Actor& a, const storage::ValueBatches& next) {
  if (Status s = system_only(a); !s) return s.error();
  int64_t n = 0;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    ValueCheck check(tx);
    const int64_t now = clock_.now();
    try {
      n = tx.append_values([&](std::vector<StoredValue>& batch) {
        const bool more = next(batch);
        for (StoredValue& v : batch) {
          check.check(v);
          v.updated_at = now;
          v.updated_by = a.username;
        }
        return more;
      });
    } catch (const Refused& r) {
      return r.error;
    }
    tx.add_audit(audit_entry(a, now, "bulk_create", "datavalues", "bulk", nullptr, check.summary(n)));
    tx.notify("values");
    return Status::Ok();
  });
  if (!st) return st.error();
  if (Status s = analytics_.load(); !s) return s.error();
  return n;
}

Result<int> BulkLoad::reports(const Actor& a, const std::vector<ReportRecord>& reports) {
  if (Status s = system_only(a); !s) return s.error();
  if (reports.empty()) return 0;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    std::unordered_map<int64_t, std::string> units;
    for (const auto& [code, u] : stored_units(tx)) units.emplace(u.id, code);
    std::map<std::string, std::set<int64_t>> have;  // period → units with a report
    std::map<std::string, int> by_status;
    std::vector<std::pair<int64_t, std::string>> locks;
    const int64_t now = clock_.now();
    std::vector<ReportRecord> rows = reports;
    for (ReportRecord& r : rows) {
      if (Status s = report_fields(r, units); !s) return s;
      if (!have.count(r.period)) {
        auto& set = have[r.period];
        for (const auto& root : tx.org_roots())
          for (const auto& e : tx.report_states_within(root.path, r.period)) set.insert(e.org_id);
      }
      if (!have[r.period].insert(r.org_id).second)
        return Error::Conflict("Đã có báo cáo của " + units.at(r.org_id) + " kỳ " + r.period + ".", "period");
      if (r.narrative.empty()) r.narrative = "{}";
      if (r.updated_at == 0) r.updated_at = now;
      if (r.updated_by.empty()) r.updated_by = a.username;
      if (r.status == ReportStatus::kApproved) locks.emplace_back(r.org_id, r.period);
      ++by_status[std::string(report_status_code(r.status))];
    }
    tx.insert_reports(rows);
    tx.add_locks(locks);
    std::vector<std::string> periods;
    for (const auto& [p, set] : have) periods.push_back(p);
    tx.add_audit(audit_entry(a, now, "bulk_create", "report", "bulk", nullptr,
                             {{"reports", rows.size()}, {"by_status", by_status}, {"periods", periods}}));
    tx.notify("reports");
    return Status::Ok();
  });
  if (!st) return st.error();
  if (on_changed_) on_changed_("reports");
  return static_cast<int>(reports.size());
}

}  // namespace bd::app
