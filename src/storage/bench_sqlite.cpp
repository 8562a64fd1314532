// The benchmark database on SQLite (bench_store.h), through the C API.
//
// Loading: one transaction, one prepared INSERT reused for every value, in
// key order into a WITHOUT ROWID table (the key is the table: every insert
// appends to the rightmost leaf, no separate index to build). The file is a
// throwaway: synchronous=OFF, journal_mode=OFF.
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <unordered_map>

#include "storage/bench_sql.h"

namespace bd::storage {
namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

class SqliteBenchDb final : public SqlBenchDb {
 public:
  explicit SqliteBenchDb(sqlite3* db) : db_(db) {}
  ~SqliteBenchDb() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    sqlite3_close(db_);
  }

  const char* engine_name() const override { return "sqlite"; }

  Result<BenchLoadTimes> load(const std::vector<BenchUnit>& units, const std::vector<BenchElement>& elements,
                              const std::vector<BenchTerm>& terms, int first_year, int last_year,
                              const BenchValueSource& values) override {
    try {
      BenchLoadTimes times;
      remember(elements);
      exec("BEGIN");
      for (const std::string& ddl : small_tables()) exec(ddl);
      exec("CREATE TABLE bench_values (element INTEGER NOT NULL, year INTEGER NOT NULL, option INTEGER NOT NULL,"
           " org INTEGER NOT NULL, half INTEGER NOT NULL, value REAL NOT NULL,"
           " PRIMARY KEY (element, year, option, org, half)) WITHOUT ROWID");
      for (const BenchUnit& u : units)
        insert("INSERT INTO bench_orgs VALUES (?1, ?2, ?3, ?4, ?5)",
               {u.id, u.parent, u.depth, u.lo, u.hi}, u.parent == 0 ? 2 : 0);
      for (const BenchElement& e : elements) insert("INSERT INTO bench_elements VALUES (?1, ?2)", {e.id, e.flow ? 1 : 0});
      for (const BenchTerm& t : terms)
        insert("INSERT INTO bench_terms VALUES (?1, ?2, ?3, ?4)", {t.indicator, t.element, t.numerator ? 1 : 0, t.option});
      for (int y = first_year; y <= last_year; ++y) insert("INSERT INTO bench_years VALUES (?1)", {y});

      const auto t0 = std::chrono::steady_clock::now();
      sqlite3_stmt* st = statement("INSERT INTO bench_values VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
      values([&](const BenchValue& v) {
        sqlite3_bind_int64(st, 1, v.element);
        sqlite3_bind_int(st, 2, v.year);
        sqlite3_bind_int(st, 3, v.option);
        sqlite3_bind_int64(st, 4, v.org);
        sqlite3_bind_int(st, 5, v.half);
        sqlite3_bind_double(st, 6, v.value);
        if (sqlite3_step(st) != SQLITE_DONE) fail("INSERT");
        sqlite3_reset(st);
      });
      exec("COMMIT");
      times.rows_s = seconds_since(t0);

      const auto t1 = std::chrono::steady_clock::now();
      for (const std::string& ddl : small_indexes()) exec(ddl);
      exec("ANALYZE");
      times.index_s = seconds_since(t1);
      return times;
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không nạp được dữ liệu đo hiệu năng vào SQLite: ") + e.what());
    }
  }

  Status scan(const std::function<void(const BenchValue&)>& fn) override {
    try {
      sqlite3_stmt* st = statement("SELECT element, year, option, org, half, value FROM bench_values"
                                   " ORDER BY element, year, option, org, half");
      int rc;
      while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        fn({sqlite3_column_int64(st, 0), sqlite3_column_int(st, 1), sqlite3_column_int64(st, 3),
            sqlite3_column_int(st, 2), sqlite3_column_int(st, 4), sqlite3_column_double(st, 5)});
      sqlite3_reset(st);
      if (rc != SQLITE_DONE) fail("SELECT");
      return Status::Ok();
    } catch (const std::exception& e) {
      return Error::Internal(std::string("Không đọc được dữ liệu đo hiệu năng từ SQLite: ") + e.what());
    }
  }

 protected:
  std::vector<BenchRow> rows(const std::string& sql, const std::vector<int64_t>& params, int keys) override {
    sqlite3_stmt* st = statement(sql);
    for (size_t i = 0; i < params.size(); ++i) sqlite3_bind_int64(st, static_cast<int>(i + 1), params[i]);
    std::vector<BenchRow> out;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      BenchRow r;
      int64_t* k[] = {&r.k1, &r.k2, &r.k3};
      for (int c = 0; c < keys; ++c) *k[c] = sqlite3_column_int64(st, c);
      if (sqlite3_column_type(st, keys) != SQLITE_NULL) r.value = sqlite3_column_double(st, keys);
      out.push_back(r);
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) fail("SELECT");
    return out;
  }

 private:
  [[noreturn]] void fail(const char* what) { throw std::runtime_error(std::string(what) + ": " + sqlite3_errmsg(db_)); }

  void exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
      std::string m = msg ? msg : "?";
      sqlite3_free(msg);
      throw std::runtime_error(m + " (" + sql.substr(0, 60) + ")");
    }
  }

  // Prepared once per text; "$n" parameters become SQLite's "?n".
  sqlite3_stmt* statement(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    std::string text = sql;
    for (size_t i = 0; (i = text.find('$', i)) != std::string::npos;) text[i] = '?';
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, text.c_str(), -1, &st, nullptr) != SQLITE_OK) fail("prepare");
    cache_.emplace(sql, st);
    return st;
  }

  // One row of a small table; `null_column` (1-based, 0 = none) is bound NULL.
  void insert(const std::string& sql, const std::vector<int64_t>& params, int null_column = 0) {
    sqlite3_stmt* st = statement(sql);
    for (size_t i = 0; i < params.size(); ++i) {
      const int col = static_cast<int>(i + 1);
      if (col == null_column) sqlite3_bind_null(st, col);
      else sqlite3_bind_int64(st, col, params[i]);
    }
    if (sqlite3_step(st) != SQLITE_DONE) fail("INSERT");
    sqlite3_reset(st);
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

Result<std::unique_ptr<BenchDb>> BenchDb::create_sqlite(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec))
    return Error::BadRequest("Tệp " + path + " đã tồn tại; cơ sở dữ liệu đo hiệu năng phải là tệp mới.");
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "?";
    sqlite3_close(db);
    return Error::Internal("Không tạo được tệp SQLite " + path + ": " + m);
  }
  // Throwaway file: no durability; large page cache, memory-mapped reads,
  // in-memory temporary tables and two sorter threads for the big GROUP BY.
  for (const char* pragma : {"PRAGMA synchronous=OFF", "PRAGMA journal_mode=OFF", "PRAGMA cache_size=-262144",
                             "PRAGMA mmap_size=2147418112", "PRAGMA temp_store=MEMORY", "PRAGMA threads=2"})
    sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
  return std::unique_ptr<BenchDb>(std::make_unique<SqliteBenchDb>(db));
}

}  // namespace bd::storage
