#include "bench/runner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <thread>

#include "analytics/expression.h"

namespace bd::bench {
namespace {

namespace fs = std::filesystem;
using analytics::Engine;
using storage::BenchRow;

constexpr int kQueryYear = kFirstYear + kYears - 1;  // 2025
constexpr double kMiB = 1024.0 * 1024.0;

double now_s() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

double rss_mb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;  // kB
  return 0;
}

// Median time of fn in ms: repeated until it ran `min_runs` times and for
// `min_total_s` (but once is enough when a run takes over 30 s).
double median_ms(const std::function<void()>& fn, int min_runs, double min_total_s) {
  std::vector<double> ms;
  double total = 0;
  while (static_cast<int>(ms.size()) < min_runs || total < min_total_s) {
    const double t0 = now_s();
    fn();
    const double t = now_s() - t0;
    ms.push_back(t * 1000);
    total += t;
    if (total > 30 || ms.size() >= 1000000) break;
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

bool same(const std::vector<BenchRow>& a, const std::vector<BenchRow>& b) {
  if (a.empty() || a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].k1 != b[i].k1 || a[i].k2 != b[i].k2 || a[i].k3 != b[i].k3) return false;
    if (a[i].value.has_value() != b[i].value.has_value()) return false;
    if (!a[i].value) continue;
    const double x = *a[i].value, y = *b[i].value;
    if (std::abs(x - y) > 1e-6 * std::max(std::abs(x), std::abs(y))) return false;
  }
  return true;
}

// An indicator expression bound to the engine's element ids and options.
class EngineIndicator {
 public:
  EngineIndicator(const Dataset& data, const std::string& text)
      : expr_(*analytics::Expression::compile(text)) {
    for (const auto& ref : expr_.elements()) {
      int64_t id = 0;
      for (const Element& e : data.elements())
        if (e.code == ref.code) id = e.id;
      const int option = ref.option.empty() ? analytics::kAllOptions : ref.option == "female" ? kFemale : kMale;
      refs_.emplace_back(id, option);
    }
    values_.resize(refs_.size());
  }
  std::optional<double> eval(const Engine& engine, int64_t unit, const Period& p) {
    for (size_t i = 0; i < refs_.size(); ++i) values_[i] = engine.value(refs_[i].first, refs_[i].second, unit, p);
    return expr_.evaluate(values_, {});
  }

