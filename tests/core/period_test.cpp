#include "core/period.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

Period P(std::string_view code) {
  auto p = parse_period(code);
  EXPECT_TRUE(p.has_value()) << code;
  return p.value_or(Period{});
}

TEST(PeriodTest, EveryCodeFormRoundTrips) {
  struct Case {
    const char* code;
    PeriodType type;
    int year, index;
  } cases[] = {
      {"2024", PeriodType::kYear, 2024, 1},        {"2024S1", PeriodType::kHalfYear, 2024, 1},
      {"2024S2", PeriodType::kHalfYear, 2024, 2},  {"2024Q3", PeriodType::kQuarter, 2024, 3},
      {"202403", PeriodType::kMonth, 2024, 3},     {"202412", PeriodType::kMonth, 2024, 12},
      {"2024Sep", PeriodType::kSchoolYear, 2024, 1},
  };
  for (const auto& c : cases) {
    auto p = parse_period(c.code);
    ASSERT_TRUE(p.has_value()) << c.code;
    EXPECT_EQ(p->type, c.type) << c.code;
    EXPECT_EQ(p->year, c.year) << c.code;
    EXPECT_EQ(p->index, c.index) << c.code;
    EXPECT_EQ(p->code(), c.code);
  }
  // Months below 10 are written with a leading zero.
  EXPECT_EQ((Period{PeriodType::kMonth, 2025, 1}).code(), "202501");
}

TEST(PeriodTest, RejectsMalformedCodes) {
  for (const char* bad : {"2024S3", "2024S0", "2024Q5", "2024Q0", "202413", "202400", "24", "2024X", "2024sep",
                          "2024s1", "2024q1", "", "abcd", "2024S", "2024Q", "20243", "2024031", "2024-03",
                          " 2024", "2024 ", "2024Sept", "1800", "-2024"})
    EXPECT_FALSE(parse_period(bad).has_value()) << '"' << bad << '"';
}

TEST(PeriodTest, PeriodTypeCodesRoundTrip) {
  for (auto t : {PeriodType::kYear, PeriodType::kHalfYear, PeriodType::kQuarter, PeriodType::kMonth,
                 PeriodType::kSchoolYear})
    EXPECT_EQ(parse_period_type(period_type_code(t)), t);
  EXPECT_EQ(period_type_code(PeriodType::kHalfYear), "half_year");
  EXPECT_EQ(period_type_code(PeriodType::kSchoolYear), "school_year");
  EXPECT_FALSE(parse_period_type("Year").has_value());
  EXPECT_FALSE(parse_period_type("").has_value());
}

TEST(PeriodTest, VietnameseLabels) {
  EXPECT_EQ(P("2025").label_vi(), "Năm 2025");
  EXPECT_EQ(P("2025S1").label_vi(), "6 tháng đầu năm 2025");
  EXPECT_EQ(P("2025S2").label_vi(), "6 tháng cuối năm 2025");
  EXPECT_EQ(P("2025Q1").label_vi(), "Quý I/2025");
  EXPECT_EQ(P("2025Q2").label_vi(), "Quý II/2025");
  EXPECT_EQ(P("2025Q3").label_vi(), "Quý III/2025");
  EXPECT_EQ(P("2025Q4").label_vi(), "Quý IV/2025");
  EXPECT_EQ(P("202503").label_vi(), "Tháng 3/2025");  // no leading zero in the label
  EXPECT_EQ(P("202512").label_vi(), "Tháng 12/2025");
  EXPECT_EQ(P("2024Sep").label_vi(), "Năm học 2024-2025");
}

TEST(PeriodTest, EnglishLabels) {
  EXPECT_EQ(P("2025S1").label_en(), "First half of 2025");
  EXPECT_EQ(P("2025Q3").label_en(), "Q3 2025");
  EXPECT_EQ(P("202503").label_en(), "March 2025");
}

