// Consolidating a department of 1,500 schools. Not part of ctest; run by hand:
//   build/bench/consolidation_bench --benchmark_min_time=1
// Setup (not timed): a SQLite database with a department of 1,500 schools
// directly under it (as after the 2025 reform), a department of 15 schools
// beside it, the half-year forms of 2025S2 filled in for every school and
// every report approved, all through the use cases. Then, as a viewer of the
// department:
//   Build       Consolidations::build (figures per child, targets)
//   Docx        Consolidations::document and write_docx: the .docx bytes
//   Xlsx        Consolidations::workbook: the .xlsx bytes
//   DocxAndXlsx both downloads, as the two routes serve them (two builds)
// The argument is the number of schools. The baseline, DocxAndXlsx/15 (the
// small department), runs first in the same process; every benchmark reports
// its ratio to it (counter "x_15_schools") and a summary line follows the
// table. Target: DocxAndXlsx/1500 under 500 ms.
// BINHDANG_BENCH_OUT=DIR also writes the 1,500 schools' .docx and .xlsx there.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "documents/docx.h"
#include "storage/store.h"

namespace {

using bd::app::Actor;
using bd::app::ValueInput;

constexpr int kSchools = 1500;
constexpr int kSmallSchools = 15;
constexpr const char* kPeriod = "2025S2";
constexpr const char* kPassword = "bench-password-1";
constexpr double kTargetMs = 500;

// Deterministic pseudo-random numbers (xorshift), seeded by a school's code.
struct Rng {
  uint64_t s;
  explicit Rng(const std::string& seed) : s(1469598103934665603ull) {
    for (char c : seed) s = (s ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  int range(int lo, int hi) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return lo + static_cast<int>(s % static_cast<uint64_t>(hi - lo + 1));
  }
};

struct SchoolKind {
  const char* type;
  const char* prefix;
  int per_thousand;  // share of a department's schools
};

// Roughly the mix of a large province's public schools.
const SchoolKind kKinds[] = {
    {"school_preschool", "Trường Mầm non", 350},       {"school_primary", "Trường Tiểu học", 330},
    {"school_lower_secondary", "Trường THCS", 220},    {"school_upper_secondary", "Trường THPT", 70},
    {"school_multilevel", "Trường Tiểu học và THCS", 30},
};

const char* const kPlaces[] = {
    "An Bình",   "Bình Minh",  "Cẩm Giàng", "Đông Hòa",  "Đức Thắng", "Gia Lộc",   "Hà Trung",  "Hải Đường",
    "Hòa Bình",  "Hồng Phong", "Kim Sơn",   "Lạc Long",  "Long Sơn",  "Mỹ Lộc",    "Nam Sách",  "Ngọc Khê",
    "Nhân Hòa",  "Phú Xuân",   "Quang Trung", "Quỳnh Lưu", "Sơn Tây",  "Tân Mỹ",    "Thanh Hà",  "Thạch Thất",
    "Thuận An",  "Tiên Lữ",    "Trường Xuân", "Ứng Hòa",  "Văn Giang", "Vân Hà",    "Vĩnh Lộc",  "Xuân Trường",
    "Yên Định",  "Ân Thi",     "Ba Vì",     "Chí Linh",  "Định Hóa",  "Ea Kar",    "Hưng Hà",   "Ích Thạnh",
};

const char* type_of(int i) {
  int slot = (i * 37) % 1000;  // spreads the kinds through the list
  for (const auto& k : kKinds) {
    if (slot < k.per_thousand) return k.type;
    slot -= k.per_thousand;
  }
  return kKinds[0].type;
}

std::string name_of(int i) {
  const char* type = type_of(i);
  const char* prefix = kKinds[0].prefix;
  for (const auto& k : kKinds)
    if (std::string(k.type) == type) prefix = k.prefix;
  constexpr int kPlaceCount = sizeof(kPlaces) / sizeof(kPlaces[0]);
  std::string name = std::string(prefix) + " " + kPlaces[(i * 7) % kPlaceCount];
  if (const int n = i / kPlaceCount; n > 0) name += " số " + std::to_string(n + 1);
  return name;
}

// The half-year forms (NHANSU, HOATDONG) of one school, within the rules.
void add_values(std::vector<ValueInput>& v, const std::string& org) {
  Rng r(org);
  auto put = [&](const char* el, const char* opt, int value) {
    v.push_back({el, opt, org, kPeriod, std::to_string(value)});
  };
  const int staff_f = r.range(25, 70), staff_m = r.range(4, 20);
  const int students_f = r.range(250, 700), students_m = students_f + r.range(-40, 60);
  const int mgr_f = r.range(1, 3), mgr_m = r.range(1, 2);
  const int tf = staff_f - mgr_f - 3, tm = std::max(0, staff_m - mgr_m - 1);
  for (const char* opt : {"female", "male"}) {
    const bool f = opt[0] == 'f';
    const int staff = f ? staff_f : staff_m, mgr = f ? mgr_f : mgr_m, teachers = f ? tf : tm;
    const int students = f ? students_f : students_m;
    put("staff_total", opt, staff);
    put("staff_managers", opt, mgr);
    put("staff_managers_trained", opt, mgr);
    put("staff_teachers", opt, teachers);
    put("staff_teachers_standard", opt, teachers - r.range(0, 1) * (teachers > 0));
    put("staff_teachers_above", opt, teachers * r.range(35, 55) / 100);
    put("staff_masters", opt, r.range(0, 4));
    put("staff_phd", opt, r.range(0, 9) == 0);
    put("staff_party", opt, staff * r.range(45, 65) / 100);
    put("mass_org_leaders", opt, r.range(1, 4));
    put("staff_trained_ge", opt, staff * r.range(60, 95) / 100);
    put("committee_members", opt, f ? 4 : 1);
    put("committee_trained", opt, f ? r.range(2, 4) : 1);
    put("students_total", opt, students);
    put("students_reached", opt, students * r.range(75, 95) / 100);
    put("students_communicators", opt, r.range(0, 12));
    put("party_admitted", opt, r.range(0, 1));
    put("party_class", opt, r.range(0, 2));
  }
  put("parents_total", "", students_f + students_m - r.range(20, 60));
  put("parents_reached", "", (students_f + students_m) * r.range(50, 80) / 100);
}

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "consolidation_bench setup: %s\n", what.c_str());
    std::exit(1);
  }
}

