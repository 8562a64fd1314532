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

TEST(PastTrees, NoneWhenNothingEverMovedOrClosed) {
  const std::vector<OrgUnit> units{unit(1, std::nullopt), unit(2, 1)};
  EXPECT_TRUE(past_trees(units, {{1, {std::nullopt, "2020-01-01", ""}}, {2, {1, "2021-05-05", ""}}}).empty());
  EXPECT_TRUE(past_trees(units, {}).empty());
}

}  // namespace
}  // namespace bd::app
