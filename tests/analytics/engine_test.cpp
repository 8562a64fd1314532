#include "analytics/engine.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <set>
#include <thread>

namespace bd::analytics {
namespace {

Period P(const char* code) { return *parse_period(code); }

constexpr int64_t kStudents = 1;  // stock, female/male
constexpr int64_t kCases = 2;     // flow, female/male
constexpr int64_t kTrained = 3;   // flow, one option
constexpr int kF = 0, kM = 1;

// 1 ministry
// ├─ 10 department ─┬─ 100 commune ─┬─ 1000 primary
// │                 │               └─ 1001 lower secondary
// │                 └─ 101 commune ─── 1010 primary
// └─ 11 department ─── 110 commune ─── 1100 preschool
std::vector<UnitNode> tree() {
  return {
      {1, std::nullopt, OrgType::kMinistry, false},
      {11, 1, OrgType::kDepartment, false},  // listed out of order on purpose
      {10, 1, OrgType::kDepartment, false},
      {100, 10, OrgType::kCommune, false},
      {101, 10, OrgType::kCommune, false},
      {110, 11, OrgType::kCommune, false},
      {1000, 100, OrgType::kSchoolPrimary, false},
      {1001, 100, OrgType::kSchoolLowerSecondary, false},
      {1010, 101, OrgType::kSchoolPrimary, false},
      {1100, 110, OrgType::kSchoolPreschool, false},
  };
}

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    e.set_tree(tree());
    e.set_element({kStudents, Aggregation::kStock, 2});
    e.set_element({kCases, Aggregation::kFlow, 2});
    e.set_element({kTrained, Aggregation::kFlow, 1});
  }
  std::optional<double> v(int64_t el, int opt, int64_t unit, const char* period) const {
    return e.value(el, opt, unit, P(period));
  }
  Engine e;
};

TEST_F(EngineTest, SubtreeSumsOnSmallTree) {
  e.put(kTrained, 0, 1000, P("2025"), 1);
  e.put(kTrained, 0, 1001, P("2025"), 2);
  e.put(kTrained, 0, 1010, P("2025"), 4);
  e.put(kTrained, 0, 1100, P("2025"), 8);
  e.put(kTrained, 0, 100, P("2025"), 16);  // a commune's own value counts too
  EXPECT_EQ(v(kTrained, 0, 1, "2025"), 31);
  EXPECT_EQ(v(kTrained, 0, 10, "2025"), 23);
  EXPECT_EQ(v(kTrained, 0, 100, "2025"), 19);
  EXPECT_EQ(v(kTrained, 0, 101, "2025"), 4);
  EXPECT_EQ(v(kTrained, 0, 11, "2025"), 8);
  EXPECT_EQ(v(kTrained, 0, 1001, "2025"), 2);
  EXPECT_EQ(v(kTrained, 0, 110, "2024"), std::nullopt);
  EXPECT_EQ(e.stored_values(), 5u);
}

TEST_F(EngineTest, AncestorsSeeAPutAtOnce) {
  e.put(kStudents, kF, 1010, P("2025S1"), 30);
  EXPECT_EQ(v(kStudents, kF, 101, "2025S1"), 30);
  EXPECT_EQ(v(kStudents, kF, 10, "2025S1"), 30);
  EXPECT_EQ(v(kStudents, kF, 1, "2025S1"), 30);
  e.put(kStudents, kF, 1010, P("2025S1"), 35);
  EXPECT_EQ(v(kStudents, kF, 1, "2025S1"), 35);
  EXPECT_EQ(v(kStudents, kF, 1, "2025"), 35);
  EXPECT_EQ(v(kStudents, kF, 11, "2025S1"), std::nullopt);
}

TEST_F(EngineTest, StockTakesTheLatestHalfAndFlowSumsThem) {
  e.put(kStudents, kF, 1000, P("2025S1"), 10);
  e.put(kCases, kF, 1000, P("2025S1"), 3);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025"), 10);  // only S1: S1
  EXPECT_EQ(v(kCases, kF, 1000, "2025"), 3);
  e.put(kStudents, kF, 1000, P("2025S2"), 12);
  e.put(kCases, kF, 1000, P("2025S2"), 4);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025"), 12);  // both: S2
  EXPECT_EQ(v(kCases, kF, 1000, "2025"), 7);      // both: summed
  // Per unit, then summed over the subtree: 1001 has only S1.
  e.put(kStudents, kF, 1001, P("2025S1"), 5);
  EXPECT_EQ(v(kStudents, kF, 100, "2025"), 17);
  EXPECT_EQ(v(kStudents, kF, 100, "2025S2"), 12);
  // Erasing S2 brings the stock back to S1.
  e.put(kStudents, kF, 1000, P("2025S2"), std::nullopt);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025"), 10);
}

