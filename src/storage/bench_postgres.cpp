// The benchmark database on PostgreSQL (bench_store.h), through libpq: the
// values go in with COPY … FROM STDIN (text format, 1 MB chunks) into an
// unlogged heap table, then one covering B-tree index (INCLUDE value, for
// index-only scans) is built and VACUUM ANALYZE sets the visibility map and
// statistics. Everything lives in a schema of its own, dropped at the end.
//
// libpq directly, not SOCI: COPY has no SOCI interface, and re-running a
// vector `use` statement on PostgreSQL hits SOCI bug #910.
#include <libpq-fe.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <unordered_map>

#include "storage/bench_sql.h"

namespace bd::storage {
namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// A COPY FROM STDIN in progress: fields tab-separated, rows by newline.
class CopyIn {
 public:
  CopyIn(PGconn* conn, const std::string& table_and_columns) : conn_(conn) {
    PGresult* r = PQexec(conn_, ("COPY " + table_and_columns + " FROM STDIN").c_str());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok) throw std::runtime_error(std::string("COPY: ") + PQerrorMessage(conn_));
    buf_.reserve(kChunk + 256);
  }
  void field(int64_t v) {
    char tmp[24];
    buf_.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v).ptr);
    buf_ += '\t';
  }
  void field(double v) {
    char tmp[32];
    buf_.append(tmp, std::to_chars(tmp, tmp + sizeof tmp, v).ptr);
    buf_ += '\t';
  }
  void null_field() { buf_ += "\\N\t"; }
  void end_row() {
    buf_.back() = '\n';
    if (buf_.size() >= kChunk) flush();
  }
  void finish() {
    flush();
    if (PQputCopyEnd(conn_, nullptr) != 1) throw std::runtime_error(PQerrorMessage(conn_));
    PGresult* r = PQgetResult(conn_);
    const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    while ((r = PQgetResult(conn_)) != nullptr) PQclear(r);
    if (!ok) throw std::runtime_error(std::string("COPY: ") + PQerrorMessage(conn_));
  }

 private:
  static constexpr size_t kChunk = 1 << 20;
  void flush() {
    if (!buf_.empty() && PQputCopyData(conn_, buf_.data(), static_cast<int>(buf_.size())) != 1)
      throw std::runtime_error(PQerrorMessage(conn_));
    buf_.clear();
  }
  PGconn* conn_;
  std::string buf_;
};

class PostgresBenchDb final : public SqlBenchDb {
 public:
  PostgresBenchDb(PGconn* conn, std::string schema) : conn_(conn), schema_(std::move(schema)) {}
  ~PostgresBenchDb() override {
    PQclear(PQexec(conn_, ("DROP SCHEMA IF EXISTS " + schema_ + " CASCADE").c_str()));
    PQfinish(conn_);
  }

  const char* engine_name() const override { return "postgresql"; }

  void exec(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    const auto status = PQresultStatus(r);
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
      throw std::runtime_error(std::string(PQerrorMessage(conn_)) + " (" + sql.substr(0, 60) + ")");
  }

  Result<BenchLoadTimes> load(const std::vector<BenchUnit>& units, const std::vector<BenchElement>& elements,
                              const std::vector<BenchTerm>& terms, int first_year, int last_year,
                              const BenchValueSource& values) override {
    try {
      BenchLoadTimes times;
      remember(elements);
      for (const std::string& ddl : small_tables()) exec(ddl);
      exec("CREATE UNLOGGED TABLE bench_values (element INTEGER NOT NULL, year SMALLINT NOT NULL,"
           " option SMALLINT NOT NULL, org INTEGER NOT NULL, half SMALLINT NOT NULL, value DOUBLE PRECISION NOT NULL)");
      CopyIn orgs(conn_, "bench_orgs (id, parent, depth, lo, hi)");
      for (const BenchUnit& u : units) {
        orgs.field(u.id);
        if (u.parent) orgs.field(u.parent); else orgs.null_field();
        orgs.field(int64_t{u.depth});
        orgs.field(u.lo);
        orgs.field(u.hi);
        orgs.end_row();
      }
      orgs.finish();
      for (const BenchElement& e : elements)
        exec("INSERT INTO bench_elements VALUES (" + std::to_string(e.id) + ", " + (e.flow ? "1" : "0") + ")");
      for (const BenchTerm& t : terms)
        exec("INSERT INTO bench_terms VALUES (" + std::to_string(t.indicator) + ", " + std::to_string(t.element) +
             ", " + (t.numerator ? "1" : "0") + ", " + std::to_string(t.option) + ")");
      exec("INSERT INTO bench_years SELECT generate_series(" + std::to_string(first_year) + ", " +
           std::to_string(last_year) + ")");

      const auto t0 = std::chrono::steady_clock::now();
      CopyIn copy(conn_, "bench_values (element, year, option, org, half, value)");
      values([&](const BenchValue& v) {
        copy.field(v.element);
        copy.field(int64_t{v.year});
        copy.field(int64_t{v.option});
        copy.field(v.org);
        copy.field(int64_t{v.half});
        copy.field(v.value);
        copy.end_row();
      });
      copy.finish();
      times.rows_s = seconds_since(t0);

      const auto t1 = std::chrono::steady_clock::now();
      exec("CREATE INDEX bench_values_key ON bench_values (element, year, option, org, half) INCLUDE (value)");
      for (const std::string& ddl : small_indexes()) exec(ddl);
      exec("VACUUM ANALYZE bench_values");
      exec("ANALYZE bench_orgs");
      exec("ANALYZE bench_elements");
      exec("ANALYZE bench_terms");
      exec("ANALYZE bench_years");
      exec("ANALYZE bench_options");
      times.index_s = seconds_since(t1);
      return times;
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không nạp được dữ liệu đo hiệu năng vào PostgreSQL: ") + e.what());
    }
  }

