// The analytics engine at national scale, against a naive baseline in the
// same process. Not part of ctest; run by hand:
//   build/bench/engine_bench --benchmark_min_time=0.05
//
// Synthetic tree: 1 ministry, 34 departments, 3,300 communes, 54,000 schools
// under the communes. Data: 40 elements (half stocks, half flows) × 2 options
// × 20 half-years (2016S1–2025S2) of random counts for every school: 86.4M
// values. The baseline keeps values in a std::unordered_map keyed by (unit,
// option, period) and sums a subtree by walking it unit by unit; it holds
// only the two elements it is asked about (a stock and a flow), and its
// memory for all 40 is extrapolated from what those two take.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "analytics/engine.h"
#include "analytics/expression.h"

namespace {

using bd::Period;
using bd::PeriodType;
using bd::analytics::Engine;

constexpr int kDepartments = 34, kCommunes = 3300, kSchools = 54000;
constexpr int kElements = 40, kOptions = 2, kFirstYear = 2016, kYears = 10;
constexpr int kQueryYear = 2025;
constexpr int64_t kMinistry = 1, kDeptBase = 100, kCommuneBase = 10'000, kSchoolBase = 100'000;

struct World {
  std::vector<bd::analytics::UnitNode> units;
  std::vector<std::vector<int32_t>> kids;  // by unit index (naive walk)
  std::vector<int64_t> schools;
  Engine engine;
  // Naive: (unit index, option, half index) → value, for elements 0 (stock) and 1 (flow).
  std::unordered_map<uint64_t, float> naive[2];
  double load_seconds = 0, naive_load_ns_per_value = 0;
  size_t naive_bytes_two_elements = 0;
};

World& world() {
  static World w;
  return w;
}

int32_t index_of(int64_t id) {  // ids are dense per level
  if (id == kMinistry) return 0;
  if (id < kCommuneBase) return static_cast<int32_t>(1 + id - kDeptBase);
  if (id < kSchoolBase) return static_cast<int32_t>(1 + kDepartments + id - kCommuneBase);
  return static_cast<int32_t>(1 + kDepartments + kCommunes + id - kSchoolBase);
}

uint64_t naive_key(int32_t unit, int option, int half) {
  return (static_cast<uint64_t>(unit) << 16) | (static_cast<uint64_t>(option) << 8) | static_cast<uint64_t>(half);
}

Period half_period(int h) { return {PeriodType::kHalfYear, kFirstYear + h / 2, h % 2 + 1}; }

void build_tree(World& w) {
  using bd::OrgType;
  const OrgType school_types[] = {OrgType::kSchoolPreschool, OrgType::kSchoolPrimary, OrgType::kSchoolLowerSecondary,
                                  OrgType::kSchoolUpperSecondary};
  w.units.push_back({kMinistry, std::nullopt, OrgType::kMinistry, false});
  for (int d = 0; d < kDepartments; ++d) w.units.push_back({kDeptBase + d, kMinistry, OrgType::kDepartment, false});
  for (int c = 0; c < kCommunes; ++c)
    w.units.push_back({kCommuneBase + c, kDeptBase + c % kDepartments, OrgType::kCommune, false});
  for (int s = 0; s < kSchools; ++s) {
    w.units.push_back({kSchoolBase + s, kCommuneBase + s % kCommunes, school_types[s % 4], false});
    w.schools.push_back(kSchoolBase + s);
  }
  w.kids.resize(w.units.size());
  for (const auto& u : w.units)
    if (u.parent_id) w.kids[static_cast<size_t>(index_of(*u.parent_id))].push_back(index_of(u.id));
  w.engine.set_tree(w.units);
}

float count_for(int64_t school, int element, int option, int half) {
  // Deterministic pseudo-random counts 0–499, cheap to recompute.
  uint64_t x = static_cast<uint64_t>(school) * 0x9E3779B97F4A7C15ull ^ (element * 131 + option * 17 + half) * 0xBF58476D1CE4E5B9ull;
  x ^= x >> 31;
  return static_cast<float>(x % 500);
}

void load(World& w) {
  for (int e = 0; e < kElements; ++e)
    w.engine.set_element({e, e % 2 ? bd::analytics::Aggregation::kFlow : bd::analytics::Aggregation::kStock, kOptions});
  std::vector<Engine::UnitValue> batch(w.schools.size());
  const auto t0 = std::chrono::steady_clock::now();
  for (int e = 0; e < kElements; ++e)
    for (int o = 0; o < kOptions; ++o)
      for (int h = 0; h < 2 * kYears; ++h) {
        for (size_t i = 0; i < w.schools.size(); ++i) batch[i] = {w.schools[i], count_for(w.schools[i], e, o, h)};
        w.engine.put_many(e, o, half_period(h), batch);
      }
  w.load_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  const size_t heap0 = mallinfo2().uordblks;
  const auto t1 = std::chrono::steady_clock::now();
  size_t n = 0;
  for (int e = 0; e < 2; ++e)
    for (int o = 0; o < kOptions; ++o)
      for (int h = 0; h < 2 * kYears; ++h)
        for (int64_t s : w.schools) {
          w.naive[e][naive_key(index_of(s), o, h)] = count_for(s, e, o, h);
          ++n;
        }
  w.naive_load_ns_per_value = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t1).count() / n;
  w.naive_bytes_two_elements = mallinfo2().uordblks - heap0;
}

