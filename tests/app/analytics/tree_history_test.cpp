#include "app/analytics/tree_history.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

using storage::ParentSpan;
using storage::UnitSpan;

OrgUnit unit(int64_t id, std::optional<int64_t> parent, const char* closed = "") {
  OrgUnit u;
  u.id = id;
  u.parent_id = parent;
  u.type = OrgType::kSchoolPrimary;
  u.closed = closed;
  return u;
}

TEST(ParentOn, TheSpanCoveringTheDayElseTheFirstBeforeAndTheLastAfter) {
  const std::vector<ParentSpan> spans{{10, "2015-08-15", "2025-07-01"}, {20, "2025-07-01", ""}};
  EXPECT_EQ(parent_on(spans, "2024-12-31", 99), 10);
  EXPECT_EQ(parent_on(spans, "2025-06-30", 99), 10);
  EXPECT_EQ(parent_on(spans, "2025-07-01", 99), 20);  // a change holds from its day
  EXPECT_EQ(parent_on(spans, "2030-01-01", 99), 20);
  EXPECT_EQ(parent_on(spans, "2010-01-01", 99), 10);  // before the records: where it first stood
  const std::vector<ParentSpan> closed{{10, "", "2025-07-01"}};
  EXPECT_EQ(parent_on(closed, "2026-01-01", 99), 10);  // after its closing: its last place
  EXPECT_EQ(parent_on({}, "2026-01-01", 99), 99);
  EXPECT_EQ(parent_on({}, "2026-01-01", std::nullopt), std::nullopt);
}

TEST(PastTrees, OnePerMonthWithAChangeEachTheTreeOfTheMonthBefore) {
  // 1 department: 2 office (closed 15/07/2025), 3 commune; school 4 moved
  // from the office to the commune on 01/07/2025, school 5 on 20/07/2025;
  // school 6 moved on 01/03/2026.
  const std::vector<OrgUnit> units{unit(1, std::nullopt), unit(2, 1, "2025-07-15"), unit(3, 1), unit(4, 3),
                                   unit(5, 3),            unit(6, 1)};
  const std::vector<UnitSpan> spans{
      {1, {std::nullopt, "", ""}},
      {2, {1, "2010-01-01", "2025-07-15"}},
      {3, {1, "2025-06-01", ""}},  // a first span is no change
      {4, {2, "", "2025-07-01"}},
      {4, {3, "2025-07-01", ""}},
      {5, {2, "", "2025-07-20"}},
      {5, {3, "2025-07-20", ""}},
      {6, {3, "", "2026-03-01"}},
      {6, {1, "2026-03-01", ""}},
  };
  const auto past = past_trees(units, spans);
  ASSERT_EQ(past.size(), 2u);
  EXPECT_EQ(past[0].until, (Date{2025, 7, 1}));
  EXPECT_EQ(past[1].until, (Date{2026, 3, 1}));
  auto node = [](const analytics::PastTree& t, int64_t id) {
    for (const auto& n : t.units)
      if (n.id == id) return n;
    return analytics::UnitNode{};
  };
  // Until July 2025: both schools under the office, the office open, 6 under the commune.
  EXPECT_EQ(node(past[0], 4).parent_id, 2);
  EXPECT_EQ(node(past[0], 5).parent_id, 2);
  EXPECT_FALSE(node(past[0], 2).closed);
  EXPECT_EQ(node(past[0], 6).parent_id, 3);
  // From July 2025 to February 2026: both moved, the office closed, 6 not yet moved.
  EXPECT_EQ(node(past[1], 4).parent_id, 3);
  EXPECT_EQ(node(past[1], 5).parent_id, 3);
  EXPECT_TRUE(node(past[1], 2).closed);
  EXPECT_EQ(node(past[1], 6).parent_id, 3);
  EXPECT_EQ(node(past[1], 6).type, OrgType::kSchoolPrimary);
}