  // COPY (…) TO STDOUT: libpq hands over one row at a time, where a plain
  // SELECT would first hold the whole result in client memory.
  Status scan(const std::function<void(const BenchValue&)>& fn) override {
    try {
      PGresult* r = PQexec(conn_, "COPY (SELECT element, year, option, org, half, value FROM bench_values"
                                  " ORDER BY element, year, option, org, half) TO STDOUT");
      const bool ok = PQresultStatus(r) == PGRES_COPY_OUT;
      PQclear(r);
      if (!ok) throw std::runtime_error(PQerrorMessage(conn_));
      char* line = nullptr;
      int n;
      while ((n = PQgetCopyData(conn_, &line, 0)) > 0) {
        const char* p = line;
        const char* end = line + n;
        int64_t f[5] = {};
        for (int64_t& x : f) p = std::from_chars(p, end, x).ptr + 1;  // each field ends with a tab
        double value = 0;
        std::from_chars(p, end, value);
        PQfreemem(line);
        fn({f[0], static_cast<int>(f[1]), f[3], static_cast<int>(f[2]), static_cast<int>(f[4]), value});
      }
      while ((r = PQgetResult(conn_)) != nullptr) {
        const bool failed = PQresultStatus(r) != PGRES_COMMAND_OK;
        PQclear(r);
        if (failed) throw std::runtime_error(PQerrorMessage(conn_));
      }
      if (n == -2) throw std::runtime_error(PQerrorMessage(conn_));
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không đọc được dữ liệu đo hiệu năng từ PostgreSQL: ") + e.what());
    }
  }

 protected:
  std::vector<BenchRow> rows(const std::string& sql, const std::vector<int64_t>& params, int keys) override {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      const std::string name = "bench_q" + std::to_string(prepared_.size());
      PGresult* r = PQprepare(conn_, name.c_str(), sql.c_str(), static_cast<int>(params.size()), nullptr);
      const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
      PQclear(r);
      if (!ok) throw std::runtime_error(PQerrorMessage(conn_));
      it = prepared_.emplace(sql, name).first;
    }
    std::vector<std::string> text;
    std::vector<const char*> values;
    for (int64_t p : params) text.push_back(std::to_string(p));
    for (const std::string& t : text) values.push_back(t.c_str());
    PGresult* r = PQexecPrepared(conn_, it->second.c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                 nullptr, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
      PQclear(r);
      throw std::runtime_error(PQerrorMessage(conn_));
    }
    std::vector<BenchRow> out;
    for (int i = 0, n = PQntuples(r); i < n; ++i) {
      BenchRow row;
      int64_t* k[] = {&row.k1, &row.k2, &row.k3};
      for (int c = 0; c < keys; ++c) *k[c] = std::strtoll(PQgetvalue(r, i, c), nullptr, 10);
      if (!PQgetisnull(r, i, keys)) row.value = std::strtod(PQgetvalue(r, i, keys), nullptr);
      out.push_back(row);
    }
    PQclear(r);
    return out;
  }

 private:
  PGconn* conn_;
  std::string schema_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL → statement name
};

}  // namespace

Result<std::unique_ptr<BenchDb>> BenchDb::create_postgres(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string m = PQerrorMessage(conn);
    PQfinish(conn);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    for (char& c : m)
      if (c == '\n') c = ' ';
    return Error::BadRequest("Không kết nối được PostgreSQL để đo hiệu năng: " + m);
  }
  const auto nanos = std::chrono::steady_clock::now().time_since_epoch().count();
  const std::string schema = "bd_bench_" + std::to_string(getpid()) + "_" + std::to_string(nanos % 1000000000);
  auto db = std::make_unique<PostgresBenchDb>(conn, schema);
  try {
    db->exec("SET client_min_messages TO WARNING");
    db->exec("CREATE SCHEMA " + schema);
    db->exec("SET search_path TO " + schema);
    // Memory for the index build and for the big query's sorts and hashes.
    db->exec("SET maintenance_work_mem = '1GB'");
    db->exec("SET work_mem = '256MB'");
  } catch (const std::exception& e) {
    return Error::Internal(std::string("Không chuẩn bị được PostgreSQL để đo hiệu năng: ") + e.what());
  }
  return std::unique_ptr<BenchDb>(std::move(db));
}

}  // namespace bd::storage
