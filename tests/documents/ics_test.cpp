#include "documents/ics.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace bd::documents {
namespace {

std::vector<std::string> physical_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "every line ends in CRLF";
    if (end == std::string::npos) break;
    out.push_back(s.substr(start, end - start));
    start = end + 2;
  }
  return out;
}

std::string unfold(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

TEST(IcsTest, EscapesTextSpecials) {
  EXPECT_EQ(ics_escape("a,b;c\\d"), "a\\,b\\;c\\\\d");
  EXPECT_EQ(ics_escape("dòng 1\ndòng 2\r\ndòng 3\rhết"), "dòng 1\\ndòng 2\\ndòng 3\\nhết");
  EXPECT_EQ(ics_escape(std::string("a\x01\tb", 4)), "a\tb");
  EXPECT_EQ(ics_escape("Ngày Phụ nữ Việt Nam"), "Ngày Phụ nữ Việt Nam");
}

TEST(IcsTest, FoldingALongVietnameseLineKeepsUtf8Whole) {
  const std::string line =
      "SUMMARY:Tháng hành động vì bình đẳng giới và phòng ngừa\\, ứng phó với bạo lực trên cơ sở giới — "
      "Kế hoạch thực hiện công tác bình đẳng giới năm 2026 của Trường THCS Tân Mỹ";
  const std::string folded = ics_fold(line);
  const auto lines = physical_lines(folded);
  ASSERT_GT(lines.size(), 2u);
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].size(), 75u) << i;
    EXPECT_TRUE(text::valid_utf8(lines[i])) << "line " << i << " splits a character: " << lines[i];
    if (i > 0) {
      EXPECT_EQ(lines[i][0], ' ') << i;
    }
  }
  EXPECT_EQ(unfold(folded), line + "\r\n");
  EXPECT_EQ(ics_fold("VERSION:2.0"), "VERSION:2.0\r\n");
  const std::string exact(75, 'x');
  EXPECT_EQ(ics_fold(exact), exact + "\r\n");
  EXPECT_EQ(ics_fold(exact + "y"), exact + "\r\n y\r\n");
  const std::string ascii(74, 'x');  // octet 75 would fall inside "ệ" (3 octets): the cut moves before it
  EXPECT_EQ(ics_fold(ascii + "ệ"), ascii + "\r\n ệ\r\n");
}

TEST(IcsTest, DatesAndStamps) {
  EXPECT_EQ(ics_date({2026, 3, 8}), "20260308");
  EXPECT_EQ(ics_utc_time(1767225600), "20260101T000000Z");
  EXPECT_EQ(ics_utc_time(1767225600 + 7 * 3600 + 61), "20260101T070101Z");
}

TEST(IcsTest, ACalendarWithAllDayEvents) {
  IcsCalendar cal;
  cal.name = "Lịch hoạt động — Trường THCS Tân Mỹ";
  cal.stamp = 1767225600;
  cal.events.push_back({"obs-vn_women_day-2026-THCS-TANMY@binhdang", {2026, 10, 20}, {2026, 10, 20},
                        "Ngày Phụ nữ Việt Nam", "", {"Ngày kỷ niệm"}});
  cal.events.push_back({"obs-gender_equality_month-2026-THCS-TANMY@binhdang", {2026, 11, 15}, {2026, 12, 15},
                        "Tháng hành động vì bình đẳng giới", "Từ 15/11 đến 15/12; tuyên truyền, tọa đàm",
                        {"Ngày kỷ niệm", "Bình đẳng giới"}});
  const std::string ics = write_ics(cal);
  const auto lines = physical_lines(ics);
  ASSERT_GE(lines.size(), 10u);
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  for (size_t i = 0; i + 1 < ics.size(); ++i) {
    if (ics[i + 1] == '\n') {
      EXPECT_EQ(ics[i], '\r') << "bare LF at " << i;
    }
  }
  for (const auto& l : lines) EXPECT_LE(l.size(), 75u) << l;
  const std::string text = unfold(ics);
  EXPECT_NE(text.find("\r\nVERSION:2.0\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nPRODID:-//Bình Đẳng//Lịch hoạt động//VI\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nX-WR-CALNAME:Lịch hoạt động — Trường THCS Tân Mỹ\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nUID:obs-vn_women_day-2026-THCS-TANMY@binhdang\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDTSTAMP:20260101T000000Z\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDTSTART;VALUE=DATE:20261020\r\nDTEND;VALUE=DATE:20261021\r\n"), std::string::npos)
      << "the end is exclusive";
  EXPECT_NE(text.find("\r\nDTSTART;VALUE=DATE:20261115\r\nDTEND;VALUE=DATE:20261216\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nDESCRIPTION:Từ 15/11 đến 15/12\\; tuyên truyền\\, tọa đàm\r\n"), std::string::npos);
  EXPECT_NE(text.find("\r\nCATEGORIES:Ngày kỷ niệm,Bình đẳng giới\r\n"), std::string::npos);
  size_t begins = 0;
  for (size_t p = text.find("BEGIN:VEVENT"); p != std::string::npos; p = text.find("BEGIN:VEVENT", p + 1)) ++begins;
  EXPECT_EQ(begins, 2u);
  EXPECT_EQ(write_ics(cal), ics) << "the same input gives the same file";
}

}  // namespace
}  // namespace bd::documents