// The naive year value of a subtree: walk it, look each unit up per half.
double naive_value(const World& w, int element, int option, int64_t unit, int year) {
  const auto& map = w.naive[element];
  const int h1 = 2 * (year - kFirstYear), h2 = h1 + 1;
  double sum = 0;
  std::vector<int32_t> stack{index_of(unit)};
  while (!stack.empty()) {
    const int32_t u = stack.back();
    stack.pop_back();
    auto a = map.find(naive_key(u, option, h1)), b = map.find(naive_key(u, option, h2));
    if (element % 2 == 0) {  // stock: the latest half present
      if (b != map.end()) sum += b->second;
      else if (a != map.end()) sum += a->second;
    } else {
      if (a != map.end()) sum += a->second;
      if (b != map.end()) sum += b->second;
    }
    for (int32_t c : w.kids[static_cast<size_t>(u)]) stack.push_back(c);
  }
  return sum;
}

const Period kYear{PeriodType::kYear, kQueryYear, 1};

void BM_Departments_Engine(benchmark::State& st) {
  World& w = world();
  for (auto _ : st)
    for (int d = 0; d < kDepartments; ++d) benchmark::DoNotOptimize(w.engine.value(0, 0, kDeptBase + d, kYear));
}
void BM_Departments_Naive(benchmark::State& st) {
  World& w = world();
  for (auto _ : st)
    for (int d = 0; d < kDepartments; ++d) benchmark::DoNotOptimize(naive_value(w, 0, 0, kDeptBase + d, kQueryYear));
}
void BM_DeptChildren_Engine(benchmark::State& st) {
  World& w = world();
  for (auto _ : st)
    for (int64_t c : w.engine.children(kDeptBase)) benchmark::DoNotOptimize(w.engine.value(1, 0, c, kYear));
}
void BM_DeptChildren_Naive(benchmark::State& st) {
  World& w = world();
  for (auto _ : st)
    for (int32_t c : w.kids[static_cast<size_t>(index_of(kDeptBase))])
      benchmark::DoNotOptimize(naive_value(w, 1, 0, w.units[static_cast<size_t>(c)].id, kQueryYear));
}
void BM_National_Engine(benchmark::State& st) {
  World& w = world();
  for (auto _ : st) benchmark::DoNotOptimize(w.engine.value(0, bd::analytics::kAllOptions, kMinistry, kYear));
}
void BM_National_Naive(benchmark::State& st) {
  World& w = world();
  for (auto _ : st) benchmark::DoNotOptimize(naive_value(w, 0, 0, kMinistry, kQueryYear) + naive_value(w, 0, 1, kMinistry, kQueryYear));
}
void BM_Put_Engine(benchmark::State& st) {
  World& w = world();
  std::mt19937 rng(1);
  for (auto _ : st) {
    const int64_t s = w.schools[rng() % w.schools.size()];
    w.engine.put(0, 0, s, half_period(19), static_cast<double>(rng() % 500));
  }
}
void BM_Put_Naive(benchmark::State& st) {
  World& w = world();
  std::mt19937 rng(1);
  for (auto _ : st) {
    const int64_t s = w.schools[rng() % w.schools.size()];
    w.naive[0][naive_key(index_of(s), 0, 19)] = static_cast<float>(rng() % 500);
  }
}
// An indicator for each of the 34 departments: four values, one evaluate.
void BM_IndicatorDepartments_Engine(benchmark::State& st) {
  World& w = world();
  static const auto x = *bd::analytics::Expression::compile("gpia(#{E0.female} + #{E2.female}, #{E0.male} + #{E2.male})");
  for (auto _ : st)
    for (int d = 0; d < kDepartments; ++d) {
      const int64_t u = kDeptBase + d;
      benchmark::DoNotOptimize(x.evaluate({w.engine.value(0, 0, u, kYear), w.engine.value(2, 0, u, kYear),
                                           w.engine.value(0, 1, u, kYear), w.engine.value(2, 1, u, kYear)},
                                          {}));
    }
}