TEST_F(EngineTest, QuartersAndMonthsRollUp) {
  e.put(kCases, kF, 1000, P("202501"), 1);
  e.put(kCases, kF, 1000, P("202502"), 2);
  e.put(kCases, kF, 1000, P("202504"), 4);
  e.put(kCases, kF, 1000, P("2025Q4"), 8);
  EXPECT_EQ(v(kCases, kF, 1000, "2025Q1"), 3);
  EXPECT_EQ(v(kCases, kF, 1000, "2025Q2"), 4);
  EXPECT_EQ(v(kCases, kF, 1000, "2025S1"), 7);
  EXPECT_EQ(v(kCases, kF, 1000, "2025S2"), 8);
  EXPECT_EQ(v(kCases, kF, 1, "2025"), 15);
  EXPECT_EQ(v(kCases, kF, 1000, "2025Q3"), std::nullopt);

  e.put(kStudents, kF, 1000, P("202501"), 5);
  e.put(kStudents, kF, 1000, P("202503"), 6);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025Q1"), 6);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025"), 6);
  e.put(kStudents, kF, 1000, P("2025Q3"), 9);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025S2"), 9);
  EXPECT_EQ(v(kStudents, kF, 1000, "2025"), 9);  // latest by end date
  EXPECT_EQ(v(kStudents, kF, 1000, "2025S1"), 6);
}

TEST_F(EngineTest, AValueStoredForTheEnclosingPeriodWins) {
  e.put(kCases, kF, 1000, P("2025S1"), 3);
  e.put(kCases, kF, 1000, P("2025S2"), 4);
  e.put(kCases, kF, 1000, P("2025"), 10);
  EXPECT_EQ(v(kCases, kF, 1000, "2025"), 10);
  EXPECT_EQ(v(kCases, kF, 1000, "2025S1"), 3);
  e.put(kCases, kF, 1000, P("2025"), std::nullopt);
  EXPECT_EQ(v(kCases, kF, 1000, "2025"), 7);

  // The yearly value first, then the halves: it still wins.
  e.put(kStudents, kF, 1001, P("2024"), 50);
  e.put(kStudents, kF, 1001, P("2024S2"), 40);
  EXPECT_EQ(v(kStudents, kF, 1001, "2024"), 50);
  e.put(kStudents, kF, 1001, P("2024"), std::nullopt);
  EXPECT_EQ(v(kStudents, kF, 1001, "2024"), 40);
}

TEST_F(EngineTest, SchoolYearsDoNotRollUpIntoCalendarYears) {
  e.put(kStudents, kF, 1000, P("2025Sep"), 20);
  EXPECT_EQ(v(kStudents, kF, 1, "2025Sep"), 20);
  EXPECT_EQ(v(kStudents, kF, 1, "2025"), std::nullopt);
  EXPECT_EQ(v(kStudents, kF, 1, "2026"), std::nullopt);
}

TEST_F(EngineTest, EraseRemovesTheValueEverywhere) {
  e.put(kTrained, 0, 1010, P("2025S1"), 6);
  e.put(kTrained, 0, 1010, P("2025S1"), std::nullopt);
  EXPECT_EQ(v(kTrained, 0, 1010, "2025S1"), std::nullopt);
  EXPECT_EQ(v(kTrained, 0, 1, "2025S1"), std::nullopt);
  EXPECT_EQ(v(kTrained, 0, 1, "2025"), std::nullopt);
  EXPECT_EQ(e.reporting_units(kTrained, 1, P("2025")), 0);
  EXPECT_EQ(e.stored_values(), 0u);
  e.put(kTrained, 0, 1010, P("2030"), std::nullopt);  // erasing nothing
  EXPECT_EQ(v(kTrained, 0, 1, "2030"), std::nullopt);
  // A zero is a value, not a missing one.
  e.put(kTrained, 0, 1010, P("2025S1"), 0);
  EXPECT_EQ(v(kTrained, 0, 1, "2025S1"), 0);
}

