#include "storage/migrations.h"

#include <string_view>

namespace bd::storage {
namespace {

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

// Version 14. Every read of data_values names a unit and a period, so they
// lead the primary key, and the (org_id, period) index it made necessary
// goes: one B-tree fewer to write per value. SQLite cannot change a primary
// key in place, so the table is rebuilt, rows in the new key's order.
//
// On PostgreSQL the two foreign keys checked each inserted row on its own
// (a query and a row lock per row: 6 of the 10 µs a row costs the server,
// docs/benchmarks.md). Triggers enforce the same rule per statement instead:
// the rows a statement inserts are checked together, their parents locked
// FOR KEY SHARE as a foreign key would, so a parent deleted meanwhile waits
// or is found missing; an update that moves a value to another element or
// unit is checked row by row; and a referenced element or unit cannot be
// deleted, renumbered or truncated away. The error has the foreign key's
// SQLSTATE (23503). A delete's check reads what others committed only under
// READ COMMITTED (the app's level), so a delete or renumbering under another
// level is refused. Deleting an element scans data_values (no index leads
// with element_id); the app never deletes one.
//
// SOCI reads ":name" as a placeholder even inside $$ … $$: no colon there.
std::vector<std::string> data_values_by_unit() {
  return {
      "{SQLITE}CREATE TABLE data_values_by_unit ("
      " element_id BIGINT NOT NULL REFERENCES data_elements(id), option_code VARCHAR(20) NOT NULL DEFAULT '',"
      " org_id BIGINT NOT NULL REFERENCES org_units(id), period VARCHAR(10) NOT NULL,"
      " value DOUBLE PRECISION, text_value TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL,"
      " updated_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (org_id, period, element_id, option_code))",
      "{SQLITE}INSERT INTO data_values_by_unit SELECT element_id, option_code, org_id, period, value, text_value,"
      " updated_at, updated_by FROM data_values ORDER BY org_id, period, element_id, option_code",
      "{SQLITE}DROP TABLE data_values",
      "{SQLITE}ALTER TABLE data_values_by_unit RENAME TO data_values",
      "{POSTGRES}ALTER TABLE data_values DROP CONSTRAINT data_values_pkey,"
      " DROP CONSTRAINT data_values_element_id_fkey, DROP CONSTRAINT data_values_org_id_fkey,"
      " ADD PRIMARY KEY (org_id, period, element_id, option_code)",
      "{POSTGRES}DROP INDEX data_values_org_period",
      "{POSTGRES}CREATE OR REPLACE FUNCTION data_values_parents_of_statement() RETURNS trigger"
      " LANGUAGE plpgsql AS $$\n"
      "DECLARE wanted BIGINT; locked BIGINT;\n"
      "BEGIN\n"
      "  SELECT count(*) INTO wanted FROM (SELECT DISTINCT element_id FROM new_values) d;\n"
      "  PERFORM 1 FROM data_elements WHERE id IN (SELECT element_id FROM new_values) FOR KEY SHARE;\n"
      "  GET DIAGNOSTICS locked = ROW_COUNT;\n"
      "  IF locked < wanted THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một chỉ tiêu không tồn tại';\n"
      "  END IF;\n"
      "  SELECT count(*) INTO wanted FROM (SELECT DISTINCT org_id FROM new_values) d;\n"
      "  PERFORM 1 FROM org_units WHERE id IN (SELECT org_id FROM new_values) FOR KEY SHARE;\n"
      "  GET DIAGNOSTICS locked = ROW_COUNT;\n"
      "  IF locked < wanted THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một đơn vị không tồn tại';\n"
      "  END IF;\n"
      "  RETURN NULL;\n"
      "END $$",
      "{POSTGRES}CREATE TRIGGER data_values_parents_on_insert AFTER INSERT ON data_values"
      " REFERENCING NEW TABLE AS new_values FOR EACH STATEMENT EXECUTE FUNCTION data_values_parents_of_statement()",
      "{POSTGRES}CREATE OR REPLACE FUNCTION data_values_parents_of_row() RETURNS trigger LANGUAGE plpgsql AS $$\n"
      "BEGIN\n"
      "  PERFORM 1 FROM data_elements WHERE id = NEW.element_id FOR KEY SHARE;\n"
      "  IF NOT FOUND THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một chỉ tiêu không tồn tại';\n"
      "  END IF;\n"
      "  PERFORM 1 FROM org_units WHERE id = NEW.org_id FOR KEY SHARE;\n"
      "  IF NOT FOUND THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một đơn vị không tồn tại';\n"
      "  END IF;\n"
      "  RETURN NULL;\n"
      "END $$",
      "{POSTGRES}CREATE TRIGGER data_values_parents_on_update AFTER UPDATE ON data_values FOR EACH ROW"
      " WHEN (OLD.element_id IS DISTINCT FROM NEW.element_id OR OLD.org_id IS DISTINCT FROM NEW.org_id)"
      " EXECUTE FUNCTION data_values_parents_of_row()",
      "{POSTGRES}CREATE OR REPLACE FUNCTION data_values_keep_parent() RETURNS trigger LANGUAGE plpgsql AS $$\n"
      "BEGIN\n"
      "  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN\n"
      "    RETURN NEW;\n"
      "  END IF;\n"
      "  IF current_setting('transaction_isolation') <> 'read committed' THEN\n"
      "    RAISE object_not_in_prerequisite_state\n"
      "      USING MESSAGE = 'Chỉ xóa hay đổi id của ' || TG_TABLE_NAME || ' trong giao dịch READ COMMITTED';\n"
      "  END IF;\n"
      "  IF TG_TABLE_NAME = 'data_elements' AND EXISTS (SELECT 1 FROM data_values WHERE element_id = OLD.id)\n"
      "     OR TG_TABLE_NAME = 'org_units' AND EXISTS (SELECT 1 FROM data_values WHERE org_id = OLD.id) THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Còn số liệu của ' || TG_TABLE_NAME || ' ' || OLD.id;\n"
      "  END IF;\n"
      "  IF TG_OP = 'UPDATE' THEN\n"
      "    RETURN NEW;\n"
      "  END IF;\n"
      "  RETURN OLD;\n"
      "END $$",
      "{POSTGRES}CREATE TRIGGER data_values_keep_element BEFORE DELETE OR UPDATE OF id ON data_elements"
      " FOR EACH ROW EXECUTE FUNCTION data_values_keep_parent()",
      "{POSTGRES}CREATE TRIGGER data_values_keep_unit BEFORE DELETE OR UPDATE OF id ON org_units"
      " FOR EACH ROW EXECUTE FUNCTION data_values_keep_parent()",
      "{POSTGRES}CREATE OR REPLACE FUNCTION data_values_keep_parents() RETURNS trigger LANGUAGE plpgsql AS $$\n"
      "BEGIN\n"
      "  IF EXISTS (SELECT 1 FROM data_values) THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Còn số liệu nên không làm rỗng được ' || TG_TABLE_NAME;\n"
      "  END IF;\n"
      "  RETURN NULL;\n"
      "END $$",
      "{POSTGRES}CREATE TRIGGER data_values_keep_elements BEFORE TRUNCATE ON data_elements"
      " FOR EACH STATEMENT EXECUTE FUNCTION data_values_keep_parents()",
      "{POSTGRES}CREATE TRIGGER data_values_keep_units BEFORE TRUNCATE ON org_units"
      " FOR EACH STATEMENT EXECUTE FUNCTION data_values_keep_parents()",
  };
}

// Version 15, PostgreSQL only: the check of version 14 read the rows a
// statement inserted four times (the distinct elements, their lock, the
// distinct units, theirs), which do not fit in memory for a large import:
// 0.9 µs of the 2.8 a row the server took. Now each distinct list is
// gathered in one pass and the parents are locked by it: two passes,
// 0.4 µs a row (bench/pg_insert_floor.sql). Same locks, same errors.
std::vector<std::string> data_values_parents_in_two_passes() {
  return {
      "{POSTGRES}CREATE OR REPLACE FUNCTION data_values_parents_of_statement() RETURNS trigger"
      " LANGUAGE plpgsql AS $$\n"
      "DECLARE elements BIGINT[]; units BIGINT[]; locked BIGINT;\n"
      "BEGIN\n"
      "  SELECT array_agg(element_id) INTO elements FROM (SELECT DISTINCT element_id FROM new_values) d;\n"
      "  PERFORM 1 FROM data_elements WHERE id = ANY(elements) FOR KEY SHARE;\n"
      "  GET DIAGNOSTICS locked = ROW_COUNT;\n"
      "  IF locked < cardinality(elements) THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một chỉ tiêu không tồn tại';\n"
      "  END IF;\n"
      "  SELECT array_agg(org_id) INTO units FROM (SELECT DISTINCT org_id FROM new_values) d;\n"
      "  PERFORM 1 FROM org_units WHERE id = ANY(units) FOR KEY SHARE;\n"
      "  GET DIAGNOSTICS locked = ROW_COUNT;\n"
      "  IF locked < cardinality(units) THEN\n"
      "    RAISE foreign_key_violation USING MESSAGE = 'Số liệu của một đơn vị không tồn tại';\n"
      "  END IF;\n"
      "  RETURN NULL;\n"
      "END $$",
  };
}

}  // namespace

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all{
      {1,
       "org units, accounts, sessions, tokens, throttling, audit",
       {
           "CREATE TABLE org_units ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, name TEXT NOT NULL,"
           " short_name TEXT NOT NULL DEFAULT '', type VARCHAR(40) NOT NULL,"
           " parent_id BIGINT REFERENCES org_units(id), path TEXT NOT NULL,"
           " governor_id BIGINT REFERENCES org_units(id),"
           " opened VARCHAR(10) NOT NULL DEFAULT '', closed VARCHAR(10) NOT NULL DEFAULT '')",
           "CREATE INDEX org_units_path ON org_units(path{PATH_IDX})",
           "CREATE INDEX org_units_parent ON org_units(parent_id)",
           "CREATE TABLE org_parent_history ("
           " id {ID}, unit_id BIGINT NOT NULL REFERENCES org_units(id),"
           " parent_id BIGINT REFERENCES org_units(id),"
           " valid_from VARCHAR(10) NOT NULL, valid_to VARCHAR(10) NOT NULL DEFAULT '')",
           "CREATE INDEX org_parent_history_unit ON org_parent_history(unit_id)",
           "CREATE TABLE users ("
           " id {ID}, username VARCHAR(64) NOT NULL UNIQUE, full_name TEXT NOT NULL DEFAULT '',"
           " org_id BIGINT NOT NULL REFERENCES org_units(id), roles TEXT NOT NULL,"
           " password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
           " created_at BIGINT NOT NULL, password_changed_at BIGINT NOT NULL)",
           "CREATE INDEX users_org ON users(org_id)",
           "CREATE TABLE sessions ("
           " token_hash VARCHAR(64) PRIMARY KEY, user_id BIGINT NOT NULL REFERENCES users(id),"
           " csrf_token VARCHAR(64) NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)",
           "CREATE INDEX sessions_user ON sessions(user_id)",
           "CREATE TABLE api_tokens ("
           " id {ID}, user_id BIGINT NOT NULL REFERENCES users(id), name TEXT NOT NULL,"
           " token_hash VARCHAR(64) NOT NULL UNIQUE, created_at BIGINT NOT NULL,"
           " last_used_at BIGINT NOT NULL DEFAULT 0, revoked INTEGER NOT NULL DEFAULT 0)",
           "CREATE TABLE login_failures (id {ID}, throttle_key TEXT NOT NULL, at BIGINT NOT NULL)",
           "CREATE INDEX login_failures_key ON login_failures(throttle_key, at)",
           "CREATE TABLE audit_log ("
           " id {ID}, at BIGINT NOT NULL, user_id BIGINT, actor TEXT NOT NULL,"
           " action VARCHAR(40) NOT NULL, entity VARCHAR(40) NOT NULL, entity_key TEXT NOT NULL,"
           " before_json TEXT NOT NULL DEFAULT '', after_json TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX audit_log_entity ON audit_log(entity, entity_key)",
       }},
      {2,
       "catalog, indicators, targets, data values, locks",
       {
           "CREATE TABLE data_elements ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, name_vi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
           " value_type VARCHAR(10) NOT NULL, category VARCHAR(20) NOT NULL DEFAULT '',"
           " aggregation VARCHAR(10) NOT NULL)",
           "CREATE TABLE data_sets ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, name_vi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
           " period_type VARCHAR(20) NOT NULL, deadline TEXT NOT NULL, unit_types TEXT NOT NULL DEFAULT '',"
           " elements TEXT NOT NULL DEFAULT '')",
           "CREATE TABLE validation_rules ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, left_side TEXT NOT NULL, op VARCHAR(2) NOT NULL,"
           " right_side TEXT NOT NULL, message_vi TEXT NOT NULL)",
           "CREATE TABLE indicators ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, name_vi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
           " expression TEXT NOT NULL, unit VARCHAR(10) NOT NULL, description TEXT NOT NULL DEFAULT '')",
           "CREATE TABLE targets ("
           " id {ID}, code VARCHAR(50) NOT NULL UNIQUE, name_vi TEXT NOT NULL,"
           " indicator_id BIGINT NOT NULL REFERENCES indicators(id), comparator VARCHAR(2) NOT NULL,"
           " value DOUBLE PRECISION NOT NULL, when_kind VARCHAR(20) NOT NULL, year INTEGER NOT NULL DEFAULT 0,"
           " org_id BIGINT NOT NULL REFERENCES org_units(id), applies_to VARCHAR(40) NOT NULL DEFAULT '')",
           "CREATE TABLE data_values ("
           " element_id BIGINT NOT NULL REFERENCES data_elements(id), option_code VARCHAR(20) NOT NULL DEFAULT '',"
           " org_id BIGINT NOT NULL REFERENCES org_units(id), period VARCHAR(10) NOT NULL,"
           " value DOUBLE PRECISION, text_value TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL,"
           " updated_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (element_id, option_code, org_id, period))",
           "CREATE INDEX data_values_org_period ON data_values(org_id, period)",
           "CREATE TABLE data_locks (org_id BIGINT NOT NULL REFERENCES org_units(id), period VARCHAR(10) NOT NULL,"
           " PRIMARY KEY (org_id, period))",
       }},
      {3,
       "plans",
       {
           "CREATE TABLE plans ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), year INTEGER NOT NULL,"
           " number INTEGER NOT NULL DEFAULT 0, status VARCHAR(12) NOT NULL,"
           " parent_plan_id BIGINT REFERENCES plans(id), issued_on VARCHAR(10) NOT NULL DEFAULT '',"
           " version INTEGER NOT NULL DEFAULT 1, supersedes_id BIGINT REFERENCES plans(id),"
           " content TEXT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX plans_org ON plans(org_id, year)",
           "CREATE INDEX plans_parent ON plans(parent_plan_id)",
           "CREATE UNIQUE INDEX plans_number ON plans(org_id, year, number) WHERE number > 0",
       }},
      {4,
       "periodic reports",
       {
           "CREATE TABLE reports ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), period VARCHAR(10) NOT NULL,"
           " status VARCHAR(20) NOT NULL, narrative TEXT NOT NULL DEFAULT '',"
           " submitted_at BIGINT NOT NULL DEFAULT 0, submitted_by TEXT NOT NULL DEFAULT '',"
           " decided_at BIGINT NOT NULL DEFAULT 0, decided_by TEXT NOT NULL DEFAULT '',"
           " comment TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '',"
           " UNIQUE (org_id, period))",
           "CREATE INDEX reports_period ON reports(period)",
       }},
      {5,
       "activities and their evidence files",
       {
           "CREATE TABLE activities ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), type VARCHAR(20) NOT NULL,"
           " status VARCHAR(12) NOT NULL, title TEXT NOT NULL, organiser TEXT NOT NULL DEFAULT '',"
           " description TEXT NOT NULL DEFAULT '', start_date VARCHAR(10) NOT NULL, end_date VARCHAR(10) NOT NULL,"
           " plan_id BIGINT NOT NULL DEFAULT 0, task_index INTEGER NOT NULL DEFAULT -1,"
           " observance VARCHAR(40) NOT NULL DEFAULT '', audience TEXT NOT NULL DEFAULT '',"
           " staff_f INTEGER NOT NULL DEFAULT 0, staff_m INTEGER NOT NULL DEFAULT 0,"
           " students_f INTEGER NOT NULL DEFAULT 0, students_m INTEGER NOT NULL DEFAULT 0,"
           " parents_f INTEGER NOT NULL DEFAULT 0, parents_m INTEGER NOT NULL DEFAULT 0,"
           " community_f INTEGER NOT NULL DEFAULT 0, community_m INTEGER NOT NULL DEFAULT 0,"
           " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX activities_org ON activities(org_id, start_date)",
           "CREATE TABLE evidence_files ("
           " id {ID}, activity_id BIGINT NOT NULL REFERENCES activities(id), stored_name VARCHAR(64) NOT NULL UNIQUE,"
           " original_name TEXT NOT NULL, content_type VARCHAR(100) NOT NULL, size BIGINT NOT NULL,"
           " sha256 VARCHAR(64) NOT NULL, uploaded_at BIGINT NOT NULL, uploaded_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX evidence_files_activity ON evidence_files(activity_id)",
       }},
      {6,
       "committee, commendations, inspections, support services, incidents",
       {
           "CREATE TABLE committee_members ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), full_name TEXT NOT NULL,"
           " sex VARCHAR(10) NOT NULL, role VARCHAR(20) NOT NULL, position TEXT NOT NULL DEFAULT '',"
           " phone VARCHAR(30) NOT NULL DEFAULT '', term_start VARCHAR(10) NOT NULL,"
           " term_end VARCHAR(10) NOT NULL DEFAULT '', decision_no TEXT NOT NULL DEFAULT '',"
           " decision_date VARCHAR(10) NOT NULL DEFAULT '', trained INTEGER NOT NULL DEFAULT 0,"
           " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX committee_members_org ON committee_members(org_id, term_start)",
           "CREATE TABLE commendations ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), collective INTEGER NOT NULL DEFAULT 0,"
           " full_name TEXT NOT NULL DEFAULT '', sex VARCHAR(10) NOT NULL DEFAULT '',"
           " honoree_org_id BIGINT REFERENCES org_units(id), honoree_name TEXT NOT NULL DEFAULT '',"
           " level VARCHAR(20) NOT NULL, title TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',"
           " decision_no TEXT NOT NULL DEFAULT '', decision_date VARCHAR(10) NOT NULL,"
           " movement TEXT NOT NULL DEFAULT '', updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX commendations_org ON commendations(org_id, decision_date)",
           "CREATE TABLE inspections ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), by_org_id BIGINT NOT NULL REFERENCES org_units(id),"
           " status VARCHAR(20) NOT NULL, on_date VARCHAR(10) NOT NULL, team TEXT NOT NULL DEFAULT '',"
           " scope TEXT NOT NULL DEFAULT '', findings TEXT NOT NULL DEFAULT '', recommendations TEXT NOT NULL DEFAULT '',"
           " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX inspections_org ON inspections(org_id)",
           "CREATE INDEX inspections_by ON inspections(by_org_id)",
           "CREATE TABLE inspection_followups ("
           " id {ID}, inspection_id BIGINT NOT NULL REFERENCES inspections(id), item TEXT NOT NULL,"
           " due VARCHAR(10) NOT NULL DEFAULT '', status VARCHAR(20) NOT NULL, response TEXT NOT NULL DEFAULT '',"
           " responded_at BIGINT NOT NULL DEFAULT 0, responded_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX inspection_followups_inspection ON inspection_followups(inspection_id)",
           "CREATE TABLE support_services ("
           " id {ID}, org_id BIGINT REFERENCES org_units(id), kind VARCHAR(20) NOT NULL, name TEXT NOT NULL,"
           " phone VARCHAR(30) NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', purpose TEXT NOT NULL DEFAULT '',"
           " hours TEXT NOT NULL DEFAULT '', sort INTEGER NOT NULL DEFAULT 0,"
           " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX support_services_org ON support_services(org_id)",
           "CREATE TABLE incidents ("
           " id {ID}, org_id BIGINT NOT NULL REFERENCES org_units(id), occurred_on VARCHAR(10) NOT NULL,"
           " kind VARCHAR(20) NOT NULL, sex VARCHAR(10) NOT NULL, age_band VARCHAR(10) NOT NULL,"
           " status VARCHAR(20) NOT NULL, referral TEXT NOT NULL DEFAULT '',"
           " updated_at BIGINT NOT NULL, updated_by TEXT NOT NULL DEFAULT '')",
           "CREATE INDEX incidents_org ON incidents(org_id, occurred_on)",
       }},
      {7,
       "saved views of the explorer",
       {
           "CREATE TABLE saved_views ("
           " id {ID}, user_id BIGINT NOT NULL REFERENCES users(id), name TEXT NOT NULL,"
           " query TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
           "CREATE INDEX saved_views_user ON saved_views(user_id)",
       }},
      {8,
       "approved versions of reports",
       {
           "CREATE TABLE report_versions ("
           " id {ID}, report_id BIGINT NOT NULL REFERENCES reports(id), version INTEGER NOT NULL,"
           " approved_at BIGINT NOT NULL, approved_by TEXT NOT NULL DEFAULT '', record TEXT NOT NULL,"
           " UNIQUE (report_id, version))",
       }},
      {9,
       "governing bodies over time",
       {
           "CREATE TABLE org_governor_history ("
           " id {ID}, unit_id BIGINT NOT NULL REFERENCES org_units(id),"
           " governor_id BIGINT REFERENCES org_units(id),"
           " valid_from VARCHAR(10) NOT NULL, valid_to VARCHAR(10) NOT NULL DEFAULT '')",
           "CREATE INDEX org_governor_history_unit ON org_governor_history(unit_id)",
           // The governing bodies of before: held since before the records.
           "INSERT INTO org_governor_history (unit_id, governor_id, valid_from, valid_to)"
           " SELECT id, governor_id, '', '' FROM org_units WHERE governor_id IS NOT NULL",
       }},
      {10,
       "the first submission of a report, which timeliness counts from",
       {
           "ALTER TABLE reports ADD COLUMN first_submitted_at BIGINT NOT NULL DEFAULT 0",
           // Before: only the latest submission was kept; it is the best known.
           "UPDATE reports SET first_submitted_at = submitted_at WHERE submitted_at > 0",
       }},
      {11,
       "the elements of a data set that must be filled before a report is submitted",
       {
           "ALTER TABLE data_sets ADD COLUMN required TEXT NOT NULL DEFAULT ''",
       }},
      {12,
       "a plan sent to the head of the unit to sign: the note, and the comment when sent back",
       {
           "ALTER TABLE plans ADD COLUMN signing TEXT NOT NULL DEFAULT ''",
       }},
      {13,
       "identifiers of elements, options, units and data sets in another system (DHIS2, ADX)",
       {
           "CREATE TABLE external_ids ("
           " system_name VARCHAR(50) NOT NULL, kind VARCHAR(30) NOT NULL, code VARCHAR(50) NOT NULL,"
           " external VARCHAR(100) NOT NULL, PRIMARY KEY (system_name, kind, code))",
           "CREATE UNIQUE INDEX external_ids_external ON external_ids(system_name, kind, external)",
       }},
      {14,
       "figures keyed by unit and period first; on PostgreSQL their parents checked once per statement",
       data_values_by_unit()},
      {15, "on PostgreSQL, the parents of a statement's figures checked in two passes instead of four",
       data_values_parents_in_two_passes()},
  };
  return all;
}

std::string render_sql(const std::string& statement, const Dialect& d) {
  for (const char* tag : {"{SQLITE}", "{POSTGRES}"}) {
    if (statement.rfind(tag, 0) != 0) continue;
    if (d.engine_tag != tag) return "";
    return render_sql(statement.substr(std::string_view(tag).size()), d);
  }
  std::string s = statement;
  replace_all(s, "{ID}", d.id_column);
  replace_all(s, "{PATH_IDX}", d.path_index);
  return s;
}

}  // namespace bd::storage