TEST(PeriodTest, StartAndEndDates) {
  EXPECT_EQ(P("2025").start(), (Date{2025, 1, 1}));
  EXPECT_EQ(P("2025").end(), (Date{2025, 12, 31}));
  EXPECT_EQ(P("2025S1").start(), (Date{2025, 1, 1}));
  EXPECT_EQ(P("2025S1").end(), (Date{2025, 6, 30}));
  EXPECT_EQ(P("2025S2").start(), (Date{2025, 7, 1}));
  EXPECT_EQ(P("2025S2").end(), (Date{2025, 12, 31}));
  EXPECT_EQ(P("2025Q3").start(), (Date{2025, 7, 1}));
  EXPECT_EQ(P("2025Q3").end(), (Date{2025, 9, 30}));
  EXPECT_EQ(P("2025Q1").end(), (Date{2025, 3, 31}));
  EXPECT_EQ(P("202504").end(), (Date{2025, 4, 30}));
  EXPECT_EQ(P("2024Sep").start(), (Date{2024, 9, 1}));
  EXPECT_EQ(P("2024Sep").end(), (Date{2025, 8, 31}));
}

TEST(PeriodTest, FebruaryFollowsLeapYears) {
  EXPECT_EQ(P("202402").end(), (Date{2024, 2, 29}));
  EXPECT_EQ(P("202502").end(), (Date{2025, 2, 28}));
  EXPECT_EQ(P("210002").end(), (Date{2100, 2, 28}));
  EXPECT_EQ(P("200002").end(), (Date{2000, 2, 29}));
}

TEST(PeriodTest, Contains) {
  EXPECT_TRUE(P("2025").contains(P("2025S2")));
  EXPECT_TRUE(P("2025").contains(P("202512")));
  EXPECT_TRUE(P("2025S1").contains(P("2025Q2")));
  EXPECT_FALSE(P("2025S1").contains(P("2025Q3")));
  EXPECT_TRUE(P("2025Q3").contains(P("202509")));
  EXPECT_FALSE(P("2025Q3").contains(P("202510")));
  EXPECT_TRUE(P("2025Q3").contains(P("2025Q3")));
  EXPECT_FALSE(P("202509").contains(P("2025Q3")));
  EXPECT_FALSE(P("2024").contains(P("202501")));
  // A school year holds September to August, across two calendar years.
  EXPECT_TRUE(P("2024Sep").contains(P("202409")));
  EXPECT_TRUE(P("2024Sep").contains(P("202508")));
  EXPECT_TRUE(P("2024Sep").contains(P("2025Q2")));
  EXPECT_FALSE(P("2024Sep").contains(P("202408")));
  EXPECT_FALSE(P("2024Sep").contains(P("202509")));
  EXPECT_FALSE(P("2024Sep").contains(P("2025")));
  EXPECT_FALSE(P("2025").contains(P("2024Sep")));
}

TEST(PeriodTest, ParentChainMonthQuarterHalfYear) {
  auto q = P("202508").parent();
  ASSERT_TRUE(q);
  EXPECT_EQ(q->code(), "2025Q3");
  auto h = q->parent();
  ASSERT_TRUE(h);
  EXPECT_EQ(h->code(), "2025S2");
  auto y = h->parent();
  ASSERT_TRUE(y);
  EXPECT_EQ(y->code(), "2025");
  EXPECT_FALSE(y->parent());
  EXPECT_FALSE(P("2024Sep").parent());
  EXPECT_EQ(P("202501").parent()->code(), "2025Q1");
  EXPECT_EQ(P("202503").parent()->code(), "2025Q1");
  EXPECT_EQ(P("202504").parent()->code(), "2025Q2");
  EXPECT_EQ(P("202512").parent()->code(), "2025Q4");
  EXPECT_EQ(P("2025Q2").parent()->code(), "2025S1");
  EXPECT_EQ(P("2025Q3").parent()->code(), "2025S2");
  // Every parent contains its child.
  for (const char* c : {"202501", "202506", "202507", "202512", "2025Q1", "2025Q4", "2025S1", "2025S2"})
    EXPECT_TRUE(P(c).parent()->contains(P(c))) << c;
}