TEST_F(EngineTest, OptionsAndAllOptions) {
  e.put(kStudents, kF, 1000, P("2025S1"), 3);
  e.put(kStudents, kM, 1000, P("2025S1"), 4);
  e.put(kStudents, kM, 1010, P("2025S1"), 5);
  EXPECT_EQ(v(kStudents, kF, 10, "2025S1"), 3);
  EXPECT_EQ(v(kStudents, kM, 10, "2025S1"), 9);
  EXPECT_EQ(v(kStudents, kAllOptions, 10, "2025S1"), 12);
  EXPECT_EQ(v(kStudents, kAllOptions, 101, "2025S1"), 5);
  EXPECT_EQ(v(kStudents, kF, 101, "2025S1"), std::nullopt);
  EXPECT_EQ(v(kStudents, 2, 10, "2025S1"), std::nullopt);
  e.put(kStudents, 2, 1000, P("2025S1"), 100);  // no third option: ignored
  e.put(kStudents, -1, 1000, P("2025S1"), 100);
  EXPECT_EQ(v(kStudents, kAllOptions, 10, "2025S1"), 12);
}

TEST_F(EngineTest, ReportingUnitsCountUnitsWithAnyOption) {
  e.put(kStudents, kF, 1000, P("2025S1"), 3);
  e.put(kStudents, kM, 1000, P("2025S1"), 4);
  e.put(kStudents, kM, 1001, P("2025S1"), 2);
  e.put(kStudents, kF, 1100, P("2025S2"), 1);
  EXPECT_EQ(e.reporting_units(kStudents, 1, P("2025S1")), 2);
  EXPECT_EQ(e.reporting_units(kStudents, 10, P("2025S1")), 2);
  EXPECT_EQ(e.reporting_units(kStudents, 101, P("2025S1")), 0);
  EXPECT_EQ(e.reporting_units(kStudents, 1, P("2025")), 3);
  e.put(kStudents, kF, 1000, P("2025S1"), std::nullopt);
  EXPECT_EQ(e.reporting_units(kStudents, 1, P("2025S1")), 2);  // male still there
  e.put(kStudents, kM, 1000, P("2025S1"), std::nullopt);
  EXPECT_EQ(e.reporting_units(kStudents, 1, P("2025S1")), 1);
}

TEST_F(EngineTest, CountUnitsByType) {
  EXPECT_EQ(e.count_units(1, {}), 10);
  EXPECT_EQ(e.count_units(1, {OrgType::kSchoolPrimary}), 2);
  EXPECT_EQ(e.count_units(10, {OrgType::kSchoolPrimary, OrgType::kSchoolLowerSecondary}), 3);
  EXPECT_EQ(e.count_units(11, {OrgType::kSchoolPrimary}), 0);
  EXPECT_EQ(e.count_units(10, {OrgType::kDepartment}), 1);  // the unit itself
  EXPECT_EQ(e.count_units(1000, {}), 1);
  EXPECT_EQ(e.children(1), (std::vector<int64_t>{10, 11}));
  EXPECT_EQ(e.children(100), (std::vector<int64_t>{1000, 1001}));
  EXPECT_TRUE(e.children(1000).empty());
}

TEST_F(EngineTest, WithinFollowsTheTree) {
  EXPECT_TRUE(e.within(1000, 1));
  EXPECT_TRUE(e.within(1000, 100));
  EXPECT_TRUE(e.within(100, 100));
  EXPECT_FALSE(e.within(100, 1000));
  EXPECT_FALSE(e.within(1000, 11));
  EXPECT_FALSE(e.within(424242, 1));
  EXPECT_FALSE(e.within(1, 424242));
  auto units = tree();
  for (auto& u : units)
    if (u.id == 100) u.parent_id = 11;  // moved: its subtree follows
  e.set_tree(units);
  EXPECT_TRUE(e.within(1000, 11));
  EXPECT_FALSE(e.within(1000, 10));
}

TEST_F(EngineTest, ClosedUnitsKeepTheirValues) {
  e.put(kTrained, 0, 1001, P("2024"), 7);
  e.put(kTrained, 0, 1000, P("2024"), 1);
  auto units = tree();
  for (auto& u : units)
    if (u.id == 1001) u.closed = true;
  e.set_tree(units);
  EXPECT_EQ(v(kTrained, 0, 100, "2024"), 8);
  EXPECT_EQ(v(kTrained, 0, 1001, "2024"), 7);
  EXPECT_EQ(e.count_units(100, {}), 2);
  EXPECT_EQ(e.count_units(1, {OrgType::kSchoolLowerSecondary}), 0);
  EXPECT_EQ(e.children(100), (std::vector<int64_t>{1000}));
}

