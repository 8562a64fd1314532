// PostgreSQL's bulk paths of data_values: COPY on the session's own libpq
// connection, inside its open transaction. Text format: fields separated by
// tabs, rows by newlines, backslash escapes in text.
#include <soci/postgresql/soci-postgresql.h>

#include <charconv>

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

}  // namespace bd::storage
