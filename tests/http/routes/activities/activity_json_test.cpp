// Activities and evidence as JSON, and an evidence file as a download
// (activity_json.cpp): every field with its Vietnamese labels, the warning
// only when there is one, and a Content-Disposition that is safe in ASCII
// and exact in UTF-8.
#include "http/routes/activities/activity_json.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

using J = nlohmann::json;

EvidenceRecord evidence(int64_t id, const std::string& name) {
  EvidenceRecord e;
  e.id = id;
  e.activity_id = 7;
  e.stored_name = "9f86d081884c7d659a2feaa0c55ad015";
  e.original_name = name;
  e.content_type = "application/pdf";
  e.size = 1234;
  e.sha256 = std::string(64, 'a');
  e.uploaded_at = 1767225600;
  e.uploaded_by = "thcs.tanmy";
  return e;
}

app::ActivityView training() {
  app::ActivityView v;
  ActivityRecord& r = v.record;
  r.id = 7;
  r.org_id = 3;
  r.type = ActivityType::kTraining;
  r.status = ActivityStatus::kDone;
  r.title = "Tập huấn lồng ghép giới";
  r.organiser = "Ban VSTBPN";
  r.description = "Cho toàn thể giáo viên.";
  r.start = "2026-01-05";
  r.end = "2026-01-07";
  r.plan_id = 12;
  r.task_index = 2;
  r.audience = {Audience::kStaff, Audience::kParents};
  r.of(Audience::kStaff) = {40, 12};
  r.of(Audience::kParents) = {3, 1};
  r.created_at = 1767000000;
  r.updated_at = 1767225600;
  r.updated_by = "thcs.tanmy";
  v.unit.id = 3;
  v.unit.code = "THCS-TANMY";
  v.unit.name = "Trường THCS Tân Mỹ";
  v.can_edit = true;
  return v;
}

TEST(ActivityJson, EveryFieldWithItsLabels) {
  app::ActivityView v = training();
  v.evidence = {evidence(21, "Biên bản.pdf"), evidence(22, "Ảnh.pdf")};
  const J j = activity_json(v);
  EXPECT_EQ(j["id"], 7);
  EXPECT_EQ(j["org"], "THCS-TANMY");
  EXPECT_EQ(j["org_name"], "Trường THCS Tân Mỹ");
  EXPECT_EQ(j["type"], "training");
  EXPECT_EQ(j["type_label"], "Tập huấn, bồi dưỡng");
  EXPECT_EQ(j["status"], "done");
  EXPECT_EQ(j["status_label"], "Đã thực hiện");
  EXPECT_EQ(j["title"], "Tập huấn lồng ghép giới");
  EXPECT_EQ(j["organiser"], "Ban VSTBPN");
  EXPECT_EQ(j["description"], "Cho toàn thể giáo viên.");
  EXPECT_EQ(j["start"], "2026-01-05");
  EXPECT_EQ(j["end"], "2026-01-07");
  EXPECT_EQ(j["dates"], "05/01/2026 – 07/01/2026");
  EXPECT_EQ(j["plan_id"], 12);
  EXPECT_EQ(j["task_index"], 2);
  EXPECT_EQ(j["observance"], "");
  EXPECT_EQ(j["audience"], J::array({"staff", "parents"}));
  EXPECT_EQ(j["participants"]["staff"], (J{{"female", 40}, {"male", 12}}));
  EXPECT_EQ(j["participants"]["parents"], (J{{"female", 3}, {"male", 1}}));
  EXPECT_EQ(j["participants"]["students"], (J{{"female", 0}, {"male", 0}}));
  EXPECT_EQ(j["participants"].size(), kAudienceCount);
  EXPECT_EQ(j["updated_at"], 1767225600);
  EXPECT_EQ(j["updated_by"], "thcs.tanmy");
  EXPECT_EQ(j["can_edit"], true);
  ASSERT_EQ(j["evidence"].size(), 2u);
  EXPECT_EQ(j["evidence"][0]["id"], 21);
  EXPECT_EQ(j["evidence"][1]["name"], "Ảnh.pdf");
  EXPECT_FALSE(j.contains("warning"));
  EXPECT_FALSE(j.contains("created_at"));
}

TEST(ActivityJson, OneDayNoEvidenceAndAWarning) {
  app::ActivityView v = training();
  v.record.type = ActivityType::kObservance;
  v.record.status = ActivityStatus::kPlanned;
  v.record.observance = "vn_women_day";
  v.record.end = v.record.start;
  v.can_edit = false;
  v.feed_warning = "Kỳ 2026S1 đã khóa nên số liệu chưa được cập nhật.";
  const J j = activity_json(v);
  EXPECT_EQ(j["dates"], "05/01/2026");
  EXPECT_EQ(j["type_label"], "Hưởng ứng ngày kỷ niệm");
  EXPECT_EQ(j["status_label"], "Dự kiến");
  EXPECT_EQ(j["observance"], "vn_women_day");
  EXPECT_EQ(j["can_edit"], false);
  EXPECT_EQ(j["evidence"], J::array());
  EXPECT_EQ(j["warning"], "Kỳ 2026S1 đã khóa nên số liệu chưa được cập nhật.");
}

TEST(ActivityJson, EvidenceCarriesItsDownloadUrlButNotWhereItIsStored) {
  const J j = evidence_json(evidence(21, "Biên bản họp.pdf"));
  EXPECT_EQ(j, (J{{"id", 21},
                  {"activity_id", 7},
                  {"name", "Biên bản họp.pdf"},
                  {"content_type", "application/pdf"},
                  {"size", 1234},
                  {"sha256", std::string(64, 'a')},
                  {"uploaded_at", 1767225600},
                  {"uploaded_by", "thcs.tanmy"},
                  {"url", "/api/v1/evidence/21"}}));
  EXPECT_EQ(j.dump().find("9f86d081"), std::string::npos);
}

TEST(ActivityJson, DownloadsAreAttachmentsWithASafeName) {
  app::EvidenceFile f{evidence(21, "Biên bản \"tháng 3\"\\Đợt 1.pdf"), "%PDF-1.4 bytes"};
  const Response r = evidence_download(f);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "application/pdf");
  EXPECT_EQ(r.body, "%PDF-1.4 bytes");
  std::string disposition;
  for (const auto& [name, value] : r.headers)
    if (name == "Content-Disposition") disposition = value;
  // ASCII: no diacritics (lower case), quotes and backslashes replaced.
  EXPECT_EQ(disposition,
            "attachment; filename=\"bien ban _thang 3__dot 1.pdf\"; "
            "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%22th%C3%A1ng%203%22%5C%C4%90%E1%BB%A3t%201.pdf");

  f.record.original_name = "anh.png";
  f.record.content_type = "image/png";
  const Response png = evidence_download(f);
  EXPECT_EQ(png.content_type, "image/png");
  ASSERT_EQ(png.headers.size(), 1u);
  EXPECT_EQ(png.headers[0].second, "attachment; filename=\"anh.png\"; filename*=UTF-8''anh.png");
}

}  // namespace
}  // namespace bd::http
