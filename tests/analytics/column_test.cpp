#include "analytics/column.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace bd::analytics {
namespace {

TEST(ColumnTest, NewColumnHasNothing) {
  Column c(200);
  EXPECT_TRUE(std::isnan(c.at(0)));
  EXPECT_EQ(c.sum(0, 199).count, 0);
  EXPECT_EQ(c.present(), 0);
}

TEST(ColumnTest, SetReportsChangesAndErases) {
  Column c(10);
  EXPECT_TRUE(c.set(3, 5));
  EXPECT_FALSE(c.set(3, 5));
  EXPECT_TRUE(c.set(3, 0));  // zero is a value
  EXPECT_EQ(c.sum(0, 9).count, 1);
  EXPECT_TRUE(c.set(3, NAN));
  EXPECT_FALSE(c.set(3, NAN));
  EXPECT_EQ(c.sum(0, 9).count, 0);
}

// Random writes, then every kind of range (inside one block, across two,
// across many) against a plain loop.
TEST(ColumnTest, RangeSumsMatchAPlainLoop) {
  constexpr size_t n = 5 * kBlock + 17;
  Column c(n);
  std::vector<float> plain(n, NAN);
  std::mt19937 rng(7);
  for (int k = 0; k < 2000; ++k) {
    const size_t i = rng() % n;
    const float v = rng() % 5 == 0 ? NAN : static_cast<float>(rng() % 1000);
    c.set(i, v);
    plain[i] = v;
  }
  for (int k = 0; k < 2000; ++k) {
    size_t a = rng() % n, b = rng() % n;
    if (a > b) std::swap(a, b);
    double sum = 0;
    int64_t count = 0;
    for (size_t i = a; i <= b; ++i)
      if (!std::isnan(plain[i])) sum += plain[i], ++count;
    const RangeSum r = c.sum(a, b);
    ASSERT_EQ(r.sum, sum) << a << ".." << b;
    ASSERT_EQ(r.count, count) << a << ".." << b;
  }
}

TEST(ColumnTest, RemappedMovesValuesAndRebuildsBlocks) {
  Column c(3 * kBlock);
  c.set(0, 1);
  c.set(kBlock, 2);
  c.set(2 * kBlock, 4);
  const Column m = c.remapped({2 * kBlock, -1, 0});  // 3 units: old 128, new, old 0
  EXPECT_EQ(m.size(), 3u);
  EXPECT_EQ(m.at(0), 4);
  EXPECT_TRUE(std::isnan(m.at(1)));
  EXPECT_EQ(m.sum(0, 2).sum, 5);
  EXPECT_EQ(m.present(), 2);
}

TEST(PresenceTest, CountsUnitsWithAnyOption) {
  Presence p(3 * kBlock);
  p.add(1, 1);
  p.add(1, 1);  // a second option of the same unit
  p.add(kBlock + 1, 1);
  p.add(2 * kBlock + 5, 1);
  EXPECT_EQ(p.count(0, 3 * kBlock - 1), 3);
  EXPECT_EQ(p.count(2, 3 * kBlock - 1), 2);
  p.add(1, -1);
  EXPECT_EQ(p.count(0, 3 * kBlock - 1), 3);
  p.add(1, -1);
  EXPECT_EQ(p.count(0, 3 * kBlock - 1), 2);
  const Presence m = p.remapped({kBlock + 1, 0});
  EXPECT_EQ(m.count(0, 1), 1);
}

}  // namespace
}  // namespace bd::analytics