TEST(PeriodTest, NextAndPreviousCrossYearBoundaries) {
  EXPECT_EQ(P("202512").next().code(), "202601");
  EXPECT_EQ(P("202601").previous().code(), "202512");
  EXPECT_EQ(P("202503").next().code(), "202504");
  EXPECT_EQ(P("2025Q4").next().code(), "2026Q1");
  EXPECT_EQ(P("2026Q1").previous().code(), "2025Q4");
  EXPECT_EQ(P("2025S2").next().code(), "2026S1");
  EXPECT_EQ(P("2026S1").previous().code(), "2025S2");
  EXPECT_EQ(P("2025S1").next().code(), "2025S2");
  EXPECT_EQ(P("2025").next().code(), "2026");
  EXPECT_EQ(P("2025").previous().code(), "2024");
  EXPECT_EQ(P("2024Sep").next().code(), "2025Sep");
  EXPECT_EQ(P("2024Sep").previous().code(), "2023Sep");
  for (const char* c : {"202501", "202512", "2025Q1", "2025Q4", "2025S1", "2025S2", "2025", "2025Sep"}) {
    EXPECT_EQ(P(c).next().previous(), P(c)) << c;
    // The next period starts the day after this one ends.
    EXPECT_EQ(days_from_civil(P(c).next().start()), days_from_civil(P(c).end()) + 1) << c;
  }
}

TEST(PeriodTest, PeriodOfADate) {
  const Date d{2025, 8, 31};
  EXPECT_EQ(period_of(PeriodType::kYear, d).code(), "2025");
  EXPECT_EQ(period_of(PeriodType::kHalfYear, d).code(), "2025S2");
  EXPECT_EQ(period_of(PeriodType::kQuarter, d).code(), "2025Q3");
  EXPECT_EQ(period_of(PeriodType::kMonth, d).code(), "202508");
  EXPECT_EQ(period_of(PeriodType::kSchoolYear, d).code(), "2024Sep");
  EXPECT_EQ(period_of(PeriodType::kSchoolYear, Date{2025, 9, 1}).code(), "2025Sep");
  EXPECT_EQ(period_of(PeriodType::kSchoolYear, Date{2025, 1, 1}).code(), "2024Sep");
  EXPECT_EQ(period_of(PeriodType::kHalfYear, Date{2025, 6, 30}).code(), "2025S1");
  EXPECT_EQ(period_of(PeriodType::kHalfYear, Date{2025, 7, 1}).code(), "2025S2");
  EXPECT_EQ(period_of(PeriodType::kQuarter, Date{2025, 3, 31}).code(), "2025Q1");
  EXPECT_EQ(period_of(PeriodType::kQuarter, Date{2025, 4, 1}).code(), "2025Q2");
  EXPECT_EQ(period_of(PeriodType::kQuarter, Date{2025, 12, 31}).code(), "2025Q4");
}

std::vector<std::string> codes(const std::vector<Period>& ps) {
  std::vector<std::string> out;
  for (const auto& p : ps) out.push_back(p.code());
  return out;
}

TEST(PeriodTest, PeriodsBetweenOverlapTheRange) {
  using V = std::vector<std::string>;
  EXPECT_EQ(codes(periods_between(PeriodType::kQuarter, {2024, 11, 15}, {2025, 4, 1})),
            (V{"2024Q4", "2025Q1", "2025Q2"}));
  EXPECT_EQ(codes(periods_between(PeriodType::kMonth, {2024, 12, 31}, {2025, 2, 1})), (V{"202412", "202501", "202502"}));
  EXPECT_EQ(codes(periods_between(PeriodType::kHalfYear, {2025, 1, 1}, {2025, 6, 30})), (V{"2025S1"}));
  EXPECT_EQ(codes(periods_between(PeriodType::kYear, {2023, 6, 1}, {2025, 1, 1})), (V{"2023", "2024", "2025"}));
  EXPECT_EQ(codes(periods_between(PeriodType::kSchoolYear, {2024, 8, 31}, {2025, 9, 1})),
            (V{"2023Sep", "2024Sep", "2025Sep"}));
  EXPECT_EQ(codes(periods_between(PeriodType::kMonth, {2025, 5, 10}, {2025, 5, 12})), (V{"202505"}));
}

}  // namespace
}  // namespace bd
