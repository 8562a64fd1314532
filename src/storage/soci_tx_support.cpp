// Support services (hotlines, trusted addresses, shelters) and incidents.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kServiceColumns =
    "SELECT id, org_id, kind, name, phone, address, purpose, hours, sort, updated_at, updated_by"
    " FROM support_services ";

SupportService service_from_row(const soci::row& row) {
  SupportService s;
  s.id = get_int(row, 0);
  s.org_id = get_opt_int(row, 1);
  s.kind = get_str(row, 2);
  s.name = get_str(row, 3);
  s.phone = get_str(row, 4);
  s.address = get_str(row, 5);
  s.purpose = get_str(row, 6);
  s.hours = get_str(row, 7);
  s.sort = static_cast<int>(get_int(row, 8));
  s.updated_at = get_int(row, 9);
  s.updated_by = get_str(row, 10);
  return s;
}

constexpr const char* kIncidentColumns =
    "SELECT i.id, i.org_id, i.occurred_on, i.kind, i.sex, i.age_band, i.status, i.referral, i.updated_at,"
    " i.updated_by FROM incidents i ";

Incident incident_from_row(const soci::row& row) {
  Incident i;
  i.id = get_int(row, 0);
  i.org_id = get_int(row, 1);
  i.occurred_on = get_str(row, 2);
  i.kind = get_str(row, 3);
  i.sex = get_str(row, 4);
  i.age_band = get_str(row, 5);
  i.status = get_str(row, 6);
  i.referral = get_str(row, 7);
  i.updated_at = get_int(row, 8);
  i.updated_by = get_str(row, 9);
  return i;
}

}  // namespace

std::vector<SupportService> SociTx::services_for(const std::vector<int64_t>& org_ids) {
  // Ids are integers from the database, so listing them inline is safe.
  std::string in;
  for (int64_t id : org_ids) in += (in.empty() ? "" : ",") + std::to_string(id);
  std::string where = in.empty() ? "WHERE org_id IS NULL" : "WHERE org_id IS NULL OR org_id IN (" + in + ")";
  return query_all(sql_, std::string(kServiceColumns) + where + " ORDER BY CASE WHEN org_id IS NULL THEN 0 ELSE 1 END,"
                   " sort, id", service_from_row);
}

std::optional<SupportService> SociTx::service(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kServiceColumns) + "WHERE id = :i", service_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_service(SupportService& s) {
  NullableInt org(s.org_id);
  long long at = s.updated_at, id = 0;
  int sort = s.sort;
  sql_ << "INSERT INTO support_services (org_id, kind, name, phone, address, purpose, hours, sort, updated_at,"
          " updated_by) VALUES (:o, :k, :n, :p, :ad, :pu, :h, :s, :a, :b) RETURNING id",
      soci::use(org.value, org.ind), soci::use(s.kind), soci::use(s.name), soci::use(s.phone), soci::use(s.address),
      soci::use(s.purpose), soci::use(s.hours), soci::use(sort), soci::use(at), soci::use(s.updated_by),
      soci::into(id);
  s.id = id;
}

void SociTx::update_service(const SupportService& s) {
  long long id = s.id, at = s.updated_at;
  int sort = s.sort;
  sql_ << "UPDATE support_services SET kind = :k, name = :n, phone = :p, address = :ad, purpose = :pu, hours = :h,"
          " sort = :s, updated_at = :a, updated_by = :b WHERE id = :id",
      soci::use(s.kind), soci::use(s.name), soci::use(s.phone), soci::use(s.address), soci::use(s.purpose),
      soci::use(s.hours), soci::use(sort), soci::use(at), soci::use(s.updated_by), soci::use(id);
}

void SociTx::delete_service(int64_t id) {
  long long i = id;
  sql_ << "DELETE FROM support_services WHERE id = :i", soci::use(i);
}

std::vector<Incident> SociTx::incidents_of(int64_t org_id) {
  long long o = org_id;
  return query_all(sql_, std::string(kIncidentColumns) + "WHERE i.org_id = :o ORDER BY i.occurred_on DESC, i.id DESC",
                   incident_from_row, soci::use(o));
}

std::vector<Incident> SociTx::incidents_within(std::string_view path, std::string_view from, std::string_view to) {
  auto m = within_path(engine_, "o.path", path);
  std::string f(from), t(to);
  return query_all(sql_,
                   std::string(kIncidentColumns) + "JOIN org_units o ON o.id = i.org_id WHERE " + m.condition +
                       " AND i.occurred_on >= :f AND i.occurred_on <= :t ORDER BY i.occurred_on",
                   incident_from_row, soci::use(m.pattern), soci::use(f), soci::use(t));
}

std::optional<Incident> SociTx::incident(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kIncidentColumns) + "WHERE i.id = :i", incident_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_incident(Incident& i) {
  long long org = i.org_id, at = i.updated_at, id = 0;
  sql_ << "INSERT INTO incidents (org_id, occurred_on, kind, sex, age_band, status, referral, updated_at, updated_by)"
          " VALUES (:o, :d, :k, :s, :ab, :st, :r, :a, :b) RETURNING id",
      soci::use(org), soci::use(i.occurred_on), soci::use(i.kind), soci::use(i.sex), soci::use(i.age_band),
      soci::use(i.status), soci::use(i.referral), soci::use(at), soci::use(i.updated_by), soci::into(id);
  i.id = id;
}

void SociTx::update_incident(const Incident& i) {
  long long id = i.id, at = i.updated_at;
  sql_ << "UPDATE incidents SET occurred_on = :d, kind = :k, sex = :s, age_band = :ab, status = :st, referral = :r,"
          " updated_at = :a, updated_by = :b WHERE id = :id",
      soci::use(i.occurred_on), soci::use(i.kind), soci::use(i.sex), soci::use(i.age_band), soci::use(i.status),
      soci::use(i.referral), soci::use(at), soci::use(i.updated_by), soci::use(id);
}

}  // namespace bd::storage
