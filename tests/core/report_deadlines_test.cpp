#include "core/report_deadlines.h"

#include <gtest/gtest.h>

namespace bd::test {
namespace {

DataSet form(const char* code, PeriodType type, const char* rule, std::vector<OrgType> who = {}) {
  DataSet s;
  s.code = code;
  s.period_type = type;
  s.deadline = *DeadlineRule::parse(rule);
  s.unit_types = std::move(who);
  return s;
}

const std::vector<DataSet> kForms{
    form("NHANSU", PeriodType::kHalfYear, "S1:06-10,S2:11-10"),
    form("HOATDONG", PeriodType::kHalfYear, "S1:06-15,S2:11-05"),
    form("DOISONG", PeriodType::kYear, "Y:12-20"),
    form("PHOCAP", PeriodType::kYear, "Y:12-01", {OrgType::kOffice}),
};

TEST(ReportDeadlines, TheFormsDueAreThoseOfThePeriodsTypeForTheUnit) {
  const auto half = due_data_sets(kForms, OrgType::kSchoolPrimary, *parse_period("2026S2"));
  ASSERT_EQ(half.size(), 2u);
  EXPECT_EQ(half[0]->code, "NHANSU");
  EXPECT_EQ(half[1]->code, "HOATDONG");
  EXPECT_EQ(due_data_sets(kForms, OrgType::kSchoolPrimary, *parse_period("2026")).size(), 1u);
  EXPECT_EQ(due_data_sets(kForms, OrgType::kOffice, *parse_period("2026")).size(), 2u);
}

TEST(ReportDeadlines, AReportIsDueByItsEarliestForm) {
  EXPECT_EQ(report_due(kForms, OrgType::kSchoolPrimary, *parse_period("2026S1")), (Date{2026, 6, 10}));
  EXPECT_EQ(report_due(kForms, OrgType::kSchoolPrimary, *parse_period("2026S2")), (Date{2026, 11, 5}));
  EXPECT_EQ(report_due(kForms, OrgType::kSchoolPrimary, *parse_period("2026")), (Date{2026, 12, 20}));
  EXPECT_EQ(report_due(kForms, OrgType::kOffice, *parse_period("2026")), (Date{2026, 12, 1})) << "its own form";
  EXPECT_FALSE(report_due(kForms, OrgType::kSchoolPrimary, *parse_period("2026Q1"))) << "no quarterly form";
}

TEST(ReportDeadlines, AYearsReportsInDateOrder) {
  const auto school = report_deadlines(kForms, OrgType::kSchoolPrimary, 2026);
  ASSERT_EQ(school.size(), 3u);
  EXPECT_EQ(school[0].first.code(), "2026S1");
  EXPECT_EQ(school[1].first.code(), "2026S2");
  EXPECT_EQ(school[1].second, (Date{2026, 11, 5}));
  EXPECT_EQ(school[2].first.code(), "2026");
  EXPECT_TRUE(report_deadlines({}, OrgType::kSchoolPrimary, 2026).empty());
}

}  // namespace
}  // namespace bd::test
