// The Tx implementation over one SOCI session (both engines).
#pragma once

#include <soci/soci.h>

#include "storage/store.h"

namespace bd::storage {

class SociTx final : public Tx {
 public:
  // `node` tags the notices this transaction sends (tag_notice in engine.h).
  SociTx(soci::session& sql, Engine engine, std::string_view node = {}) : sql_(sql), engine_(engine), node_(node) {}

  std::optional<OrgUnit> org_by_code(std::string_view code) override;
  std::optional<OrgUnit> org_by_id(int64_t id) override;
  std::vector<OrgUnit> orgs_by_codes(const std::vector<std::string>& codes) override;
  std::vector<OrgUnit> orgs_within(std::string_view path) override;
  std::vector<OrgUnit> org_children(int64_t parent_id) override;
  std::vector<OrgUnit> org_roots() override;
  int64_t count_orgs() override;
  void insert_org(OrgUnit& unit) override;
  void insert_orgs(std::vector<OrgUnit>& units) override;
  void update_org(const OrgUnit& unit) override;
  void move_subtree(std::string_view old_prefix, std::string_view new_prefix) override;
  void add_parent_span(int64_t unit_id, const ParentSpan& span) override;
  void end_parent_span(int64_t unit_id, std::string_view valid_to) override;
  std::vector<ParentSpan> parent_history(int64_t unit_id) override;
  std::vector<UnitSpan> parent_spans() override;
  void add_governor_span(int64_t unit_id, const ParentSpan& span) override;
  void end_governor_span(int64_t unit_id, std::string_view valid_to) override;
  std::vector<ParentSpan> governor_history(int64_t unit_id) override;
  std::vector<UnitSpan> governor_spans() override;

  std::optional<User> user_by_username(std::string_view username) override;
  std::optional<User> user_by_id(int64_t id) override;
  std::vector<User> users_within(std::string_view org_path) override;
  void insert_user(User& user) override;
  void update_user(const User& user) override;

  void insert_session(const Session& s) override;
  std::optional<Session> session_by_hash(std::string_view token_hash) override;
  void delete_session(std::string_view token_hash) override;
  void delete_sessions_of(int64_t user_id, std::string_view except_hash) override;
  int revoke_tokens_of(int64_t user_id) override;
  void delete_expired_sessions(int64_t now) override;
  void insert_token(ApiToken& t) override;
  std::optional<ApiToken> token_by_hash(std::string_view token_hash) override;
  std::vector<ApiToken> tokens_of(int64_t user_id) override;
  void update_token(const ApiToken& t) override;

  void add_login_failure(std::string_view key, int64_t at) override;
  int64_t count_login_failures(std::string_view key, int64_t since) override;
  void clear_login_failures(std::string_view key) override;

  std::vector<DataElement> data_elements() override;
  void upsert_data_element(DataElement& e) override;
  std::vector<DataSet> data_sets() override;
  void upsert_data_set(DataSet& s) override;
  std::vector<ValidationRule> validation_rules() override;
  void upsert_validation_rule(const ValidationRule& r) override;
  std::vector<IndicatorDef> indicators() override;
  void upsert_indicator(IndicatorDef& i) override;
  std::vector<TargetDef> targets() override;
  void upsert_target(TargetDef& t) override;

  std::vector<StoredValue> values_of(int64_t org_id, std::string_view period) override;
  std::vector<StoredValue> values_of_units(const std::vector<int64_t>& org_ids, std::string_view period) override;
  std::vector<StoredValue> values_of_unit(int64_t org_id) override;
  std::optional<StoredValue> value_at(int64_t element_id, std::string_view option, int64_t org_id,
                                      std::string_view period) override;
  void put_value(const StoredValue& v) override;
  void put_values(const std::vector<StoredValue>& values) override;
  void insert_values(const std::vector<const StoredValue*>& rows) override;
  std::unique_ptr<NewValues> new_values(size_t expected) override;
  void delete_value(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period) override;
  void for_each_value(const std::function<void(const StoredValue&)>& fn) override;
  void scan_values(const std::function<void(const ValueRow&)>& fn) override;
  int64_t append_values(const ValueBatches& next) override;
  bool is_locked(int64_t org_id, std::string_view period) override;
  std::vector<int64_t> locked_among(const std::vector<int64_t>& org_ids, std::string_view period) override;
  void set_locked(int64_t org_id, std::string_view period, bool locked) override;
  void add_locks(const std::vector<std::pair<int64_t, std::string>>& locks) override;

  std::optional<PlanRecord> plan_by_id(int64_t id) override;
  std::vector<PlanRecord> plans_of(int64_t org_id) override;
  std::vector<PlanRecord> plans_implementing(int64_t plan_id) override;
  void insert_plan(PlanRecord& p) override;
  void update_plan(const PlanRecord& p) override;
  int max_plan_number(int64_t org_id, int year) override;

