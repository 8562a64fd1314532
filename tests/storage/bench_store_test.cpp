// The benchmark's three SQL questions (bench_store.cpp), answered on a
// small tree worked out by hand: a stock's year value is S2 else S1, a
// flow's S1 + S2; a subtree is a key range; no value when the denominator
// is 0 or absent. Runs on SQLite, and on PostgreSQL when BINHDANG_TEST_PG
// is set.
#include <gtest/gtest.h>

#include "storage/bench_dataset.h"
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

using storage::BenchRow;

// "k1/k2/k3=value" or "=null", for readable comparisons.
std::vector<std::string> show(const std::vector<BenchRow>& rows, int keys) {
  std::vector<std::string> out;
  for (const auto& r : rows) {
    std::string s = std::to_string(r.k1);
    if (keys > 1) s += "/" + std::to_string(r.k2);
    if (keys > 2) s += "/" + std::to_string(r.k3);
    if (!r.value) {
      s += "=null";
    } else {
      char buf[32];
      std::snprintf(buf, sizeof buf, "=%.4f", *r.value);
      s += buf;
    }
    out.push_back(s);
  }
  return out;
}

class BenchQueries : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    auto db = open_bench_db(GetParam(), dir_);
    ASSERT_TRUE(db.ok()) << db.error().message;
    db_ = std::move(*db);
    auto times = db_->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values()));
    ASSERT_TRUE(times.ok()) << times.error().message;
  }
  std::vector<std::string> share(int64_t element, int64_t parent, int year) {
    auto r = db_->children_share(element, parent, year);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r ? show(*r, 1) : std::vector<std::string>{};
  }
  std::optional<double> total(int64_t element, int64_t unit, int year, int half) {
    auto r = db_->subtree_total(element, unit, year, half);
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r ? *r : std::optional<double>(-1);
  }

  TempDir dir_;
  std::unique_ptr<storage::BenchDb> db_;
};

TEST_P(BenchQueries, TheEngineIsNamed) { EXPECT_EQ(db_->engine_name(), GetParam()); }

TEST_P(BenchQueries, ChildrenShareOfAStockTakesS2ElseS1) {
  // A: female 12 (a1's S2) + 5 (a2's S1) = 17 of 17 + 23; B: 6 of 6 + 2.
  EXPECT_EQ(share(10, 1, 2025), (std::vector<std::string>{"2=42.5000", "5=75.0000"}));
  // One level down: a1 12 of 30, a2 5 of 10.
  EXPECT_EQ(share(10, 2, 2025), (std::vector<std::string>{"3=40.0000", "4=50.0000"}));
  // 2026: B's school has only zeros: no value rather than a division by zero.
  EXPECT_EQ(share(10, 1, 2026), (std::vector<std::string>{"2=75.0000", "5=null"}));
  // A year without values still lists the children, without values.
  EXPECT_EQ(share(10, 1, 2024), (std::vector<std::string>{"2=null", "5=null"}));
  EXPECT_TRUE(share(10, 3, 2025).empty()) << "a school has no children";
}

TEST_P(BenchQueries, ChildrenShareOfAFlowAddsTheHalves) {
  // A: female 1 + 2 = 3, male 3 + 5 = 8; B: female 4, no male.
  EXPECT_EQ(share(20, 1, 2025), (std::vector<std::string>{"2=27.2727", "5=100.0000"}));
}

TEST_P(BenchQueries, EveryIndicatorForEveryUnitOfADepth) {
  auto r = db_->indicators_at_depth(1, 2025, 2026);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(show(*r, 3), (std::vector<std::string>{
                             "100/2/2025=42.5000",   // 17 / 40
                             "100/2/2026=75.0000",   // 30 / 40
                             "100/5/2025=75.0000",   // 6 / 8
                             "100/5/2026=null",      // 0 / 0
                             "200/2/2025=27.5000",   // (3 + 8) / 40
                             "200/2/2026=null",      // no flow in 2026
                             "200/5/2025=50.0000",   // 4 / 8
                             "200/5/2026=null",
                         }));
  auto root = db_->indicators_at_depth(0, 2025, 2025);
  ASSERT_TRUE(root.ok());
  // R: female 23 of 48; flows 7 + 8 = 15 of 48.
  EXPECT_EQ(show(*root, 3), (std::vector<std::string>{"100/1/2025=47.9167", "200/1/2025=31.2500"}));
  auto schools = db_->indicators_at_depth(2, 2026, 2026);
  ASSERT_TRUE(schools.ok());
  EXPECT_EQ(show(*schools, 3)[0], "100/3/2026=75.0000");
  EXPECT_EQ(schools->size(), 6u) << "2 indicators × 3 schools × 1 year";
  auto none = db_->indicators_at_depth(3, 2025, 2026);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(BenchQueries, SubtreeTotalsOfOneHalfYear) {
  EXPECT_EQ(total(10, 1, 2025, 1), 48.0);  // female 10 + 5 + 8, male 20 + 5
  EXPECT_EQ(total(10, 2, 2025, 2), 30.0);  // a1's S2: 12 + 18
  EXPECT_EQ(total(10, 5, 2025, 1), 8.0);
  EXPECT_EQ(total(10, 6, 2025, 2), 8.0);   // 6 + 2
  EXPECT_EQ(total(20, 4, 2025, 2), 5.0);
  EXPECT_EQ(total(10, 5, 2026, 1), 0.0) << "zeros are values";
  EXPECT_FALSE(total(20, 4, 2025, 1).has_value()) << "no value";
  EXPECT_FALSE(total(10, 1, 2030, 1).has_value());
  EXPECT_FALSE(total(10, 99, 2025, 1).has_value()) << "an unknown unit";
}

INSTANTIATE_TEST_SUITE_P(Engines, BenchQueries, ::testing::ValuesIn(engines()), engine_name);

}  // namespace
}  // namespace bd::test
