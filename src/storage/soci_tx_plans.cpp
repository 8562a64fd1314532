// Plans.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kPlanColumns =
    "SELECT id, org_id, year, number, status, parent_plan_id, issued_on, version, supersedes_id, content,"
    " updated_at, updated_by, signing FROM plans ";

PlanRecord plan_from_row(const soci::row& r) {
  PlanRecord p;
  p.id = get_int(r, 0);
  p.org_id = get_int(r, 1);
  p.year = static_cast<int>(get_int(r, 2));
  p.number = static_cast<int>(get_int(r, 3));
  p.status = parse_plan_status(get_str(r, 4)).value_or(PlanStatus::kDraft);
  p.parent_plan_id = get_opt_int(r, 5);
  p.issued_on = get_str(r, 6);
  p.version = static_cast<int>(get_int(r, 7));
  p.supersedes_id = get_opt_int(r, 8);
  p.content = get_str(r, 9);
  p.updated_at = get_int(r, 10);
  p.updated_by = get_str(r, 11);
  p.signing = get_str(r, 12);
  return p;
}

template <class... Uses>
auto query_plans(soci::session& sql, const std::string& rest, Uses&&... uses) {
  return query_all(sql, std::string(kPlanColumns) + rest, plan_from_row, std::forward<Uses>(uses)...);
}

}  // namespace

std::optional<PlanRecord> SociTx::plan_by_id(int64_t id) {
  long long i = id;
  auto v = query_plans(sql_, "WHERE id = :i", soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<PlanRecord> SociTx::plans_of(int64_t org_id) {
  long long o = org_id;
  return query_plans(sql_, "WHERE org_id = :o ORDER BY year DESC, id DESC", soci::use(o));
}

std::vector<PlanRecord> SociTx::plans_implementing(int64_t plan_id) {
  long long p = plan_id;
  return query_plans(sql_, "WHERE parent_plan_id = :p ORDER BY id", soci::use(p));
}

void SociTx::insert_plan(PlanRecord& p) {
  long long org = p.org_id, at = p.updated_at, id = 0;
  int year = p.year, number = p.number, version = p.version;
  std::string status(plan_status_code(p.status));
  NullableInt parent(p.parent_plan_id), supersedes(p.supersedes_id);
  sql_ << "INSERT INTO plans (org_id, year, number, status, parent_plan_id, issued_on, version, supersedes_id,"
          " content, updated_at, updated_by, signing) VALUES (:o, :y, :n, :s, :p, :d, :v, :sp, :c, :a, :b, :g)"
          " RETURNING id",
      soci::use(org), soci::use(year), soci::use(number), soci::use(status), soci::use(parent.value, parent.ind),
      soci::use(p.issued_on), soci::use(version), soci::use(supersedes.value, supersedes.ind), soci::use(p.content),
      soci::use(at), soci::use(p.updated_by), soci::use(p.signing), soci::into(id);
  p.id = id;
}

void SociTx::update_plan(const PlanRecord& p) {
  long long id = p.id, at = p.updated_at;
  int year = p.year, number = p.number, version = p.version;
  std::string status(plan_status_code(p.status));
  NullableInt parent(p.parent_plan_id), supersedes(p.supersedes_id);
  sql_ << "UPDATE plans SET year = :y, number = :n, status = :s, parent_plan_id = :p, issued_on = :d,"
          " version = :v, supersedes_id = :sp, content = :c, updated_at = :a, updated_by = :b, signing = :g"
          " WHERE id = :id",
      soci::use(year), soci::use(number), soci::use(status), soci::use(parent.value, parent.ind),
      soci::use(p.issued_on), soci::use(version), soci::use(supersedes.value, supersedes.ind), soci::use(p.content),
      soci::use(at), soci::use(p.updated_by), soci::use(p.signing), soci::use(id);
}

int SociTx::max_plan_number(int64_t org_id, int year) {
  long long o = org_id;
  int y = year, n = 0;
  soci::indicator ind = soci::i_ok;
  sql_ << "SELECT MAX(number) FROM plans WHERE org_id = :o AND year = :y", soci::use(o), soci::use(y),
      soci::into(n, ind);
  return ind == soci::i_null ? 0 : n;
}

}  // namespace bd::storage
