// PostgreSQL's bulk paths of data_values and of a large batch's audit
// records: COPY on the session's own libpq connection, inside its open
// transaction. Text format: fields separated by
// tabs, rows by newlines, backslash escapes in text.
#include <soci/postgresql/soci-postgresql.h>

#include <charconv>
#include <optional>

#include "storage/engine.h"

namespace bd::storage {
namespace {

PGconn* connection(soci::session& sql) {
  return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}

[[noreturn]] void fail(PGconn* conn, const char* what) {
  throw soci::soci_error(std::string("PostgreSQL ") + what + ": " + PQerrorMessage(conn));
}

// Starts `COPY …` and checks the server is ready for `expected`.
void start_copy(PGconn* conn, const std::string& command, ExecStatusType expected) {
  PGresult* r = PQexec(conn, command.c_str());
  const bool ok = PQresultStatus(r) == expected;
  PQclear(r);
  if (!ok) fail(conn, "COPY");
}

// The final result of a COPY; throws when it failed.
void finish_copy(PGconn* conn) {
  PGresult* r = PQgetResult(conn);
  const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
  PQclear(r);
  while ((r = PQgetResult(conn)) != nullptr) PQclear(r);
  if (!ok) fail(conn, "COPY");
}

// A text field of COPY's text format, unescaped (\t \n \\ and the like).
std::string_view unescape(std::string_view field, std::string& scratch) {
  if (field.find('\\') == std::string_view::npos) return field;
  scratch.clear();
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c == '\\' && i + 1 < field.size()) {
      c = field[++i];
      c = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
    }
    scratch += c;
  }
  return scratch;
}

void escape_into(std::string& out, const std::string& s) {
  for (char c : s) {
    if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
      out += '\\';
      c = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c;
    }
    out += c;
  }
}

template <class T>
T number(std::string_view s, PGconn* conn) {
  T v{};
  if (std::from_chars(s.data(), s.data() + s.size(), v).ec != std::errc()) {
    // float8's text for infinities and NaN: the engine ignores them anyway.
    if constexpr (std::is_floating_point_v<T>) return std::strtod(std::string(s).c_str(), nullptr);
    throw soci::soci_error("PostgreSQL COPY: unreadable number \"" + std::string(s) + "\"");
  }
  return v;
}

// COPY … FROM STDIN fed row by row in chunks of about 1 MB; ended (and the
// connection left able to roll back) however the scope is left.
class CopyIn {
 public:
  CopyIn(PGconn* conn, const std::string& command) : conn_(conn) {
    start_copy(conn, command, PGRES_COPY_IN);
    buf_.reserve(kChunk + 4096);
  }
  ~CopyIn() {
    if (open_) {
      PQputCopyEnd(conn_, "abandoned");
      while (PGresult* r = PQgetResult(conn_)) PQclear(r);
    }
  }
  std::string& buf() { return buf_; }
  void end_row() {
    buf_ += '\n';
    if (buf_.size() >= kChunk) flush();
  }
  void field(const std::string& s) {
    escape_into(buf_, s);
    buf_ += '\t';
  }
  template <class T>
  void number_field(T v) {
    char tmp[32];
    buf_.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v).ptr);
    buf_ += '\t';
  }
  void null_field() { buf_ += "\\N\t"; }
  void finish() {
    flush();
    open_ = false;
    if (PQputCopyEnd(conn_, nullptr) != 1) fail(conn_, "COPY");
    finish_copy(conn_);
  }

 private:
  static constexpr size_t kChunk = 1 << 20;
  void flush() {
    if (!buf_.empty() && PQputCopyData(conn_, buf_.data(), static_cast<int>(buf_.size())) != 1) fail(conn_, "COPY");
    buf_.clear();
  }
  PGconn* conn_;
  std::string buf_;
  bool open_ = true;
};

// A row's last field ends with '\n', not '\t'.
void end_row(CopyIn& c) {
  c.buf().pop_back();
  c.end_row();
}

