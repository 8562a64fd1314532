#include "analytics/past_tree.h"

#include <gtest/gtest.h>

namespace bd::analytics {
namespace {

Period P(const char* code) { return *parse_period(code); }
Date D(const char* iso) { return *parse_date(iso); }

constexpr int64_t kStudents = 1;  // stock, female/male
constexpr int64_t kTrained = 2;   // flow, one option

// Now:                                   Until 01/07/2025:
// 1 ministry                             1 ministry
// ├─ 10 department ── 100 commune        ├─ 10 department ── 100 commune
// │                   ├─ 1000 school     │                   ├─ 1000 school
// │                   ├─ 1001 school     │                   └─ 1001 school
// │                   └─ 1100 school     └─ 11 department ── 110 office (open)
// └─ 11 department ── 110 office (closed)                     └─ 1100 school
std::vector<UnitNode> now() {
  return {
      {1, std::nullopt, OrgType::kMinistry, false},   {10, 1, OrgType::kDepartment, false},
      {11, 1, OrgType::kDepartment, false},           {100, 10, OrgType::kCommune, false},
      {110, 11, OrgType::kOffice, true},              {1000, 100, OrgType::kSchoolPrimary, false},
      {1001, 100, OrgType::kSchoolPrimary, false},    {1100, 100, OrgType::kSchoolPreschool, false},
  };
}
std::vector<UnitNode> before() {
  auto units = now();
  for (auto& u : units) {
    if (u.id == 110) u.closed = false;
    if (u.id == 1100) u.parent_id = 110;
  }
  return units;
}

TEST(PastView, ASubtreeOfThenIsTheCurrentPositionsOfItsUnitsMerged) {
  const TreeIndex current(now());  // order: 1 10 100 1000 1001 1100 11 110
  const PastView v({D("2025-07-01"), before()}, current);
  auto ranges = [&](int64_t id) {
    auto [b, e] = v.ranges(*v.index().find(id));
    return std::vector<PastView::Range>(b, e);
  };
  using R = std::vector<PastView::Range>;
  EXPECT_EQ(ranges(1), (R{{0, 7}}));
  EXPECT_EQ(ranges(10), (R{{1, 4}}));          // without the school that came later
  EXPECT_EQ(ranges(11), (R{{5, 7}}));          // the school it had, then itself and the office
  EXPECT_EQ(ranges(110), (R{{5, 5}, {7, 7}})); // apart now: two ranges
  EXPECT_EQ(ranges(1100), (R{{5, 5}}));
  EXPECT_EQ(v.until(), D("2025-07-01"));
  EXPECT_GT(v.memory_bytes(), 0u);
}

TEST(PastView, UnitsNotInTheCurrentTreeAreLeftOut) {
  auto units = before();
  units.push_back({2000, 110, OrgType::kSchoolPrimary, false});  // gone since
  const PastView v({D("2025-07-01"), units}, TreeIndex(now()));
  auto [b, e] = v.ranges(*v.index().find(110));
  EXPECT_EQ(std::vector<PastView::Range>(b, e), (std::vector<PastView::Range>{{5, 5}, {7, 7}}));
  auto [b2, e2] = v.ranges(*v.index().find(2000));
  EXPECT_EQ(b2, e2);
}

TEST(PastView, APeriodTakesTheFirstViewEndingAfterItsLastDay) {
  const TreeIndex current(now());
  std::vector<PastView> views;
  views.emplace_back(PastTree{D("2024-01-01"), before()}, current);
  views.emplace_back(PastTree{D("2025-07-01"), before()}, current);
  EXPECT_EQ(view_for(views, D("2023-12-31")), &views[0]);
  EXPECT_EQ(view_for(views, D("2024-01-01")), &views[1]);
  EXPECT_EQ(view_for(views, D("2025-06-30")), &views[1]);
  EXPECT_EQ(view_for(views, D("2025-07-01")), nullptr);
  EXPECT_EQ(view_for({}, D("2000-01-01")), nullptr);
}

class EnginePast : public ::testing::Test {
 protected:
  void SetUp() override {
    e.set_tree(now(), {{D("2025-07-01"), before()}});
    e.set_element({kStudents, Aggregation::kStock, 2});
    e.set_element({kTrained, Aggregation::kFlow, 1});
    for (const char* p : {"2024S2", "2025S1", "2025S2"}) {
      e.put(kTrained, 0, 1000, P(p), 1);
      e.put(kTrained, 0, 1100, P(p), 10);
    }
  }
  Engine e;
};

TEST_F(EnginePast, APastPeriodSumsTheTreeOfItsLastDay) {
  // 2024 and the first half of 2025 end before the move: the school counted
  // under the office and its department.
  EXPECT_EQ(e.value(kTrained, 0, 110, P("2024S2")), 10);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2024")), 10);
  EXPECT_EQ(e.value(kTrained, 0, 10, P("2024")), 1);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2025S1")), 10);
  // The year 2025 ends after it: the tree of its last day.
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2025")), std::nullopt);
  EXPECT_EQ(e.value(kTrained, 0, 10, P("2025")), 22);
  EXPECT_EQ(e.value(kTrained, 0, 100, P("2025S2")), 11);
  // The whole stays the whole, whatever the tree.
  EXPECT_EQ(e.value(kTrained, 0, 1, P("2024")), 11);
  EXPECT_EQ(e.value(kTrained, 0, 1, P("2025")), 22);
}

TEST_F(EnginePast, TheCurrentStructureIsAnExplicitChoice) {
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2024"), Structure::kCurrent), std::nullopt);
  EXPECT_EQ(e.value(kTrained, 0, 10, P("2024"), Structure::kCurrent), 11);
  EXPECT_EQ(e.reporting_units(kTrained, 10, P("2024"), Structure::kCurrent), 2);
  EXPECT_EQ(e.reporting_units(kTrained, 10, P("2024")), 1);
  EXPECT_EQ(e.reporting_units(kTrained, 11, P("2024")), 1);
}

TEST_F(EnginePast, ChildrenAndOpenUnitsOfAPeriodAreThoseOfThen) {
  EXPECT_EQ(e.children(110, P("2024S2")), (std::vector<int64_t>{1100}));
  EXPECT_EQ(e.children(11, P("2024S2")), (std::vector<int64_t>{110}));
  EXPECT_EQ(e.children(11, P("2025S2")), (std::vector<int64_t>{}));  // closed since
  EXPECT_EQ(e.children(11), (std::vector<int64_t>{}));
  EXPECT_EQ(e.children(100, P("2024")), (std::vector<int64_t>{1000, 1001}));
  EXPECT_EQ(e.children(100), (std::vector<int64_t>{1000, 1001, 1100}));
  EXPECT_EQ(e.children(11, P("2025S2"), true), (std::vector<int64_t>{110}));
  EXPECT_TRUE(e.follows_past_tree(P("2025S1")));
  EXPECT_FALSE(e.follows_past_tree(P("2025")));
  EXPECT_EQ(e.arrangement(P("2025S1")), 1u);
  EXPECT_EQ(e.arrangement(P("2024")), 1u) << "the same past tree";
  EXPECT_EQ(e.arrangement(P("2025")), 0u) << "the current one";
  EXPECT_EQ(e.count_units(11, {}, P("2024")), 3);
  EXPECT_EQ(e.count_units(11, {}), 1);
  EXPECT_EQ(e.count_units(10, {OrgType::kSchoolPreschool}, P("2024")), 0);
  EXPECT_EQ(e.count_units(10, {OrgType::kSchoolPreschool}), 1);
}

TEST_F(EnginePast, WritesAndLaterMovesKeepThePastRight) {
  e.put(kStudents, 0, 1100, P("2024S2"), 7);
  e.put(kStudents, 1, 1100, P("2024S2"), 5);
  EXPECT_EQ(e.value(kStudents, kAllOptions, 11, P("2024S2")), 12);
  EXPECT_EQ(e.value(kStudents, 0, 110, P("2024S2")), 7);
  // A later move of the current tree reorders every column; the past holds.
  auto moved = now();
  for (auto& u : moved)
    if (u.id == 1000) u.parent_id = 11;
  e.set_tree(moved, {{D("2025-07-01"), before()}});
  EXPECT_EQ(e.value(kTrained, 0, 10, P("2024")), 1);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2024")), 10);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2025S2")), 1);
  EXPECT_EQ(e.value(kStudents, kAllOptions, 110, P("2024S2")), 12);
  EXPECT_EQ(e.past_trees(), 1u);
}

TEST_F(EnginePast, OfTwoPastTreesWithOneDateTheLaterListedWins) {
  auto other = now();  // as if nothing had moved
  e.set_tree(now(), {{D("2025-07-01"), before()}, {D("2025-07-01"), other}});
  EXPECT_EQ(e.past_trees(), 1u);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2024")), std::nullopt);
  const size_t with_past = e.memory_bytes();
  e.set_tree(now());
  EXPECT_EQ(e.past_trees(), 0u);
  EXPECT_LT(e.memory_bytes(), with_past);
  EXPECT_EQ(e.value(kTrained, 0, 11, P("2024")), std::nullopt);
  EXPECT_EQ(e.value(kTrained, 0, 10, P("2024")), 11);
}

}  // namespace
}  // namespace bd::analytics
