// Importing and exporting data value sets at scale (docs/benchmarks.md), on
// SQLite and, when BINHDANG_TEST_PG is set, PostgreSQL (its schema public is
// dropped and created again, as the tests do). Not part of ctest:
//   scripts/with-postgres.sh build/bench/exchange_bench [VALUES [ENGINE]]
// ENGINE (sqlite or postgresql) runs one engine only; both by default.
//
// VALUES (default 1,000,000) values = schools × 18 elements × 2 sexes × 10
// half-years, each import all or nothing into empty periods:
//   bulk      the baseline: the same values through BulkLoad (COPY on
//             PostgreSQL, one reused prepared INSERT on SQLite), no checks
//   adx, json ValueImport::run on the file: parse, map, check scope, period,
//             lock, type and rules, write with an audit record per unit and
//             period
// Prints µs per value and the ratio to the baseline. Then the export of the
// whole province, one year and then all ten, to a stream that counts bytes
// and samples the resident memory: flat memory means the same peak for both.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/app.h"
#include "cli/huge_pages.h"
#include "storage/store.h"

namespace {

using bd::app::Actor;
using bd::documents::ExchangeFormat;

// The by-sex elements of the two half-year forms: NHANSU's ten, then HOATDONG's.
const char* const kElements[] = {
    "staff_total",  "staff_managers",     "staff_managers_trained", "staff_teachers",  "staff_teachers_standard",
    "staff_teachers_above", "staff_masters", "staff_phd",           "staff_party",     "mass_org_leaders",
    "staff_trained_ge", "committee_members", "committee_trained", "students_total", "students_reached",
    "students_communicators", "party_admitted", "party_class"};
constexpr int kPerSchoolHalf = 18 * 2;

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "exchange_bench: %s\n", what.c_str());
    std::exit(1);
  }
}