void exec(PGconn* conn, const char* command) {
  PGresult* r = PQexec(conn, command);
  const auto st = PQresultStatus(r);
  PQclear(r);
  if (st != PGRES_COMMAND_OK) fail(conn, "upsert");
}

std::string copy_values_into(const std::string& table) {
  return "COPY " + table +
         " (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by) FROM STDIN";
}

void copy_row(CopyIn& copy, const StoredValue& v) {
  copy.number_field(v.element_id);
  copy.field(v.option);
  copy.number_field(v.org_id);
  copy.field(v.period);
  if (v.number) copy.number_field(*v.number);
  else copy.null_field();
  copy.field(v.text);
  copy.number_field(v.updated_at);
  copy.field(v.updated_by);
  end_row(copy);
}

// COPY of values into `table` (data_values, or a staging table like it).
void copy_values(PGconn* conn, const std::string& table, const std::vector<const StoredValue*>& rows) {
  CopyIn copy(conn, copy_values_into(table));
  for (const StoredValue* v : rows) copy_row(copy, *v);
  copy.finish();
}

}  // namespace

void postgres_scan_values(soci::session& sql, const std::function<void(const ValueRow&)>& fn) {
  PGconn* conn = connection(sql);
  start_copy(conn,
             "COPY (SELECT element_id, option_code, org_id, period, value FROM data_values"
             " WHERE value IS NOT NULL) TO STDOUT",
             PGRES_COPY_OUT);
  std::string option_scratch, period_scratch;
  ValueRow row;
  char* line = nullptr;
  int len;
  while ((len = PQgetCopyData(conn, &line, 0)) > 0) {
    std::string_view rest(line, static_cast<size_t>(len));
    if (!rest.empty() && rest.back() == '\n') rest.remove_suffix(1);
    std::string_view f[5];
    for (int i = 0; i < 5; ++i) {
      const size_t tab = i < 4 ? rest.find('\t') : rest.size();
      f[i] = rest.substr(0, tab);
      rest.remove_prefix(std::min(rest.size(), tab + 1));
    }
    try {
      row.element_id = number<int64_t>(f[0], conn);
      row.option = unescape(f[1], option_scratch);
      row.org_id = number<int64_t>(f[2], conn);
      row.period = unescape(f[3], period_scratch);
      row.number = number<double>(f[4], conn);
      fn(row);
    } catch (...) {
      PQfreemem(line);
      // Drain the rest so the connection can roll back.
      while ((len = PQgetCopyData(conn, &line, 0)) > 0) PQfreemem(line);
      while (PGresult* r = PQgetResult(conn)) PQclear(r);
      throw;
    }
    PQfreemem(line);
  }
  if (len == -2) fail(conn, "COPY");
  finish_copy(conn);
}

int64_t postgres_append_values(soci::session& sql, const ValueBatches& next) {
  PGconn* conn = connection(sql);
  start_copy(conn,
             "COPY data_values (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by)"
             " FROM STDIN",
             PGRES_COPY_IN);
  constexpr size_t kChunk = 1 << 20;
  std::string buf;
  buf.reserve(kChunk + 4096);
  auto flush = [&] {
    if (!buf.empty() && PQputCopyData(conn, buf.data(), static_cast<int>(buf.size())) != 1) fail(conn, "COPY");
    buf.clear();
  };
  std::vector<StoredValue> batch;
  int64_t n = 0;
  try {
    char tmp[32];
    bool more = true;
    while (more) {
      batch.clear();
      more = next(batch);
      for (const StoredValue& v : batch) {
        buf.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v.element_id).ptr);
        buf += '\t';
        escape_into(buf, v.option);
        buf += '\t';
        buf.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v.org_id).ptr);
        buf += '\t';
        escape_into(buf, v.period);
        buf += '\t';
        if (v.number)
          buf.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, *v.number).ptr);
        else
          buf += "\\N";
        buf += '\t';
        escape_into(buf, v.text);
        buf += '\t';
        buf.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v.updated_at).ptr);
        buf += '\t';
        escape_into(buf, v.updated_by);
        buf += '\n';
        ++n;
        if (buf.size() >= kChunk) flush();
      }
    }
    flush();
  } catch (...) {
    // End the COPY so the connection can roll back.
    PQputCopyEnd(conn, "bulk load abandoned");
    while (PGresult* r = PQgetResult(conn)) PQclear(r);
    throw;
  }
  if (PQputCopyEnd(conn, nullptr) != 1) fail(conn, "COPY");
  finish_copy(conn);
  return n;
}

