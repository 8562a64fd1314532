// The consolidated report over HTTP: JSON, the switch for submitted reports,
// and the .docx read back through LibreOffice and pdftotext.
#include <gtest/gtest.h>

#include <vector>

#include "documents/office_tools.h"
#include "documents/xlsx_reader.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

namespace office = documents::testing;

class ConsolidationApi : public LiveServerTest<ConsolidationApi> {};

TEST_F(ConsolidationApi, JsonCountsApprovedReportsAndTheSwitchAddsSubmitted) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  auto r = c.get("/api/v1/reports/SGD-AL/2025S2/consolidated");
  ASSERT_EQ(r.status, 200) << r.body;
  const auto j = r.json();
  EXPECT_EQ(j["counted"], 8);
  EXPECT_EQ(j["include_submitted"], false);
  ASSERT_FALSE(j["sets"].empty());
  EXPECT_FALSE(j["children"].empty());
  auto with = c.get("/api/v1/reports/SGD-AL/2025S2/consolidated?include_submitted=true").json();
  EXPECT_EQ(with["counted"], 11);
  EXPECT_EQ(c.get("/api/v1/reports/SGD-AL/2025X/consolidated").status, 400);
  HttpClient school(port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  EXPECT_EQ(school.get("/api/v1/reports/SGD-AL/2025S2/consolidated").status, 403);
}

// Sums of counts and of yes/no answers are whole numbers: JSON integers.
TEST_F(ConsolidationApi, FiguresOfCountsAreIntegers) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  for (const char* period : {"2025S2", "2025"}) {
    auto r = c.get(std::string("/api/v1/reports/SGD-AL/") + period + "/consolidated");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto body = r.json();
    size_t whole = 0;
    for (const auto& set : body["sets"])
      for (const auto& row : set["rows"])
        for (const char* k : {"female", "male", "total"}) {
          EXPECT_FALSE(row[k].is_number_float()) << row.dump();
          whole += row[k].is_number_integer();
        }
    EXPECT_GT(whole, 0u) << period;
    for (const auto& child : body["children"])
      for (const auto& [element, f] : child["figures"].items())
        for (const char* k : {"female", "male", "total"}) EXPECT_FALSE(f[k].is_number_float()) << element;
  }
}

TEST_F(ConsolidationApi, DocxReadsInOrderThroughLibreOffice) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  auto docx = c.get("/api/v1/reports/SGD-AL/2025S1/consolidated.docx");
  ASSERT_EQ(docx.status, 200) << docx.body;
  EXPECT_NE(docx.header("content-type").find("wordprocessingml"), std::string::npos);
  EXPECT_EQ(docx.header("content-disposition").rfind("attachment", 0), 0u);
  ASSERT_EQ(docx.body.substr(0, 2), "PK");

  const std::string soffice = office::find_soffice();
  if (soffice.empty()) GTEST_SKIP() << "LibreOffice (soffice) is not on PATH";
  if (office::run("command -v pdftotext >/dev/null 2>&1") != 0) GTEST_SKIP() << "pdftotext is not on PATH";
  office::TempDir dir;
  const std::string d = dir.path();
  office::write_file(d + "/bc.docx", docx.body);
  ASSERT_EQ(office::run("cd '" + d + "' && HOME='" + d + "/home' timeout 120 " + soffice +
                        " --headless --convert-to pdf --outdir '" + d + "' '" + d + "/bc.docx' >'" + d +
                        "/soffice.log' 2>&1"),
            0)
      << office::read_file(d + "/soffice.log");
  ASSERT_EQ(office::run("pdftotext -raw '" + d + "/bc.pdf' '" + d + "/bc.txt'"), 0);
  const std::string text = office::read_file(d + "/bc.txt");
  size_t at = 0;
  // Governed by the province; the department's name breaks before its locality, never inside it; the body
  // ends with "./."; signed as the department's plan is signed.
  for (const std::string want : {"ỦY BAN NHÂN DÂN TỈNH AN LẠC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH AN LẠC", "/BC-SGDĐT",
                                 "An Lạc, ngày", "BÁO CÁO", "đầu năm 2025", "Kính gửi: Bộ Giáo dục và Đào tạo",
                                 "I. TÌNH HÌNH BÁO CÁO", "II. SỐ LIỆU TỔNG HỢP", "Tỷ lệ nữ", "./.", "Nơi nhận:",
                                 "GIÁM ĐỐC"}) {
    const size_t found = text.find(want, at);
    ASSERT_NE(found, std::string::npos) << "\"" << want << "\" not found after offset " << at << " in:\n" << text;
    at = found + want.size();
  }
}

TEST_F(ConsolidationApi, XlsxReadsBackWithOneSheetPerForm) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  const auto j = c.get("/api/v1/reports/SGD-AL/2025S2/consolidated").json();
  auto r = c.get("/api/v1/reports/SGD-AL/2025S2/consolidated.xlsx");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.header("content-type").find("spreadsheetml"), std::string::npos);
  auto wb = documents::read_xlsx(r.body);
  ASSERT_TRUE(wb.ok()) << wb.error().message;
  ASSERT_EQ(wb->sheets.size(), j["sets"].size() + 2) << "summary, one per form, targets";
  const auto* sum = wb->sheet("Tổng hợp");
  ASSERT_NE(sum, nullptr);
  // The summary's first row of the first form equals the JSON's figures.
  const auto& first = j["sets"][0]["rows"][0];
  bool found = false;
  for (const auto& [pos, cell] : sum->cells) {
    if (cell.text != first["name"].get<std::string>()) continue;
    found = true;
    const auto* female = sum->at(pos.row, 1);
    ASSERT_NE(female, nullptr);
    EXPECT_DOUBLE_EQ(female->number, first["female"].get<double>());
    break;
  }
  EXPECT_TRUE(found);
  const auto* form = wb->sheets[1].at("A4");
  ASSERT_NE(form, nullptr);
  EXPECT_EQ(form->text, j["children"][0]["name"].get<std::string>()) << "a row per child";
  EXPECT_NE(wb->sheet("Chỉ tiêu"), nullptr);
}

}  // namespace
}  // namespace bd::test
