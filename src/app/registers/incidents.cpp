#include "app/registers/incidents.h"

#include <nlohmann/json.hpp>

#include "app/access.h"
#include "app/registers/access.h"
#include "app/audit.h"
#include "app/registers/registry_input.h"

namespace bd::app {
namespace {

const char* kNoAccess = "Bạn không có quyền xem vụ việc của đơn vị này.";
const char* kNotFound = "Không tìm thấy vụ việc này.";

nlohmann::json audit_json(const Incident& i) {
  return {{"org_id", i.org_id}, {"occurred_on", i.occurred_on}, {"kind", i.kind},   {"sex", i.sex},
          {"age_band", i.age_band}, {"status", i.status},       {"referral", i.referral}};
}

void apply(Incident& r, const IncidentInput& in) {
  r.occurred_on = in.occurred_on;
  r.kind = in.kind;
  r.sex = in.sex;
  r.age_band = in.age_band;
  r.status = in.status;
  r.referral = in.referral;
}

}  // namespace

Status validate_incident(IncidentInput& in) {
  if (Status s = date_field(in.occurred_on, "occurred_on", "Ngày xảy ra", true); !s) return s;
  if (Status s = choice_field(in.kind, incident_kind_choices(), "kind", "Loại vụ việc"); !s) return s;
  if (Status s = choice_field(in.sex, sex_choices(), "sex", "Giới tính"); !s) return s;
  if (Status s = choice_field(in.age_band, age_band_choices(), "age_band", "Nhóm tuổi"); !s) return s;
  if (Status s = choice_field(in.status, incident_status_choices(), "status", "Tình trạng xử lý"); !s) return s;
  // The referral names an agency, never a person.
  if (Status s = text_field(in.referral, "referral", "Nơi chuyển tuyến", 200, in.status == "referred"); !s) return s;
  return Status::Ok();
}

Result<IncidentList> Incidents::list(const Actor& a, const std::string& org) {
  IncidentList out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org);
    if (!unit) return Error::Forbidden(kNoAccess);  // says nothing about which units exist
    if (Status s = can_read_incidents(a, *unit); !s) return s;
    out.unit = *unit;
    out.rows = tx.incidents_of(unit->id);
    out.can_add = can_record_incidents(a, *unit).ok();
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<Incident> Incidents::get(const Actor& a, int64_t id) {
  std::optional<Incident> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto r = tx.incident(id);
    if (!r || !can_read_incidents(a, *tx.org_by_id(r->org_id))) return Error::NotFound(kNotFound);
    out = *r;
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<Incident> Incidents::create(const Actor& a, const std::string& org, IncidentInput in) {
  std::optional<Incident> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org);
    if (!unit || !can_read_incidents(a, *unit)) return Error::Forbidden(kNoAccess);
    if (Status s = can_record_incidents(a, *unit); !s) return s;
    if (Status s = validate_incident(in); !s) return s;
    Incident r;
    r.org_id = unit->id;
    apply(r, in);
    r.updated_at = clock_.now();
    r.updated_by = a.username;
    tx.insert_incident(r);
    tx.add_audit(audit_entry(a, r.updated_at, "create", "incident", std::to_string(r.id), nullptr, audit_json(r)));
    out = r;
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<Incident> Incidents::update(const Actor& a, int64_t id, IncidentInput in) {
  std::optional<Incident> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto r = tx.incident(id);
    if (!r) return Error::NotFound(kNotFound);
    auto unit = tx.org_by_id(r->org_id);
    if (!can_read_incidents(a, *unit)) return Error::NotFound(kNotFound);
    if (Status s = can_record_incidents(a, *unit); !s) return s;
    if (Status s = validate_incident(in); !s) return s;
    const auto before = audit_json(*r);
    apply(*r, in);
    r->updated_at = clock_.now();
    r->updated_by = a.username;
    tx.update_incident(*r);
    tx.add_audit(audit_entry(a, r->updated_at, "update", "incident", std::to_string(id), before, audit_json(*r)));
    out = *r;
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<IncidentCounts> Incidents::aggregate(const Actor& a, const std::string& org, int year) {
  if (year < 2000 || year > 2100) return Error::Validation("Năm không hợp lệ.", "year");
  IncidentCounts out;
  out.year = year;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    out.unit = *unit;
    for (const auto& k : incident_kind_choices()) out.by_kind[std::string(k.code)] = {0, 0};
    const std::string y = std::to_string(year);
    for (const auto& i : tx.incidents_within(unit->path, y + "-01-01", y + "-12-31")) {
      auto& c = out.by_kind[i.kind];
      const bool f = i.sex == "female";
      ++(f ? c.first : c.second);
      ++(f ? out.female : out.male);
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

}  // namespace bd::app
