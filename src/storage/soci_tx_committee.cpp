// Committee members and commendations.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kMemberColumns =
    "SELECT id, org_id, full_name, sex, role, position, phone, term_start, term_end, decision_no, decision_date,"
    " trained, updated_at, updated_by FROM committee_members ";

CommitteeMember member_from_row(const soci::row& row) {
  CommitteeMember m;
  m.id = get_int(row, 0);
  m.org_id = get_int(row, 1);
  m.full_name = get_str(row, 2);
  m.sex = get_str(row, 3);
  m.role = get_str(row, 4);
  m.position = get_str(row, 5);
  m.phone = get_str(row, 6);
  m.term_start = get_str(row, 7);
  m.term_end = get_str(row, 8);
  m.decision_no = get_str(row, 9);
  m.decision_date = get_str(row, 10);
  m.trained = get_int(row, 11) != 0;
  m.updated_at = get_int(row, 12);
  m.updated_by = get_str(row, 13);
  return m;
}

constexpr const char* kRoleOrder =
    " ORDER BY term_start, CASE role WHEN 'head' THEN 0 WHEN 'deputy' THEN 1 WHEN 'secretary' THEN 2 ELSE 3 END, id";

constexpr const char* kCommendationColumns =
    "SELECT id, org_id, collective, full_name, sex, honoree_org_id, honoree_name, level, title, reason, decision_no,"
    " decision_date, movement, updated_at, updated_by FROM commendations ";

Commendation commendation_from_row(const soci::row& row) {
  Commendation c;
  c.id = get_int(row, 0);
  c.org_id = get_int(row, 1);
  c.collective = get_int(row, 2) != 0;
  c.full_name = get_str(row, 3);
  c.sex = get_str(row, 4);
  c.honoree_org_id = get_opt_int(row, 5);
  c.honoree_name = get_str(row, 6);
  c.level = get_str(row, 7);
  c.title = get_str(row, 8);
  c.reason = get_str(row, 9);
  c.decision_no = get_str(row, 10);
  c.decision_date = get_str(row, 11);
  c.movement = get_str(row, 12);
  c.updated_at = get_int(row, 13);
  c.updated_by = get_str(row, 14);
  return c;
}

}  // namespace

std::vector<CommitteeMember> SociTx::committee_of(int64_t org_id) {
  long long o = org_id;
  return query_all(sql_, std::string(kMemberColumns) + "WHERE org_id = :o" + kRoleOrder, member_from_row,
                   soci::use(o));
}

std::optional<CommitteeMember> SociTx::committee_member(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kMemberColumns) + "WHERE id = :i", member_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_committee_member(CommitteeMember& m) {
  long long org = m.org_id, at = m.updated_at, id = 0;
  int trained = m.trained ? 1 : 0;
  sql_ << "INSERT INTO committee_members (org_id, full_name, sex, role, position, phone, term_start, term_end,"
          " decision_no, decision_date, trained, updated_at, updated_by)"
          " VALUES (:o, :n, :s, :r, :p, :ph, :ts, :te, :dn, :dd, :t, :a, :b) RETURNING id",
      soci::use(org), soci::use(m.full_name), soci::use(m.sex), soci::use(m.role), soci::use(m.position),
      soci::use(m.phone), soci::use(m.term_start), soci::use(m.term_end), soci::use(m.decision_no),
      soci::use(m.decision_date), soci::use(trained), soci::use(at), soci::use(m.updated_by), soci::into(id);
  m.id = id;
}

void SociTx::update_committee_member(const CommitteeMember& m) {
  long long id = m.id, at = m.updated_at;
  int trained = m.trained ? 1 : 0;
  sql_ << "UPDATE committee_members SET full_name = :n, sex = :s, role = :r, position = :p, phone = :ph,"
          " term_start = :ts, term_end = :te, decision_no = :dn, decision_date = :dd, trained = :t,"
          " updated_at = :a, updated_by = :b WHERE id = :id",
      soci::use(m.full_name), soci::use(m.sex), soci::use(m.role), soci::use(m.position), soci::use(m.phone),
      soci::use(m.term_start), soci::use(m.term_end), soci::use(m.decision_no), soci::use(m.decision_date),
      soci::use(trained), soci::use(at), soci::use(m.updated_by), soci::use(id);
}

std::vector<Commendation> SociTx::commendations_of(int64_t org_id) {
  long long o = org_id;
  return query_all(sql_, std::string(kCommendationColumns) + "WHERE org_id = :o ORDER BY decision_date DESC, id DESC",
                   commendation_from_row, soci::use(o));
}

std::optional<Commendation> SociTx::commendation(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kCommendationColumns) + "WHERE id = :i", commendation_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_commendation(Commendation& c) {
  long long org = c.org_id, at = c.updated_at, id = 0;
  int collective = c.collective ? 1 : 0;
  NullableInt honoree(c.honoree_org_id);
  sql_ << "INSERT INTO commendations (org_id, collective, full_name, sex, honoree_org_id, honoree_name, level, title,"
          " reason, decision_no, decision_date, movement, updated_at, updated_by)"
          " VALUES (:o, :c, :n, :s, :h, :hn, :l, :t, :r, :dn, :dd, :m, :a, :b) RETURNING id",
      soci::use(org), soci::use(collective), soci::use(c.full_name), soci::use(c.sex),
      soci::use(honoree.value, honoree.ind), soci::use(c.honoree_name), soci::use(c.level), soci::use(c.title),
      soci::use(c.reason), soci::use(c.decision_no), soci::use(c.decision_date), soci::use(c.movement),
      soci::use(at), soci::use(c.updated_by), soci::into(id);
  c.id = id;
}

void SociTx::update_commendation(const Commendation& c) {
  long long id = c.id, at = c.updated_at;
  int collective = c.collective ? 1 : 0;
  NullableInt honoree(c.honoree_org_id);
  sql_ << "UPDATE commendations SET collective = :c, full_name = :n, sex = :s, honoree_org_id = :h,"
          " honoree_name = :hn, level = :l, title = :t, reason = :r, decision_no = :dn, decision_date = :dd,"
          " movement = :m, updated_at = :a, updated_by = :b WHERE id = :id",
      soci::use(collective), soci::use(c.full_name), soci::use(c.sex), soci::use(honoree.value, honoree.ind),
      soci::use(c.honoree_name), soci::use(c.level), soci::use(c.title), soci::use(c.reason),
      soci::use(c.decision_no), soci::use(c.decision_date), soci::use(c.movement), soci::use(at),
      soci::use(c.updated_by), soci::use(id);
}

void SociTx::delete_commendation(int64_t id) {
  long long i = id;
  sql_ << "DELETE FROM commendations WHERE id = :i", soci::use(i);
}

}  // namespace bd::storage
