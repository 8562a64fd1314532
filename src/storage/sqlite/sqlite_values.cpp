// SQLite's bulk paths of data_values and of the audit records a batch
// writes: the C API on the session's connection, one statement prepared once
// and stepped per row.
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/engine.h"

namespace bd::storage {
namespace {

namespace api = sqlite_api;

api::sqlite3* connection(soci::session& sql) {
  return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

// A prepared statement, finalised however the scope is left.
class Statement {
 public:
  Statement(api::sqlite3* db, const char* text) : db_(db) {
    if (api::sqlite3_prepare_v2(db, text, -1, &st_, nullptr) != SQLITE_OK) fail();
  }
  ~Statement() { api::sqlite3_finalize(st_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  api::sqlite3_stmt* get() const { return st_; }
  [[noreturn]] void fail() const { throw soci::soci_error(std::string("SQLite: ") + api::sqlite3_errmsg(db_)); }

 private:
  api::sqlite3* db_;
  api::sqlite3_stmt* st_ = nullptr;
};

std::string_view text_column(api::sqlite3_stmt* st, int i) {
  const auto* p = reinterpret_cast<const char*>(api::sqlite3_column_text(st, i));
  return p ? std::string_view(p, static_cast<size_t>(api::sqlite3_column_bytes(st, i))) : std::string_view();
}

void bind_text(api::sqlite3_stmt* st, int i, const std::string& s) {
  api::sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
}

// Binds one value to an INSERT INTO data_values of the eight columns, in
// their order, and steps it.
void insert_row(const Statement& st, const StoredValue& v) {
  api::sqlite3_stmt* s = st.get();
  api::sqlite3_bind_int64(s, 1, v.element_id);
  bind_text(s, 2, v.option);
  api::sqlite3_bind_int64(s, 3, v.org_id);
  bind_text(s, 4, v.period);
  if (v.number)
    api::sqlite3_bind_double(s, 5, *v.number);
  else
    api::sqlite3_bind_null(s, 5);
  bind_text(s, 6, v.text);
  api::sqlite3_bind_int64(s, 7, v.updated_at);
  bind_text(s, 8, v.updated_by);
  if (api::sqlite3_step(s) != SQLITE_DONE) st.fail();
  api::sqlite3_reset(s);
}

}  // namespace

void sqlite_scan_values(soci::session& sql, const std::function<void(const ValueRow&)>& fn) {
  Statement st(connection(sql),
               "SELECT element_id, option_code, org_id, period, value FROM data_values WHERE value IS NOT NULL");
  ValueRow row;
  int rc;
  while ((rc = api::sqlite3_step(st.get())) == SQLITE_ROW) {
    row.element_id = api::sqlite3_column_int64(st.get(), 0);
    row.option = text_column(st.get(), 1);
    row.org_id = api::sqlite3_column_int64(st.get(), 2);
    row.period = text_column(st.get(), 3);
    row.number = api::sqlite3_column_double(st.get(), 4);
    fn(row);
  }
  if (rc != SQLITE_DONE) st.fail();
}

int64_t sqlite_append_values(soci::session& sql, const ValueBatches& next) {
  Statement st(connection(sql),
               "INSERT INTO data_values (element_id, option_code, org_id, period, value, text_value, updated_at,"
               " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  std::vector<StoredValue> batch;
  int64_t n = 0;
  bool more = true;
  while (more) {
    batch.clear();
    more = next(batch);
    for (const StoredValue& v : batch) {
      insert_row(st, v);
      ++n;
    }
  }
  return n;
}

void sqlite_put_values(soci::session& sql, const std::vector<const StoredValue*>& rows) {
  Statement st(connection(sql),
               "INSERT INTO data_values (element_id, option_code, org_id, period, value, text_value, updated_at,"
               " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
               " ON CONFLICT (element_id, option_code, org_id, period)"
               " DO UPDATE SET value = excluded.value, text_value = excluded.text_value,"
               " updated_at = excluded.updated_at, updated_by = excluded.updated_by");
  for (const StoredValue* v : rows) insert_row(st, *v);
}

void sqlite_add_audits(soci::session& sql, const std::vector<AuditEntry>& entries) {
  Statement st(connection(sql),
               "INSERT INTO audit_log (at, user_id, actor, action, entity, entity_key, before_json, after_json)"
               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  api::sqlite3_stmt* s = st.get();
  for (const AuditEntry& e : entries) {
    api::sqlite3_bind_int64(s, 1, e.at);
    if (e.user_id)
      api::sqlite3_bind_int64(s, 2, *e.user_id);
    else
      api::sqlite3_bind_null(s, 2);
    bind_text(s, 3, e.actor);
    bind_text(s, 4, e.action);
    bind_text(s, 5, e.entity);
    bind_text(s, 6, e.entity_key);
    bind_text(s, 7, e.before_json);
    bind_text(s, 8, e.after_json);
    if (api::sqlite3_step(s) != SQLITE_DONE) st.fail();
    api::sqlite3_reset(s);
  }
}

}  // namespace bd::storage
