// Storage: one repository interface over SQLite and PostgreSQL.
//
// Thread-safety: a Store is shared by all request threads; each read()/write()
// call takes its own connection from a pool. A Tx is used by one thread only,
// inside the callback it was given to.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.h"
#include "core/activity.h"
#include "core/audit.h"
#include "core/catalog.h"
#include "core/indicator.h"
#include "core/org.h"
#include "core/plan.h"
#include "core/registry.h"
#include "core/report.h"
#include "core/result.h"

namespace bd::storage {

enum class Engine { kSqlite, kPostgres };

// "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB".
struct DbUrl {
  Engine engine = Engine::kSqlite;
  std::string target;  // file path for SQLite, the libpq URI for PostgreSQL
};
Result<DbUrl> parse_db_url(std::string_view url);

struct StoreOptions {
  int pool_size = 8;            // connections; sized above the server's busy threads
  int busy_timeout_ms = 10000;  // SQLite: wait this long for a writer lock
};

// A unit's parent over a span of dates (the reform keeps who belonged where).
struct ParentSpan {
  std::optional<int64_t> parent_id;
  std::string valid_from;  // ISO date
  std::string valid_to;    // ISO date, "" while current
};

// Repository operations inside one transaction.
class Tx {
 public:
  virtual ~Tx() = default;

  // Org units. Lists are ordered by path (depth-first by id).
  virtual std::optional<OrgUnit> org_by_code(std::string_view code) = 0;
  virtual std::optional<OrgUnit> org_by_id(int64_t id) = 0;
  virtual std::vector<OrgUnit> orgs_within(std::string_view path) = 0;
  virtual std::vector<OrgUnit> org_children(int64_t parent_id) = 0;
  virtual std::vector<OrgUnit> org_roots() = 0;
  virtual int64_t count_orgs() = 0;
  // Inserts and sets unit.id and unit.path from the parent's path.
  virtual void insert_org(OrgUnit& unit) = 0;
  // Updates every field but id and path.
  virtual void update_org(const OrgUnit& unit) = 0;
  // Rewrites the paths of a subtree from old_prefix to new_prefix.
  virtual void move_subtree(std::string_view old_prefix, std::string_view new_prefix) = 0;
  virtual void add_parent_span(int64_t unit_id, const ParentSpan& span) = 0;
  virtual void end_parent_span(int64_t unit_id, std::string_view valid_to) = 0;
  virtual std::vector<ParentSpan> parent_history(int64_t unit_id) = 0;

  // Users.
  virtual std::optional<User> user_by_username(std::string_view username) = 0;
  virtual std::optional<User> user_by_id(int64_t id) = 0;
  virtual std::vector<User> users_within(std::string_view org_path) = 0;
  virtual void insert_user(User& user) = 0;  // sets user.id
  virtual void update_user(const User& user) = 0;

  // Sessions and API tokens (only hashes are stored).
  virtual void insert_session(const Session& s) = 0;
  virtual std::optional<Session> session_by_hash(std::string_view token_hash) = 0;
  virtual void delete_session(std::string_view token_hash) = 0;
  virtual void delete_sessions_of(int64_t user_id) = 0;
  virtual void delete_expired_sessions(int64_t now) = 0;
  virtual void insert_token(ApiToken& t) = 0;  // sets t.id
  virtual std::optional<ApiToken> token_by_hash(std::string_view token_hash) = 0;
  virtual std::vector<ApiToken> tokens_of(int64_t user_id) = 0;
  virtual void update_token(const ApiToken& t) = 0;

  // Login throttling.
  virtual void add_login_failure(std::string_view key, int64_t at) = 0;
  virtual int64_t count_login_failures(std::string_view key, int64_t since) = 0;
  virtual void clear_login_failures(std::string_view key) = 0;

