#include "core/activity.h"

#include <gtest/gtest.h>

namespace bd {
namespace {

ActivityRecord valid() {
  ActivityRecord a;
  a.title = "  Tập huấn   bình đẳng giới ";
  a.start = "06/03/2026";
  a.end = "2026-03-08";
  return a;
}

TEST(Activity, CodesRoundTripAndLabelsAreVietnamese) {
  for (auto t : activity_types()) EXPECT_EQ(parse_activity_type(activity_type_code(t)), t);
  for (auto s : activity_statuses()) EXPECT_EQ(parse_activity_status(activity_status_code(s)), s);
  for (auto a : audiences()) EXPECT_EQ(parse_audience(audience_code(a)), a);
  EXPECT_EQ(activity_type_label_vi(ActivityType::kTraining), "Tập huấn, bồi dưỡng");
  EXPECT_EQ(activity_status_label_vi(ActivityStatus::kDone), "Đã thực hiện");
  EXPECT_FALSE(parse_activity_type("party"));
  EXPECT_EQ(activity_types().size(), 9u);
}

TEST(Activity, NormalisesTextDatesAndAudiences) {
  ActivityRecord a = valid();
  a.title = "Ngày Phu\u031B\u0303 nữ";  // decomposed ữ
  a.of(Audience::kParents) = {3, 0};
  a.audience = {Audience::kStudents, Audience::kStudents};
  ASSERT_TRUE(normalize_activity(a).ok());
  EXPECT_EQ(a.title, "Ngày Phữ nữ");
  EXPECT_EQ(a.start, "2026-03-06");
  EXPECT_EQ(a.end, "2026-03-08");
  EXPECT_EQ(a.audience, (std::vector<Audience>{Audience::kStudents, Audience::kParents}));
  EXPECT_EQ(activity_dates_vi(a), "06/03/2026 – 08/03/2026");
  ActivityRecord one = valid();
  one.end = "";
  ASSERT_TRUE(normalize_activity(one).ok());
  EXPECT_EQ(one.end, one.start);
  EXPECT_EQ(activity_dates_vi(one), "06/03/2026");
}

TEST(Activity, RefusesBadFieldsNamingThem) {
  auto field_of = [](ActivityRecord a) {
    auto s = normalize_activity(a);
    return s.ok() ? std::string("ok") : s.error().field;
  };
  ActivityRecord a = valid();
  a.title = " ";
  EXPECT_EQ(field_of(a), "title");
  a = valid();
  a.title = std::string(301, 'x');
  EXPECT_EQ(field_of(a), "title");
  a = valid();
  a.start = "31/02/2026";
  EXPECT_EQ(field_of(a), "start");
  a = valid();
  a.start = "1999-12-31";
  a.end = "2000-01-01";
  EXPECT_EQ(field_of(a), "start");
  a = valid();
  a.end = "2101-01-01";
  EXPECT_EQ(field_of(a), "end");
  a = valid();
  a.end = "05/03/2026";
  EXPECT_EQ(field_of(a), "end");
  a = valid();
  a.of(Audience::kStaff).male = -1;
  EXPECT_EQ(field_of(a), "participants.staff.male");
  a = valid();
  a.of(Audience::kCommunity).female = 1000001;
  EXPECT_EQ(field_of(a), "participants.community.female");
  a = valid();
  a.description = std::string("\xC3\x28");
  EXPECT_EQ(field_of(a), "description");
}

TEST(Evidence, DetectsKindsByContentOnly) {
  EXPECT_EQ(detect_evidence_kind(std::string("\xFF\xD8\xFF\xE0rest", 8)), EvidenceKind::kJpeg);
  EXPECT_EQ(detect_evidence_kind(std::string("\x89PNG\r\n\x1A\n....", 12)), EvidenceKind::kPng);
  EXPECT_EQ(detect_evidence_kind("%PDF-1.7\n"), EvidenceKind::kPdf);
  const std::string zip("PK\x03\x04", 4);
  EXPECT_EQ(detect_evidence_kind(zip + "[Content_Types].xml....word/document.xml"), EvidenceKind::kDocx);
  EXPECT_EQ(detect_evidence_kind(zip + "[Content_Types].xml....xl/workbook.xml"), EvidenceKind::kXlsx);
  EXPECT_EQ(detect_evidence_kind(zip + "payload.exe"), EvidenceKind::kUnknown);
  EXPECT_EQ(detect_evidence_kind("MZ\x90\x00 not an image"), EvidenceKind::kUnknown);
  EXPECT_EQ(detect_evidence_kind(""), EvidenceKind::kUnknown);
  EXPECT_TRUE(evidence_extension_matches("Ảnh.JPEG", EvidenceKind::kJpeg));
  EXPECT_FALSE(evidence_extension_matches("report.pdf", EvidenceKind::kJpeg));
  EXPECT_EQ(evidence_content_type(EvidenceKind::kPdf), "application/pdf");
}

TEST(Evidence, SanitisesNames) {
  EXPECT_EQ(sanitize_file_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(sanitize_file_name("C:\\Users\\a\\ảnh \"tập\" huấn.jpg"), "ảnh _tập_ huấn.jpg");
  EXPECT_EQ(sanitize_file_name("..hidden.pdf"), "hidden.pdf");
  EXPECT_EQ(sanitize_file_name("a\r\nb;c.pdf"), "ab_c.pdf");
  EXPECT_EQ(sanitize_file_name("/"), "tep-minh-chung");
  EXPECT_EQ(sanitize_file_name("\xC3\x28.pdf"), "tep-minh-chung");
  const std::string long_name = sanitize_file_name(std::string(300, 'a') + ".docx");
  EXPECT_EQ(long_name.size(), 120u);
  EXPECT_TRUE(long_name.ends_with(".docx"));
}

}  // namespace
}  // namespace bd