// Creates a department of `n` schools, fills in its schools' forms and
// approves every report.
void add_department(bd::app::App& app, const std::string& code, const std::string& name, int n) {
  const Actor system = Actor::System();
  std::string root;
  (void)app.store().read([&](bd::storage::Tx& tx) {
    root = tx.org_roots().front().code;
    return bd::Status::Ok();
  });
  auto dept = app.orgs().create(system, {code, name, "SGDĐT", "department", root, "", "2015-08-15"});
  check(dept.ok(), code + ": " + (dept.ok() ? "" : dept.error().message));
  std::vector<std::string> schools;
  for (int i = 0; i < n; ++i) {
    const std::string school = code + "-" + std::to_string(10000 + i).substr(1);
    auto r = app.orgs().create(system, {school, name_of(i), "", type_of(i), code, "", "2015-08-15"});
    check(r.ok(), school + ": " + (r.ok() ? "" : r.error().message));
    schools.push_back(school);
  }
  // In batches, as under DataValues' limit per save.
  for (size_t i = 0; i < schools.size(); i += 100) {
    std::vector<ValueInput> values;
    for (size_t k = i; k < std::min(schools.size(), i + 100); ++k) add_values(values, schools[k]);
    auto saved = app.values().save(system, values);
    check(saved.ok(), code + " values: " + (saved.ok() ? "" : saved.error().message));
  }
  for (const auto& s : schools) {
    auto sub = app.reports().submit(system, s, kPeriod);
    check(sub.ok(), s + " submit: " + (sub.ok() ? "" : sub.error().message));
    auto ok = app.reports().approve(system, s, kPeriod);
    check(ok.ok(), s + " approve: " + (ok.ok() ? "" : ok.error().message));
  }
}

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<bd::storage::Store> store;
  std::unique_ptr<bd::app::App> app;
  Actor viewer;  // a viewer at the large department
  Actor small_viewer;

  Fixture() {
    const auto start = std::chrono::steady_clock::now();
    dir = std::filesystem::temp_directory_path() / ("bd-consolidation-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    store = std::move(*bd::storage::Store::open("sqlite:" + (dir / "bench.db").string()));
    app = std::make_unique<bd::app::App>(*store);
    bd::app::InitOptions opts;
    opts.admin_password = kPassword;
    check(bd::app::initialize(*app, opts).ok(), "initialize");
    add_department(*app, "SGD-LON", "Sở Giáo dục và Đào tạo tỉnh Lớn", kSchools);
    add_department(*app, "SGD-NHO", "Sở Giáo dục và Đào tạo tỉnh Nhỏ", kSmallSchools);
    viewer = login("so.lon", "SGD-LON");
    small_viewer = login("so.nho", "SGD-NHO");
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "setup: %d + %d schools, %s reports approved, in %.1f s\n", kSchools, kSmallSchools, kPeriod,
                 s);
  }
  ~Fixture() {
    app.reset();
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }

  Actor login(const std::string& username, const std::string& org) {
    auto u = app->users().create(Actor::System(), {username, "Người xem " + org, org, kPassword, {"viewer"}});
    check(u.ok(), username);
    auto session = app->auth().login(username, kPassword, "127.0.0.1");
    check(session.ok(), username + " login");
    auto a = app->auth().from_session(session->session_token);
    check(a.ok(), username + " session");
    return a->actor;
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

// Mean milliseconds per iteration of each benchmark's last run, by name.
std::map<std::string, double>& times() {
  static std::map<std::string, double> t;
  return t;
}
constexpr const char* kBaseline = "DocxAndXlsx/15";

// Runs `body` in the timed loop; records the mean time and the ratio to the
// baseline (when it has run).
template <typename Body>
void timed(benchmark::State& state, const std::string& name, Body body) {
  size_t bytes = 0;
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) bytes = body();
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() /
                    static_cast<double>(state.iterations());
  times()[name] = ms;
  if (auto b = times().find(kBaseline); b != times().end() && b->second > 0)
    state.counters["x_15_schools"] = ms / b->second;
  if (bytes) state.counters["kB"] = static_cast<double>(bytes) / 1024;
}