TEST_F(EngineTest, SetTreeAfterAMoveCountsTheUnitUnderItsNewParent) {
  e.put(kStudents, kF, 1010, P("2025S1"), 30);
  e.put(kStudents, kF, 1010, P("2025S2"), 31);
  e.put(kStudents, kF, 1100, P("2025S2"), 5);
  e.put(kStudents, kF, 1000, P("2025S2"), 1);
  auto units = tree();
  for (auto& u : units)
    if (u.id == 1010) u.parent_id = 110;  // to the other department
  e.set_tree(units);
  EXPECT_EQ(v(kStudents, kF, 10, "2025"), 1);
  EXPECT_EQ(v(kStudents, kF, 101, "2025S1"), std::nullopt);
  EXPECT_EQ(v(kStudents, kF, 11, "2025"), 36);
  EXPECT_EQ(v(kStudents, kF, 110, "2025S1"), 30);
  EXPECT_EQ(v(kStudents, kF, 1, "2025"), 37);
  EXPECT_EQ(e.reporting_units(kStudents, 11, P("2025S2")), 2);
  EXPECT_EQ(e.count_units(11, {OrgType::kSchoolPrimary}), 1);
  EXPECT_EQ(e.children(110), (std::vector<int64_t>{1010, 1100}));
  EXPECT_EQ(e.stored_values(), 4u);
  // Writes after the move land in the new order.
  e.put(kStudents, kF, 1010, P("2025S2"), 41);
  EXPECT_EQ(v(kStudents, kF, 11, "2025"), 46);
  EXPECT_EQ(v(kStudents, kF, 10, "2025"), 1);
}

TEST_F(EngineTest, SetTreeDropsValuesOfRemovedUnits) {
  e.put(kTrained, 0, 1100, P("2025"), 9);
  e.put(kTrained, 0, 1000, P("2025"), 1);
  auto units = tree();
  units.pop_back();  // 1100 gone
  e.set_tree(units);
  EXPECT_EQ(v(kTrained, 0, 1, "2025"), 1);
  EXPECT_EQ(v(kTrained, 0, 1100, "2025"), std::nullopt);
  EXPECT_EQ(e.stored_values(), 1u);
}

TEST_F(EngineTest, RedeclaringAnElementRebuildsItsRollUps) {
  e.put(kStudents, kF, 1000, P("2025S1"), 10);
  e.put(kStudents, kF, 1000, P("2025S2"), 12);
  EXPECT_EQ(v(kStudents, kF, 1, "2025"), 12);
  e.set_element({kStudents, Aggregation::kFlow, 2});
  EXPECT_EQ(v(kStudents, kF, 1, "2025"), 22);
  EXPECT_EQ(v(kStudents, kF, 1, "2025S2"), 12);
  e.set_element({kStudents, Aggregation::kFlow, 1});  // fewer options: male dropped
  EXPECT_EQ(v(kStudents, kM, 1, "2025"), std::nullopt);
  EXPECT_EQ(v(kStudents, 0, 1, "2025"), 22);
}

TEST_F(EngineTest, PutManyStoresEveryValue) {
  e.put_many(kCases, kM, P("2025Q2"), {{1000, 1}, {1001, 2}, {1100, 4}, {999999, 100}, {1010, std::nullopt}});
  EXPECT_EQ(v(kCases, kM, 1, "2025Q2"), 7);
  EXPECT_EQ(v(kCases, kM, 1, "2025"), 7);
  EXPECT_EQ(e.reporting_units(kCases, 1, P("2025S1")), 3);
  e.put_many(kCases, kM, P("2025Q2"), {{1000, std::nullopt}, {1001, std::nullopt}});
  EXPECT_EQ(v(kCases, kM, 1, "2025"), 4);
}

