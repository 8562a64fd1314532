// The SQL side of `binhdang bench`: the questions the analytics engine
// answers, asked of a throwaway SQLite file or PostgreSQL schema with the
// best plain SQL we could write. Not the product schema: these tables live
// only for one benchmark run.
//
// Tables (all created by load()):
//   bench_orgs     (id, parent, depth, lo, hi)  depth-first interval [lo, hi]
//   bench_elements (id, flow)                   flow 1, stock 0
//   bench_terms    (indicator, element, numerator, option)
//   bench_years    (year)
//   bench_options  (option)                     0 female, 1 male
//   bench_values   (element, year, option, org, half, value)
//                  key (element, year, option, org, half), value covered
// A period is (year, half): "2025S2" is (2025, 2). `org` in bench_values is
// the unit's depth-first number (its `lo`), so a subtree is one key range,
// the same trick the engine uses; the caller gives units whose ids are
// already their depth-first numbers.
//
// Period rules, as the engine's (analytics/series.h): a stock's year value
// at a unit is its S2 value when present, else its S1 value, per option; a
// flow's is S1 + S2. Indicators: 100 × Σ numerator terms ÷ Σ denominator
// terms, no value when the denominator is 0.
//
// Thread-safety: a BenchDb is used by one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace bd::storage {

struct BenchUnit {
  int64_t id = 0;      // = lo
  int64_t parent = 0;  // 0 for a root
  int depth = 0;
  int64_t lo = 0, hi = 0;
};

struct BenchElement {
  int64_t id = 0;
  bool flow = false;
};

struct BenchTerm {
  int64_t indicator = 0;
  int64_t element = 0;
  bool numerator = true;
  int option = -1;  // -1: all options; else one option (0 female, 1 male)
};

struct BenchValue {
  int64_t element = 0;
  int year = 0;
  int64_t org = 0;  // depth-first number
  int option = 0;
  int half = 1;     // 1 or 2
  double value = 0;
};

// One answer row: up to three keys (unused ones are 0) and a value.
struct BenchRow {
  int64_t k1 = 0, k2 = 0, k3 = 0;
  std::optional<double> value;
};

struct BenchLoadTimes {
  double rows_s = 0;   // values written (SQLite: INSERTs in one transaction; PostgreSQL: COPY)
  double index_s = 0;  // indexes built and statistics gathered after the rows
};

// Calls `sink` for every value, in key order (element, year, option, org,
// half): loading is then an append.
using BenchValueSource = std::function<void(const std::function<void(const BenchValue&)>& sink)>;

class BenchDb {
 public:
  virtual ~BenchDb() = default;

  // A new SQLite file at `path` (must not exist), synchronous=OFF and
  // journal_mode=OFF: a crash loses it, which a throwaway file may.
  static Result<std::unique_ptr<BenchDb>> create_sqlite(const std::string& path);
  // A new schema in the PostgreSQL database at `uri` (postgresql://…), with
  // unlogged tables; the destructor drops it.
  static Result<std::unique_ptr<BenchDb>> create_postgres(const std::string& uri);

  virtual const char* engine_name() const = 0;  // "sqlite", "postgresql"

  // Creates the tables and loads everything. Call once.
  virtual Result<BenchLoadTimes> load(const std::vector<BenchUnit>& units, const std::vector<BenchElement>& elements,
                                      const std::vector<BenchTerm>& terms, int first_year, int last_year,
                                      const BenchValueSource& values) = 0;

  // Reads every value back in key order (for timing a cold start of the
  // engine from the database).
  virtual Status scan(const std::function<void(const BenchValue&)>& fn) = 0;

  // 100 × female ÷ all options of `element` in `year`, for every child of
  // `parent`: rows (child, 0, 0, share) by child.
  virtual Result<std::vector<BenchRow>> children_share(int64_t element, int64_t parent, int year) = 0;
  // Every indicator for every unit of `depth` and every year in [from, to]:
  // rows (indicator, unit, year, value) in that order.
  virtual Result<std::vector<BenchRow>> indicators_at_depth(int depth, int from_year, int to_year) = 0;
  // All options of `element` summed over the subtree of `unit` for the
  // half-year (year, half); nullopt when no unit has a value.
  virtual Result<std::optional<double>> subtree_total(int64_t element, int64_t unit, int year, int half) = 0;
};

}  // namespace bd::storage
