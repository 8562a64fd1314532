// A child's copy of its parent's schedule (plan_schedule.cpp): its own groups,
// the months in order, every observance with its line.
#include "app/plans/plan_schedule.h"

#include <gtest/gtest.h>

#include "core/observances.h"

namespace bd::app {
namespace {

using nlohmann::json;

TEST(LocalResponsible, TheParentsOfficesBecomeTheSchoolsGroups) {
  EXPECT_EQ(local_responsible("Văn phòng Sở", OrgType::kSchoolLowerSecondary), "Ban giám hiệu");
  EXPECT_EQ(local_responsible("Công đoàn ngành", OrgType::kSchoolPreschool), "Công đoàn trường");
  EXPECT_EQ(local_responsible("Các đơn vị", OrgType::kSchoolPrimary), "Các tổ chuyên môn");
  EXPECT_EQ(local_responsible("Ban vì sự tiến bộ của phụ nữ của Sở", OrgType::kSchoolPrimary),
            "Ban vì sự tiến bộ của phụ nữ");
  EXPECT_EQ(local_responsible("Văn phòng Sở, Công đoàn ngành", OrgType::kSchoolPrimary),
            "Ban giám hiệu, Công đoàn trường");
  // What it does not know is kept as written.
  EXPECT_EQ(local_responsible("Đoàn Thanh niên, Tổ chuyên môn", OrgType::kSchoolPrimary),
            "Đoàn Thanh niên, Tổ chuyên môn");
  // An office keeps the sector's union and its units; the department's own office is not its own.
  EXPECT_EQ(local_responsible("Công đoàn ngành", OrgType::kOffice), "Công đoàn ngành");
  EXPECT_EQ(local_responsible("Các đơn vị", OrgType::kOffice), "Các đơn vị");
  EXPECT_EQ(local_responsible("Văn phòng Sở", OrgType::kOffice), "Ban vì sự tiến bộ của phụ nữ");
}

TEST(LearnersOf, APreschoolSaysTreWhereOthersSayHocSinh) {
  nlohmann::json content = {{"subject", "Kế hoạch hoạt động vì sự tiến bộ của phụ nữ"},
                            {"objectives", {"100% học sinh được giáo dục về giới", "Học sinh nữ và nam được đối xử bình đẳng"}},
                            {"tasks", {{{"title", "Phối hợp với cha mẹ học sinh"}, {"responsible", "Ban giám hiệu"}}}},
                            {"year", 2026}};
  nlohmann::json preschool = content;
  learners_of(preschool, OrgType::kSchoolPreschool);
  EXPECT_EQ(preschool["objectives"][0], "100% trẻ được giáo dục về giới");
  EXPECT_EQ(preschool["objectives"][1], "Trẻ nữ và nam được đối xử bình đẳng");
  EXPECT_EQ(preschool["tasks"][0]["title"], "Phối hợp với cha mẹ trẻ");
  EXPECT_EQ(preschool["year"], 2026);
  EXPECT_EQ(preschool["subject"], content["subject"]);
  nlohmann::json primary = content;
  learners_of(primary, OrgType::kSchoolPrimary);
  EXPECT_EQ(primary, content) << "other schools keep học sinh";
}

TEST(ImplementingSchedule, MonthsInOrderAndEveryObservanceHasItsLine) {
  const json parent = {
      {{"month", 12}, {"work", "Tổng kết năm"}, {"responsible", "Văn phòng Sở"}},
      {{"month", 11}, {"work", "Hưởng ứng Tháng hành động vì bình đẳng giới"}, {"responsible", "Các đơn vị"}},
      {{"month", 3}, {"work", "Tọa đàm nhân ngày 8/3"}, {"responsible", "Công đoàn ngành"}},
      {{"month", 3}, {"work", "Thi cắm hoa"}, {"responsible", "Công đoàn ngành"}},
      {{"month", 6}, {"work", "Sinh hoạt nhân Ngày Gia đình Việt Nam"}},
  };
  const json s = implementing_schedule(parent, OrgType::kSchoolLowerSecondary);
  // Sorted by month; lines of one month keep their order.
  for (size_t i = 1; i < s.size(); ++i) EXPECT_LE(s[i - 1]["month"], s[i]["month"]) << s.dump(1);
  std::vector<std::string> works;
  for (const auto& l : s) works.push_back(l["work"]);
  auto index = [&](const std::string& w) {
    return std::find(works.begin(), works.end(), w) - works.begin();
  };
  EXPECT_LT(index("Tọa đàm nhân ngày 8/3"), index("Thi cắm hoa"));
  // Mentioned by date (8/3) or by name (the family day, the action month): no second line.
  for (const char* name : {"Ngày Quốc tế Phụ nữ", "Ngày Gia đình Việt Nam", "Tháng hành động"})
    for (const auto& w : works) EXPECT_NE(w, std::string("Hưởng ứng ") + name) << w;
  // Missing: a line in its month, for the committee.
  bool happiness = false, violence = false, children = false, women = false;
  for (const auto& l : s) {
    const std::string w = l["work"];
    happiness = happiness || (w == "Hưởng ứng Ngày Quốc tế Hạnh phúc 20/3" && l["month"] == 3);
    violence = violence || (w == "Hưởng ứng Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11" && l["month"] == 11);
    children = children || (w == "Hưởng ứng Ngày Quốc tế Thiếu nhi 1/6" && l["month"] == 6);
    women = women || (w == "Hưởng ứng Ngày Phụ nữ Việt Nam 20/10" && l["month"] == 10 &&
                      l["responsible"] == "Ban vì sự tiến bộ của phụ nữ");
  }
  EXPECT_TRUE(happiness && violence && children && women) << s.dump(1);
  EXPECT_EQ(s.size(), parent.size() + 4);
  // The school's own groups.
  EXPECT_EQ(s[0]["responsible"], "Công đoàn trường");
  EXPECT_EQ(s.back()["work"], "Tổng kết năm");
  EXPECT_EQ(s.back()["responsible"], "Ban giám hiệu");
  // A line without a responsible group stays without one.
  for (const auto& l : s)
    if (l["work"] == "Sinh hoạt nhân Ngày Gia đình Việt Nam") EXPECT_FALSE(l.contains("responsible"));
}

TEST(ImplementingSchedule, ADateInsideALongerNumberIsNotAMention) {
  // "28/3" is not 8/3, "8/30" is not 8/3 either.
  const json s = implementing_schedule({{{"month", 3}, {"work", "Hội thi ngày 28/3 và 18/30"}}}, OrgType::kSchoolPrimary);
  bool women_day = false;
  for (const auto& l : s) women_day = women_day || l["work"] == "Hưởng ứng Ngày Quốc tế Phụ nữ 8/3";
  EXPECT_TRUE(women_day) << s.dump(1);
}

TEST(ImplementingSchedule, AnEmptyScheduleStaysEmpty) {
  EXPECT_EQ(implementing_schedule(json::array(), OrgType::kSchoolPrimary), json::array());
  EXPECT_EQ(implementing_schedule(json(), OrgType::kSchoolPrimary), json::array());
}

TEST(ReportingParagraph, QuotesEachReportWithItsDeadlineInDateOrder) {
  DataSet half, year, office_only;
  half.period_type = PeriodType::kHalfYear;
  half.deadline = *DeadlineRule::parse("S1:06-10,S2:11-10");
  year.period_type = PeriodType::kYear;
  year.deadline = *DeadlineRule::parse("Y:12-20");
  office_only.period_type = PeriodType::kQuarter;
  office_only.deadline = *DeadlineRule::parse("Q:+15");
  office_only.unit_types = {OrgType::kOffice};
  const std::vector<DataSet> sets{year, half, office_only};
  EXPECT_EQ(reporting_paragraph(sets, OrgType::kSchoolPrimary, 2026, "Phòng Giáo dục"),
            "Báo cáo 6 tháng đầu năm 2026 gửi về Phòng Giáo dục chậm nhất ngày 10/06/2026; báo cáo 6 tháng cuối "
            "năm 2026 chậm nhất ngày 10/11/2026; báo cáo năm 2026 chậm nhất ngày 20/12/2026 (trên hệ thống Bình "
            "Đẳng).");
  const std::string office = reporting_paragraph(sets, OrgType::kOffice, 2026, "Sở");
  EXPECT_EQ(office.rfind("Báo cáo quý I/2026 gửi về Sở chậm nhất ngày 15/04/2026; báo cáo 6 tháng đầu năm 2026 "
                         "chậm nhất ngày 10/06/2026; báo cáo quý II/2026 chậm nhất ngày 15/07/2026", 0), 0u)
      << office;
  EXPECT_EQ(reporting_paragraph({}, OrgType::kSchoolPrimary, 2026, "Sở"), "") << "nothing due, nothing said";
}

}  // namespace
}  // namespace bd::app