 private:
  analytics::Expression expr_;
  std::vector<std::pair<int64_t, int>> refs_;
  std::vector<std::optional<double>> values_;
};

struct Query {
  std::string name;
  std::function<std::vector<BenchRow>()> engine;
  std::function<Result<std::vector<BenchRow>>(storage::BenchDb&)> sql;
};

std::vector<Query> queries(const Dataset& data, const Engine& engine) {
  const Period year{PeriodType::kYear, kQueryYear, 1};
  const int64_t managers = data.elements()[static_cast<size_t>(data.managers_element())].id;
  const int64_t dept = data.departments().front();
  const std::string code = data.elements()[static_cast<size_t>(data.managers_element())].code;
  auto share = std::make_shared<EngineIndicator>(data, "#{" + code + ".female} / #{" + code + "} * 100");
  auto children_share = [&engine, share, managers, year](int64_t parent) {
    Query q;
    q.engine = [&engine, share, parent, year] {
      std::vector<BenchRow> out;
      for (int64_t c : engine.children(parent)) out.push_back({c, 0, 0, share->eval(engine, c, year)});
      return out;
    };
    q.sql = [managers, parent](storage::BenchDb& db) { return db.children_share(managers, parent, kQueryYear); };
    return q;
  };
  std::vector<Query> out;
  out.push_back(children_share(data.root()));
  out.back().name = "indicator_children_of_root";
  out.push_back(children_share(dept));
  out.back().name = "indicator_children_of_department";

  auto indicators = std::make_shared<std::vector<std::pair<int64_t, EngineIndicator>>>();
  for (const Indicator& i : data.indicators()) indicators->emplace_back(i.id, EngineIndicator(data, i.expression));
  const auto depts = data.departments();
  out.push_back({"all_indicators_departments_years",
                 [&engine, indicators, depts] {
                   std::vector<BenchRow> rows;
                   for (auto& [id, ind] : *indicators)
                     for (int64_t d : depts)
                       for (int y = kFirstYear; y < kFirstYear + kYears; ++y)
                         rows.push_back({id, d, y, ind.eval(engine, d, Period{PeriodType::kYear, y, 1})});
                   return rows;
                 },
                 [](storage::BenchDb& db) { return db.indicators_at_depth(1, kFirstYear, kFirstYear + kYears - 1); }});

  const int64_t total_element = data.elements().front().id;
  out.push_back({"department_element_total",
                 [&engine, total_element, dept] {
                   const Period half{PeriodType::kHalfYear, kQueryYear, 1};
                   return std::vector<BenchRow>{{0, 0, 0, engine.value(total_element, analytics::kAllOptions, dept, half)}};
                 },
                 [total_element, dept](storage::BenchDb& db) -> Result<std::vector<BenchRow>> {
                   auto v = db.subtree_total(total_element, dept, kQueryYear, 1);
                   if (!v) return v.error();
                   return std::vector<BenchRow>{{0, 0, 0, *v}};
                 }});
  return out;
}

// What the SQL side is given: the same tree, elements, indicators and values.
Result<storage::BenchLoadTimes> load_sql(const Dataset& data, storage::BenchDb& db) {
  std::vector<storage::BenchUnit> units;
  for (const Unit& u : data.units()) units.push_back({u.id, u.parent, u.depth, u.id, u.last});
  std::vector<storage::BenchElement> elements;
  for (const Element& e : data.elements()) elements.push_back({e.id, e.flow});
  std::vector<storage::BenchTerm> terms;
  for (const Indicator& i : data.indicators()) {
    for (int e : i.numerator) terms.push_back({i.id, data.elements()[static_cast<size_t>(e)].id, true, kFemale});
    for (int e : i.denominator) terms.push_back({i.id, data.elements()[static_cast<size_t>(e)].id, false, -1});
  }
  return db.load(units, elements, terms, kFirstYear, kFirstYear + kYears - 1, [&](const auto& sink) {
    data.for_each_value([&](const Value& v) {
      sink({data.elements()[static_cast<size_t>(v.element)].id, v.year, v.org, v.option, v.half, v.value});
    });
  });
}

// Declares the dataset's tree and elements in `engine`, then loads every
// value `db` holds. Rows arrive by (element, year, option, org, half): each
// (element, year, option) run fills the S1 and S2 columns, one put_many each.
Status load_engine_from(const Dataset& data, storage::BenchDb& db, Engine& engine) {
  engine.set_tree(data.tree());
  for (const Element& e : data.elements())
    engine.set_element({e.id, e.flow ? analytics::Aggregation::kFlow : analytics::Aggregation::kStock, kOptions});
  std::vector<Engine::UnitValue> halves[2];
  int64_t element = -1;
  int year = 0, option = 0;
  auto flush = [&] {
    for (int h = 0; h < 2; ++h) {
      if (!halves[h].empty()) engine.put_many(element, option, Period{PeriodType::kHalfYear, year, h + 1}, halves[h]);
      halves[h].clear();
    }
  };
  Status st = db.scan([&](const storage::BenchValue& v) {
    if (v.element != element || v.year != year || v.option != option) {
      flush();
      element = v.element, year = v.year, option = v.option;
    }
    halves[v.half == 2].push_back({v.org, v.value});
  });
  flush();
  return st;
}

// A temp dir removed with everything in it when this goes out of scope.
struct TempDir {
  fs::path path;
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) fs::remove_all(path, ec);
  }
};

}  // namespace

bool Report::all_equal() const {
  return std::all_of(queries.begin(), queries.end(), [](const QueryReport& q) { return q.equal; });
}

Result<Report> run(const RunOptions& options, std::ostream& progress) {
  Report report;
  report.scale = options.scale;
  progress << "Tạo dữ liệu tổng hợp (" << scale_name(options.scale) << ")...\n" << std::flush;
  const Dataset data(options.scale);
  report.units = data.units().size();

  progress << "Nạp bộ máy phân tích...\n" << std::flush;
  Engine engine;
  const double t0 = now_s();
  load_engine(data, engine);
  report.load_s = now_s() - t0;
  report.values = engine.stored_values();
  report.memory_mb = static_cast<double>(engine.memory_bytes()) / kMiB;
  report.rss_mb = rss_mb();

  TempDir dir;
  std::error_code ec;
  const fs::path base = options.work_dir.empty() ? fs::temp_directory_path(ec) : fs::path(options.work_dir);
  std::string pattern = (base / "binhdang-bench-XXXXXX").string();
  if (!mkdtemp(pattern.data())) return Error::Internal("Không tạo được thư mục tạm trong " + base.string() + ".");
  dir.path = pattern;

  std::vector<std::unique_ptr<storage::BenchDb>> dbs;
  auto sqlite = storage::BenchDb::create_sqlite((dir.path / "bench.db").string());
  if (!sqlite) return sqlite.error();
  dbs.push_back(std::move(*sqlite));
  if (!options.postgres_url.empty()) {
    auto pg = storage::BenchDb::create_postgres(options.postgres_url);
    if (!pg) return pg.error();
    dbs.push_back(std::move(*pg));
  }
  for (auto& db : dbs) {
    progress << "Nạp " << report.values << " giá trị vào " << db->engine_name() << "...\n" << std::flush;
    DatabaseReport d;
    d.engine = db->engine_name();
    auto times = load_sql(data, *db);
    if (!times) return times.error();
    d.load = *times;
    progress << "Nạp lại bộ máy phân tích từ " << db->engine_name() << "...\n" << std::flush;
    Engine fresh;
    const double t1 = now_s();
    if (Status st = load_engine_from(data, *db, fresh); !st) return st.error();
    d.engine_from_db_s = now_s() - t1;
    if (fresh.stored_values() != report.values)
      return Error::Internal("Bộ máy nạp lại từ " + d.engine + " có " + std::to_string(fresh.stored_values()) +
                             " giá trị, không phải " + std::to_string(report.values) + ".");
    report.databases.push_back(d);
  }

  // Enough repetitions for a stable median; small scale is for tests, kept quick.
  const double min_total_s = options.scale == Scale::kSmall ? 0.02 : 0.3;
  for (const Query& q : queries(data, engine)) {
    progress << "Truy vấn " << q.name << "...\n" << std::flush;
    QueryReport r;
    r.name = q.name;
    const std::vector<BenchRow> expected = q.engine();
    r.rows = expected.size();
    r.engine_ms = median_ms([&] { q.engine(); }, 5, min_total_s);
    r.equal = true;
    for (auto& db : dbs) {
      auto first = q.sql(*db);
      if (!first) return first.error();
      r.equal = r.equal && same(expected, *first);
      const double ms = median_ms([&] { (void)q.sql(*db); }, 3, min_total_s);
      (std::string(db->engine_name()) == "postgresql" ? r.postgresql_ms : r.sqlite_ms) = ms;
    }
    report.queries.push_back(r);
  }
  return report;
}

