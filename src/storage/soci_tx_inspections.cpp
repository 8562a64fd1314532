// Inspections and their follow-up items.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kColumns =
    "SELECT id, org_id, by_org_id, status, on_date, team, scope, findings, recommendations, updated_at, updated_by"
    " FROM inspections ";

Inspection from_row(const soci::row& row) {
  Inspection i;
  i.id = get_int(row, 0);
  i.org_id = get_int(row, 1);
  i.by_org_id = get_int(row, 2);
  i.status = get_str(row, 3);
  i.date = get_str(row, 4);
  i.team = get_str(row, 5);
  i.scope = get_str(row, 6);
  i.findings = get_str(row, 7);
  i.recommendations = get_str(row, 8);
  i.updated_at = get_int(row, 9);
  i.updated_by = get_str(row, 10);
  return i;
}

FollowUp followup_from_row(const soci::row& row) {
  FollowUp f;
  f.id = get_int(row, 0);
  f.inspection_id = get_int(row, 1);
  f.text = get_str(row, 2);
  f.due = get_str(row, 3);
  f.status = get_str(row, 4);
  f.response = get_str(row, 5);
  f.responded_at = get_int(row, 6);
  f.responded_by = get_str(row, 7);
  return f;
}

std::vector<FollowUp> followups_of(soci::session& sql, int64_t inspection_id) {
  long long i = inspection_id;
  return query_all(sql,
                   "SELECT id, inspection_id, item, due, status, response, responded_at, responded_by"
                   " FROM inspection_followups WHERE inspection_id = :i ORDER BY id",
                   followup_from_row, soci::use(i));
}

std::vector<Inspection> with_followups(soci::session& sql, std::vector<Inspection> v) {
  for (auto& i : v) i.followups = followups_of(sql, i.id);
  return v;
}

void insert_followup(soci::session& sql, FollowUp& f) {
  long long insp = f.inspection_id, at = f.responded_at, id = 0;
  sql << "INSERT INTO inspection_followups (inspection_id, item, due, status, response, responded_at, responded_by)"
         " VALUES (:i, :t, :d, :s, :r, :a, :b) RETURNING id",
      soci::use(insp), soci::use(f.text), soci::use(f.due), soci::use(f.status), soci::use(f.response),
      soci::use(at), soci::use(f.responded_by), soci::into(id);
  f.id = id;
}

}  // namespace

std::optional<Inspection> SociTx::inspection(int64_t id) {
  long long i = id;
  auto v = with_followups(sql_, query_all(sql_, std::string(kColumns) + "WHERE id = :i", from_row, soci::use(i)));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<Inspection> SociTx::inspections_of(int64_t org_id) {
  long long o = org_id;
  return with_followups(
      sql_, query_all(sql_, std::string(kColumns) + "WHERE org_id = :o ORDER BY on_date DESC, id DESC", from_row,
                      soci::use(o)));
}

std::vector<Inspection> SociTx::inspections_by(int64_t by_org_id) {
  long long o = by_org_id;
  return with_followups(
      sql_, query_all(sql_, std::string(kColumns) + "WHERE by_org_id = :o ORDER BY on_date DESC, id DESC", from_row,
                      soci::use(o)));
}

void SociTx::insert_inspection(Inspection& i) {
  long long org = i.org_id, by = i.by_org_id, at = i.updated_at, id = 0;
  sql_ << "INSERT INTO inspections (org_id, by_org_id, status, on_date, team, scope, findings, recommendations,"
          " updated_at, updated_by) VALUES (:o, :by, :s, :d, :t, :sc, :f, :r, :a, :b) RETURNING id",
      soci::use(org), soci::use(by), soci::use(i.status), soci::use(i.date), soci::use(i.team), soci::use(i.scope),
      soci::use(i.findings), soci::use(i.recommendations), soci::use(at), soci::use(i.updated_by), soci::into(id);
  i.id = id;
  for (auto& f : i.followups) {
    f.inspection_id = i.id;
    insert_followup(sql_, f);
  }
}

void SociTx::update_inspection(Inspection& i) {
  long long id = i.id, at = i.updated_at;
  sql_ << "UPDATE inspections SET status = :s, on_date = :d, team = :t, scope = :sc, findings = :f,"
          " recommendations = :r, updated_at = :a, updated_by = :b WHERE id = :id",
      soci::use(i.status), soci::use(i.date), soci::use(i.team), soci::use(i.scope), soci::use(i.findings),
      soci::use(i.recommendations), soci::use(at), soci::use(i.updated_by), soci::use(id);
  for (const FollowUp& old : followups_of(sql_, i.id)) {
    bool kept = false;
    for (const auto& f : i.followups) kept = kept || f.id == old.id;
    if (!kept) {
      long long fid = old.id;
      sql_ << "DELETE FROM inspection_followups WHERE id = :i", soci::use(fid);
    }
  }
  for (auto& f : i.followups) {
    f.inspection_id = i.id;
    if (f.id == 0)
      insert_followup(sql_, f);
    else
      update_followup(f);
  }
}

void SociTx::update_followup(const FollowUp& f) {
  long long id = f.id, insp = f.inspection_id, at = f.responded_at;
  sql_ << "UPDATE inspection_followups SET item = :t, due = :d, status = :s, response = :r, responded_at = :a,"
          " responded_by = :b WHERE id = :id AND inspection_id = :i",
      soci::use(f.text), soci::use(f.due), soci::use(f.status), soci::use(f.response), soci::use(at),
      soci::use(f.responded_by), soci::use(id), soci::use(insp);
}

}  // namespace bd::storage
