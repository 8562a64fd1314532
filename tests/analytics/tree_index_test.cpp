#include "analytics/tree_index.h"

#include <gtest/gtest.h>

namespace bd::analytics {
namespace {

// 1 ─┬─ 5 ─┬─ 7
//    │     └─ 6 (closed)
//    └─ 2 ─── 9
// 3 (a second root)
std::vector<UnitNode> units() {
  return {{7, 5, OrgType::kSchoolPrimary, false}, {2, 1, OrgType::kCommune, false},
          {1, std::nullopt, OrgType::kDepartment, false}, {6, 5, OrgType::kSchoolPrimary, true},
          {5, 1, OrgType::kCommune, false}, {9, 2, OrgType::kSchoolPreschool, false},
          {3, std::nullopt, OrgType::kOther, false}};
}

TEST(TreeIndexTest, DepthFirstOrderWithChildrenById) {
  const TreeIndex t(units());
  ASSERT_EQ(t.size(), 7u);
  std::vector<int64_t> order;
  for (int32_t i = 0; i < 7; ++i) order.push_back(t.id(i));
  EXPECT_EQ(order, (std::vector<int64_t>{1, 2, 9, 5, 6, 7, 3}));
  EXPECT_EQ(t.last(*t.find(1)), 5);
  EXPECT_EQ(t.last(*t.find(5)), 5);
  EXPECT_EQ(t.last(*t.find(2)), 2);
  EXPECT_EQ(t.last(*t.find(3)), 6);
  EXPECT_EQ(t.find(42), std::nullopt);
}

TEST(TreeIndexTest, CountsOpenUnitsByType) {
  const TreeIndex t(units());
  EXPECT_EQ(t.count_open(*t.find(1), type_mask({})), 5);  // 6 is closed
  EXPECT_EQ(t.count_open(*t.find(1), type_mask({OrgType::kSchoolPrimary})), 1);
  EXPECT_EQ(t.count_open(*t.find(1), type_mask({OrgType::kSchoolPrimary, OrgType::kSchoolPreschool})), 2);
  EXPECT_EQ(t.count_open(*t.find(5), type_mask({OrgType::kCommune})), 1);
  EXPECT_EQ(t.count_open(*t.find(3), type_mask({OrgType::kSchoolPrimary})), 0);
}

TEST(TreeIndexTest, OpenChildrenInOrder) {
  const TreeIndex t(units());
  EXPECT_EQ(t.open_children(*t.find(1)), (std::vector<int64_t>{2, 5}));
  EXPECT_EQ(t.open_children(*t.find(5)), (std::vector<int64_t>{7}));
}

TEST(TreeIndexTest, RemapFollowsIdsAcrossAMove) {
  const TreeIndex before(units());
  auto moved = units();
  moved[0].parent_id = 2;  // 7 under 2
  const TreeIndex after(moved);
  EXPECT_FALSE(after.same_order(before));
  EXPECT_TRUE(TreeIndex(units()).same_order(before));
  const Remap r = after.remap_from(before);
  for (int32_t i = 0; i < 7; ++i) EXPECT_EQ(before.id(r[static_cast<size_t>(i)]), after.id(i));
  const Remap fewer = TreeIndex({{1, std::nullopt, OrgType::kOther, false}, {99, 1, OrgType::kOther, false}})
                          .remap_from(before);
  EXPECT_EQ(fewer, (Remap{0, -1}));
}

TEST(TreeIndexTest, RepeatedIdsKeepTheFirstEntry) {
  const TreeIndex t({{1, std::nullopt, OrgType::kOther, false}, {1, std::nullopt, OrgType::kOther, true}});
  EXPECT_EQ(t.size(), 1u);
  EXPECT_EQ(t.count_open(0, type_mask({})), 1);
}

TEST(TreeIndexTest, FindsSparseAndNegativeIdsToo) {
  // Ids far apart (or negative) are looked up in a hash map, not a table.
  const TreeIndex t({{-5, std::nullopt, OrgType::kOther, false},
                     {1'000'000'000'000, -5, OrgType::kOther, false},
                     {7, -5, OrgType::kOther, false}});
  EXPECT_EQ(t.find(-5), 0);
  EXPECT_EQ(t.find(7), 1);
  EXPECT_EQ(t.find(1'000'000'000'000), 2);
  EXPECT_EQ(t.find(8), std::nullopt);
  const TreeIndex dense({{10, std::nullopt, OrgType::kOther, false}, {12, 10, OrgType::kOther, false}});
  EXPECT_EQ(dense.find(12), 1);
  EXPECT_EQ(dense.find(11), std::nullopt);
  EXPECT_EQ(dense.find(9), std::nullopt);
  EXPECT_EQ(dense.find(13), std::nullopt);
  EXPECT_EQ(dense.find(-1), std::nullopt);
}

}  // namespace
}  // namespace bd::analytics
