#include "core/observances.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace bd {
namespace {

const ObservanceDate* find(const std::vector<ObservanceDate>& v, const std::string& code, int year) {
  for (const auto& o : v)
    if (o.observance->code == code && o.start.year == year) return &o;
  return nullptr;
}

TEST(ObservancesTest, TheSevenRecurringDatesWithVietnameseNames) {
  const auto& all = observances();
  ASSERT_EQ(all.size(), 7u);
  auto year = observances_between({2026, 1, 1}, {2026, 12, 31});
  ASSERT_EQ(year.size(), 7u);
  struct Expect {
    const char* code;
    Date start, end;
    const char* name;
  } expect[] = {
      {"intl_women_day", {2026, 3, 8}, {2026, 3, 8}, "Ngày Quốc tế Phụ nữ"},
      {"intl_happiness_day", {2026, 3, 20}, {2026, 3, 20}, "Ngày Quốc tế Hạnh phúc"},
      {"intl_children_day", {2026, 6, 1}, {2026, 6, 1}, "Ngày Quốc tế Thiếu nhi"},
      {"vn_family_day", {2026, 6, 28}, {2026, 6, 28}, "Ngày Gia đình Việt Nam"},
      {"vn_women_day", {2026, 10, 20}, {2026, 10, 20}, "Ngày Phụ nữ Việt Nam"},
      {"gender_equality_month", {2026, 11, 15}, {2026, 12, 15},
       "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới"},
      {"end_violence_against_women_day", {2026, 11, 25}, {2026, 11, 25}, "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ"},
  };
  for (size_t i = 0; i < year.size(); ++i) {
    SCOPED_TRACE(expect[i].code);
    EXPECT_EQ(year[i].observance->code, expect[i].code);
    EXPECT_EQ(year[i].start, expect[i].start);
    EXPECT_EQ(year[i].end, expect[i].end);
    EXPECT_EQ(year[i].observance->name_vi, expect[i].name);
    EXPECT_EQ(text::nfc(year[i].observance->name_vi), year[i].observance->name_vi) << "stored in NFC";
    EXPECT_FALSE(year[i].observance->name_en.empty());
  }
  EXPECT_TRUE(year[5].observance->is_period());
  EXPECT_FALSE(year[0].observance->is_period());
}

TEST(ObservancesTest, TheActionMonthIsKeptWhenTheRangeCutsIt) {
  auto dec = observances_between({2025, 12, 1}, {2025, 12, 31});
  ASSERT_EQ(dec.size(), 1u);
  EXPECT_EQ(dec[0].observance->code, "gender_equality_month");
  EXPECT_EQ(dec[0].start, (Date{2025, 11, 15}));
  EXPECT_TRUE(observances_between({2025, 12, 16}, {2026, 3, 7}).empty());
  EXPECT_EQ(observances_between({2026, 3, 8}, {2026, 3, 8}).size(), 1u);
}

TEST(ObservancesTest, SeveralYearsComeInDateOrder) {
  auto two = observances_between({2025, 11, 1}, {2026, 3, 31});
  ASSERT_EQ(two.size(), 4u);
  EXPECT_NE(find(two, "gender_equality_month", 2025), nullptr);
  EXPECT_NE(find(two, "end_violence_against_women_day", 2025), nullptr);
  EXPECT_NE(find(two, "intl_women_day", 2026), nullptr);
  for (size_t i = 1; i < two.size(); ++i) EXPECT_LE(two[i - 1].start, two[i].start);
  EXPECT_EQ(observances_between({2024, 1, 1}, {2026, 12, 31}).size(), 21u);
}

}  // namespace
}  // namespace bd
