#include "analytics/targets.h"

#include <gtest/gtest.h>

#include <set>

#include <cmath>

#include "analytics/expression.h"

namespace bd::analytics {
namespace {

TEST(TargetsTest, EveryComparator) {
  EXPECT_TRUE(meets(Comparator::kGe, 40, 40));
  EXPECT_TRUE(meets(Comparator::kGe, 41, 40));
  EXPECT_FALSE(meets(Comparator::kGe, 39.9, 40));
  EXPECT_TRUE(meets(Comparator::kGt, 50.1, 50));
  EXPECT_FALSE(meets(Comparator::kGt, 50, 50));
  EXPECT_TRUE(meets(Comparator::kLe, 113, 113));
  EXPECT_FALSE(meets(Comparator::kLe, 113.5, 113));
  EXPECT_TRUE(meets(Comparator::kLt, 0.5, 1));
  EXPECT_FALSE(meets(Comparator::kLt, 1, 1));
  EXPECT_TRUE(meets(Comparator::kEq, 100, 100));
  EXPECT_FALSE(meets(Comparator::kEq, 99, 100));
}

TEST(TargetsTest, EqualityHasASmallRelativeTolerance) {
  EXPECT_TRUE(meets(Comparator::kEq, 100 * (1 + 1e-12), 100));
  EXPECT_FALSE(meets(Comparator::kEq, 100.001, 100));
  EXPECT_TRUE(meets(Comparator::kEq, 1e12 + 1, 1e12));  // relative, not absolute
  EXPECT_TRUE(meets(Comparator::kEq, 0, 0));
  EXPECT_FALSE(meets(Comparator::kEq, 1e-6, 0));
  // A share that lands a hair under its target by rounding still meets ≥.
  EXPECT_TRUE(meets(Comparator::kGe, 40 - 1e-12, 40));
  EXPECT_FALSE(meets(Comparator::kGt, 50 + 1e-12, 50));
  EXPECT_FALSE(meets(Comparator::kGe, std::nan(""), 40));
}

TEST(TargetsTest, ParsesComparatorsAndWhens) {
  EXPECT_EQ(parse_comparator("ge"), Comparator::kGe);
  EXPECT_EQ(parse_comparator("≥"), Comparator::kGe);
  EXPECT_EQ(parse_comparator("gt"), Comparator::kGt);
  EXPECT_EQ(parse_comparator(">"), Comparator::kGt);
  EXPECT_EQ(parse_comparator("le"), Comparator::kLe);
  EXPECT_EQ(parse_comparator("≤"), Comparator::kLe);
  EXPECT_EQ(parse_comparator("lt"), Comparator::kLt);
  EXPECT_EQ(parse_comparator("<"), Comparator::kLt);
  EXPECT_EQ(parse_comparator("eq"), Comparator::kEq);
  EXPECT_EQ(parse_comparator("="), Comparator::kEq);
  EXPECT_EQ(parse_comparator("=>"), std::nullopt);
  EXPECT_EQ(symbol(Comparator::kLe), "≤");
  EXPECT_EQ(comparator_code(Comparator::kGt), "gt");
  EXPECT_EQ(parse_target_when("by_year"), TargetWhen::kByYear);
  EXPECT_EQ(parse_target_when("from_year"), TargetWhen::kFromYear);
  EXPECT_EQ(parse_target_when("every_year"), TargetWhen::kEveryYear);
  EXPECT_EQ(parse_target_when("every_quarter"), TargetWhen::kEveryQuarter);
  EXPECT_EQ(parse_target_when("yearly"), std::nullopt);
  EXPECT_EQ(target_when_code(TargetWhen::kFromYear), "from_year");
}

TEST(TargetsTest, Status) {
  EXPECT_EQ(status(Comparator::kGe, 40, 45.0), TargetStatus::kMet);
  EXPECT_EQ(status(Comparator::kGe, 40, 35.0), TargetStatus::kNotMet);
  EXPECT_EQ(status(Comparator::kGe, 40, std::nullopt), TargetStatus::kNoData);
}

TEST(TargetsTest, AppliesIn) {
  EXPECT_TRUE(applies_in(TargetWhen::kByYear, 2025, 2025));
  EXPECT_FALSE(applies_in(TargetWhen::kByYear, 2025, 2026));
  EXPECT_FALSE(applies_in(TargetWhen::kByYear, 2025, 2024));
  EXPECT_TRUE(applies_in(TargetWhen::kFromYear, 2025, 2025));
  EXPECT_TRUE(applies_in(TargetWhen::kFromYear, 2025, 2030));
  EXPECT_FALSE(applies_in(TargetWhen::kFromYear, 2025, 2024));
  EXPECT_TRUE(applies_in(TargetWhen::kEveryYear, 2025, 1999));
  EXPECT_TRUE(applies_in(TargetWhen::kEveryQuarter, 0, 2031));
}

TEST(TargetsTest, LeastSquaresOnExactLines) {
  const auto t = least_squares({{2021, 30}, {2022, 32}, {2023, 34}, {2024, 36}});
  ASSERT_TRUE(t);
  EXPECT_NEAR(t->slope, 2, 1e-9);
  EXPECT_NEAR(t->intercept + t->slope * 2025, 38, 1e-9);
  EXPECT_EQ(t->points, 4);
  const auto flat = least_squares({{1, 5}, {3, 5}});
  ASSERT_TRUE(flat);
  EXPECT_NEAR(flat->slope, 0, 1e-12);
  EXPECT_NEAR(flat->intercept, 5, 1e-12);
  const auto down = least_squares({{0, 10}, {1, 7}, {2, 4}});
  ASSERT_TRUE(down);
  EXPECT_NEAR(down->slope, -3, 1e-12);
  EXPECT_NEAR(down->intercept, 10, 1e-12);
}

TEST(TargetsTest, LeastSquaresNeedsTwoDistinctXs) {
  EXPECT_EQ(least_squares({}), std::nullopt);
  EXPECT_EQ(least_squares({{2024, 1}}), std::nullopt);
  EXPECT_EQ(least_squares({{2024, 1}, {2024, 3}}), std::nullopt);
}

TEST(TargetsTest, ProjectionWithoutPointsIsUnknown) {
  const Projection p = project(Comparator::kGe, 40, TargetWhen::kByYear, 2030, {}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kUnknown);
  EXPECT_EQ(p.projected, std::nullopt);
  EXPECT_EQ(p.deadline_year, 2030);
}

TEST(TargetsTest, ProjectionWithOnePoint) {
  Projection p = project(Comparator::kGe, 40, TargetWhen::kEveryYear, 0, {{2024, 42}}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kOnTrack);
  EXPECT_EQ(p.projected, 42);
  EXPECT_EQ(p.deadline_year, 2025);
  p = project(Comparator::kGe, 40, TargetWhen::kEveryYear, 0, {{2024, 20}}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kAtRisk);
  // Several points of one year act as one: their mean.
  p = project(Comparator::kGe, 40, TargetWhen::kEveryYear, 0, {{2024, 38}, {2024, 44}}, 2025);
  EXPECT_EQ(p.projected, 41);
  EXPECT_EQ(p.trajectory, Trajectory::kOnTrack);
}

TEST(TargetsTest, ProjectionOnTrackAtRiskOffTrack) {
  // Women among PhD holders ≥ 35% by 2030, rising 1 point a year from 30 in 2022.
  const std::vector<std::pair<double, double>> rising{{2022, 30}, {2023, 31}, {2024, 32}, {2025, 33}};
  Projection p = project(Comparator::kGe, 35, TargetWhen::kByYear, 2030, rising, 2025);
  EXPECT_EQ(p.deadline_year, 2030);
  EXPECT_NEAR(*p.projected, 38, 1e-9);
  EXPECT_EQ(p.trajectory, Trajectory::kOnTrack);
  // The same trend judged this year: 33 against 35, a gap of 2 ≤ 3.5 → at risk.
  p = project(Comparator::kGe, 35, TargetWhen::kFromYear, 2025, rising, 2025);
  EXPECT_EQ(p.deadline_year, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kAtRisk);
  // Falling away from 50: off track.
  p = project(Comparator::kGt, 50, TargetWhen::kByYear, 2030, {{2023, 45}, {2024, 43}, {2025, 41}}, 2025);
  EXPECT_NEAR(*p.projected, 31, 1e-9);
  EXPECT_EQ(p.trajectory, Trajectory::kOffTrack);
  // A target of 0 cases: within 1 case is at risk, more is off track.
  p = project(Comparator::kEq, 0, TargetWhen::kEveryYear, 0, {{2024, 1}, {2025, 1}}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kAtRisk);
  p = project(Comparator::kEq, 0, TargetWhen::kEveryYear, 0, {{2024, 2}, {2025, 3}}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kOffTrack);
  p = project(Comparator::kEq, 0, TargetWhen::kEveryYear, 0, {{2024, 1}, {2025, 0}}, 2025);
  EXPECT_EQ(p.trajectory, Trajectory::kOnTrack);
}

TEST(TargetsTest, Labels) {
  EXPECT_EQ(label_vi(TargetStatus::kMet), "Đạt");
  EXPECT_EQ(label_vi(TargetStatus::kNotMet), "Chưa đạt");
  EXPECT_EQ(label_vi(TargetStatus::kNoData), "Chưa có số liệu");
  EXPECT_EQ(label_vi(Trajectory::kOnTrack), "Đúng hướng");
  EXPECT_EQ(label_vi(Trajectory::kAtRisk), "Có nguy cơ");
  EXPECT_EQ(label_vi(Trajectory::kOffTrack), "Chệch hướng");
  EXPECT_EQ(label_vi(Trajectory::kUnknown), "Chưa đủ dữ liệu");
  EXPECT_EQ(label_en(TargetStatus::kNotMet), "Not met");
  EXPECT_EQ(label_en(Trajectory::kOffTrack), "Off track");
}

// The kinds of target in DOMAIN.md, each as indicator + comparator + value.
struct Case {
  const char* indicator;
  Comparator c;
  double target;
  std::vector<std::optional<double>> values;
  TargetStatus expected;
};

class DomainTargetsTest : public ::testing::TestWithParam<Case> {};

TEST_P(DomainTargetsTest, Status) {
  const Case& k = GetParam();
  auto x = Expression::compile(k.indicator);
  ASSERT_TRUE(x.ok()) << x.error().message;
  std::vector<double> counts(x->unit_counts().size(), 50);  // 50 schools
  EXPECT_EQ(status(k.c, k.target, x->evaluate(k.values, counts)), k.expected) << k.indicator;
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, DomainTargetsTest,
    ::testing::Values(
        // women among school leaders ≥ 40% (003): 2 of 5 exactly, then 1 of 4
        Case{"100 * #{LEAD.female} / #{LEAD}", Comparator::kGe, 40, {2, 5}, TargetStatus::kMet},
        Case{"100 * #{LEAD.female} / #{LEAD}", Comparator::kGe, 40, {1, 4}, TargetStatus::kNotMet},
        // women among leaders of mass organisations > 50% (003): exactly half is not enough
        Case{"100 * #{ORG_LEAD.female} / (#{ORG_LEAD.female} + #{ORG_LEAD.male})", Comparator::kGt, 50, {3, 3},
             TargetStatus::kNotMet},
        Case{"100 * #{ORG_LEAD.female} / (#{ORG_LEAD.female} + #{ORG_LEAD.male})", Comparator::kGt, 50, {4, 3},
             TargetStatus::kMet},
        // institutions displaying the hotlines = 100% (002): a share of institutions
        Case{"100 * #{HOTLINE} / N{school}", Comparator::kEq, 100, {50}, TargetStatus::kMet},
        Case{"100 * #{HOTLINE} / N{school}", Comparator::kEq, 100, {49}, TargetStatus::kNotMet},
        // staff with a health check = 100% (coverage: reached / people)
        Case{"100 * #{CHECKED} / #{STAFF}", Comparator::kEq, 100, {3, 3}, TargetStatus::kMet},
        // sex ratio at birth ≤ 113 boys per 100 girls (003)
        Case{"100 * #{BIRTHS.male} / #{BIRTHS.female}", Comparator::kLe, 113, {113, 100}, TargetStatus::kMet},
        Case{"100 * #{BIRTHS.male} / #{BIRTHS.female}", Comparator::kLe, 113, {120, 100}, TargetStatus::kNotMet},
        // serious violence cases = 0 (004): a count with a ceiling
        Case{"#{VIOLENCE}", Comparator::kEq, 0, {0}, TargetStatus::kMet},
        Case{"#{VIOLENCE}", Comparator::kEq, 0, {1}, TargetStatus::kNotMet},
        Case{"#{VIOLENCE}", Comparator::kEq, 0, {std::nullopt}, TargetStatus::kNoData},
        // female staff newly admitted to the Party ≥ 1 person (003): a floor
        Case{"#{PARTY_NEW.female}", Comparator::kGe, 1, {1}, TargetStatus::kMet},
        Case{"#{PARTY_NEW.female}", Comparator::kGe, 1, {0}, TargetStatus::kNotMet},
        // gender parity in enrolment: adjusted GPI within 0.97–1.03, as two targets
        Case{"gpia(#{ENROL.female}, #{ENROL.male})", Comparator::kGe, 0.97, {98, 100}, TargetStatus::kMet},
        Case{"gpia(#{ENROL.female}, #{ENROL.male})", Comparator::kGe, 0.97, {90, 100}, TargetStatus::kNotMet},
        Case{"gpia(#{ENROL.female}, #{ENROL.male})", Comparator::kLe, 1.03, {110, 100}, TargetStatus::kNotMet}));

}  // namespace
}  // namespace bd::analytics

namespace bd::analytics {
namespace {

TEST(TargetsTest, TheListsHoldEveryComparatorAndWhenOnceAndRoundTrip) {
  std::set<std::string_view> codes;
  for (Comparator c : kComparators) {
    EXPECT_EQ(parse_comparator(comparator_code(c)), c);
    EXPECT_EQ(parse_comparator(symbol(c)), c);
    codes.insert(comparator_code(c));
  }
  EXPECT_EQ(codes, (std::set<std::string_view>{"ge", "gt", "eq", "le", "lt"}));
  std::set<std::string_view> whens;
  for (TargetWhen w : kTargetWhens) {
    EXPECT_EQ(parse_target_when(target_when_code(w)), w);
    whens.insert(target_when_code(w));
  }
  EXPECT_EQ(whens, (std::set<std::string_view>{"by_year", "from_year", "every_year", "every_quarter"}));
}

}  // namespace
}  // namespace bd::analytics
