#include "app/registers/committee.h"

#include <nlohmann/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/registers/registry_input.h"
#include "core/period.h"

namespace bd::app {
namespace {

nlohmann::json audit_json(const CommitteeMember& m) {
  return {{"org_id", m.org_id},         {"full_name", m.full_name},   {"sex", m.sex},
          {"role", m.role},             {"position", m.position},     {"phone", m.phone},
          {"term_start", m.term_start}, {"term_end", m.term_end},     {"decision_no", m.decision_no},
          {"decision_date", m.decision_date}, {"trained", m.trained}};
}

void apply(CommitteeMember& m, const MemberInput& in) {
  m.full_name = in.full_name;
  m.sex = in.sex;
  m.role = in.role;
  m.position = in.position;
  m.phone = in.phone;
  m.term_start = in.term_start;
  m.term_end = in.term_end;
  m.decision_no = in.decision_no;
  m.decision_date = in.decision_date;
  m.trained = in.trained;
}

}  // namespace

Status validate_member(MemberInput& in) {
  if (Status s = text_field(in.full_name, "full_name", "Họ và tên", 120, true); !s) return s;
  if (Status s = choice_field(in.sex, sex_choices(), "sex", "Giới tính"); !s) return s;
  if (Status s = choice_field(in.role, committee_role_choices(), "role", "Chức danh trong Ban"); !s) return s;
  if (Status s = text_field(in.position, "position", "Chức vụ", 200, false); !s) return s;
  if (Status s = phone_field(in.phone, "phone", false); !s) return s;
  if (Status s = date_field(in.term_start, "term_start", "Ngày bắt đầu nhiệm kỳ", true); !s) return s;
  if (Status s = date_field(in.term_end, "term_end", "Ngày kết thúc nhiệm kỳ", false); !s) return s;
  if (!in.term_end.empty() && in.term_end < in.term_start)
    return Error::Validation("Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu.", "term_end");
  if (Status s = text_field(in.decision_no, "decision_no", "Số quyết định", 50, false); !s) return s;
  if (Status s = date_field(in.decision_date, "decision_date", "Ngày quyết định", false); !s) return s;
  return Status::Ok();
}

CommitteeCounts count_members(const std::vector<CommitteeMember>& members) {
  CommitteeCounts c;
  for (const auto& m : members) {
    const bool f = m.sex == "female";
    (f ? c.female : c.male)++;
    if (m.trained) (f ? c.trained_female : c.trained_male)++;
  }
  return c;
}

Result<CommitteeView> Committee::get(const Actor& a, const std::string& org, const std::string& on) {
  std::string date = on.empty() ? iso(vietnam_today(clock_.now())) : on;
  if (Status s = date_field(date, "on", "Ngày xem", true); !s) return s.error();
  CommitteeView v;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    v.unit = *unit;
    v.on = date;
    v.can_edit = can_enter_data(a, *unit).ok();
    v.history = tx.committee_of(unit->id);
    for (const auto& m : v.history)
      if (m.serving_on(date)) v.members.push_back(m);
    v.counts = count_members(v.members);
    return Status::Ok();
  });
  if (!st) return st.error();
  // Role order within the serving committee (history is by term start).
  std::stable_sort(v.members.begin(), v.members.end(), [](const auto& x, const auto& y) {
    auto rank = [](const std::string& r) { return r == "head" ? 0 : r == "deputy" ? 1 : r == "secretary" ? 2 : 3; };
    return rank(x.role) < rank(y.role);
  });
  return v;
}

Result<CommitteeChange> Committee::add(const Actor& a, const std::string& org, MemberInput in) {
  if (Status s = validate_member(in); !s) return s.error();
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_enter_data(a, *unit); !s) return s;
    CommitteeMember m;
    m.org_id = unit->id;
    apply(m, in);
    m.updated_at = clock_.now();
    m.updated_by = a.username;
    tx.insert_committee_member(m);
    tx.add_audit(audit_entry(a, m.updated_at, "create", "committee_member", std::to_string(m.id), nullptr,
                             audit_json(m)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return finish(a, org);
}

Result<CommitteeChange> Committee::update(const Actor& a, const std::string& org, int64_t id, MemberInput in) {
  if (Status s = validate_member(in); !s) return s.error();
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_enter_data(a, *unit); !s) return s;
    auto m = tx.committee_member(id);
    if (!m || m->org_id != unit->id) return Error::NotFound("Không tìm thấy thành viên này trong Ban.", "id");
    const auto before = audit_json(*m);
    apply(*m, in);
    m->updated_at = clock_.now();
    m->updated_by = a.username;
    tx.update_committee_member(*m);
    tx.add_audit(audit_entry(a, m->updated_at, "update", "committee_member", std::to_string(id), before,
                             audit_json(*m)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return finish(a, org);
}

Result<CommitteeChange> Committee::end_term(const Actor& a, const std::string& org, int64_t id,
                                            const std::string& on) {
  std::string date = on;
  if (Status s = date_field(date, "term_end", "Ngày kết thúc nhiệm kỳ", true); !s) return s.error();
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_enter_data(a, *unit); !s) return s;
    auto m = tx.committee_member(id);
    if (!m || m->org_id != unit->id) return Error::NotFound("Không tìm thấy thành viên này trong Ban.", "id");
    if (date < m->term_start)
      return Error::Validation("Ngày kết thúc nhiệm kỳ không được trước ngày bắt đầu.", "term_end");
    const auto before = audit_json(*m);
    m->term_end = date;
    m->updated_at = clock_.now();
    m->updated_by = a.username;
    tx.update_committee_member(*m);
    tx.add_audit(audit_entry(a, m->updated_at, "end_term", "committee_member", std::to_string(id), before,
                             audit_json(*m)));
    return Status::Ok();
  });
  if (!st) return st.error();
  return finish(a, org);
}

