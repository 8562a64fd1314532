#include "app/data/spreadsheets.h"

#include "app/fixture.h"
#include "documents/office_tools.h"
#include "documents/xlsx_reader.h"
#include "support/xlsx_edit.h"

namespace bd::test {
namespace {

class Spreadsheets : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
    add_user(*t_.app, "tm.viewer", "THCS-TANMY", "viewer");
    editor_ = actor_of(*t_.app, "tm.editor", "password-123");
  }
  std::string download(const std::string& period = "2026S1") {
    auto f = t_.app->spreadsheets().template_for(editor_, "THCS-TANMY", period);
    EXPECT_TRUE(f.ok()) << f.error().message;
    return f.ok() ? f->bytes : "";
  }
  std::map<std::string, double> stored(const std::string& period = "2026S1") {
    std::map<std::string, double> out;
    auto r = t_.app->values().get(editor_, "THCS-TANMY", period);
    EXPECT_TRUE(r.ok());
    for (const auto& v : *r)
      if (v.number) out[v.element + "." + v.option] = *v.number;
    return out;
  }
  FakeClock clock_;
  TestApp t_;
  app::Actor editor_;
};

TEST_P(Spreadsheets, TheTemplateHasOneProtectedSheetPerDataSetDueWithCurrentValues) {
  ASSERT_TRUE(t_.app->values().save(editor_, {{"staff_total", "female", "THCS-TANMY", "2026S1", "40"},
                                              {"staff_total", "male", "THCS-TANMY", "2026S1", "12"}}).ok());
  auto f = t_.app->spreadsheets().template_for(editor_, "THCS-TANMY", "2026S1");
  ASSERT_TRUE(f.ok()) << f.error().message;
  EXPECT_EQ(f->filename, "bieu-mau-THCS-TANMY-2026S1.xlsx");
  auto wb = documents::read_xlsx(f->bytes);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  std::vector<std::string> names;
  for (const auto& s : wb->sheets) names.push_back(s.name);
  // Half-yearly sets only: the yearly ones (DOISONG, DIEUKIEN) are not due.
  EXPECT_EQ(names, (std::vector<std::string>{"Hướng dẫn", "Nhân sự theo giới tính", "Hoạt động bình đẳng giới",
                                             "_binhdang"}));
  EXPECT_TRUE(wb->sheet("_binhdang")->hidden);
  const auto* s = wb->sheet("Nhân sự theo giới tính");
  EXPECT_EQ(s->at("B4")->text, "Chỉ tiêu");
  EXPECT_EQ(s->at("C4")->text, "Nữ");
  EXPECT_EQ(s->at("B5")->text, "Tổng số cán bộ, giáo viên, nhân viên");
  EXPECT_EQ(s->at("C5")->number, 40);
  EXPECT_EQ(s->at("D5")->number, 12);
  EXPECT_TRUE(s->at("E5")->formula);
  EXPECT_EQ(s->at("E5")->number, 52);
  EXPECT_EQ(s->at("F5")->text, "staff_total");
  auto files = documents::read_zip(f->bytes);
  const std::string& xml = files->at("xl/worksheets/sheet2.xml");
  EXPECT_NE(xml.find("<sheetProtection"), std::string::npos);
  EXPECT_NE(xml.find("operator=\"greaterThanOrEqual\""), std::string::npos);
  // On paper: one A4 page wide, the title and column heads on every page.
  EXPECT_NE(xml.find("<pageSetUpPr fitToPage=\"1\"/>"), std::string::npos);
  EXPECT_NE(xml.find("paperSize=\"9\""), std::string::npos);
  EXPECT_NE(files->at("xl/workbook.xml").find("_xlnm.Print_Titles"), std::string::npos);
  const auto yearly = documents::read_xlsx(download("2026"));
  ASSERT_TRUE(yearly.ok());
  const auto* conditions = yearly->sheet("Điều kiện thực hiện tại cơ sở");
  ASSERT_NE(conditions, nullptr);
  EXPECT_EQ(conditions->at("C5")->text, "—");  // yes/no facts have one column
  EXPECT_NE(documents::read_zip(download("2026"))->at("xl/worksheets/sheet3.xml").find("\"Có,Không\""),
            std::string::npos);
}

