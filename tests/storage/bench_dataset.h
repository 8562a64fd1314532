// A small benchmark dataset whose answers are worked out by hand, for the
// tests of the benchmark databases (storage/bench_store.h), and a helper
// opening one on each engine.
//
//   1 R (depth 0, [1,6])
//   ├── 2 A (depth 1, [2,4])
//   │   ├── 3 a1 (school)
//   │   └── 4 a2 (school)
//   └── 5 B (depth 1, [5,6])
//       └── 6 b1 (school)
//
// Elements: 10 is a stock, 20 a flow. Indicators: 100 = 100 × female ÷ all
// of element 10; 200 = 100 × all of 20 ÷ all of 10. Years 2025–2026.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "storage/bench_store.h"
#include "support/temp_db.h"

namespace bd::test {

inline std::vector<storage::BenchUnit> bench_units() {
  return {{1, 0, 0, 1, 6}, {2, 1, 1, 2, 4}, {3, 2, 2, 3, 3}, {4, 2, 2, 4, 4}, {5, 1, 1, 5, 6}, {6, 5, 2, 6, 6}};
}

inline std::vector<storage::BenchElement> bench_elements() { return {{10, false}, {20, true}}; }

inline std::vector<storage::BenchTerm> bench_terms() {
  return {{100, 10, true, 0}, {100, 10, false, -1}, {200, 20, true, -1}, {200, 10, false, -1}};
}

// In key order: element, year, option, org, half.
inline std::vector<storage::BenchValue> bench_values() {
  return {
      // element 10 (stock), 2025
      {10, 2025, 3, 0, 1, 10}, {10, 2025, 3, 0, 2, 12}, {10, 2025, 4, 0, 1, 5}, {10, 2025, 6, 0, 1, 8},
      {10, 2025, 6, 0, 2, 6},
      {10, 2025, 3, 1, 1, 20}, {10, 2025, 3, 1, 2, 18}, {10, 2025, 4, 1, 1, 5}, {10, 2025, 6, 1, 2, 2},
      // element 10, 2026: B's school has zeros
      {10, 2026, 3, 0, 1, 30}, {10, 2026, 6, 0, 1, 0},
      {10, 2026, 3, 1, 1, 10}, {10, 2026, 6, 1, 1, 0},
      // element 20 (flow), 2025
      {20, 2025, 3, 0, 1, 1}, {20, 2025, 3, 0, 2, 2}, {20, 2025, 6, 0, 2, 4},
      {20, 2025, 3, 1, 1, 3}, {20, 2025, 4, 1, 2, 5},
  };
}

inline storage::BenchValueSource bench_source(const std::vector<storage::BenchValue>& values) {
  return [values](const std::function<void(const storage::BenchValue&)>& sink) {
    for (const auto& v : values) sink(v);
  };
}

// A new benchmark database on `engine` ("sqlite" in `dir`, or "postgresql").
inline Result<std::unique_ptr<storage::BenchDb>> open_bench_db(const std::string& engine, const TempDir& dir,
                                                                const std::string& name = "bench.db") {
  if (engine == "postgresql") return storage::BenchDb::create_postgres(postgres_url());
  return storage::BenchDb::create_sqlite(dir.path() + "/" + name);
}

}  // namespace bd::test
