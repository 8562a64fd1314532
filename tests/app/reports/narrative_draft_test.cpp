// The drafted narrative: each sentence template against figures that
// exercise it, the zero cases, and the four sections.
#include "app/reports/narrative_draft.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

TargetFact target(const std::string& indicator, const std::string& unit, const std::string& cmp, double goal,
                  std::optional<double> value, std::optional<double> year_before = std::nullopt,
                  std::vector<std::pair<int, double>> history = {}) {
  TargetFact t;
  t.state.indicator.name_vi = indicator;
  t.state.indicator.unit = unit;
  t.state.target.comparator = cmp;
  t.state.target.value = goal;
  t.state.value = value;
  t.state.history = std::move(history);
  const bool ok = value && (cmp == "ge" ? *value >= goal : cmp == "le" ? *value <= goal : *value == goal);
  t.state.status = !value ? "no_data" : ok ? "met" : "not_met";
  t.year_before = year_before;
  return t;
}

const Period kHalf{PeriodType::kHalfYear, 2025, 2};
const Period kYear{PeriodType::kYear, 2025, 1};

TEST(NarrativeDraft, AMetTargetWithHowFarAndTheChangeSinceAYearBefore) {
  EXPECT_EQ(met_sentence(target("Tỷ lệ nữ cán bộ quản lý", "percent", "ge", 40, 42.9, 41.4), kHalf),
            "Tỷ lệ nữ cán bộ quản lý đạt 42,9%, vượt chỉ tiêu (≥ 40%) 2,9 điểm phần trăm; tăng 1,5 điểm phần "
            "trăm so với cùng kỳ năm 2024.");
  EXPECT_EQ(met_sentence(target("Tỷ lệ nữ cán bộ quản lý", "percent", "ge", 40, 40.0), kYear),
            "Tỷ lệ nữ cán bộ quản lý đạt 40%, đạt chỉ tiêu (≥ 40%).") << "just met, nothing before";
  EXPECT_EQ(met_sentence(target("Tỷ số giới tính khi sinh", "per100", "le", 113, 108, 110), kYear),
            "Tỷ số giới tính khi sinh đạt 108, đạt chỉ tiêu (≤ 113); giảm 2 so với năm 2024.")
      << "an upper bound is met, not exceeded";
  EXPECT_EQ(met_sentence(target("Số nữ được kết nạp Đảng", "count", "ge", 3, 5, 5), kYear),
            "Số nữ được kết nạp Đảng đạt 5, vượt chỉ tiêu (≥ 3) 2; không đổi so với năm 2024.");
}

TEST(NarrativeDraft, AnUnmetTargetWithItsGapAndWhenTheTrendReachesIt) {
  auto masters = target("Tỷ lệ nữ trong số người có trình độ thạc sĩ", "percent", "ge", 50, 46.9, 45.0,
                        {{2023, 43.0}, {2024, 45.0}, {2025, 46.9}});
  EXPECT_EQ(year_reached(masters.state, 2025), 2027);
  EXPECT_EQ(unmet_sentence(masters, kHalf),
            "Tỷ lệ nữ trong số người có trình độ thạc sĩ đạt 46,9%, chưa đạt chỉ tiêu (≥ 50%), còn thiếu 3,1 điểm "
            "phần trăm; tăng 1,9 điểm phần trăm so với cùng kỳ năm 2024; theo xu hướng hiện nay dự kiến đạt vào "
            "năm 2027.");
  auto falling = target("Tỷ lệ nữ đảng viên", "percent", "ge", 60, 50, std::nullopt, {{2024, 55}, {2025, 50}});
  EXPECT_EQ(year_reached(falling.state, 2025), std::nullopt);
  EXPECT_EQ(unmet_sentence(falling, kYear),
            "Tỷ lệ nữ đảng viên đạt 50%, chưa đạt chỉ tiêu (≥ 60%), còn thiếu 10 điểm phần trăm; theo xu "
            "hướng các năm gần đây chưa tiến tới chỉ tiêu.");
  EXPECT_EQ(unmet_sentence(target("Tỷ số giới tính khi sinh", "per100", "le", 113, 118), kYear),
            "Tỷ số giới tính khi sinh đạt 118, chưa đạt chỉ tiêu (≤ 113), cao hơn mức chỉ tiêu 5.")
      << "one year of history: no trend said";
}