TEST_P(Spreadsheets, AFilledTemplateIsSavedAllAtOnce) {
  const std::string filled = fill_cells(download(), "Nhân sự theo giới tính",
                                        {{"C5", "40"}, {"D5", "12"}, {"C6", "3"}, {"D6", "2"}});
  const std::string more = fill_cells(filled, "Hoạt động bình đẳng giới", {{"C5", "30"}, {"D5", "10"}});
  auto r = t_.app->spreadsheets().import(editor_, more);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->org, "THCS-TANMY");
  EXPECT_EQ(r->period, "2026S1");
  EXPECT_EQ(r->saved, 6);
  EXPECT_GT(r->received, 20);
  auto v = stored();
  EXPECT_EQ(v["staff_total.female"], 40);
  EXPECT_EQ(v["staff_managers.male"], 2);
  EXPECT_EQ(v["staff_trained_ge.female"], 30);
  // Again: nothing changes; a cleared cell erases its value.
  EXPECT_EQ(t_.app->spreadsheets().import(editor_, more)->saved, 0);
  EXPECT_EQ(t_.app->spreadsheets().import(editor_, fill_cells(download(), "Nhân sự theo giới tính", {{"D6", ""}}))->saved, 1);
  EXPECT_FALSE(stored().count("staff_managers.male"));
}

TEST_P(Spreadsheets, ErrorsNameSheetAndCellAndNothingIsWritten) {
  const std::string bad = fill_cells(download(), "Nhân sự theo giới tính",
                                     {{"C5", "10"}, {"D5", "5"}, {"C6", "12"}, {"D6", "abc"}, {"C8", "2,5"}});
  auto r = t_.app->spreadsheets().import(editor_, bad);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  std::vector<std::string> details;
  for (const auto& [field, msg] : r.error().details) details.push_back(msg);
  auto has = [&](const std::string& start, const std::string& words) {
    for (const auto& d : details)
      if (d.starts_with(start) && d.find(words) != std::string::npos) return true;
    ADD_FAILURE() << "no detail starting " << start << " with " << words;
    return false;
  };
  has("Sheet \"Nhân sự theo giới tính\", ô D6: ", "\"abc\" chưa đúng cách viết số");
  has("Sheet \"Nhân sự theo giới tính\", ô C8: ", "phải là số nguyên");
  has("Sheet \"Nhân sự theo giới tính\", ô C6: ", "Số cán bộ quản lý không được lớn hơn tổng số");
  // One mistake, one line: 12 women managers of 10 women is not also
  // reported as a wrong total.
  EXPECT_EQ(std::count_if(details.begin(), details.end(),
                          [](const std::string& d) { return d.find("Số cán bộ quản lý") != std::string::npos; }),
            1)
      << ::testing::PrintToString(details);
  EXPECT_EQ(details.size(), 3u) << ::testing::PrintToString(details);
  EXPECT_TRUE(stored().empty());
}

TEST_P(Spreadsheets, ATypedTotalMustAgreeWithWomenAndMen) {
  const std::string typed = fill_cells(download(), "Nhân sự theo giới tính",
                                       {{"C5", "40"}, {"D5", "12"}, {"E5", "60"}, {"E6", "5"}});
  auto r = t_.app->spreadsheets().import(editor_, typed);
  ASSERT_FALSE(r.ok());
  std::vector<std::string> details;
  for (const auto& [field, msg] : r.error().details) details.push_back(msg);
  ASSERT_EQ(details.size(), 2u) << "one message per mistake";
  EXPECT_EQ(details[0], "Sheet \"Nhân sự theo giới tính\", ô E5: Tổng 60 khác Nữ + Nam (40 + 12 = 52). Hãy sửa "
                        "số ở cột Nữ, Nam hoặc xoá ô Tổng.");
  EXPECT_NE(details[1].find("ô E6: chỉ tiêu này nhập theo Nữ (cột C) và Nam (cột D)"), std::string::npos)
      << details[1];
  EXPECT_TRUE(stored().empty());
  // Typed and right: saved (Tổng itself is never stored).
  auto ok = t_.app->spreadsheets().import(
      editor_, fill_cells(download(), "Nhân sự theo giới tính", {{"C5", "40"}, {"D5", "12"}, {"E5", "52"}}));
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(stored()["staff_total.male"], 12);
}