  // Catalog: upserts are by code and set the id.
  virtual std::vector<DataElement> data_elements() = 0;
  virtual void upsert_data_element(DataElement& e) = 0;
  virtual std::vector<DataSet> data_sets() = 0;
  virtual void upsert_data_set(DataSet& s) = 0;
  virtual std::vector<ValidationRule> validation_rules() = 0;
  virtual void upsert_validation_rule(const ValidationRule& r) = 0;
  virtual std::vector<IndicatorDef> indicators() = 0;
  virtual void upsert_indicator(IndicatorDef& i) = 0;
  virtual std::vector<TargetDef> targets() = 0;  // with indicator_code filled
  virtual void upsert_target(TargetDef& t) = 0;

  // Data values (one option of one element for a unit and period).
  virtual std::vector<StoredValue> values_of(int64_t org_id, std::string_view period) = 0;
  virtual std::optional<StoredValue> value_at(int64_t element_id, std::string_view option, int64_t org_id,
                                              std::string_view period) = 0;
  virtual void put_value(const StoredValue& v) = 0;  // insert or replace
  virtual void delete_value(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period) = 0;
  // Every stored value, for loading the analytics engine.
  virtual void for_each_value(const std::function<void(const StoredValue&)>& fn) = 0;
  // Approved reports lock a unit's values for a period.
  virtual bool is_locked(int64_t org_id, std::string_view period) = 0;
  virtual void set_locked(int64_t org_id, std::string_view period, bool locked) = 0;

  // Plans. insert/update write every field; numbers are unique per unit and year.
  virtual std::optional<PlanRecord> plan_by_id(int64_t id) = 0;
  virtual std::vector<PlanRecord> plans_of(int64_t org_id) = 0;          // newest first
  virtual std::vector<PlanRecord> plans_implementing(int64_t plan_id) = 0;
  virtual void insert_plan(PlanRecord& p) = 0;                           // sets p.id
  virtual void update_plan(const PlanRecord& p) = 0;
  virtual int max_plan_number(int64_t org_id, int year) = 0;

  // Periodic reports: at most one per unit and period. insert/update write
  // every field.
  virtual std::optional<ReportRecord> report_of(int64_t org_id, std::string_view period) = 0;
  virtual std::vector<ReportRecord> reports_of(int64_t org_id) = 0;  // every period, newest code first
  // The reports of every unit whose path lies within `path`, for one period
  // (one query, for completeness over a subtree).
  virtual std::vector<ReportRecord> reports_within(std::string_view path, std::string_view period) = 0;
  virtual void insert_report(ReportRecord& r) = 0;  // sets r.id
  virtual void update_report(const ReportRecord& r) = 0;

  // Committee members: every term of the unit (term_start, then role order).
  virtual std::vector<CommitteeMember> committee_of(int64_t org_id) = 0;
  virtual std::optional<CommitteeMember> committee_member(int64_t id) = 0;
  virtual void insert_committee_member(CommitteeMember& m) = 0;  // sets m.id
  virtual void update_committee_member(const CommitteeMember& m) = 0;

  // Commendations in a unit's register, newest decision first.
  virtual std::vector<Commendation> commendations_of(int64_t org_id) = 0;
  virtual std::optional<Commendation> commendation(int64_t id) = 0;
  virtual void insert_commendation(Commendation& c) = 0;  // sets c.id
  virtual void update_commendation(const Commendation& c) = 0;
  virtual void delete_commendation(int64_t id) = 0;

  // Inspections, each with its follow-up items (in id order).
  virtual std::optional<Inspection> inspection(int64_t id) = 0;
  virtual std::vector<Inspection> inspections_of(int64_t org_id) = 0;    // of the inspected unit, newest first
  virtual std::vector<Inspection> inspections_by(int64_t by_org_id) = 0;  // done by the unit, newest first
  // Insert sets the ids of the inspection and its items; update writes the
  // inspection, inserts items with id 0, updates the others and deletes
  // the stored items no longer listed.
  virtual void insert_inspection(Inspection& i) = 0;
  virtual void update_inspection(Inspection& i) = 0;
  virtual void update_followup(const FollowUp& f) = 0;

