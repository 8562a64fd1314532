// The benchmark database on SQLite (bench_sqlite.cpp): only a new file,
// loaded in one transaction into a keyed table, read back in key order,
// with its load errors reported rather than thrown.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <tuple>

#include "storage/bench_dataset.h"

namespace bd::test {
namespace {

using storage::BenchDb;
using storage::BenchValue;

std::vector<BenchValue> scan_all(BenchDb& db) {
  std::vector<BenchValue> out;
  Status s = db.scan([&](const BenchValue& v) { out.push_back(v); });
  EXPECT_TRUE(s.ok()) << s.error().message;
  return out;
}

bool same(const BenchValue& a, const BenchValue& b) {
  return a.element == b.element && a.year == b.year && a.org == b.org && a.option == b.option && a.half == b.half &&
         a.value == b.value;
}

// A number from the file, read with SQLite itself.
int64_t count_in_file(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    n = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

TEST(BenchSqlite, OnlyANewFile) {
  TempDir dir;
  const std::string path = dir.path() + "/taken.db";
  std::ofstream(path) << "không phải cơ sở dữ liệu";
  auto taken = BenchDb::create_sqlite(path);
  ASSERT_FALSE(taken.ok());
  EXPECT_EQ(taken.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(taken.error().message.find(path), std::string::npos);
  std::ifstream in(path);
  std::string kept((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(kept, "không phải cơ sở dữ liệu") << "left alone";

  auto nowhere = BenchDb::create_sqlite(dir.path() + "/khong/co/thu-muc.db");
  ASSERT_FALSE(nowhere.ok());
  EXPECT_EQ(nowhere.error().code, ErrorCode::kInternal);
}

TEST(BenchSqlite, LoadsAndScansBackInKeyOrder) {
  TempDir dir;
  const std::string path = dir.path() + "/bench.db";
  auto db = BenchDb::create_sqlite(path);
  ASSERT_TRUE(db.ok()) << db.error().message;
  EXPECT_STREQ((*db)->engine_name(), "sqlite");
  EXPECT_TRUE(std::filesystem::exists(path));
  const auto values = bench_values();
  auto times = (*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(values));
  ASSERT_TRUE(times.ok()) << times.error().message;
  EXPECT_GE(times->rows_s, 0);
  EXPECT_GE(times->index_s, 0);
  const auto back = scan_all(**db);
  ASSERT_EQ(back.size(), values.size());
  for (size_t i = 0; i < values.size(); ++i) EXPECT_TRUE(same(back[i], values[i])) << i;
  // Scanning twice reads the same (the statement is reset).
  EXPECT_EQ(scan_all(**db).size(), values.size());
  db->reset();  // closes the file

  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM bench_values"), static_cast<int64_t>(values.size()));
  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM bench_orgs WHERE parent IS NULL"), 1) << "the root";
  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM bench_years"), 2);
  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM bench_options"), 2);
  EXPECT_EQ(count_in_file(path, "SELECT flow FROM bench_elements WHERE id = 20"), 1);
  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'bench_%'"), 3);
  EXPECT_EQ(count_in_file(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"), 1) << "analysed";
}

TEST(BenchSqlite, ValuesOutOfKeyOrderStillScanInKeyOrder) {
  TempDir dir;
  auto db = BenchDb::create_sqlite(dir.path() + "/b.db");
  ASSERT_TRUE(db.ok());
  auto values = bench_values();
  std::vector<BenchValue> reversed(values.rbegin(), values.rend());
  ASSERT_TRUE((*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(reversed)).ok());
  const auto back = scan_all(**db);
  ASSERT_EQ(back.size(), values.size());
  for (size_t i = 0; i < values.size(); ++i) EXPECT_TRUE(same(back[i], values[i])) << i;
}

TEST(BenchSqlite, ManyValuesKeepEveryDigit) {
  TempDir dir;
  auto db = BenchDb::create_sqlite(dir.path() + "/many.db");
  ASSERT_TRUE(db.ok());
  // 2 elements × 500 years × 2 options × 3 schools × 2 halves: 12 000 rows,
  // with fractional values.
  double sum = 0;
  size_t n = 0;
  auto source = [&](const std::function<void(const BenchValue&)>& sink) {
    for (int64_t e : {10, 20})
      for (int y = 2000; y < 2500; ++y)
        for (int o = 0; o < 2; ++o)
          for (int64_t org : {3, 4, 6})
            for (int h = 1; h <= 2; ++h) {
              const double v = y * 0.001 + static_cast<double>(org) / 7 + o;
              sum += v;
              ++n;
              sink({e, y, org, o, h, v});
            }
  };
  ASSERT_TRUE((*db)->load(bench_units(), bench_elements(), bench_terms(), 2000, 2499, source).ok());
  double back_sum = 0;
  size_t back_n = 0;
  BenchValue last{};
  bool ordered = true;
  ASSERT_TRUE((*db)->scan([&](const BenchValue& v) {
                     if (back_n > 0)
                       ordered = ordered && std::tie(last.element, last.year, last.option, last.org, last.half) <
                                                std::tie(v.element, v.year, v.option, v.org, v.half);
                     last = v;
                     back_sum += v.value;
                     ++back_n;
                   })
                  .ok());
  EXPECT_EQ(back_n, n);
  EXPECT_EQ(n, 12000u);
  EXPECT_DOUBLE_EQ(back_sum, sum);
  EXPECT_TRUE(ordered);
}

TEST(BenchSqlite, LoadErrorsAreReported) {
  TempDir dir;
  auto db = BenchDb::create_sqlite(dir.path() + "/dup.db");
  ASSERT_TRUE(db.ok());
  auto values = bench_values();
  values.push_back(values.front());  // the same key twice
  auto r = (*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(values));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInternal);
  EXPECT_NE(r.error().message.find("SQLite"), std::string::npos) << r.error().message;

  auto again = BenchDb::create_sqlite(dir.path() + "/twice.db");
  ASSERT_TRUE(again.ok());
  ASSERT_TRUE((*again)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values())).ok());
  auto twice = (*again)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values()));
  EXPECT_FALSE(twice.ok()) << "load is called once: the tables exist";
}

}  // namespace
}  // namespace bd::test