void print(const Report& r, std::ostream& out) {
  char line[256];
  auto emit = [&](const char* fmt, auto... args) {
    std::snprintf(line, sizeof line, fmt, args...);
    out << line;
  };
  emit("\nbinhdang bench --scale %s: %zu units, %zu values, %u cores\n\n", scale_name(r.scale), r.units, r.values,
       std::thread::hardware_concurrency());
  emit("%-34s %6s %10s %10s %10s %12s %10s %6s\n", "query", "rows", "engine ms", "sqlite ms", "sqlite/eng",
       "postgres ms", "pg/eng", "equal");
  for (const QueryReport& q : r.queries) {
    auto ratio = [&](std::optional<double> ms) { return ms ? *ms / std::max(q.engine_ms, 1e-9) : 0.0; };
    char pg[32] = "-", pg_ratio[32] = "-";
    if (q.postgresql_ms) {
      std::snprintf(pg, sizeof pg, "%.3f", *q.postgresql_ms);
      std::snprintf(pg_ratio, sizeof pg_ratio, "%.0f", ratio(q.postgresql_ms));
    }
    emit("%-34s %6zu %10.4f %10.3f %10.0f %12s %10s %6s\n", q.name.c_str(), q.rows, q.engine_ms,
         q.sqlite_ms.value_or(0), ratio(q.sqlite_ms), pg, pg_ratio, q.equal ? "yes" : "NO");
  }
  emit("\n%-34s %10s\n", "load", "seconds");
  emit("%-34s %10.2f\n", "engine (from the generator)", r.load_s);
  for (const DatabaseReport& d : r.databases) {
    const bool pg = d.engine == "postgresql";
    emit("%-34s %10.2f   (%s %.2f + %s %.2f)\n", pg ? "PostgreSQL" : "SQLite", d.load.rows_s + d.load.index_s,
         pg ? "COPY" : "INSERTs", d.load.rows_s, pg ? "index, VACUUM ANALYZE" : "indexes, ANALYZE", d.load.index_s);
  }
  for (const DatabaseReport& d : r.databases)
    emit("%-34s %10.2f   (cold start: read every value back, put_many)\n",
         ("engine from " + std::string(d.engine == "postgresql" ? "PostgreSQL" : "SQLite")).c_str(), d.engine_from_db_s);
  emit("\nmemory: engine %.0f MiB (Engine::memory_bytes), process VmRSS %.0f MiB after loading the engine\n",
       r.memory_mb, r.rss_mb);
}

std::string to_json(const Report& r) {
  nlohmann::ordered_json j;
  j["scale"] = scale_name(r.scale);
  j["load_s"] = r.load_s;
  j["memory_mb"] = r.memory_mb;
  j["queries"] = nlohmann::ordered_json::array();
  for (const QueryReport& q : r.queries) {
    nlohmann::ordered_json e;
    e["name"] = q.name;
    e["engine_ms"] = q.engine_ms;
    e["sqlite_ms"] = q.sqlite_ms ? nlohmann::ordered_json(*q.sqlite_ms) : nlohmann::ordered_json(nullptr);
    e["postgresql_ms"] = q.postgresql_ms ? nlohmann::ordered_json(*q.postgresql_ms) : nlohmann::ordered_json(nullptr);
    e["equal"] = q.equal;
    j["queries"].push_back(e);
  }
  return j.dump(2) + "\n";
}

}  // namespace bd::bench