TEST(NarrativeDraft, ActivitiesWithTheirPeopleAndNoneSaidPlainly) {
  EXPECT_EQ(activities_sentence(5, {680, 570}),
            "Trong kỳ, đơn vị đã tổ chức 5 hoạt động về bình đẳng giới với 1.250 lượt người tham gia, trong đó 680 nữ.");
  EXPECT_EQ(activities_sentence(1, {}), "Trong kỳ, đơn vị đã tổ chức 1 hoạt động về bình đẳng giới.");
  EXPECT_EQ(activities_sentence(2, {0, 30}),
            "Trong kỳ, đơn vị đã tổ chức 2 hoạt động về bình đẳng giới với 30 lượt người tham gia, không có nữ.");
  EXPECT_EQ(activities_sentence(0, {}), "Trong kỳ, đơn vị chưa tổ chức hoạt động nào về bình đẳng giới.");
  EXPECT_EQ(year_before_label(kHalf), "cùng kỳ năm 2024");
  EXPECT_EQ(year_before_label(kYear), "năm 2024");
}

TEST(NarrativeDraft, TheFourSectionsFromTheFacts) {
  NarrativeFacts f;
  f.unit_name = "Trường THCS Tân Mỹ";
  f.parent_name = "Sở Giáo dục và Đào tạo tỉnh An Lạc";
  f.period = kHalf;
  f.targets = {target("Tỷ lệ nữ cán bộ quản lý", "percent", "ge", 40, 42.9),
               target("Tỷ lệ nữ đảng viên", "percent", "ge", 60, 50),
               target("Tỷ lệ nữ trong số người có trình độ thạc sĩ", "percent", "ge", 50, std::nullopt),
               target("Tỷ lệ nữ trong số người có trình độ tiến sĩ", "percent", "ge", 30, std::nullopt)};
  f.activities = 3;
  f.reached = {40, 20};
  f.committee_joined = 2;
  f.commendations = 1;
  f.incomplete_forms = {"Nhân sự theo giới tính"};
  const auto d = draft_narrative(f);
  const std::string results = d["results"], shortcomings = d["shortcomings_causes"];
  const std::string directions = d["next_directions"], proposals = d["proposals"];
  EXPECT_EQ(results,
            "- Đạt 1/4 chỉ tiêu của 6 tháng cuối năm 2025.\n"
            "- Tỷ lệ nữ cán bộ quản lý đạt 42,9%, vượt chỉ tiêu (≥ 40%) 2,9 điểm phần trăm.\n"
            "- Trong kỳ, đơn vị đã tổ chức 3 hoạt động về bình đẳng giới với 60 lượt người tham gia, trong đó 40 nữ.\n"
            "- Ban vì sự tiến bộ của phụ nữ được kiện toàn: bổ sung 2 thành viên.\n"
            "- 1 tập thể, cá nhân được khen thưởng về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.\n"
            "- Không có vụ việc bạo lực, xâm hại nào được tiếp nhận trong kỳ.");
  EXPECT_EQ(shortcomings,
            "- Tỷ lệ nữ đảng viên đạt 50%, chưa đạt chỉ tiêu (≥ 60%), còn thiếu 10 điểm phần trăm.\n"
            "- Chưa có số liệu để đánh giá 2 chỉ tiêu: Tỷ lệ nữ trong số người có trình độ thạc sĩ và Tỷ lệ nữ trong "
            "số người có trình độ tiến sĩ.\n"
            "- Số liệu chưa nhập đủ ở 1 biểu: Nhân sự theo giới tính.");
  EXPECT_NE(directions.find("- Tập trung thực hiện các giải pháp để đạt chỉ tiêu tỷ lệ nữ đảng viên (≥ 60%)."),
            std::string::npos) << directions;
  EXPECT_NE(directions.find("- Duy trì kết quả đã đạt: Tỷ lệ nữ cán bộ quản lý."), std::string::npos);
  EXPECT_NE(directions.find("Thu thập, cập nhật đầy đủ số liệu"), std::string::npos);
  EXPECT_EQ(proposals, "- Đề nghị Sở Giáo dục và Đào tạo tỉnh An Lạc quan tâm hướng dẫn, hỗ trợ đơn vị thực hiện các "
                       "chỉ tiêu chưa đạt: Tỷ lệ nữ đảng viên.");
  EXPECT_EQ(draft_narrative(f), d) << "deterministic";
}