  // Support services: the national ones (no unit) and those of `org_ids`.
  virtual std::vector<SupportService> services_for(const std::vector<int64_t>& org_ids) = 0;
  virtual std::optional<SupportService> service(int64_t id) = 0;
  virtual void insert_service(SupportService& s) = 0;  // sets s.id
  virtual void update_service(const SupportService& s) = 0;
  virtual void delete_service(int64_t id) = 0;

  // Incidents of one unit (newest first), and of a subtree over dates.
  virtual std::vector<Incident> incidents_of(int64_t org_id) = 0;
  virtual std::vector<Incident> incidents_within(std::string_view path, std::string_view from,
                                                 std::string_view to) = 0;
  virtual std::optional<Incident> incident(int64_t id) = 0;
  virtual void insert_incident(Incident& i) = 0;  // sets i.id
  virtual void update_incident(const Incident& i) = 0;
  // Activities and their evidence files. Lists are by start date, newest
  // first. `activities_within` takes the activities of every unit whose path
  // lies within `path` overlapping [from, to] (ISO dates; "" leaves a side open).
  virtual std::optional<ActivityRecord> activity_by_id(int64_t id) = 0;
  virtual std::vector<ActivityRecord> activities_of(int64_t org_id, std::string_view from, std::string_view to) = 0;
  virtual std::vector<ActivityRecord> activities_within(std::string_view path, std::string_view from,
                                                        std::string_view to) = 0;
  virtual void insert_activity(ActivityRecord& a) = 0;  // sets a.id
  virtual void update_activity(const ActivityRecord& a) = 0;
  virtual void delete_activity(int64_t id) = 0;  // and its evidence rows
  virtual std::vector<EvidenceRecord> evidence_of(int64_t activity_id) = 0;  // in upload order
  virtual std::optional<EvidenceRecord> evidence_by_id(int64_t id) = 0;
  virtual void insert_evidence(EvidenceRecord& e) = 0;  // sets e.id
  virtual void delete_evidence(int64_t id) = 0;

  // Tells other server nodes, once this transaction commits, that something
  // changed (PostgreSQL NOTIFY; nothing on SQLite, which has one node).
  virtual void notify(std::string_view payload) = 0;

  // Audit.
  virtual void add_audit(const AuditEntry& e) = 0;
  virtual std::vector<AuditEntry> audit_for(std::string_view entity, std::string_view key) = 0;
  virtual int64_t count_audit() = 0;
};

// Receives other nodes' change notices until destroyed.
class ChangeListener {
 public:
  virtual ~ChangeListener() = default;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (and, for SQLite, creates) the database. Does not migrate.
  static Result<std::unique_ptr<Store>> open(std::string_view url, const StoreOptions& options = {});

  virtual Engine engine() const = 0;
  // Creates or upgrades the schema to the newest version; idempotent.
  virtual Status migrate() = 0;
  // The schema version now in the database (0 when empty).
  virtual int schema_version() = 0;
  // True when a trivial query succeeds.
  virtual bool ping() = 0;

  // Writes a consistent copy of the database to `path` (SQLite only; for
  // PostgreSQL the error explains how to use pg_dump).
  virtual Status backup_to(const std::string& path) = 0;

  // Calls `on_change(payload)` from a background thread for every notice
  // other nodes send (PostgreSQL LISTEN). Returns null on SQLite.
  virtual std::unique_ptr<ChangeListener> listen(std::function<void(const std::string&)> on_change) = 0;

  // Runs fn in a read transaction.
  virtual Status read(const std::function<Status(Tx&)>& fn) = 0;
  // Runs fn in a write transaction: commits when fn returns Ok, rolls back
  // when it returns an error or throws. Database errors become kInternal.
  virtual Status write(const std::function<Status(Tx&)>& fn) = 0;
};

// The newest schema version this build knows.
int latest_schema_version();

}  // namespace bd::storage