double seconds(const std::function<void()>& fn) {
  const auto t0 = std::chrono::steady_clock::now();
  fn();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long rss_kb() {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

// Counts what is written and samples the resident memory every 4 MB.
class CountingBuf : public std::streambuf {
 public:
  size_t bytes = 0;
  long start_kb = rss_kb(), peak_kb = start_kb;

 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override {
    add(static_cast<size_t>(n));
    return n;
  }
  int overflow(int c) override {
    add(1);
    return c;
  }

 private:
  void add(size_t n) {
    if ((bytes + n) / (4 << 20) != bytes / (4 << 20)) peak_kb = std::max(peak_kb, rss_kb());
    bytes += n;
  }
};

std::string half(int i) { return std::to_string(2030 + i / 2) + (i % 2 ? "S2" : "S1"); }

class Bench {
 public:
  Bench(const std::string& url, int schools) : schools_(schools) {
    auto s = bd::storage::Store::open(url);
    check(s.ok(), "open " + url);
    store_ = std::move(*s);
    app_ = std::make_unique<bd::app::App>(*store_);
    bd::app::InitOptions opts;
    opts.admin_password = "bench-password-1";
    check(bd::app::initialize(*app_, opts).ok(), "initialize");
    std::vector<bd::app::OrgInput> units{{"SO", "Sở GD&ĐT tỉnh Thử", "", "department", "BGDDT", "", "2015-01-01"}};
    for (int i = 0; i < schools; ++i)
      units.push_back({"T" + std::to_string(i), "Trường THCS số " + std::to_string(i + 1), "", "school_lower_secondary",
                       "SO", "", "2015-08-15"});
    check(app_->bulk().units(Actor::System(), units).ok(), "units");
    for (const auto& e : app_->analytics().elements()) ids_[e.code] = e.id;
    (void)store_->read([&](bd::storage::Tx& tx) {
      for (const auto& u : tx.orgs_within(tx.org_by_code("SO")->path)) org_ids_.push_back(u.id);
      return bd::Status::Ok();
    });
  }

  // The file of every value of `halves` half-years from `first`.
  std::string file(ExchangeFormat f, int first, int halves) {
    std::ostringstream out;
    bd::documents::ValueSetHeader h;
    h.exported = "2026-12-06T00:00:00Z";
    auto w = bd::documents::value_set_writer(f, out, h);
    bd::documents::ExchangeValue v;
    for (int p = first; p < first + halves; ++p)
      for (int s = 0; s < schools_; ++s)
        for (size_t k = 0; k < std::size(kElements); ++k)
          for (const char* sex : {"female", "male"}) {
            v.data_set = k < 10 ? "NHANSU" : "HOATDONG";
            v.data_element = kElements[k];
            v.period = half(p);
            v.org_unit = "T" + std::to_string(s);
            v.category_option_combo = sex;
            v.disaggregation = {{"sex", sex}};
            v.value = std::to_string(3 + s % 7);
            v.number = 3 + s % 7;
            w->add(v);
          }
    w->finish();
    return out.str();
  }

  double bulk(int first, int halves) {
    return seconds([&] {
      int p = first, s = 0;
      auto r = app_->bulk().values(Actor::System(), [&](std::vector<bd::StoredValue>& batch) {
        if (p >= first + halves) return false;
        for (const char* e : kElements)
          for (const char* sex : {"female", "male"})
            batch.push_back({ids_[e], sex, org_ids_[1 + s], half(p), double(3 + s % 7), "", 0, ""});
        if (++s == schools_) {
          s = 0;
          ++p;
        }
        return p < first + halves;
      });
      check(r.ok(), "bulk: " + (r.ok() ? "" : r.error().message));
    });
  }

  double import(const std::string& bytes, ExchangeFormat f, size_t expected) {
    return seconds([&] {
      auto r = app_->value_import().run(Actor::System(), bytes, f, *bd::app::ImportOptions::parse({}));
      check(r.ok() && r->imported == static_cast<int>(expected),
            "import: " + (r.ok() ? r->description() : r.error().message));
    });
  }

  // Exports every value of the province for the half-years of `years`.
  // Bytes written and how far the resident memory rose above where it started.
  std::pair<size_t, long> export_years(int years) {
    std::string periods;
    for (int i = 0; i < 2 * years; ++i) periods += (i ? "," : "") + half(i);
    auto q = bd::app::ExportQuery::parse({{"dataSet", "NHANSU,HOATDONG"}, {"orgUnit", "SO"}, {"children", "true"},
                                          {"period", periods}});
    check(q.ok(), "export query");
    CountingBuf buf;
    std::ostream out(&buf);
    auto n = app_->value_export().write(Actor::System(), *q, ExchangeFormat::kAdx, out, "2026-12-06T00:00:00Z");
    check(n.ok(), "export");
    return {buf.bytes, buf.peak_kb - buf.start_kb};
  }

 private:
  int schools_;
  std::unique_ptr<bd::storage::Store> store_;
  std::unique_ptr<bd::app::App> app_;
  std::map<std::string, int64_t> ids_;
  std::vector<int64_t> org_ids_;  // [0] is SO
};

void run(const char* engine, const std::string& url, size_t values) {
  const int schools = static_cast<int>(values / (kPerSchoolHalf * 10));
  const size_t n = static_cast<size_t>(schools) * kPerSchoolHalf * 10;
  Bench b(url, schools);
  const double bulk = b.bulk(0, 10);
  const std::string adx = b.file(ExchangeFormat::kAdx, 10, 10);
  const double adx_s = b.import(adx, ExchangeFormat::kAdx, n);
  const std::string json = b.file(ExchangeFormat::kJson, 20, 10);
  const double json_s = b.import(json, ExchangeFormat::kJson, n);
  std::printf("%-10s %zu values (%d schools): bulk %.2f µs/value | adx %.2f µs/value (%.1fx bulk, %.0f MB) | "
              "json %.2f µs/value (%.1fx bulk, %.0f MB)\n",
              engine, n, schools, bulk * 1e6 / n, adx_s * 1e6 / n, adx_s / bulk, adx.size() / 1e6, json_s * 1e6 / n,
              json_s / bulk, json.size() / 1e6);
  const auto one = b.export_years(1), ten = b.export_years(10);
  std::printf("%-10s export ADX: 1 year %.1f MB, memory +%ld kB | 10 years %.1f MB, memory +%ld kB\n", engine,
              one.first / 1e6, one.second, ten.first / 1e6, ten.second);
}

}  // namespace

int main(int argc, char** argv) {
  bd::cli::restart_with_huge_pages(argv);  // as the binhdang executable does
  const size_t values = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 1000000;
  const std::string only = argc > 2 ? argv[2] : "";
  check(only.empty() || only == "sqlite" || only == "postgresql", "ENGINE is sqlite or postgresql");
  if (only != "postgresql") {
    const auto dir = std::filesystem::temp_directory_path() / ("bd-exchange-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    run("sqlite", "sqlite:" + (dir / "bench.db").string(), values);
    std::filesystem::remove_all(dir);
    if (only == "sqlite") return 0;
  }
  const char* pg = std::getenv("BINHDANG_TEST_PG");
  if (!pg || !*pg) {
    std::printf("postgresql: skipped (BINHDANG_TEST_PG not set; run under scripts/with-postgres.sh)\n");
    return 0;
  }
  const std::string reset = "psql -X -q \"" + std::string(pg) + "\" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'";
  check(std::system(reset.c_str()) == 0, "empty the PostgreSQL test database");
  run("postgresql", pg, values);
  return 0;
}