TEST(NarrativeDraft, NothingToReportIsSaidPlainly) {
  NarrativeFacts f;
  f.period = kYear;
  f.incidents = 2;
  const auto d = draft_narrative(f);
  EXPECT_EQ(d["results"], "- Đơn vị không có chỉ tiêu nào phải đánh giá trong năm 2025.");
  EXPECT_EQ(d["shortcomings_causes"],
            "- Trong kỳ, đơn vị chưa tổ chức hoạt động nào về bình đẳng giới.\n"
            "- Trong kỳ tiếp nhận 2 vụ việc bạo lực, xâm hại; thông tin chi tiết được lưu giữ, bảo mật tại sổ theo "
            "dõi của đơn vị.");
  EXPECT_EQ(d["proposals"], "- Không có đề xuất, kiến nghị.");
  f.incidents = 0;
  f.activities = 1;
  EXPECT_EQ(draft_narrative(f)["shortcomings_causes"], "- Không có chỉ tiêu nào chưa đạt trong kỳ.");
}

TEST(NarrativeDraft, HowTheReportsOfTheUnitsBelowCameIn) {
  ReportingFacts r{45, 43, {"A", "B", "C", "D", "E"}, {"Trường THCS Tân Mỹ", "Trường Tiểu học Hòa Văn"}};
  EXPECT_EQ(reporting_sentence(r),
            "43/45 đơn vị đã gửi báo cáo, 5 đơn vị gửi muộn, 2 đơn vị chưa gửi: Trường THCS Tân Mỹ và Trường Tiểu "
            "học Hòa Văn.");
  EXPECT_EQ(reporting_sentence({3, 3, {}, {}}), "3/3 đơn vị đã gửi báo cáo; không có đơn vị nào chưa gửi.");
  EXPECT_EQ(reporting_sentence({2, 1, {}, {"X"}}), "1/2 đơn vị đã gửi báo cáo, 1 đơn vị chưa gửi: X.");
  EXPECT_EQ(reporting_sentence({0, 0, {}, {}}), "Trong kỳ không có đơn vị trực thuộc nào phải gửi báo cáo.");
  NarrativeFacts f;
  f.period = kHalf;
  f.activities = 1;
  f.reporting = ReportingFacts{2, 1, {}, {"Trường THCS Tân Mỹ"}};
  const auto d = draft_narrative(f);
  EXPECT_NE(d["results"].get<std::string>().find("- 1/2 đơn vị đã gửi báo cáo, 1 đơn vị chưa gửi: Trường THCS Tân Mỹ."),
            std::string::npos)
      << d["results"];
  EXPECT_NE(d["next_directions"].get<std::string>().find(
                "- Đôn đốc Trường THCS Tân Mỹ gửi báo cáo 6 tháng cuối năm 2025."),
            std::string::npos)
      << d["next_directions"];
  f.reporting.reset();
  EXPECT_EQ(draft_narrative(f)["results"].get<std::string>().find("đơn vị đã gửi"), std::string::npos)
      << "a unit with no units below says nothing of them";
}

TEST(NarrativeDraft, TheChangeSinceThePeriodJustBefore) {
  auto t = target("Tỷ lệ nữ cán bộ quản lý", "percent", "ge", 40, 42.9, 41.4);
  t.previous = 43.4;
  EXPECT_EQ(met_sentence(t, kHalf),
            "Tỷ lệ nữ cán bộ quản lý đạt 42,9%, vượt chỉ tiêu (≥ 40%) 2,9 điểm phần trăm; tăng 1,5 điểm phần "
            "trăm so với cùng kỳ năm 2024; giảm 0,5 điểm phần trăm so với 6 tháng đầu năm 2025.");
  EXPECT_EQ(previous_to_compare(kHalf), (Period{PeriodType::kHalfYear, 2025, 1}));
  EXPECT_EQ(previous_to_compare(kYear), std::nullopt) << "a year's period just before is the year before";
  EXPECT_EQ(met_sentence(t, kYear).find("6 tháng"), std::string::npos);
  auto unmet = target("Tỷ lệ nữ đảng viên", "percent", "ge", 60, 50);
  unmet.previous = 50;
  EXPECT_EQ(unmet_sentence(unmet, kHalf),
            "Tỷ lệ nữ đảng viên đạt 50%, chưa đạt chỉ tiêu (≥ 60%), còn thiếu 10 điểm phần trăm; không đổi so với 6 "
            "tháng đầu năm 2025.");
}

