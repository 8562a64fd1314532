#include "app/registers/commendations.h"

#include <nlohmann/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/registers/registry_input.h"

namespace bd::app {
namespace {

nlohmann::json audit_json(const Commendation& c) {
  return {{"org_id", c.org_id},   {"collective", c.collective}, {"full_name", c.full_name},
          {"sex", c.sex},         {"honoree_name", c.honoree_name}, {"level", c.level},
          {"title", c.title},     {"reason", c.reason},         {"decision_no", c.decision_no},
          {"decision_date", c.decision_date}, {"movement", c.movement}};
}

Result<CommendationRow> row_of(storage::Tx& tx, const Commendation& c) {
  CommendationRow r{c, ""};
  if (c.honoree_org_id)
    if (auto u = tx.org_by_id(*c.honoree_org_id)) r.honoree_org_code = u->code;
  return r;
}

// Fills the record from checked input; the honoree unit must lie in the
// register's subtree.
Status fill(storage::Tx& tx, const OrgUnit& unit, const CommendationInput& in, Commendation& c) {
  c.collective = in.collective;
  c.full_name = in.collective ? "" : in.full_name;
  c.sex = in.collective ? "" : in.sex;
  c.honoree_org_id.reset();
  c.honoree_name = in.collective ? in.honoree_name : "";
  if (in.collective && !in.honoree_org.empty()) {
    auto h = tx.org_by_code(in.honoree_org);
    if (!h || !path_within(h->path, unit.path))
      return Error::Validation("Tập thể được khen phải là đơn vị thuộc " + unit.name + ".", "honoree_org");
    c.honoree_org_id = h->id;
    if (c.honoree_name.empty()) c.honoree_name = h->name;
  }
  if (in.collective && c.honoree_name.empty())
    return Error::Validation("Tên tập thể được khen không được để trống.", "honoree_name");
  c.level = in.level;
  c.title = in.title;
  c.reason = in.reason;
  c.decision_no = in.decision_no;
  c.decision_date = in.decision_date;
  c.movement = in.movement;
  return Status::Ok();
}

}  // namespace

Status validate_commendation(CommendationInput& in) {
  if (!in.collective) {
    if (Status s = text_field(in.full_name, "full_name", "Họ và tên", 120, true); !s) return s;
    if (Status s = choice_field(in.sex, sex_choices(), "sex", "Giới tính"); !s) return s;
  } else {
    if (Status s = text_field(in.honoree_name, "honoree_name", "Tên tập thể", 255, false); !s) return s;
  }
  if (Status s = choice_field(in.level, commendation_level_choices(), "level", "Cấp khen thưởng"); !s) return s;
  if (Status s = text_field(in.title, "title", "Hình thức khen thưởng", 255, true); !s) return s;
  if (Status s = text_field(in.reason, "reason", "Lý do khen thưởng", 2000, false); !s) return s;
  if (Status s = text_field(in.decision_no, "decision_no", "Số quyết định", 50, true); !s) return s;
  if (Status s = date_field(in.decision_date, "decision_date", "Ngày quyết định", true); !s) return s;
  if (Status s = text_field(in.movement, "movement", "Phong trào thi đua", 255, false); !s) return s;
  return Status::Ok();
}

Result<CommendationList> Commendations::list(const Actor& a, const std::string& org, int year) {
  CommendationList out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    out.unit = *unit;
    out.year = year;
    out.can_edit = can_enter_data(a, *unit).ok();
    for (const auto& c : tx.commendations_of(unit->id)) {
      if (year > 0 && c.decision_date.substr(0, 4) != std::to_string(year)) continue;
      auto r = row_of(tx, c);
      out.rows.push_back(*r);
      if (c.collective)
        ++out.collectives;
      else
        ++(c.sex == "female" ? out.individuals_female : out.individuals_male);
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<CommendationRow> Commendations::get(const Actor& a, int64_t id) {
  std::optional<CommendationRow> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto c = tx.commendation(id);
    if (!c) return Error::NotFound("Không tìm thấy khen thưởng này.");
    auto unit = tx.org_by_id(c->org_id);
    if (Status s = can_view(a, *unit); !s) return Error::NotFound("Không tìm thấy khen thưởng này.");
    out = *row_of(tx, *c);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<CommendationRow> Commendations::create(const Actor& a, const std::string& org, CommendationInput in) {
  if (Status s = validate_commendation(in); !s) return s.error();
  std::optional<CommendationRow> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_enter_data(a, *unit); !s) return s;
    Commendation c;
    c.org_id = unit->id;
    if (Status s = fill(tx, *unit, in, c); !s) return s;
    c.updated_at = clock_.now();
    c.updated_by = a.username;
    tx.insert_commendation(c);
    tx.add_audit(audit_entry(a, c.updated_at, "create", "commendation", std::to_string(c.id), nullptr, audit_json(c)));
    out = *row_of(tx, c);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<CommendationRow> Commendations::update(const Actor& a, int64_t id, CommendationInput in) {
  if (Status s = validate_commendation(in); !s) return s.error();
  std::optional<CommendationRow> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto c = tx.commendation(id);
    if (!c) return Error::NotFound("Không tìm thấy khen thưởng này.");
    auto unit = tx.org_by_id(c->org_id);
    if (!can_view(a, *unit)) return Error::NotFound("Không tìm thấy khen thưởng này.");
    if (Status s = can_enter_data(a, *unit); !s) return s;
    const auto before = audit_json(*c);
    if (Status s = fill(tx, *unit, in, *c); !s) return s;
    c->updated_at = clock_.now();
    c->updated_by = a.username;
    tx.update_commendation(*c);
    tx.add_audit(audit_entry(a, c->updated_at, "update", "commendation", std::to_string(id), before, audit_json(*c)));
    out = *row_of(tx, *c);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Status Commendations::remove(const Actor& a, int64_t id) {
  return store_.write([&](storage::Tx& tx) -> Status {
    auto c = tx.commendation(id);
    if (!c) return Error::NotFound("Không tìm thấy khen thưởng này.");
    auto unit = tx.org_by_id(c->org_id);
    if (!can_view(a, *unit)) return Error::NotFound("Không tìm thấy khen thưởng này.");
    if (Status s = can_enter_data(a, *unit); !s) return s;
    tx.delete_commendation(id);
    tx.add_audit(audit_entry(a, clock_.now(), "delete", "commendation", std::to_string(id), audit_json(*c), nullptr));
    return Status::Ok();
  });
}

}  // namespace bd::app
