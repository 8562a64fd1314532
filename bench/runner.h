// `binhdang bench`: loads the synthetic dataset (synthetic.h) into the
// analytics engine, into a throwaway SQLite file and, when a URL is given,
// into a throwaway PostgreSQL schema; runs the same questions on each,
// checks the answers agree, and reports times, ratios and memory.
//
// Queries (every answer compared within 1e-6 relative):
//   indicator_children_of_root        female share of managers, year 2025,
//                                     for every child of the ministry
//   indicator_children_of_department  the same for every child of the first
//                                     department (its communes)
//   all_indicators_departments_years  10 ratio indicators over the 40
//                                     elements × every department × 10 years
//   department_element_total          one department's total of one
//                                     element (both sexes) for 2025S1
// Times are medians: each engine query runs at least 5 times and 0.3 s,
// each SQL query at least 3 times and 0.3 s, but no more once its runs took
// 30 s (0.02 s instead of 0.3 s at small scale, which is for tests).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "bench/synthetic.h"
#include "core/result.h"
#include "storage/bench_store.h"

namespace bd::bench {

struct RunOptions {
  Scale scale = Scale::kSmall;
  std::string postgres_url;  // "" = no PostgreSQL
  std::string work_dir;      // parent of the SQLite file's temp dir; "" = the system's temp dir
};

struct QueryReport {
  std::string name;
  double engine_ms = 0;
  std::optional<double> sqlite_ms, postgresql_ms;
  size_t rows = 0;     // rows in the engine's answer
  bool equal = false;  // every SQL engine run agreed with the engine
};

struct DatabaseReport {
  std::string engine;  // "sqlite", "postgresql"
  storage::BenchLoadTimes load;
  // A fresh engine loaded from this database (every value read back in key
  // order, put column by column): the cold-start path, tree and elements
  // included.
  double engine_from_db_s = 0;
};

struct Report {
  Scale scale = Scale::kSmall;
  size_t units = 0, values = 0;
  double load_s = 0;     // engine: tree, elements and every value from the generator
  double memory_mb = 0;  // Engine::memory_bytes(), MiB
  double rss_mb = 0;     // process VmRSS right after the engine load, MiB
  std::vector<DatabaseReport> databases;  // SQLite, then PostgreSQL when used
  std::vector<QueryReport> queries;
  bool all_equal() const;
};

// Runs everything; progress lines (Vietnamese) go to `progress`. An error
// means the benchmark could not run (database, temp dir), not a mismatch.
Result<Report> run(const RunOptions& options, std::ostream& progress);
// The results table and load times, for people.
void print(const Report& report, std::ostream& out);
// {"scale","load_s","memory_mb","queries":[{"name","engine_ms","sqlite_ms",
// "postgresql_ms","equal"}]}; postgresql_ms is null without PostgreSQL.
std::string to_json(const Report& report);

}  // namespace bd::bench