TargetState child_state(double value, double goal) {
  TargetState s;
  s.value = value;
  s.gap = goal - value;
  s.status = value >= goal ? "met" : "not_met";
  return s;
}

TEST(NarrativeDraft, TheUnitsBelowThatMeetATargetAndThoseFurthestBehind) {
  auto t = target("Tỷ lệ nữ cán bộ quản lý", "percent", "ge", 40, 41.0);
  TargetState none;
  none.status = "no_data";
  t.children = children_standing({{"Trường THCS Tân Mỹ", child_state(45, 40)},
                                  {"Trường THPT An Lạc", child_state(25, 40)},
                                  {"Trường Tiểu học Hòa Văn", child_state(50, 40)},
                                  {"Trường THCS Long Sơn", child_state(32.5, 40)},
                                  {"Trường Mầm non Hoa Sen", none}});
  EXPECT_EQ(t.children->met, (std::vector<std::string>{"Trường THCS Tân Mỹ", "Trường Tiểu học Hòa Văn"}))
      << "in alphabetical order";
  EXPECT_EQ(children_sentence(t),
            "Về tỷ lệ nữ cán bộ quản lý: 2/5 đơn vị trực thuộc đạt chỉ tiêu (Trường THCS Tân Mỹ và Trường Tiểu học "
            "Hòa Văn); chưa đạt: Trường THPT An Lạc (25%) và Trường THCS Long Sơn (32,5%); 1 đơn vị chưa có số liệu.")
      << "the furthest behind first";
  // More than three behind: the three furthest are named.
  std::vector<std::pair<std::string, TargetState>> many;
  for (int i = 0; i < 5; ++i) many.emplace_back("Trường " + std::to_string(i + 1), child_state(30 + i, 40));
  t.children = children_standing(many);
  EXPECT_EQ(children_sentence(t),
            "Về tỷ lệ nữ cán bộ quản lý: chưa có đơn vị trực thuộc nào đạt chỉ tiêu; 5 đơn vị chưa đạt, xa chỉ tiêu "
            "nhất là Trường 1 (30%), Trường 2 (31%) và Trường 3 (32%).");
  t.children = children_standing({{"A", child_state(41, 40)}, {"B", child_state(40, 40)}});
  EXPECT_EQ(children_sentence(t), "Về tỷ lệ nữ cán bộ quản lý: cả 2 đơn vị trực thuộc đều đạt chỉ tiêu.");
  t.children = children_standing({{"A", child_state(41, 40)}});
  EXPECT_EQ(children_sentence(t), "Về tỷ lệ nữ cán bộ quản lý: đơn vị trực thuộc (A) đạt chỉ tiêu.");
  t.children.reset();
  EXPECT_EQ(children_sentence(t), "") << "a unit without units below";
  // In the draft: after the target's own sentence, in its section.
  NarrativeFacts f;
  f.period = kHalf;
  f.activities = 1;
  auto behind = target("Tỷ lệ nữ đảng viên", "percent", "ge", 60, 50);
  behind.children = children_standing({{"A", child_state(70, 60)}, {"B", child_state(40, 60)}});
  f.targets = {behind};
  const std::string shortcomings = draft_narrative(f)["shortcomings_causes"];
  EXPECT_NE(shortcomings.find("còn thiếu 10 điểm phần trăm.\n- Về tỷ lệ nữ đảng viên: 1/2 đơn vị trực thuộc đạt "
                              "chỉ tiêu (A); chưa đạt: B (40%)."),
            std::string::npos)
      << shortcomings;
}

}  // namespace
}  // namespace bd::app
