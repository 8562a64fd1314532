#include "core/catalog.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

Period P(std::string_view code) { return parse_period(code).value(); }

DeadlineRule rule(std::string_view text) {
  auto r = DeadlineRule::parse(text);
  EXPECT_TRUE(r.ok()) << text << ": " << (r.ok() ? "" : r.error().message);
  return r.ok() ? *r : DeadlineRule{};
}

TEST(CatalogTest, ValueTypeCodesRoundTrip) {
  for (auto t : {ValueType::kCount, ValueType::kNumber, ValueType::kBoolean, ValueType::kText})
    EXPECT_EQ(parse_value_type(value_type_code(t)), t);
  EXPECT_EQ(value_type_code(ValueType::kCount), "count");
  EXPECT_EQ(value_type_code(ValueType::kNumber), "number");
  EXPECT_EQ(value_type_code(ValueType::kBoolean), "boolean");
  EXPECT_EQ(value_type_code(ValueType::kText), "text");
  EXPECT_FALSE(parse_value_type("Count"));
  EXPECT_FALSE(parse_value_type(""));
  EXPECT_FALSE(parse_value_type("integer"));
}

TEST(CatalogTest, AggregationCodesRoundTrip) {
  for (auto a : {TimeAggregation::kStock, TimeAggregation::kFlow}) EXPECT_EQ(parse_aggregation(aggregation_code(a)), a);
  EXPECT_EQ(aggregation_code(TimeAggregation::kStock), "stock");
  EXPECT_EQ(aggregation_code(TimeAggregation::kFlow), "flow");
  EXPECT_FALSE(parse_aggregation("sum"));
  EXPECT_FALSE(parse_aggregation(""));
}

TEST(CatalogTest, SexCategoryHasFemaleThenMale) {
  const Category* sex = find_category("sex");
  ASSERT_NE(sex, nullptr);
  EXPECT_EQ(sex->code, "sex");
  ASSERT_EQ(sex->options.size(), 2u);
  EXPECT_EQ(sex->options[0].code, "female");
  EXPECT_EQ(sex->options[0].name_vi, "Nữ");
  EXPECT_EQ(sex->options[1].code, "male");
  EXPECT_EQ(sex->options[1].name_vi, "Nam");
  EXPECT_EQ(option_index(*sex, "female"), 0);
  EXPECT_EQ(option_index(*sex, "male"), 1);
  EXPECT_EQ(option_index(*sex, "other"), -1);
  EXPECT_EQ(option_index(*sex, ""), -1);
  EXPECT_EQ(option_index(*sex, "Female"), -1);
  EXPECT_EQ(find_category("age"), nullptr);
  EXPECT_EQ(find_category(""), nullptr);
  bool listed = false;
  for (const auto& c : categories()) listed |= c.code == "sex";
  EXPECT_TRUE(listed);
}

TEST(CatalogTest, OptionCountFollowsCategory) {
  DataElement e;
  EXPECT_EQ(e.option_count(), 1);
  EXPECT_FALSE(e.by_sex());
  e.category = "sex";
  EXPECT_EQ(e.option_count(), 2);
  EXPECT_TRUE(e.by_sex());
  e.category = "unknown";
  EXPECT_EQ(e.option_count(), 1);
}

TEST(CatalogTest, HalfYearDeadlines) {
  DeadlineRule r = rule("S1:06-10,S2:11-10");
  EXPECT_EQ(r.text, "S1:06-10,S2:11-10");
  EXPECT_EQ(r.due(P("2025S1")), (Date{2025, 6, 10}));
  EXPECT_EQ(r.due(P("2025S2")), (Date{2025, 11, 10}));
  EXPECT_EQ(r.due(P("2026S1")), (Date{2026, 6, 10}));
  // Only S1 listed: S2 has no deadline.
  EXPECT_FALSE(rule("S1:06-10").due(P("2025S2")));
}

TEST(CatalogTest, YearDeadline) {
  DeadlineRule r = rule("Y:12-20");
  EXPECT_EQ(r.due(P("2025")), (Date{2025, 12, 20}));
  EXPECT_EQ(r.due(P("2030")), (Date{2030, 12, 20}));
}

TEST(CatalogTest, DaysAfterEachPeriodEnd) {
  DeadlineRule r = rule("Q:+15");
  EXPECT_EQ(r.days_after_end, 15);
  EXPECT_EQ(r.due(P("2025Q1")), (Date{2025, 4, 15}));
  EXPECT_EQ(r.due(P("2025Q2")), (Date{2025, 7, 15}));
  EXPECT_EQ(r.due(P("2025Q3")), (Date{2025, 10, 15}));
  EXPECT_EQ(r.due(P("2025Q4")), (Date{2026, 1, 15}));
  EXPECT_EQ(rule("Q:+0").due(P("2025Q1")), (Date{2025, 3, 31}));
  EXPECT_EQ(rule("M:+1").due(P("202402")), (Date{2024, 3, 1}));
  EXPECT_EQ(rule("M:+1").due(P("202502")), (Date{2025, 3, 1}));
}