Result<CommitteeChange> Committee::recompose(const Actor& a, const std::string& org, const std::string& from,
                                             const std::string& decision_no, const std::string& decision_date,
                                             std::vector<MemberInput> members) {
  std::string start = from, number = decision_no, dated = decision_date;
  if (Status s = date_field(start, "from", "Ngày kiện toàn", true); !s) return s.error();
  if (Status s = text_field(number, "decision_no", "Số quyết định kiện toàn", 50, true); !s) return s.error();
  if (Status s = date_field(dated, "decision_date", "Ngày quyết định kiện toàn", true); !s) return s.error();
  if (members.empty()) return Error::Validation("Cần ít nhất một thành viên của Ban sau kiện toàn.", "members");
  int heads = 0;
  for (size_t i = 0; i < members.size(); ++i) {
    auto& m = members[i];
    m.term_start = start;
    if (m.decision_no.empty()) m.decision_no = number;
    if (m.decision_date.empty()) m.decision_date = dated;
    if (Status s = validate_member(m); !s) {
      Error e = s.error();
      e.message = "Thành viên thứ " + std::to_string(i + 1) + ": " + e.message;
      e.field = "members[" + std::to_string(i) + "]." + e.field;
      return e;
    }
    heads += m.role == "head" ? 1 : 0;
  }
  if (heads != 1) return Error::Validation("Ban phải có đúng một Trưởng ban.", "members");
  const std::string day_before = iso(add_days(*parse_date(start), -1));
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_enter_data(a, *unit); !s) return s;
    const int64_t now = clock_.now();
    nlohmann::json ended = nlohmann::json::array(), appointed = nlohmann::json::array();
    for (auto& m : tx.committee_of(unit->id)) {
      if (m.term_start >= start) return Error::Conflict("Đã có thành viên bắt đầu nhiệm kỳ từ ngày này hoặc sau đó.", "from");
      if (!m.term_end.empty() && m.term_end < start) continue;
      m.term_end = day_before;
      m.updated_at = now;
      m.updated_by = a.username;
      tx.update_committee_member(m);
      ended.push_back(m.id);
    }
    for (const auto& in : members) {
      CommitteeMember m;
      m.org_id = unit->id;
      apply(m, in);
      m.updated_at = now;
      m.updated_by = a.username;
      tx.insert_committee_member(m);
      appointed.push_back(audit_json(m));
    }
    tx.add_audit(audit_entry(a, now, "recompose", "committee", unit->code, {{"ended", ended}},
                             {{"from", start}, {"decision_no", number}, {"decision_date", dated}, {"members", appointed}}));
    return Status::Ok();
  });
  if (!st) return st.error();
  return finish(a, org);
}

// Reads the committee as of today and saves its counts by sex as the unit's
// values for the current half-year.
Result<CommitteeChange> Committee::finish(const Actor& a, const std::string& org) {
  auto v = get(a, org);
  if (!v) return v.error();
  CommitteeChange c{*v, period_of(PeriodType::kHalfYear, vietnam_today(clock_.now())).code(), ""};
  const auto& n = v->counts;
  auto saved = values_.save(a, {{"committee_members", "female", org, c.values_period, std::to_string(n.female)},
                                {"committee_members", "male", org, c.values_period, std::to_string(n.male)},
                                {"committee_trained", "female", org, c.values_period, std::to_string(n.trained_female)},
                                {"committee_trained", "male", org, c.values_period, std::to_string(n.trained_male)}});
  if (!saved) c.values_note = saved.error().message;
  return c;
}

}  // namespace bd::app