#define BD_BENCH(fn) BENCHMARK(fn)->Unit(benchmark::kNanosecond)
BD_BENCH(BM_Departments_Engine);
BD_BENCH(BM_Departments_Naive);
BD_BENCH(BM_DeptChildren_Engine);
BD_BENCH(BM_DeptChildren_Naive);
BD_BENCH(BM_National_Engine);
BD_BENCH(BM_National_Naive);
BD_BENCH(BM_Put_Engine);
BD_BENCH(BM_Put_Naive);
BD_BENCH(BM_IndicatorDepartments_Engine)->Threads(1)->Threads(2);

// Keeps each run's time per iteration for the ratio table.
class Collector : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) ns[r.benchmark_name()] = r.GetAdjustedRealTime();
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> ns;
};

void print_ratios(const World& w, const std::map<std::string, double>& ns) {
  const double values = static_cast<double>(w.engine.stored_values());
  const double naive_bytes = static_cast<double>(w.naive_bytes_two_elements) * kElements / 2;
  std::printf("\n%-34s %16s %16s %10s\n", "national scale", "engine", "naive", "naive/engine");
  std::printf("%-34s %16.0f\n", "stored values", values);
  std::printf("%-34s %13.0f MB %13.0f MB %10.2f   (naive: 2 of 40 elements measured, ×20)\n", "memory",
              w.engine.memory_bytes() / 1e6, naive_bytes / 1e6, naive_bytes / w.engine.memory_bytes());
  std::printf("%-34s %14.2f s %14.2f s %10.2f   (naive: per value × all values)\n", "load (puts, put_many per column)",
              w.load_seconds, w.naive_load_ns_per_value * values / 1e9,
              w.naive_load_ns_per_value * values / 1e9 / w.load_seconds);
  std::printf("%-34s %13.1f ns %13.1f ns\n", "  per value", w.load_seconds * 1e9 / values, w.naive_load_ns_per_value);
  auto row = [&](const char* what, const std::string& name) {
    const auto e = ns.find("BM_" + name + "_Engine"), n = ns.find("BM_" + name + "_Naive");
    if (e == ns.end() || n == ns.end()) return;
    std::printf("%-34s %13.0f ns %13.0f ns %10.1f\n", what, e->second, n->second, n->second / e->second);
  };
  row("value(): 34 departments, one year", "Departments");
  row("value(): children of a department", "DeptChildren");
  row("value(): national, all options", "National");
  row("one put", "Put");
}