void postgres_put_values(soci::session& sql, const std::vector<const StoredValue*>& rows) {
  PGconn* conn = connection(sql);
  // A temporary table of the session, emptied at each commit.
  exec(conn,
       "CREATE TEMP TABLE IF NOT EXISTS bd_values_in (LIKE data_values INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
  copy_values(conn, "bd_values_in", rows);
  exec(conn,
       "INSERT INTO data_values (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by)"
       " SELECT element_id, option_code, org_id, period, value, text_value, updated_at, updated_by FROM bd_values_in"
       " ON CONFLICT (element_id, option_code, org_id, period)"
       " DO UPDATE SET value = excluded.value, text_value = excluded.text_value,"
       " updated_at = excluded.updated_at, updated_by = excluded.updated_by");
  exec(conn, "TRUNCATE bd_values_in");
}

namespace {

// A COPY into data_values open from the first value to finish. Should it
// fail (a key stored by another writer since it was read, or any other
// failure, which the upsert then meets and reports), the savepoint undoes
// it and finish upserts every value added instead.
class PgNewValues final : public NewValues {
 public:
  PgNewValues(soci::session& sql, size_t expected) : sql_(sql), conn_(connection(sql)) {
    rows_.reserve(expected);
    exec(conn_, "SAVEPOINT bd_insert_values");
    try {
      copy_.emplace(conn_, copy_values_into("data_values"));
    } catch (const soci::soci_error&) {
      give_up();
    }
  }
  void add(const StoredValue& v) override {
    rows_.push_back(&v);
    if (!copy_) return;
    try {
      copy_row(*copy_, v);
    } catch (const soci::soci_error&) {
      give_up();
    }
  }
  void finish() override {
    if (copy_) {
      try {
        copy_->finish();
        copy_.reset();
        exec(conn_, "RELEASE SAVEPOINT bd_insert_values");
        return;
      } catch (const soci::soci_error&) {
        give_up();
      }
    }
    postgres_put_values(sql_, rows_);
  }

 private:
  void give_up() {
    copy_.reset();  // ends the COPY if it is still open
    exec(conn_, "ROLLBACK TO SAVEPOINT bd_insert_values");
    exec(conn_, "RELEASE SAVEPOINT bd_insert_values");
  }
  soci::session& sql_;
  PGconn* conn_;
  std::vector<const StoredValue*> rows_;
  std::optional<CopyIn> copy_;
};

}  // namespace

std::unique_ptr<NewValues> postgres_new_values(soci::session& sql, size_t expected) {
  return std::make_unique<PgNewValues>(sql, expected);
}

void postgres_add_audits(soci::session& sql, const std::vector<AuditEntry>& entries) {
  CopyIn copy(connection(sql),
              "COPY audit_log (at, user_id, actor, action, entity, entity_key, before_json, after_json) FROM STDIN");
  for (const AuditEntry& e : entries) {
    copy.number_field(e.at);
    if (e.user_id) copy.number_field(*e.user_id);
    else copy.null_field();
    copy.field(e.actor);
    copy.field(e.action);
    copy.field(e.entity);
    copy.field(e.entity_key);
    copy.field(e.before_json);
    copy.field(e.after_json);
    end_row(copy);
  }
  copy.finish();
}

}  // namespace bd::storage