TEST_F(EngineTest, UnknownIdsAnswerNothingAndNeverCrash) {
  e.put(kTrained, 0, 1000, P("2025"), 1);
  e.put(kTrained, 0, 424242, P("2025"), 1);  // unknown unit
  e.put(999, 0, 1000, P("2025"), 1);        // unknown element
  EXPECT_EQ(v(kTrained, 0, 424242, "2025"), std::nullopt);
  EXPECT_EQ(v(999, 0, 1, "2025"), std::nullopt);
  EXPECT_EQ(v(999, kAllOptions, 1, "2025"), std::nullopt);
  EXPECT_EQ(v(kTrained, 0, 1, "1999"), std::nullopt);
  EXPECT_EQ(e.reporting_units(999, 1, P("2025")), 0);
  EXPECT_EQ(e.reporting_units(kTrained, 424242, P("2025")), 0);
  EXPECT_EQ(e.count_units(424242, {}), 0);
  EXPECT_TRUE(e.children(424242).empty());
  EXPECT_EQ(e.stored_values(), 1u);
  EXPECT_EQ(v(kTrained, 0, 1, "2025"), 1);
}

TEST(EngineTreeTest, OrphansAreRootsAndCyclesAreLeftOut) {
  Engine e;
  e.set_tree({{1, std::nullopt, OrgType::kMinistry, false},
              {2, 77, OrgType::kDepartment, false},  // parent unknown: a root
              {3, 4, OrgType::kOther, false},        // 3 and 4: a cycle
              {4, 3, OrgType::kOther, false}});
  e.set_element({1, Aggregation::kFlow, 1});
  e.put(1, 0, 2, P("2025"), 5);
  e.put(1, 0, 3, P("2025"), 5);
  EXPECT_EQ(e.value(1, 0, 2, P("2025")), 5);
  EXPECT_EQ(e.value(1, 0, 1, P("2025")), std::nullopt);
  EXPECT_EQ(e.value(1, 0, 3, P("2025")), std::nullopt);
  EXPECT_EQ(e.count_units(2, {}), 1);
}

TEST_F(EngineTest, MemoryGrowsOnlyForPeriodsWithData) {
  const size_t empty = e.memory_bytes();
  e.put(kStudents, kF, 1000, P("2025S1"), 1);
  const size_t one = e.memory_bytes();
  EXPECT_GT(one, empty);
  e.put(kStudents, kF, 1001, P("2025S1"), 1);
  EXPECT_EQ(e.memory_bytes(), one);  // same arrays
}

// A writer moves value between two units of department 10 in one put_many
// (the national total must never change), raises a third series step by
// step with single puts (it must only grow), and moves unit 1100 between
// departments with set_tree, while readers check every total they see.
TEST_F(EngineTest, ReadersSeeOnlyConsistentTotalsWhileWriting) {
  constexpr int kSteps = 3000;
  e.put(kCases, kF, 1100, P("2025S2"), 1000);
  e.put_many(kCases, kF, P("2025S1"), {{1000, 0}, {1010, kSteps}});
  std::atomic<bool> done{false};
  std::atomic<int> ready{0};
  std::thread writer([&] {
    while (ready < 2) std::this_thread::yield();  // both readers are reading
    auto moved = tree();
    for (auto& u : moved)
      if (u.id == 1100) u.parent_id = 101;
    for (int i = 1; i <= kSteps; ++i) {
      e.put_many(kCases, kF, P("2025S1"), {{1000, i}, {1010, kSteps - i}});
      e.put(kTrained, 0, 1001, P("2025Q3"), i);
      if (i % 300 == 0) e.set_tree(i % 600 == 0 ? tree() : moved);
    }
    done = true;
  });
  std::atomic<int> bad{0}, reads{0};
  auto reader = [&] {
    double last = 0;
    ++ready;
    while (!done) {
      const auto national = e.value(kCases, kF, 1, P("2025"));
      const auto dept = e.value(kCases, kF, 10, P("2025"));
      const auto step = e.value(kTrained, 0, 1, P("2025"));
      if (national != 1000.0 + kSteps) ++bad;
      if (dept != double{kSteps} && dept != 1000.0 + kSteps) ++bad;
      if (step) {
        if (*step < last || *step > kSteps || *step != std::floor(*step)) ++bad;
        last = *step;
      }
      ++reads;
    }
  };
  std::thread r1(reader), r2(reader);
  writer.join();
  r1.join();
  r2.join();
  EXPECT_EQ(bad.load(), 0);
  EXPECT_GT(reads.load(), 0);
  EXPECT_EQ(v(kTrained, 0, 1, "2025"), kSteps);
  EXPECT_EQ(v(kCases, kF, 1000, "2025"), kSteps);
}

}  // namespace
}  // namespace bd::analytics
