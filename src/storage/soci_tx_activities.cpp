// Activities and their evidence files.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kActivityColumns =
    "SELECT a.id, a.org_id, a.type, a.status, a.title, a.organiser, a.description, a.start_date, a.end_date,"
    " a.plan_id, a.task_index, a.observance, a.audience, a.staff_f, a.staff_m, a.students_f, a.students_m,"
    " a.parents_f, a.parents_m, a.community_f, a.community_m, a.created_at, a.updated_at, a.updated_by"
    " FROM activities a ";
constexpr size_t kFirstCount = 13;  // column of staff_f

std::string join_audience(const std::vector<Audience>& v) {
  std::string s;
  for (Audience a : v) s += (s.empty() ? "" : ",") + std::string(audience_code(a));
  return s;
}

std::vector<Audience> split_audience(const std::string& s) {
  std::vector<Audience> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    if (auto a = parse_audience(std::string_view(s).substr(start, comma - start))) out.push_back(*a);
    start = comma + 1;
  }
  return out;
}

ActivityRecord activity_from_row(const soci::row& r) {
  ActivityRecord a;
  a.id = get_int(r, 0);
  a.org_id = get_int(r, 1);
  a.type = parse_activity_type(get_str(r, 2)).value_or(ActivityType::kOther);
  a.status = parse_activity_status(get_str(r, 3)).value_or(ActivityStatus::kPlanned);
  a.title = get_str(r, 4);
  a.organiser = get_str(r, 5);
  a.description = get_str(r, 6);
  a.start = get_str(r, 7);
  a.end = get_str(r, 8);
  a.plan_id = get_int(r, 9);
  a.task_index = static_cast<int>(get_int(r, 10));
  a.observance = get_str(r, 11);
  a.audience = split_audience(get_str(r, 12));
  for (size_t i = 0; i < kAudienceCount; ++i) {
    a.participants[i].female = static_cast<int>(get_int(r, kFirstCount + 2 * i));
    a.participants[i].male = static_cast<int>(get_int(r, kFirstCount + 2 * i + 1));
  }
  a.created_at = get_int(r, 21);
  a.updated_at = get_int(r, 22);
  a.updated_by = get_str(r, 23);
  return a;
}

EvidenceRecord evidence_from_row(const soci::row& r) {
  EvidenceRecord e;
  e.id = get_int(r, 0);
  e.activity_id = get_int(r, 1);
  e.stored_name = get_str(r, 2);
  e.original_name = get_str(r, 3);
  e.content_type = get_str(r, 4);
  e.size = get_int(r, 5);
  e.sha256 = get_str(r, 6);
  e.uploaded_at = get_int(r, 7);
  e.uploaded_by = get_str(r, 8);
  return e;
}

constexpr const char* kEvidenceColumns =
    "SELECT id, activity_id, stored_name, original_name, content_type, size, sha256, uploaded_at, uploaded_by"
    " FROM evidence_files ";

// Bound values of the writable columns, in the order of kWriteColumns.
struct ActivityParams {
  long long org;
  std::string type, status, audience;
  long long plan;
  int task;
  int counts[2 * kAudienceCount];
  long long created, updated;
  explicit ActivityParams(const ActivityRecord& a)
      : org(a.org_id),
        type(activity_type_code(a.type)),
        status(activity_status_code(a.status)),
        audience(join_audience(a.audience)),
        plan(a.plan_id),
        task(a.task_index),
        created(a.created_at),
        updated(a.updated_at) {
    for (size_t i = 0; i < kAudienceCount; ++i) {
      counts[2 * i] = a.participants[i].female;
      counts[2 * i + 1] = a.participants[i].male;
    }
  }
};

// Open ends ("") are replaced by bounds every ISO date lies within.
std::string or_min(std::string_view d) { return d.empty() ? "0000-00-00" : std::string(d); }
std::string or_max(std::string_view d) { return d.empty() ? "9999-99-99" : std::string(d); }

}  // namespace

std::optional<ActivityRecord> SociTx::activity_by_id(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kActivityColumns) + "WHERE a.id = :i", activity_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

std::vector<ActivityRecord> SociTx::activities_of(int64_t org_id, std::string_view from, std::string_view to) {
  long long o = org_id;
  std::string f = or_min(from), t = or_max(to);
  return query_all(sql_,
                   std::string(kActivityColumns) +
                       "WHERE a.org_id = :o AND a.end_date >= :f AND a.start_date <= :t"
                       " ORDER BY a.start_date DESC, a.id DESC",
                   activity_from_row, soci::use(o), soci::use(f), soci::use(t));
}