  std::optional<ReportRecord> report_of(int64_t org_id, std::string_view period) override;
  std::vector<ReportRecord> reports_of(int64_t org_id) override;
  std::vector<ReportState> report_states_within(std::string_view path, std::string_view period) override;
  std::vector<ReportRecord> reports_of_children(int64_t parent_id, std::string_view period) override;
  void insert_report(ReportRecord& r) override;
  void insert_reports(const std::vector<ReportRecord>& reports) override;
  void update_report(const ReportRecord& r) override;
  void add_report_version(ReportVersion& v) override;
  std::vector<ReportVersion> report_versions(int64_t report_id, bool with_records) override;

  std::vector<CommitteeMember> committee_of(int64_t org_id) override;
  std::optional<CommitteeMember> committee_member(int64_t id) override;
  void insert_committee_member(CommitteeMember& m) override;
  void update_committee_member(const CommitteeMember& m) override;
  std::vector<Commendation> commendations_of(int64_t org_id) override;
  std::optional<Commendation> commendation(int64_t id) override;
  void insert_commendation(Commendation& c) override;
  void update_commendation(const Commendation& c) override;
  void delete_commendation(int64_t id) override;
  std::optional<Inspection> inspection(int64_t id) override;
  std::vector<Inspection> inspections_of(int64_t org_id) override;
  std::vector<Inspection> inspections_by(int64_t by_org_id) override;
  void insert_inspection(Inspection& i) override;
  void update_inspection(Inspection& i) override;
  void update_followup(const FollowUp& f) override;
  std::vector<SavedView> views_of(int64_t user_id) override;
  std::optional<SavedView> view(int64_t id) override;
  void insert_view(SavedView& v) override;
  void update_view(const SavedView& v) override;
  void delete_view(int64_t id) override;
  std::vector<ExternalId> external_ids(const std::string& system) override;
  std::vector<std::string> external_systems() override;
  void put_external_id(const ExternalId& id) override;
  void delete_external_id(const std::string& system, const std::string& kind, const std::string& code) override;

  std::vector<SupportService> services_for(const std::vector<int64_t>& org_ids) override;
  std::optional<SupportService> service(int64_t id) override;
  void insert_service(SupportService& s) override;
  void update_service(const SupportService& s) override;
  void delete_service(int64_t id) override;
  std::vector<Incident> incidents_of(int64_t org_id) override;
  std::vector<Incident> incidents_within(std::string_view path, std::string_view from, std::string_view to) override;
  std::optional<Incident> incident(int64_t id) override;
  void insert_incident(Incident& i) override;
  void update_incident(const Incident& i) override;
  std::optional<ActivityRecord> activity_by_id(int64_t id) override;
  std::vector<ActivityRecord> activities_of(int64_t org_id, std::string_view from, std::string_view to) override;
  std::vector<ActivityRecord> activities_within(std::string_view path, std::string_view from,
                                                std::string_view to) override;
  void insert_activity(ActivityRecord& a) override;
  void update_activity(const ActivityRecord& a) override;
  void delete_activity(int64_t id) override;
  std::vector<EvidenceRecord> evidence_of(int64_t activity_id) override;
  std::optional<EvidenceRecord> evidence_by_id(int64_t id) override;
  void insert_evidence(EvidenceRecord& e) override;
  void delete_evidence(int64_t id) override;

  void notify(std::string_view payload) override;
  void notify_all(const std::vector<std::string>& payloads) override;
  void add_audit(const AuditEntry& e) override;
  void add_audits(const std::vector<AuditEntry>& entries) override;
  std::vector<AuditEntry> audit_for(std::string_view entity, std::string_view key) override;
  int64_t count_audit() override;

  // True once this transaction changed what an authentication reads (a user,
  // a session's or token's end, a unit's code or path): its commit must end
  // the authentication cache (Store::accounts_generation).
  bool changes_accounts() const { return changes_accounts_; }

 private:
  // Multi-row INSERT … ON CONFLICT DO UPDATE statements (a batch too small
  // for COPY).
  void write_rows(const std::vector<const StoredValue*>& rows);

  soci::session& sql_;
  Engine engine_;
  std::string_view node_;
  bool changes_accounts_ = false;
};

// A condition on `column` that holds for the materialised paths at or below
// `prefix` ("/1/5/"), and the pattern to bind to it. On SQLite it is a GLOB,
// which the path index serves as a range: LIKE is case-insensitive there, so
// SQLite read every unit to answer it (a commune's subtree cost as much as
// the nation's). On PostgreSQL it is a LIKE, served by the text_pattern_ops
// index. Wildcards in the prefix are escaped (paths hold only digits and '/').
struct PathMatch {
  std::string condition;
  std::string pattern;
};
PathMatch within_path(Engine engine, std::string_view column, std::string_view prefix);

}  // namespace bd::storage