struct Target {
  const char* org;
  int schools;
  const Actor& actor;
};
Target target(const benchmark::State& state) {
  Fixture& f = fixture();
  return state.range(0) == kSchools ? Target{"SGD-LON", kSchools, f.viewer}
                                    : Target{"SGD-NHO", kSmallSchools, f.small_viewer};
}

size_t docx(const Target& t, benchmark::State& state) {
  auto doc = fixture().app->consolidations().document(t.actor, t.org, kPeriod, false);
  if (!doc) {
    state.SkipWithError(doc.error().message.c_str());
    return 0;
  }
  return bd::documents::write_docx(*doc).size();
}

size_t xlsx(const Target& t, benchmark::State& state) {
  auto bytes = fixture().app->consolidations().workbook(t.actor, t.org, kPeriod, false);
  if (!bytes) {
    state.SkipWithError(bytes.error().message.c_str());
    return 0;
  }
  return bytes->size();
}

void Build(benchmark::State& state) {
  const Target t = target(state);
  timed(state, "Build/" + std::to_string(t.schools), [&]() -> size_t {
    auto c = fixture().app->consolidations().build(t.actor, t.org, kPeriod, false);
    if (!c) state.SkipWithError(c.error().message.c_str());
    else if (static_cast<int>(c->children.size()) != t.schools) state.SkipWithError("wrong number of children");
    else if (c->counted != t.schools) state.SkipWithError("not every report counted");
    benchmark::DoNotOptimize(c);
    return 0;
  });
}

void Docx(benchmark::State& state) {
  const Target t = target(state);
  timed(state, "Docx/" + std::to_string(t.schools), [&] { return docx(t, state); });
}

void Xlsx(benchmark::State& state) {
  const Target t = target(state);
  timed(state, "Xlsx/" + std::to_string(t.schools), [&] { return xlsx(t, state); });
}

void DocxAndXlsx(benchmark::State& state) {
  const Target t = target(state);
  timed(state, "DocxAndXlsx/" + std::to_string(t.schools), [&] { return docx(t, state) + xlsx(t, state); });
}

// The baseline runs first, so that every other benchmark can report its ratio.
BENCHMARK(DocxAndXlsx)->Arg(kSmallSchools)->Unit(benchmark::kMillisecond);
BENCHMARK(Build)->Arg(kSmallSchools)->Arg(kSchools)->Unit(benchmark::kMillisecond);
BENCHMARK(Docx)->Arg(kSchools)->Unit(benchmark::kMillisecond);
BENCHMARK(Xlsx)->Arg(kSchools)->Unit(benchmark::kMillisecond);
BENCHMARK(DocxAndXlsx)->Arg(kSchools)->Unit(benchmark::kMillisecond);

// With BINHDANG_BENCH_OUT=DIR, writes the 1,500 schools' .docx and
// .xlsx there, to be opened and checked by eye.
void write_outputs() {
  const char* dir = std::getenv("BINHDANG_BENCH_OUT");
  if (!dir || !*dir) return;
  Fixture& f = fixture();
  auto doc = f.app->consolidations().document(f.viewer, "SGD-LON", kPeriod, false);
  auto xlsx = f.app->consolidations().workbook(f.viewer, "SGD-LON", kPeriod, false);
  check(doc.ok() && xlsx.ok(), "exports");
  const std::filesystem::path out(dir);
  std::ofstream(out / "consolidation-1500.docx", std::ios::binary) << bd::documents::write_docx(*doc);
  std::ofstream(out / "consolidation-1500.xlsx", std::ios::binary) << *xlsx;
  std::fprintf(stderr, "wrote %s/consolidation-1500.{docx,xlsx}\n", dir);
}

void summary() {
  const auto& t = times();
  auto big = t.find("DocxAndXlsx/" + std::to_string(kSchools));
  auto base = t.find(kBaseline);
  if (big == t.end() || base == t.end()) return;
  std::printf("\nsummary: %d schools .docx + .xlsx %.1f ms (target < %.0f ms: %s); %d schools %.2f ms; ratio %.1fx for "
              "%dx the schools\n",
              kSchools, big->second, kTargetMs, big->second < kTargetMs ? "met" : "NOT met", kSmallSchools,
              base->second, big->second / base->second, kSchools / kSmallSchools);
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  fixture();  // setup before any timing
  write_outputs();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  summary();
  return 0;
}
