// Periodic reports.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kReportColumns =
    "SELECT r.id, r.org_id, r.period, r.status, r.narrative, r.submitted_at, r.submitted_by, r.decided_at,"
    " r.decided_by, r.comment, r.updated_at, r.updated_by, r.first_submitted_at FROM reports r ";

ReportRecord report_from_row(const soci::row& row) {
  ReportRecord r;
  r.id = get_int(row, 0);
  r.org_id = get_int(row, 1);
  r.period = get_str(row, 2);
  r.status = parse_report_status(get_str(row, 3)).value_or(ReportStatus::kDraft);
  r.narrative = get_str(row, 4);
  r.submitted_at = get_int(row, 5);
  r.submitted_by = get_str(row, 6);
  r.decided_at = get_int(row, 7);
  r.decided_by = get_str(row, 8);
  r.comment = get_str(row, 9);
  r.updated_at = get_int(row, 10);
  r.updated_by = get_str(row, 11);
  r.first_submitted_at = get_int(row, 12);
  return r;
}

template <class... Uses>
auto query_reports(soci::session& sql, const std::string& rest, Uses&&... uses) {
  return query_all(sql, std::string(kReportColumns) + rest, report_from_row, std::forward<Uses>(uses)...);
}

}  // namespace

std::optional<ReportRecord> SociTx::report_of(int64_t org_id, std::string_view period) {
  long long o = org_id;
  std::string p(period);
  auto v = query_reports(sql_, "WHERE r.org_id = :o AND r.period = :p", soci::use(o), soci::use(p));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<ReportRecord> SociTx::reports_of(int64_t org_id) {
  long long o = org_id;
  return query_reports(sql_, "WHERE r.org_id = :o ORDER BY r.period DESC", soci::use(o));
}

std::vector<ReportState> SociTx::report_states_within(std::string_view path, std::string_view period) {
  auto m = within_path(engine_, "o.path", path);
  std::string p(period);
  // SQLite has no statistics to choose the plan by. Below a root, `|| ''`
  // keeps it on the path index and the (org_id, period) key, so a commune
  // reads its own few reports and not every report of the period (42 ms on
  // the national demo, now about 1 ms). Under a root, which holds most units,
  // reading the period's reports and looking each unit up is 8× faster.
  const bool by_path = engine_ == Engine::kSqlite && path_depth(path) > 0;
  // Fetched in batches into typed vectors, not row by row: at the ministry
  // this reads a report of every unit of the nation.
  constexpr std::size_t kBatch = 1024;
  std::vector<long long> org(kBatch), submitted(kBatch), first(kBatch);
  std::vector<std::string> status(kBatch);
  soci::statement st = (sql_.prepare << "SELECT r.org_id, r.status, r.submitted_at, r.first_submitted_at FROM reports r"
                                        " JOIN org_units o ON o.id = r.org_id WHERE " +
                                            m.condition + (by_path ? " AND r.period || '' = :p" : " AND r.period = :p"),
                        soci::into(org), soci::into(status), soci::into(submitted), soci::into(first), soci::use(m.pattern),
                        soci::use(p));
  st.execute();
  std::vector<ReportState> out;
  while (st.fetch()) {
    for (std::size_t i = 0; i < org.size(); ++i)
      out.push_back({org[i], parse_report_status(status[i]).value_or(ReportStatus::kDraft), submitted[i], first[i]});
    org.resize(kBatch);
    status.resize(kBatch);
    submitted.resize(kBatch);
    first.resize(kBatch);
  }
  return out;
}

std::vector<ReportRecord> SociTx::reports_of_children(int64_t parent_id, std::string_view period) {
  long long parent = parent_id;
  std::string p(period);
  return query_reports(sql_,
                       // `|| ''` keeps SQLite (no statistics) off the period index, which
                       // reads every report of the period (51,000 on the national demo,
                       // 70 ms); from the parent's children it is a few rows.
                       "JOIN org_units o ON o.id = r.org_id WHERE o.parent_id = :parent AND r.period || '' = :p"
                       " ORDER BY o.path",
                       soci::use(parent), soci::use(p));
}

void SociTx::insert_report(ReportRecord& r) {
  long long org = r.org_id, sub = r.submitted_at, first = r.first_submitted_at, dec = r.decided_at,
            at = r.updated_at, id = 0;
  std::string status(report_status_code(r.status));
  sql_ << "INSERT INTO reports (org_id, period, status, narrative, submitted_at, submitted_by, decided_at,"
          " decided_by, comment, updated_at, updated_by, first_submitted_at)"
          " VALUES (:o, :p, :s, :n, :sa, :sb, :da, :db, :c, :a, :b, :f) RETURNING id",
      soci::use(org), soci::use(r.period), soci::use(status), soci::use(r.narrative), soci::use(sub),
      soci::use(r.submitted_by), soci::use(dec), soci::use(r.decided_by), soci::use(r.comment), soci::use(at),
      soci::use(r.updated_by), soci::use(first), soci::into(id);
  r.id = id;
}

void SociTx::insert_reports(const std::vector<ReportRecord>& reports) {
  const size_t n = reports.size();
  std::vector<long long> org(n), sub(n), first(n), dec(n), at(n);
  std::vector<std::string> status(n);
  for (size_t i = 0; i < n; ++i) {
    org[i] = reports[i].org_id;
    sub[i] = reports[i].submitted_at;
    first[i] = reports[i].first_submitted_at;
    dec[i] = reports[i].decided_at;
    at[i] = reports[i].updated_at;
    status[i] = std::string(report_status_code(reports[i].status));
  }
  insert_rows(sql_,
              "INSERT INTO reports (org_id, period, status, narrative, submitted_at, submitted_by, decided_at,"
              " decided_by, comment, updated_at, updated_by, first_submitted_at)",
              "", n, 12, [&](soci::statement& st, size_t i) {
                const ReportRecord& r = reports[i];
                st.exchange(soci::use(org[i]));
                st.exchange(soci::use(r.period));
                st.exchange(soci::use(status[i]));
                st.exchange(soci::use(r.narrative));
                st.exchange(soci::use(sub[i]));
                st.exchange(soci::use(r.submitted_by));
                st.exchange(soci::use(dec[i]));
                st.exchange(soci::use(r.decided_by));
                st.exchange(soci::use(r.comment));
                st.exchange(soci::use(at[i]));
                st.exchange(soci::use(r.updated_by));
                st.exchange(soci::use(first[i]));
              });
}

void SociTx::update_report(const ReportRecord& r) {
  long long id = r.id, sub = r.submitted_at, first = r.first_submitted_at, dec = r.decided_at, at = r.updated_at;
  std::string status(report_status_code(r.status));
  sql_ << "UPDATE reports SET status = :s, narrative = :n, submitted_at = :sa, submitted_by = :sb,"
          " decided_at = :da, decided_by = :db, comment = :c, updated_at = :a, updated_by = :b,"
          " first_submitted_at = :f WHERE id = :id",
      soci::use(status), soci::use(r.narrative), soci::use(sub), soci::use(r.submitted_by), soci::use(dec),
      soci::use(r.decided_by), soci::use(r.comment), soci::use(at), soci::use(r.updated_by), soci::use(first),
      soci::use(id);
}

void SociTx::add_report_version(ReportVersion& v) {
  long long report = v.report_id, at = v.approved_at;
  int last = 0;
  soci::indicator ind = soci::i_ok;
  sql_ << "SELECT MAX(version) FROM report_versions WHERE report_id = :r", soci::into(last, ind), soci::use(report);
  v.version = ind == soci::i_ok ? last + 1 : 1;
  sql_ << "INSERT INTO report_versions (report_id, version, approved_at, approved_by, record)"
          " VALUES (:r, :v, :a, :b, :rec)",
      soci::use(report), soci::use(v.version), soci::use(at), soci::use(v.approved_by), soci::use(v.record);
}

std::vector<ReportVersion> SociTx::report_versions(int64_t report_id, bool with_records) {
  long long report = report_id;
  return query_all(
      sql_,
      std::string("SELECT report_id, version, approved_at, approved_by, ") + (with_records ? "record" : "''") +
          " FROM report_versions WHERE report_id = :r ORDER BY version",
      [](const soci::row& row) {
        return ReportVersion{get_int(row, 0), static_cast<int>(get_int(row, 1)), get_int(row, 2), get_str(row, 3),
                             get_str(row, 4)};
      },
      soci::use(report));
}

}  // namespace bd::storage