TEST(GovernorOn, TheSpanCoveringTheDayElseNone) {
  const std::vector<ParentSpan> spans{{30, "", "2025-07-01"}, {40, "2025-07-01", "2026-01-15"}};
  EXPECT_EQ(governor_on(spans, "2010-01-01", 99), 30);  // given at registration: held from before
  EXPECT_EQ(governor_on(spans, "2025-07-01", 99), 40);
  EXPECT_EQ(governor_on(spans, "2026-01-15", 99), std::nullopt) << "cleared: the parent governs";
  const std::vector<ParentSpan> later{{40, "2025-07-01", ""}};
  EXPECT_EQ(governor_on(later, "2025-06-30", 99), std::nullopt) << "none before it was given";
  EXPECT_EQ(governor_on({}, "2026-01-01", 99), 99);
}

// 1 department: 2 office (closed 01/07/2025) › 4, 5 schools; 3 commune. On
// 01/07/2025 both schools go to the department, governed by the commune.
std::vector<OrgUnit> governed_tree() {
  std::vector<OrgUnit> units{unit(1, std::nullopt), unit(2, 1, "2025-07-01"), unit(3, 1), unit(4, 1), unit(5, 1)};
  const char* paths[] = {"/1/", "/1/2/", "/1/3/", "/1/4/", "/1/5/"};
  for (size_t i = 0; i < units.size(); ++i) units[i].path = paths[i];
  units[3].governor_id = units[4].governor_id = 3;
  return units;
}

TEST(GovernedNow, UnitsOutsideTheGovernorsSubtreeOpenOnesOnly) {
  auto units = governed_tree();
  EXPECT_EQ(governed_now(units), (GovernedMap{{3, {4, 5}}}));
  units[4].closed = "2026-01-01";
  units[1].governor_id = 1;  // inside its governor's subtree: counted there already
  EXPECT_EQ(governed_now(units), (GovernedMap{{3, {4}}}));
}

TEST(PastGoverned, TheMapOfEachMonthBeforeAChange) {
  const auto units = governed_tree();
  const std::vector<UnitSpan> parents{{4, {2, "", "2025-07-01"}}, {4, {1, "2025-07-01", ""}},
                                      {5, {2, "", "2025-07-01"}}, {5, {1, "2025-07-01", ""}}};
  const std::vector<UnitSpan> governors{{4, {3, "2025-07-01", ""}}, {5, {3, "2025-07-01", ""}}};
  const auto past = past_governed(units, parents, governors);
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0].until, (Date{2025, 7, 1}));
  EXPECT_TRUE(past[0].governed.empty()) << "the commune governed nothing before July 2025";
  EXPECT_EQ(governed_for(past, *parse_period("2025S1")), &past[0].governed);
  EXPECT_EQ(governed_for(past, *parse_period("2025S2")), nullptr) << "the current map";
  EXPECT_EQ(governed_for(past, *parse_period("202507")), nullptr);
  // A unit given its governing body at registration has it for its past too.
  const std::vector<UnitSpan> from_start{{4, {3, "", ""}}, {5, {3, "", ""}}};
  const auto always = past_governed(units, parents, from_start);
  ASSERT_EQ(always.size(), 1u);
  EXPECT_EQ(always[0].governed, (GovernedMap{{3, {4, 5}}}));
  EXPECT_TRUE(past_governed({unit(1, std::nullopt), unit(2, 1, "2025-07-01")}, {}, {}).empty())
      << "no governing body ever: nothing to keep";
}

TEST(PastTrees, NoneWhenNothingEverMovedOrClosed) {
  const std::vector<OrgUnit> units{unit(1, std::nullopt), unit(2, 1)};
  EXPECT_TRUE(past_trees(units, {{1, {std::nullopt, "2020-01-01", ""}}, {2, {1, "2021-05-05", ""}}}).empty());
  EXPECT_TRUE(past_trees(units, {}).empty());
}

}  // namespace
}  // namespace bd::app
