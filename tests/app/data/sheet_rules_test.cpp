// The validation rules on a sheet keyed by element id and option place.
#include "app/data/sheet_rules.h"

#include <gtest/gtest.h>

namespace bd::test {
namespace {

using app::BrokenRule;
using app::kNoOption;
using app::Sheet;
using app::SheetRules;

DataElement element(int64_t id, const std::string& code, const std::string& category) {
  DataElement e;
  e.id = id;
  e.code = code;
  e.name_vi = code;
  e.category = category;
  return e;
}

ValidationRule rule(const std::string& left, RuleOp op, const std::string& right, const std::string& message) {
  ValidationRule r;
  r.code = message;
  r.left = left;
  r.op = op;
  r.right = right;
  r.message_vi = message;
  return r;
}

class SheetRulesTest : public ::testing::Test {
 protected:
  // managers ≤ staff (both by sex); schools ≥ 1 (no option); an unknown side.
  SheetRules rules_{{rule("managers", RuleOp::kLe, "staff", "managers"), rule("schools", RuleOp::kGe, "1", "schools"),
                     rule("ghost", RuleOp::kLe, "staff", "ghost")},
                    {element(1, "staff", "sex"), element(2, "managers", "sex"), element(3, "schools", "")}};
  int female_ = rules_.key(1, "female")->second;
  int male_ = rules_.key(1, "male")->second;
};

TEST_F(SheetRulesTest, KeysNameAnElementsOptionOrItsOnlyCell) {
  EXPECT_NE(female_, male_);
  EXPECT_EQ(rules_.key(3, ""), (app::SheetKey{3, kNoOption}));
  EXPECT_FALSE(rules_.key(3, "female")) << "an element without options has no female cell";
  EXPECT_FALSE(rules_.key(1, "")) << "a by-sex element needs its option";
  EXPECT_FALSE(rules_.key(1, "other"));
  EXPECT_FALSE(rules_.key(99, "")) << "unknown element";
}

TEST_F(SheetRulesTest, AByOptionFailureIsOneMistakeNotTwo) {
  Sheet sheet{{{1, female_}, 10}, {{1, male_}, 10}, {{2, female_}, 12}, {{2, male_}, 3}, {{3, kNoOption}, 1}};
  auto broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 1u) << "women 12 > 10 fails; the men and the total (15 ≤ 20) hold";
  EXPECT_EQ(broken[0].rule->code, "managers");
  EXPECT_EQ(broken[0].option, "female");
  EXPECT_EQ(broken[0].field, (app::SheetKey{2, female_}));
  EXPECT_DOUBLE_EQ(broken[0].left, 12);
  EXPECT_DOUBLE_EQ(broken[0].right, 10);
}

TEST_F(SheetRulesTest, TheTotalIsCheckedWhenNoSexFails) {
  // The managers' men are missing, so only the women and the total compare:
  // 12 ≤ 13 women and 12 ≤ 14 in all hold. The schools' 0 < 1 fails, and
  // names the schools' only cell.
  Sheet sheet{{{1, female_}, 13}, {{1, male_}, 1}, {{2, female_}, 12}, {{3, kNoOption}, 0}};
  auto broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].rule->code, "schools");
  EXPECT_EQ(broken[0].option, "");
  EXPECT_EQ(broken[0].field, (app::SheetKey{3, kNoOption}));
  // With the staff's women at 5, the women fail (12 > 5); the total's
  // failure (12 > 6) is the same mistake and is not listed again.
  sheet[{1, female_}] = 5;
  sheet[{3, kNoOption}] = 2;
  broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].rule->code, "managers");
  EXPECT_EQ(broken[0].option, "female");
  // Without any woman on the left, men 7 ≤ 8 and the total 7 ≤ 8 hold.
  sheet.erase({2, female_});
  sheet[{2, male_}] = 7;
  sheet[{1, male_}] = 8;
  sheet[{1, female_}] = 0;
  broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 0u) << "men 7 ≤ 8 and the total 7 ≤ 8 hold";
  sheet[{2, female_}] = 0.5;
  sheet[{1, female_}] = 1;
  sheet[{1, male_}] = 7;
  sheet[{2, male_}] = 7.6;
  broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 1u) << "women 0,5 ≤ 1 hold; men 7,6 > 7 fail, the total 8,1 > 8 is the same";
  EXPECT_EQ(broken[0].option, "male");
  EXPECT_EQ(broken[0].field, (app::SheetKey{2, male_}));
}

TEST_F(SheetRulesTest, WhenOnlyTheTotalFailsItNamesTheElement) {
  // Women 3 ≤ 5 hold; the staff's men are missing so the men are not
  // compared; in all, 3 + 4 managers > 5 staff.
  Sheet sheet{{{1, female_}, 5}, {{2, female_}, 3}, {{2, male_}, 4}, {{3, kNoOption}, 1}};
  auto broken = rules_.broken(sheet);
  ASSERT_EQ(broken.size(), 1u);
  EXPECT_EQ(broken[0].option, "");
  EXPECT_EQ(broken[0].field, (app::SheetKey{2, kNoOption}));
  EXPECT_DOUBLE_EQ(broken[0].left, 7);
  EXPECT_DOUBLE_EQ(broken[0].right, 5);
}

TEST_F(SheetRulesTest, MissingValuesAndUnknownElementsCheckNothing) {
  EXPECT_TRUE(rules_.broken({}).empty());
  Sheet managers_only{{{2, female_}, 50}};
  EXPECT_TRUE(rules_.broken(managers_only).empty()) << "nothing to compare with";
}

}  // namespace
}  // namespace bd::test