// The template filled and saved by other programs: openpyxl (which leaves an
// empty cached value after each formula) and LibreOffice.
TEST_P(Spreadsheets, AWorkbookSavedByOpenpyxlOrLibreOfficeIsRead) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "the file is under test, not the engine";
  documents::testing::TempDir dir;
  const std::string d = dir.path();
  documents::testing::write_file(d + "/template.xlsx", download());
  documents::testing::write_file(d + "/fill.py",
                                 "import sys, openpyxl\n"
                                 "wb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "ws = wb['Nhân sự theo giới tính']\n"
                                 "ws['C5'] = 40\nws['D5'] = 12\nws['C6'] = 3\nws['D6'] = 2\n"
                                 "wb.save(sys.argv[2])\n");
  ASSERT_EQ(documents::testing::run("cd '" + d + "' && /usr/bin/python3 fill.py template.xlsx filled.xlsx >py.log 2>&1"),
            0)
      << documents::testing::read_file(d + "/py.log") << " (python3-openpyxl: scripts/install-deps.sh installs it)";
  const std::string filled = documents::testing::read_file(d + "/filled.xlsx");
  const std::string sheet = documents::read_zip(filled)->at("xl/worksheets/sheet2.xml");
  EXPECT_NE(sheet.find("<v></v>"), std::string::npos) << "openpyxl's empty cached values are in the file";
  auto r = t_.app->spreadsheets().import(editor_, filled);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->saved, 4);
  EXPECT_EQ(stored()["staff_managers.male"], 2);

  const std::string soffice = documents::testing::find_soffice();
  if (soffice.empty()) GTEST_SKIP() << "LibreOffice is not on PATH";
  // LibreOffice opens what openpyxl wrote, recalculates and saves it again.
  const std::string convert = "cd '" + d + "' && mkdir -p out && HOME='" + d + "/home' timeout 120 " + soffice +
                              " --headless --convert-to xlsx:'Calc MS Excel 2007 XML' --outdir out filled.xlsx >lo.log 2>&1";
  ASSERT_EQ(documents::testing::run(convert), 0) << documents::testing::read_file(d + "/lo.log");
  const std::string resaved = documents::testing::read_file(d + "/out/filled.xlsx");
  auto wb = documents::read_xlsx(resaved);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  EXPECT_EQ(wb->sheet("Nhân sự theo giới tính")->at("E5")->number, 52) << "recalculated";
  auto again = t_.app->spreadsheets().import(editor_, fill_cells(resaved, "Nhân sự theo giới tính", {{"D6", "4"}}));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->saved, 1);
  EXPECT_EQ(stored()["staff_managers.male"], 4);
}

TEST_P(Spreadsheets, RefusesOtherFilesUnitsAndPeople) {
  const std::string bytes = download();
  auto viewer = actor_of(*t_.app, "tm.viewer", "password-123");
  EXPECT_EQ(t_.app->spreadsheets().template_for(viewer, "THCS-TANMY", "2026S1").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->spreadsheets().import(viewer, bytes).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->spreadsheets().template_for(editor_, "SGD-AL", "2026S1").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->spreadsheets().template_for(editor_, "THCS-TANMY", "2026Q1").error().code, ErrorCode::kValidation);
  EXPECT_EQ(t_.app->spreadsheets().import(editor_, "not a workbook").error().code, ErrorCode::kBadRequest);
  auto other = t_.app->spreadsheets().import(editor_, fill_cells(bytes, "_binhdang", {{"B2", "0"}}));
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.error().message.find("phiên bản \"0\""), std::string::npos) << other.error().message;
  auto roster = t_.app->rosters().template_file(editor_);
  EXPECT_NE(t_.app->spreadsheets().import(editor_, roster->bytes).error().message.find("danh sách cán bộ"),
            std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Spreadsheets, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