// set_tree() at national scale: closing a unit keeps the order (the index is
// swapped alone); moving one changes it (every array is remapped aside).
void time_set_tree(World& w) {
  auto seconds = [&](const std::vector<bd::analytics::UnitNode>& units) {
    const auto t0 = std::chrono::steady_clock::now();
    w.engine.set_tree(units);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  const auto before = w.engine.value(0, 0, kMinistry, kYear);
  auto units = w.units;
  units.back().closed = true;
  const double same_order = seconds(units);
  units.back().parent_id = kCommuneBase + 1;  // the last school moves to commune 1
  const double moved = seconds(units);
  std::printf("%-34s %14.3f s\n%-34s %14.3f s   (national total unchanged: %s)\n", "set_tree, same order (close)",
              same_order, "set_tree after a move (remap)", moved,
              w.engine.value(0, 0, kMinistry, kYear) == before ? "yes" : "NO");
}

// The reform at national scale: every school leaves its commune for its
// department on 01/07/2025, and the tree until then stays for the periods
// that end before (past_tree.h). Times the change, the memory it adds, and
// queries of 2024 through the past tree against the same queries through
// the current tree (Structure::kCurrent), the baseline, in this process.
void time_reform(World& w) {
  using bd::analytics::Structure;
  auto now = w.units;
  for (auto& u : now)
    if (u.id >= kSchoolBase) u.parent_id = kDeptBase + (*u.parent_id - kCommuneBase) % kDepartments;
  const Period y2024{PeriodType::kYear, 2024, 1};
  const auto dept_before = w.engine.value(0, 0, kDeptBase, y2024);
  const auto commune_before = w.engine.value(0, 0, kCommuneBase, y2024);
  const size_t bytes0 = w.engine.memory_bytes();
  const auto t0 = std::chrono::steady_clock::now();
  w.engine.set_tree(now, {{bd::Date{2025, 7, 1}, w.units}});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const size_t bytes1 = w.engine.memory_bytes();
  std::vector<int64_t> communes;  // of department 0
  for (int c = 0; c < kCommunes; c += kDepartments) communes.push_back(kCommuneBase + c);
  auto per_query = [&](const std::vector<int64_t>& units, Structure structure) {
    constexpr int kRounds = 2000;
    double sink = 0;
    const auto t = std::chrono::steady_clock::now();
    for (int r = 0; r < kRounds; ++r)
      for (int64_t u : units) sink += w.engine.value(0, 0, u, y2024, structure).value_or(0);
    benchmark::DoNotOptimize(sink);
    return std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t).count() /
           (static_cast<double>(kRounds) * static_cast<double>(units.size()));
  };
  std::vector<int64_t> departments;
  for (int d = 0; d < kDepartments; ++d) departments.push_back(kDeptBase + d);
  const double dept_past = per_query(departments, Structure::kAsOfPeriod);
  const double dept_now = per_query(departments, Structure::kCurrent);
  const double comm_past = per_query(communes, Structure::kAsOfPeriod);
  const double comm_now = per_query(communes, Structure::kCurrent);
  const bool same = w.engine.value(0, 0, kDeptBase, y2024) == dept_before &&
                    w.engine.value(0, 0, kCommuneBase, y2024) == commune_before;
  std::printf("\nreform: %d schools from their communes to their departments, effective 01/07/2025\n", kSchools);
  std::printf("%-34s %14.3f s   (2024 of a department and a commune unchanged: %s)\n", "set_tree with the past tree",
              seconds, same ? "yes" : "NO");
  std::printf("%-34s %13.1f MB\n", "memory added by the past tree", (static_cast<double>(bytes1) - bytes0) / 1e6);
  std::printf("%-34s %16s %16s %10s\n", "value() of 2024", "past tree", "current tree", "past/current");
  std::printf("%-34s %13.0f ns %13.0f ns %10.2f\n", "  a department (one range)", dept_past, dept_now,
              dept_past / dept_now);
  std::printf("%-34s %13.0f ns %13.0f ns %10.2f   (its schools now scattered)\n", "  a commune", comm_past, comm_now,
              comm_past / comm_now);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  World& w = world();
  build_tree(w);
  std::printf("loading %d schools × %d elements × %d options × %d half-years…\n", kSchools, kElements, kOptions,
              2 * kYears);
  load(w);
  Collector collector;
  benchmark::RunSpecifiedBenchmarks(&collector);
  print_ratios(w, collector.ns);
  time_set_tree(w);
  time_reform(w);
  benchmark::Shutdown();
  return 0;
}
