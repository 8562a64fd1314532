// What a report lacks before it is submitted, from a view built by hand.
#include "app/reports/submission_check.h"

#include <gtest/gtest.h>

#include "app/reports/reports.h"

namespace bd::test {
namespace {

DataElement element(const char* code, const char* name, bool by_sex) {
  DataElement e;
  e.code = code;
  e.name_vi = name;
  e.category = by_sex ? "sex" : "";
  return e;
}

const std::vector<DataElement> kElements{element("staff_total", "Tổng số cán bộ", true),
                                         element("staff_managers", "Cán bộ quản lý", true),
                                         element("parents_total", "Cha mẹ học sinh", false)};

app::ReportView view_with(std::vector<app::DueDataSet::Value> values, std::vector<std::string> required) {
  app::ReportView v;
  v.unit.type = OrgType::kSchoolLowerSecondary;
  app::DueDataSet d;
  d.set.code = "NHANSU";
  d.set.name_vi = "Nhân sự theo giới tính";
  d.set.elements = {"staff_total", "staff_managers", "parents_total"};
  d.set.required = std::move(required);
  d.expected = 5;
  for (const auto& value : values) d.filled += value.number.has_value() || !value.text.empty();
  d.values = std::move(values);
  v.data_sets.push_back(d);
  v.narrative = {{"results", "Đã tổ chức tập huấn."}, {"shortcomings_causes", ""}, {"next_directions", ""},
                 {"proposals", "Không."}};
  return v;
}

TEST(SubmissionGaps, NamesEveryElementWithAnEmptyCellAndEverySectionWithoutText) {
  // staff_total has both cells, staff_managers only the women, parents none.
  auto v = view_with({{"staff_total", "female", 30, ""}, {"staff_total", "male", 12, ""},
                      {"staff_managers", "female", 2, ""}},
                     {});
  const auto g = app::submission_gaps(v, kElements);
  ASSERT_EQ(g.forms.size(), 1u);
  EXPECT_EQ(g.forms[0].code, "NHANSU");
  EXPECT_EQ(g.forms[0].filled, 3);
  EXPECT_EQ(g.forms[0].expected, 5);
  EXPECT_EQ(g.forms[0].blank, (std::vector<std::string>{"Cán bộ quản lý", "Cha mẹ học sinh"}));
  EXPECT_TRUE(g.forms[0].required_blank.empty());
  EXPECT_EQ(g.empty_sections, (std::vector<std::string>{"shortcomings_causes", "next_directions"}));
  EXPECT_TRUE(g.any());
  EXPECT_FALSE(g.blocked()) << "nothing is required";
}

TEST(SubmissionGaps, ABlankRequiredElementBlocksAndTheErrorNamesIt) {
  auto v = view_with({{"staff_total", "female", 30, ""}, {"staff_total", "male", 12, ""},
                      {"staff_managers", "female", 2, ""}},
                     {"staff_total", "staff_managers"});
  const auto g = app::submission_gaps(v, kElements);
  EXPECT_TRUE(g.blocked());
  EXPECT_EQ(g.forms[0].required_blank, (std::vector<std::string>{"Cán bộ quản lý"}));
  const Error e = app::required_blank_error(g);
  EXPECT_EQ(e.code, ErrorCode::kValidation);
  ASSERT_EQ(e.details.size(), 1u);
  EXPECT_EQ(e.details[0].first, "NHANSU");
  EXPECT_EQ(e.details[0].second, "Biểu Nhân sự theo giới tính: chưa nhập Cán bộ quản lý.");
}

TEST(SubmissionGaps, AnOfficesOwnBlankCellsAreNotGapsItsFiguresComeFromBelow) {
  auto v = view_with({}, {"staff_total"});
  v.unit.type = OrgType::kOffice;
  const auto g = app::submission_gaps(v, kElements);
  EXPECT_TRUE(g.forms.empty());
  EXPECT_FALSE(g.blocked());
  EXPECT_EQ(g.empty_sections.size(), 2u) << "its text is its own";
}

TEST(SubmissionGaps, ACompleteReportHasNone) {
  auto v = view_with({{"staff_total", "female", 30, ""}, {"staff_total", "male", 12, ""},
                      {"staff_managers", "female", 2, ""}, {"staff_managers", "male", 0, ""},
                      {"parents_total", "", 400, ""}},
                     {"staff_total", "staff_managers"});
  for (auto& [k, text] : v.narrative.items()) text = "Có nội dung.";
  const auto g = app::submission_gaps(v, kElements);
  EXPECT_FALSE(g.any());
  EXPECT_FALSE(g.blocked());
}

}  // namespace
}  // namespace bd::test
