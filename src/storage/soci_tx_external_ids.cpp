// Identifiers in other systems (repos/external_ids.h).
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {

std::vector<ExternalId> SociTx::external_ids(const std::string& system) {
  return query_all(
      sql_, "SELECT system_name, kind, code, external FROM external_ids WHERE system_name = :s ORDER BY kind, code",
      [](const soci::row& r) { return ExternalId{get_str(r, 0), get_str(r, 1), get_str(r, 2), get_str(r, 3)}; },
      soci::use(system));
}

std::vector<std::string> SociTx::external_systems() {
  return query_all(
      sql_, "SELECT DISTINCT system_name FROM external_ids ORDER BY system_name",
      [](const soci::row& r) { return get_str(r, 0); });
}

void SociTx::put_external_id(const ExternalId& id) {
  delete_external_id(id.system, id.kind, id.code);
  sql_ << "INSERT INTO external_ids (system_name, kind, code, external) VALUES (:s, :k, :c, :e)", soci::use(id.system),
      soci::use(id.kind), soci::use(id.code), soci::use(id.external);
}

void SociTx::delete_external_id(const std::string& system, const std::string& kind, const std::string& code) {
  sql_ << "DELETE FROM external_ids WHERE system_name = :s AND kind = :k AND code = :c", soci::use(system),
      soci::use(kind), soci::use(code);
}

}  // namespace bd::storage