TEST(CatalogTest, NextYearFlag) {
  DeadlineRule r = rule("M1:01-15+,M12:01-20+");
  ASSERT_EQ(r.entries.size(), 2u);
  EXPECT_TRUE(r.entries[0].next_year);
  EXPECT_EQ(r.due(P("202501")), (Date{2026, 1, 15}));
  EXPECT_EQ(r.due(P("202512")), (Date{2026, 1, 20}));
  EXPECT_FALSE(r.due(P("202506")));
  EXPECT_EQ(rule("S2:01-15+").due(P("2025S2")), (Date{2026, 1, 15}));
  EXPECT_EQ(rule("S2:01-15").due(P("2025S2")), (Date{2025, 1, 15}));
}

TEST(CatalogTest, LeapDayDeadlineClampsInOrdinaryYears) {
  DeadlineRule r = rule("Q1:02-29");
  EXPECT_EQ(r.due(P("2024Q1")), (Date{2024, 2, 29}));
  EXPECT_EQ(r.due(P("2025Q1")), (Date{2025, 2, 28}));
}

TEST(CatalogTest, BadRulesAreValidationErrorsOnDeadline) {
  for (const char* bad : {"", "S1", "S1:13-01", "S1:02-30", "X1:01-01", "S1:00-10", "S1:06-00", "S1:6-10",
                          "S1:06/10", "S:06-10", ":06-10", "S1:06-10,,S2:11-10", "Q:+", "Q:+-3", "Q:+abc",
                          "Q:+400", "S1:04-31", "Sx:06-10"}) {
    auto r = DeadlineRule::parse(bad);
    ASSERT_FALSE(r.ok()) << '"' << bad << '"';
    EXPECT_EQ(r.error().code, ErrorCode::kValidation) << bad;
    EXPECT_EQ(r.error().field, "deadline") << bad;
    EXPECT_NE(r.error().message.find(bad), std::string::npos) << "message quotes the rule: " << bad;
  }
}

// Found by tests/fuzz/deadline_fuzz.cpp: keys naming no period ("S3", "M-1",
// "X" before +days) were accepted and their entries never matched a period.
TEST(CatalogTest, DeadlineKeysNameARealPeriod) {
  for (const char* bad : {"S3:06-10", "S0:06-10", "S-1:06-10", "Q5:01-10", "M13:01-10", "M0:01-10", "M+1:01-10",
                          "Y1:12-20", "X:+15", "S1:+15", "QQ:+14", "Yx:+3", "Q:+15,Z:+3"}) {
    auto r = DeadlineRule::parse(bad);
    ASSERT_FALSE(r.ok()) << '"' << bad << '"';
    EXPECT_EQ(r.error().field, "deadline") << bad;
  }
  for (const char* good : {"S2:11-10", "Q4:01-15+", "M12:01-20+", "M01:02-10", "Y:+30", "S:+10", "M:+1"})
    EXPECT_TRUE(DeadlineRule::parse(good).ok()) << good;
}

TEST(CatalogTest, DataSetAppliesTo) {
  DataSet s;
  EXPECT_TRUE(s.applies_to(OrgType::kSchoolPrimary));  // empty: every unit
  EXPECT_TRUE(s.applies_to(OrgType::kMinistry));
  s.unit_types = {OrgType::kSchoolPrimary, OrgType::kSchoolLowerSecondary};
  EXPECT_TRUE(s.applies_to(OrgType::kSchoolPrimary));
  EXPECT_TRUE(s.applies_to(OrgType::kSchoolLowerSecondary));
  EXPECT_FALSE(s.applies_to(OrgType::kSchoolUpperSecondary));
  EXPECT_FALSE(s.applies_to(OrgType::kDepartment));
}

TEST(CatalogTest, RuleOpsParse) {
  EXPECT_EQ(parse_rule_op("<="), RuleOp::kLe);
  EXPECT_EQ(parse_rule_op("<"), RuleOp::kLt);
  EXPECT_EQ(parse_rule_op(">="), RuleOp::kGe);
  EXPECT_EQ(parse_rule_op(">"), RuleOp::kGt);
  EXPECT_EQ(parse_rule_op("="), RuleOp::kEq);
  for (const char* bad : {"", "==", "=<", "!=", "le", " <="}) EXPECT_FALSE(parse_rule_op(bad)) << bad;
}

TEST(CatalogTest, RuleHoldsForEachOp) {
  EXPECT_TRUE(rule_holds(RuleOp::kLe, 3, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kLe, 5, 5));
  EXPECT_FALSE(rule_holds(RuleOp::kLe, 6, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kLt, 4, 5));
  EXPECT_FALSE(rule_holds(RuleOp::kLt, 5, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kGe, 5, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kGe, 6, 5));
  EXPECT_FALSE(rule_holds(RuleOp::kGe, 4, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kGt, 6, 5));
  EXPECT_FALSE(rule_holds(RuleOp::kGt, 5, 5));
  EXPECT_TRUE(rule_holds(RuleOp::kEq, 5, 5));
  EXPECT_FALSE(rule_holds(RuleOp::kEq, 5, 5.5));
  EXPECT_FALSE(rule_holds(RuleOp::kEq, 0, -1));
}

}  // namespace
}  // namespace bd
