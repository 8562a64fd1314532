#include "app/phrasing.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

TEST(Phrasing, ListsOfNamesReadNaturally) {
  EXPECT_EQ(name_list({}), "");
  EXPECT_EQ(name_list({"A"}), "A");
  EXPECT_EQ(name_list({"A", "B"}), "A và B");
  EXPECT_EQ(name_list({"A", "B", "C"}), "A, B và C");
  EXPECT_EQ(name_list({"A", "B", "C", "D"}, 2), "A, B và 2 đơn vị khác");
  EXPECT_EQ(name_list({"A", "B", "C"}, 1, "chỉ tiêu khác"), "A và 2 chỉ tiêu khác");
}

TEST(Phrasing, CountsWithTheirNounAndZeroSaidPlainly) {
  EXPECT_EQ(count_of(1250, "lượt người"), "1.250 lượt người");
  EXPECT_EQ(count_of(1, "hoạt động"), "1 hoạt động");
  EXPECT_EQ(count_of(0, "vụ việc"), "0 vụ việc");
  EXPECT_EQ(count_of(0, "vụ việc", "không có vụ việc nào"), "không có vụ việc nào");
}

TEST(Phrasing, DifferencesAndChangesInTheIndicatorsUnit) {
  EXPECT_EQ(difference(2.94, "percent"), "2,9 điểm phần trăm");
  EXPECT_EQ(difference(-3.1, "percent"), "3,1 điểm phần trăm");
  EXPECT_EQ(difference(1500, "count"), "1.500");
  EXPECT_EQ(difference(0.125, "ratio"), "0,13");
  EXPECT_EQ(change_since(42.9, 41.4, "percent", "cùng kỳ năm 2024"),
            "tăng 1,5 điểm phần trăm so với cùng kỳ năm 2024");
  EXPECT_EQ(change_since(10, 12, "count", "năm 2024"), "giảm 2 so với năm 2024");
  EXPECT_EQ(change_since(40.02, 40.0, "percent", "năm 2024"), "không đổi so với năm 2024") << "as shown: 40,0%";
}

}  // namespace
}  // namespace bd::app