std::vector<ActivityRecord> SociTx::activities_within(std::string_view path, std::string_view from,
                                                      std::string_view to) {
  auto m = within_path(engine_, "o.path", path);
  std::string f = or_min(from), t = or_max(to);
  return query_all(sql_,
                   std::string(kActivityColumns) + "JOIN org_units o ON o.id = a.org_id WHERE " + m.condition +
                       " AND a.end_date >= :f AND a.start_date <= :t ORDER BY a.start_date DESC, a.id DESC",
                   activity_from_row, soci::use(m.pattern), soci::use(f), soci::use(t));
}

void SociTx::insert_activity(ActivityRecord& a) {
  ActivityParams p(a);
  long long id = 0;
  sql_ << "INSERT INTO activities (org_id, type, status, title, organiser, description, start_date, end_date,"
          " plan_id, task_index, observance, audience, staff_f, staff_m, students_f, students_m, parents_f,"
          " parents_m, community_f, community_m, created_at, updated_at, updated_by)"
          " VALUES (:o, :ty, :st, :ti, :org, :d, :s, :e, :p, :k, :ob, :au, :c0, :c1, :c2, :c3, :c4, :c5, :c6, :c7,"
          " :ca, :ua, :ub) RETURNING id",
      soci::use(p.org), soci::use(p.type), soci::use(p.status), soci::use(a.title), soci::use(a.organiser),
      soci::use(a.description), soci::use(a.start), soci::use(a.end), soci::use(p.plan), soci::use(p.task),
      soci::use(a.observance), soci::use(p.audience), soci::use(p.counts[0]), soci::use(p.counts[1]),
      soci::use(p.counts[2]), soci::use(p.counts[3]), soci::use(p.counts[4]), soci::use(p.counts[5]),
      soci::use(p.counts[6]), soci::use(p.counts[7]), soci::use(p.created), soci::use(p.updated),
      soci::use(a.updated_by), soci::into(id);
  a.id = id;
}

void SociTx::update_activity(const ActivityRecord& a) {
  ActivityParams p(a);
  long long id = a.id;
  sql_ << "UPDATE activities SET type = :ty, status = :st, title = :ti, organiser = :org, description = :d,"
          " start_date = :s, end_date = :e, plan_id = :p, task_index = :k, observance = :ob, audience = :au,"
          " staff_f = :c0, staff_m = :c1, students_f = :c2, students_m = :c3, parents_f = :c4, parents_m = :c5,"
          " community_f = :c6, community_m = :c7, updated_at = :ua, updated_by = :ub WHERE id = :id",
      soci::use(p.type), soci::use(p.status), soci::use(a.title), soci::use(a.organiser), soci::use(a.description),
      soci::use(a.start), soci::use(a.end), soci::use(p.plan), soci::use(p.task), soci::use(a.observance),
      soci::use(p.audience), soci::use(p.counts[0]), soci::use(p.counts[1]), soci::use(p.counts[2]),
      soci::use(p.counts[3]), soci::use(p.counts[4]), soci::use(p.counts[5]), soci::use(p.counts[6]),
      soci::use(p.counts[7]), soci::use(p.updated), soci::use(a.updated_by), soci::use(id);
}

void SociTx::delete_activity(int64_t id) {
  long long i = id;
  sql_ << "DELETE FROM evidence_files WHERE activity_id = :i", soci::use(i);
  sql_ << "DELETE FROM activities WHERE id = :i", soci::use(i);
}

std::vector<EvidenceRecord> SociTx::evidence_of(int64_t activity_id) {
  long long i = activity_id;
  return query_all(sql_, std::string(kEvidenceColumns) + "WHERE activity_id = :i ORDER BY id", evidence_from_row,
                   soci::use(i));
}

std::optional<EvidenceRecord> SociTx::evidence_by_id(int64_t id) {
  long long i = id;
  auto v = query_all(sql_, std::string(kEvidenceColumns) + "WHERE id = :i", evidence_from_row, soci::use(i));
  if (v.empty()) return std::nullopt;
  return v.front();
}

void SociTx::insert_evidence(EvidenceRecord& e) {
  long long act = e.activity_id, size = e.size, at = e.uploaded_at, id = 0;
  sql_ << "INSERT INTO evidence_files (activity_id, stored_name, original_name, content_type, size, sha256,"
          " uploaded_at, uploaded_by) VALUES (:a, :s, :o, :c, :z, :h, :t, :b) RETURNING id",
      soci::use(act), soci::use(e.stored_name), soci::use(e.original_name), soci::use(e.content_type),
      soci::use(size), soci::use(e.sha256), soci::use(at), soci::use(e.uploaded_by), soci::into(id);
  e.id = id;
}

void SociTx::delete_evidence(int64_t id) {
  long long i = id;
  sql_ << "DELETE FROM evidence_files WHERE id = :i", soci::use(i);
}

}  // namespace bd::storage
