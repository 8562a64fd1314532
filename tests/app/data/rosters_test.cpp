#include "app/data/rosters.h"

#include "app/fixture.h"
#include "documents/xlsx_reader.h"
#include "support/xlsx_edit.h"

namespace bd::test {
namespace {

// One person: name, sex, birth year, position, then the yes/no and list columns F–N.
std::map<std::string, std::string> person(int row, const std::string& name, const std::string& sex,
                                          const std::vector<std::string>& rest = {}) {
  std::map<std::string, std::string> cells{{"A" + std::to_string(row), std::to_string(row - 4)},
                                           {"B" + std::to_string(row), name},
                                           {"C" + std::to_string(row), sex}};
  for (size_t i = 0; i < rest.size(); ++i)
    if (!rest[i].empty()) cells[documents::cell_ref(row - 1, static_cast<int>(i) + 3)] = rest[i];
  return cells;
}

class Rosters : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
    editor_ = actor_of(*t_.app, "tm.editor", "password-123");
    auto f = t_.app->rosters().template_file(editor_);
    ASSERT_TRUE(f.ok()) << f.error().message;
    template_ = f->bytes;
  }
  std::string roster(const std::vector<std::map<std::string, std::string>>& people) {
    std::map<std::string, std::string> cells;
    for (const auto& p : people) cells.insert(p.begin(), p.end());
    return fill_cells(template_, "Danh sách", cells);
  }
  std::map<std::string, double> stored(const std::string& period) {
    std::map<std::string, double> out;
    auto values = t_.app->values().get(editor_, "THCS-TANMY", period);
    EXPECT_TRUE(values.ok());
    for (const auto& v : *values)
      if (v.number) out[v.element + "." + v.option] = *v.number;
    return out;
  }
  FakeClock clock_;
  TestApp t_;
  app::Actor editor_;
  std::string template_;
};

TEST_P(Rosters, TheTemplateHasTheColumnsAndLists) {
  auto wb = documents::read_xlsx(template_);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  const auto* s = wb->sheet("Danh sách");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->at("B4")->text, "Họ và tên");
  EXPECT_EQ(s->at("C4")->text, "Giới tính (Nữ/Nam)");
  EXPECT_EQ(s->at("N4")->text, "Được khám sức khỏe định kỳ");
  EXPECT_NE(wb->sheet("Hướng dẫn"), nullptr);
  EXPECT_TRUE(wb->sheet("_binhdang")->hidden);
  const std::string xml = documents::read_zip(template_)->at("xl/worksheets/sheet2.xml");
  EXPECT_NE(xml.find("orientation=\"landscape\""), std::string::npos) << "thirteen columns print across";
  EXPECT_NE(xml.find("<pageSetUpPr fitToPage=\"1\"/>"), std::string::npos);
  EXPECT_NE(xml.find("\"Nữ,Nam\""), std::string::npos);
}

TEST_P(Rosters, CountsPeopleBySexAndSavesTheCountsOnly) {
  //                     birth   position   mgr   trained  teacher std          degree     party  union  ge    health
  const auto bytes = roster({
      person(5, "Nguyễn Thị Lan", "Nữ", {"1975", "Hiệu trưởng", "Có", "Có", "Không", "", "Thạc sĩ", "Có", "", "Có", "Có"}),
      person(6, "Trần Văn Minh", "Nam", {"1980", "Phó hiệu trưởng", "Có", "", "Có", "Trên chuẩn", "Đại học", "Có", "Có"}),
      person(7, "Lê Thị Hoa", "nữ", {"1990", "Giáo viên", "", "", "Có", "Đạt chuẩn", "Đang học thạc sĩ", "", "", "có"}),
      person(8, "Phạm Thị Thu", "Nữ", {"1995", "Giáo viên", "Không", "", "Có", "Dưới chuẩn", "Cao đẳng"}),
      person(9, "Đỗ Văn Nam", "Nam", {"", "Bảo vệ"}),
  });
  auto r = t_.app->rosters().import(editor_, "THCS-TANMY", "2026S1", bytes);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->people, 5);
  auto v = stored("2026S1");
  EXPECT_EQ(v["staff_total.female"], 3);
  EXPECT_EQ(v["staff_total.male"], 2);
  EXPECT_EQ(v["staff_managers.female"], 1);
  EXPECT_EQ(v["staff_managers.male"], 1);
  EXPECT_EQ(v["staff_managers_trained.female"], 1);
  EXPECT_EQ(v["staff_managers_trained.male"], 0);
  EXPECT_EQ(v["staff_teachers.female"], 2);
  EXPECT_EQ(v["staff_teachers.male"], 1);
  EXPECT_EQ(v["staff_teachers_standard.female"], 1);
  EXPECT_EQ(v["staff_teachers_standard.male"], 1);  // above the standard meets it
  EXPECT_EQ(v["staff_teachers_above.male"], 1);
  EXPECT_EQ(v["staff_masters.female"], 2);
  EXPECT_EQ(v["staff_phd.female"], 0);
  EXPECT_EQ(v["staff_party.female"], 1);
  EXPECT_EQ(v["staff_party.male"], 1);
  EXPECT_EQ(v["mass_org_leaders.male"], 1);
  EXPECT_EQ(v["staff_trained_ge.female"], 2);
  // Half-yearly: the yearly health check is not asked for.
  EXPECT_FALSE(v.count("staff_health_checked.female"));
  ASSERT_EQ(r->counts.size(), 11u);
  EXPECT_EQ(r->counts[0].element, "staff_total");
  // A year: only the health check comes from the roster.
  auto year = t_.app->rosters().import(editor_, "THCS-TANMY", "2026", bytes);
  ASSERT_TRUE(year.ok()) << year.error().message;
  EXPECT_EQ(stored("2026")["staff_health_checked.female"], 1);
}

