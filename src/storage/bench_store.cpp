// The benchmark's queries (bench_store.h). Why they look like this:
// - bench_values' key leads with (element, year, option, org): one option of
//   a unit's subtree for one element and year is one contiguous key range,
//   and a school's two half-years are adjacent in it.
// - Small tables (units × options, × elements × years in the big query)
//   drive correlated subqueries, each one index range scan of bench_values
//   whose GROUP BY org follows the index order, so it streams. Measured on
//   SQLite at province scale, joining the values to the units and grouping
//   by unit, school and option instead took 11× as long (the planner sorts
//   the whole join in a temporary B-tree).
// - A stock's year value per school and option is
//   COALESCE(SUM(value) of S2, SUM(value)): a school has at most one row per
//   half, so that is S2 when present, else S1. A flow's is SUM(value).
#include "storage/bench_sql.h"

#include <exception>

namespace bd::storage {
namespace {

// A school's (one option's) value for a year, over its bench_values rows v.
constexpr const char* kStockYear = "COALESCE(SUM(CASE WHEN v.half = 2 THEN v.value END), SUM(v.value))";
constexpr const char* kFlowYear = "SUM(v.value)";

// One option's total over the subtree [lo, hi] of unit alias `u`, for the
// element and year given by the SQL expressions `element` and `year`, from
// its schools' year values `per_school`.
std::string subtree_year_total(const std::string& per_school, const std::string& element, const std::string& year,
                               const std::string& u) {
  return "(SELECT SUM(s) FROM (SELECT " + per_school + " AS s FROM bench_values v"
         " WHERE v.element = " + element + " AND v.year = " + year + " AND v.option = o.option"
         " AND v.org BETWEEN " + u + ".lo AND " + u + ".hi GROUP BY v.org) per_school)";
}

template <class T, class F>
Result<T> guarded(const char* what, F&& f) {
  try {
    return f();
  } catch (const std::exception& e) {
    return Error::Internal(std::string("Truy vấn đo hiệu năng (") + what + ") lỗi: " + e.what());
  }
}

}  // namespace

std::vector<std::string> SqlBenchDb::small_tables() {
  return {
      "CREATE TABLE bench_orgs (id BIGINT PRIMARY KEY, parent BIGINT, depth INTEGER NOT NULL,"
      " lo BIGINT NOT NULL, hi BIGINT NOT NULL)",
      "CREATE TABLE bench_elements (id BIGINT PRIMARY KEY, flow INTEGER NOT NULL)",
      "CREATE TABLE bench_terms (indicator BIGINT NOT NULL, element BIGINT NOT NULL, numerator INTEGER NOT NULL,"
      " option INTEGER NOT NULL)",
      "CREATE TABLE bench_years (year INTEGER PRIMARY KEY)",
      "CREATE TABLE bench_options (option INTEGER PRIMARY KEY)",
      "INSERT INTO bench_options VALUES (0), (1)",
  };
}

std::vector<std::string> SqlBenchDb::small_indexes() {
  return {
      "CREATE INDEX bench_orgs_parent ON bench_orgs (parent, lo, hi, id)",
      "CREATE INDEX bench_orgs_depth ON bench_orgs (depth, lo, hi, id)",
      "CREATE INDEX bench_terms_element ON bench_terms (element, indicator)",
  };
}

void SqlBenchDb::remember(const std::vector<BenchElement>& elements) {
  for (const BenchElement& e : elements) flow_[e.id] = e.flow;
}

Result<std::vector<BenchRow>> SqlBenchDb::children_share(int64_t element, int64_t parent, int year) {
  // The element's kind is known when the query is written, as it would be
  // for a hand-written indicator query.
  auto it = flow_.find(element);
  const std::string per_school = (it != flow_.end() && it->second) ? kFlowYear : kStockYear;
  const std::string sql =
      "SELECT id, 100.0 * SUM(CASE WHEN option = 0 THEN x END) / NULLIF(SUM(x), 0) FROM ("
      " SELECT c.id AS id, o.option AS option, " + subtree_year_total(per_school, "$1", "$2", "c") + " AS x"
      " FROM bench_orgs c CROSS JOIN bench_options o WHERE c.parent = $3) t"
      " GROUP BY id ORDER BY id";
  return guarded<std::vector<BenchRow>>("children_share", [&] { return rows(sql, {element, year, parent}, 1); });
}

Result<std::vector<BenchRow>> SqlBenchDb::indicators_at_depth(int depth, int from_year, int to_year) {
  const std::string per_school = "CASE WHEN e.flow = 1 THEN " + std::string(kFlowYear) + " ELSE " + kStockYear + " END";
  const std::string sql =
      "WITH totals AS ("
      " SELECT d.id AS unit, e.id AS element, y.year AS year, o.option AS option, " +
      subtree_year_total(per_school, "e.id", "y.year", "d") + " AS x"
      " FROM bench_orgs d CROSS JOIN bench_elements e CROSS JOIN bench_years y CROSS JOIN bench_options o"
      " WHERE d.depth = $1 AND y.year BETWEEN $2 AND $3)"
      " SELECT t.indicator, x.unit, x.year,"
      "  100.0 * SUM(CASE WHEN t.numerator = 1 THEN x.x END) / NULLIF(SUM(CASE WHEN t.numerator = 0 THEN x.x END), 0)"
      " FROM totals x JOIN bench_terms t ON t.element = x.element AND (t.option = -1 OR t.option = x.option)"
      " GROUP BY t.indicator, x.unit, x.year ORDER BY 1, 2, 3";
  return guarded<std::vector<BenchRow>>("indicators_at_depth", [&] { return rows(sql, {depth, from_year, to_year}, 3); });
}

Result<std::optional<double>> SqlBenchDb::subtree_total(int64_t element, int64_t unit, int year, int half) {
  const std::string sql =
      "SELECT SUM(v.value) FROM bench_orgs u CROSS JOIN bench_options o"
      " JOIN bench_values v ON v.element = $1 AND v.year = $2 AND v.option = o.option"
      " AND v.org BETWEEN u.lo AND u.hi AND v.half = $3"
      " WHERE u.id = $4";
  return guarded<std::optional<double>>("subtree_total", [&] {
    const auto r = rows(sql, {element, year, half, unit}, 0);
    return r.empty() ? std::nullopt : r.front().value;
  });
}

}  // namespace bd::storage
