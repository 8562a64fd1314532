// What the SQLite and PostgreSQL benchmark databases share (bench_store.h):
// the small tables' DDL and the three queries, written once with $1..$n
// parameters. Each engine supplies statement execution and loading.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "storage/bench_store.h"

namespace bd::storage {

class SqlBenchDb : public BenchDb {
 public:
  Result<std::vector<BenchRow>> children_share(int64_t element, int64_t parent, int year) override;
  Result<std::vector<BenchRow>> indicators_at_depth(int depth, int from_year, int to_year) override;
  Result<std::optional<double>> subtree_total(int64_t element, int64_t unit, int year, int half) override;

 protected:
  // Runs `sql` with integer parameters $1..$n; each result row has `keys`
  // integer columns then one nullable number. Throws std::runtime_error.
  virtual std::vector<BenchRow> rows(const std::string& sql, const std::vector<int64_t>& params, int keys) = 0;

  // DDL of the tables other than bench_values, and their indexes (run after
  // their rows are in).
  static std::vector<std::string> small_tables();
  static std::vector<std::string> small_indexes();
  // Remembers which elements are flows (the per-element SQL depends on it).
  void remember(const std::vector<BenchElement>& elements);

 private:
  std::map<int64_t, bool> flow_;
};

}  // namespace bd::storage