TEST_P(Rosters, RowErrorsNameTheRowAndNothingIsSaved) {
  const auto bytes = roster({
      person(5, "Nguyễn Thị Lan", "Nữ"),
      person(6, "Trần Văn Minh", "Trai"),
      person(7, "", "Nam", {"1990"}),
      person(8, "Lê Thị Hoa", "Nữ", {"2020", "", "", "Có"}),
      person(9, "Phạm Văn Bình", "Nam", {"", "", "", "", "", "Đạt chuẩn", "", "Chưa"}),
      // Other diacritics make another word: "Nụ" is not "Nữ", though both fold to "nu".
      person(10, "Đỗ Thị Thu", "Nụ"),
      person(11, "Hồ Văn An", "Nam", {"", "", "", "", "", "", "Thạc sỉ"}),
      // Without any diacritics, or in capitals, a value stands for the option it spells.
      person(12, "Vũ Thị Mai", "nu", {"", "", "", "", "co", "dat chuan", "DAI HOC"}),
      person(13, "Lý Văn Tâm", "NAM"),
  });
  auto r = t_.app->rosters().import(editor_, "THCS-TANMY", "2026S1", bytes);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  std::vector<std::string> d;
  for (const auto& [f, m] : r.error().details) d.push_back(m);
  EXPECT_EQ(d, (std::vector<std::string>{
                   "Dòng 6: giới tính phải là Nữ hoặc Nam (đang ghi \"Trai\")",
                   "Dòng 7: thiếu họ và tên",
                   "Dòng 8: năm sinh phải là số từ 1940 đến 2011",
                   "Dòng 8: chỉ ghi Có ở cột bồi dưỡng của cán bộ quản lý khi người đó là cán bộ quản lý",
                   "Dòng 9: chỉ ghi chuẩn trình độ đào tạo cho giáo viên",
                   "Dòng 9: cột \"Đảng viên\" phải là Có hoặc Không (đang ghi \"Chưa\")",
                   "Dòng 10: giới tính phải là Nữ hoặc Nam (đang ghi \"Nụ\")",
                   "Dòng 11: trình độ đào tạo phải là một trong: Tiến sĩ, Thạc sĩ, Đang học thạc sĩ, Đại học, Cao "
                   "đẳng, Trung cấp, Khác (đang ghi \"Thạc sỉ\")",
               }));
  for (const auto& m : d) EXPECT_EQ(m.find("Trần"), std::string::npos);  // no names in errors
  EXPECT_TRUE(stored("2026S1").empty());
}

TEST_P(Rosters, RefusesOtherUnitsPeriodsAndFiles) {
  const auto bytes = roster({person(5, "Nguyễn Thị Lan", "Nữ")});
  EXPECT_EQ(t_.app->rosters().import(editor_, "SGD-AL", "2026S1", bytes).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->rosters().import(editor_, "THCS-TANMY", "2026Q1", bytes).error().code, ErrorCode::kValidation);
  EXPECT_EQ(t_.app->rosters().import(editor_, "THCS-TANMY", "x", bytes).error().code, ErrorCode::kBadRequest);
  auto empty = t_.app->rosters().import(editor_, "THCS-TANMY", "2026S1", template_);
  EXPECT_NE(empty.error().message.find("chưa có ai"), std::string::npos);
  auto moved = t_.app->rosters().import(editor_, "THCS-TANMY", "2026S1",
                                        fill_cells(bytes, "Danh sách", {{"D4", "Tuổi"}}));
  EXPECT_NE(moved.error().message.find("ô D4 phải là \"Năm sinh\""), std::string::npos) << moved.error().message;
  auto data = t_.app->spreadsheets().template_for(editor_, "THCS-TANMY", "2026S1");
  EXPECT_NE(t_.app->rosters().import(editor_, "THCS-TANMY", "2026S1", data->bytes).error().message.find("biểu mẫu nhập số liệu"),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Rosters, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
