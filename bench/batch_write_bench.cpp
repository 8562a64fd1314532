// Writing a batch of 1,000 data values (25 schools × 20 elements × 2 sexes),
// on SQLite and, when BINHDANG_TEST_PG is set, PostgreSQL. Not part of ctest;
// run by hand (docs/benchmarks.md):
//   scripts/with-postgres.sh build/bench/batch_write_bench
// PostgreSQL: the BINHDANG_TEST_PG database's schema public is dropped and
// created again, as the tests do; never point it at a database you keep.
//
// Three ways of writing the same 1,000 values, each on a fresh period, in one
// write transaction, each run 7 times in turn (median):
//   per_row   the baseline: the statements as they were issued per value
//             before batching (lock check, SELECT of the old value, INSERT …
//             ON CONFLICT, audit INSERT)
//   batched   what DataValues::save issues now: one read of the stored values
//             per unit and period, then put_values and add_audits (a few
//             multi-row statements)
//   save      DataValues::save itself, validation, rules and the engine
//             update included: what POST /api/v1/datavalues runs
// Prints the times, per_row / batched, and save on PostgreSQL / on SQLite.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/app.h"
#include "storage/store.h"

namespace {

using bd::app::Actor;
using bd::app::ValueInput;
constexpr int kRuns = 7;
constexpr int kSchools = 25;
const char* const kElements[] = {
    "staff_total",  "staff_managers",     "staff_managers_trained", "staff_teachers",  "staff_teachers_standard",
    "staff_teachers_above", "staff_masters", "staff_phd",           "staff_party",     "mass_org_leaders",
    "staff_trained_ge", "staff_health_checked", "committee_members", "committee_trained", "party_admitted",
    "party_class",  "staff_births",       "students_total",         "students_reached", "students_communicators"};

void check(bool ok, const std::string& what) {
  if (!ok) {
    std::fprintf(stderr, "batch_write_bench setup: %s\n", what.c_str());
    std::exit(1);
  }
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

struct Times {
  double per_row = 0, batched = 0, save = 0;
};

class Bench {
 public:
  explicit Bench(const std::string& url) {
    auto s = bd::storage::Store::open(url);
    check(s.ok(), "open " + url);
    store_ = std::move(*s);
    app_ = std::make_unique<bd::app::App>(*store_);
    bd::app::InitOptions opts;
    opts.admin_password = "bench-password-1";
    auto init = bd::app::initialize(*app_, opts);
    check(init.ok(), "initialize");
    std::string root;
    (void)store_->read([&](bd::storage::Tx& tx) {
      root = tx.org_roots().front().code;
      return bd::Status::Ok();
    });
    for (int i = 0; i < kSchools; ++i) {
      const std::string code = "TRUONG-" + std::to_string(100 + i);
      auto r = app_->orgs().create(Actor::System(),
                                   {code, "Trường THCS số " + std::to_string(i + 1), "", "school_lower_secondary", root, "",
                                    "2015-08-15"});
      check(r.ok(), code + ": " + (r.ok() ? "" : r.error().message));
      schools_.push_back(code);
    }
  }

  Times run() {
    std::vector<double> per_row, batched, save;
    for (int i = 0; i < kRuns; ++i) {
      per_row.push_back(timed([&] { storage_write(next_period(), false); }));
      batched.push_back(timed([&] { storage_write(next_period(), true); }));
      save.push_back(timed([&] {
        auto r = app_->values().save(Actor::System(), inputs(next_period()));
        check(r.ok() && *r == 1000, "save: " + (r.ok() ? std::to_string(*r) : r.error().message));
      }));
    }
    return {median(per_row), median(batched), median(save)};
  }

 private:
  std::string next_period() {
    const int n = period_++;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d%02d", 2040 + n / 12, n % 12 + 1);
    return buf;
  }
  std::vector<ValueInput> inputs(const std::string& period) {
    std::vector<ValueInput> out;
    for (const auto& s : schools_)
      for (const char* e : kElements)
        for (const char* sex : {"female", "male"}) out.push_back({e, sex, s, period, std::string("7")});
    return out;
  }
  static double timed(const std::function<void()>& fn) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  }
  // The storage part of a save, per row (the baseline) or batched.
  void storage_write(const std::string& period, bool batch) {
    std::map<std::string, int64_t> element_ids;
    for (const auto& e : app_->analytics().elements()) element_ids[e.code] = e.id;
    const auto st = store_->write([&](bd::storage::Tx& tx) {
      std::vector<bd::StoredValue> values;
      std::vector<bd::AuditEntry> audits;
      std::map<std::string, int64_t> org_ids;
      for (const auto& s : schools_) org_ids[s] = tx.org_by_code(s)->id;
      if (batch)
        for (const auto& s : schools_) (void)tx.values_of(org_ids[s], period);
      for (const auto& in : inputs(period)) {
        const int64_t el = element_ids[in.element], org = org_ids[in.org];
        bd::StoredValue v{el, in.option, org, period, 7.0, "", 1767225600, "bench"};
        bd::AuditEntry a{0, 1767225600, std::nullopt, "bench", "set", "datavalue",
                         in.org + "/" + period + "/" + in.element + "." + in.option, "null", "7"};
        if (batch) {
          values.push_back(v);
          audits.push_back(a);
        } else {
          (void)tx.is_locked(org, period);
          (void)tx.value_at(el, in.option, org, period);
          tx.put_value(v);
          tx.add_audit(a);
        }
      }
      if (batch) {
        tx.put_values(values);
        tx.add_audits(audits);
      }
      return bd::Status::Ok();
    });
    check(st.ok(), "storage write: " + (st.ok() ? "" : st.error().message));
  }

  std::unique_ptr<bd::storage::Store> store_;
  std::unique_ptr<bd::app::App> app_;
  std::vector<std::string> schools_;
  int period_ = 0;
};

void print(const char* engine, const Times& t) {
  std::printf("%-10s  per_row %8.1f ms   batched %7.1f ms   per_row/batched %5.1fx   save %7.1f ms\n", engine,
              t.per_row, t.batched, t.per_row / t.batched, t.save);
}

}  // namespace

int main() {
  const auto dir = std::filesystem::temp_directory_path() / ("bd-batch-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::printf("1,000 data values per write, median of %d runs\n", kRuns);
  Times sqlite;
  {
    Bench b("sqlite:" + (dir / "bench.db").string());
    sqlite = b.run();
  }
  std::filesystem::remove_all(dir);
  print("sqlite", sqlite);
  const char* pg = std::getenv("BINHDANG_TEST_PG");
  if (!pg || !*pg) {
    std::printf("postgresql: skipped (BINHDANG_TEST_PG not set; run under scripts/with-postgres.sh)\n");
    return 0;
  }
  const std::string reset = "psql -X -q \"" + std::string(pg) + "\" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public'";
  check(std::system(reset.c_str()) == 0, "empty the PostgreSQL test database");
  Times pgt;
  {
    Bench b(pg);
    pgt = b.run();
  }
  print("postgresql", pgt);
  std::printf("save: postgresql / sqlite %.1fx\n", pgt.save / sqlite.save);
  return 0;
}
