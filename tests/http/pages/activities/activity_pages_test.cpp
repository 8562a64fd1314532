// The activity pages over HTTP: the list with its filters, the form (new,
// saved, refused with what was typed), evidence through the page's upload
// form, adding an observance from the calendar, and deleting.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

class ActivityPages : public LiveServerTest<ActivityPages> {
 protected:
  // The id in a "/activities/ID..." location.
  static int64_t id_in(const std::string& location) {
    EXPECT_TRUE(location.starts_with("/activities/")) << location;
    return std::stoll(location.substr(12));
  }
};


TEST_F(ActivityPages, RecordAnActivityWithParticipantsAndEvidence) {
  auto editor = as("thcs.tanmy");
  auto fresh = editor.get("/activities/new");
  ASSERT_EQ(fresh.status, 200) << fresh.body;
  EXPECT_TRUE(has(fresh.body, "Ghi hoạt động mới"));
  EXPECT_TRUE(has(fresh.body, "name=\"p.students.female\""));

  auto saved = editor.form("/activities", {{"org", "THCS-TANMY"},
                                           {"title", "Sinh hoạt dưới cờ chủ đề bình đẳng giới"},
                                           {"start", "12/10/2026"},
                                           {"type", "communication"},
                                           {"status", "done"},
                                           {"audience", "students"},
                                           {"p.students.female", "250"},
                                           {"p.students.male", "240"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  const std::string loc = saved.header("location");
  EXPECT_TRUE(loc.ends_with("?saved=1")) << loc;
  const int64_t id = id_in(loc);
  const std::string base = "/activities/" + std::to_string(id);

  auto page = editor.get(loc);
  ASSERT_EQ(page.status, 200);
  for (const char* s : {"Đã lưu hoạt động.", "Sinh hoạt dưới cờ chủ đề bình đẳng giới", "12/10/2026", "value=\"250\"",
                        "value=\"240\"", "Chưa có tệp minh chứng", "enctype=\"multipart/form-data\""})
    EXPECT_TRUE(has(page.body, s)) << s;

  // Evidence through the page's form (CSRF in the multipart body).
  const std::string body = "--B0\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrf() +
                           "\r\n--B0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bien-ban.pdf\"\r\n"
                           "Content-Type: application/pdf\r\n\r\n" + kPdf + "\r\n--B0--\r\n";
  auto up = editor.request("POST", base + "/evidence", body, "multipart/form-data; boundary=B0");
  ASSERT_EQ(up.status, 303) << up.body;
  auto with_file = editor.get(base);
  EXPECT_TRUE(has(with_file.body, "bien-ban.pdf"));
  EXPECT_TRUE(has(with_file.body, "/api/v1/evidence/"));
  // Without the token the upload is refused.
  const std::string no_csrf = "--B0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n\r\n" + kPdf +
                              "\r\n--B0--\r\n";
  EXPECT_EQ(editor.request("POST", base + "/evidence", no_csrf, "multipart/form-data; boundary=B0").status, 403);
  // A disguised file is refused with a page, not stored.
  const std::string fake = "--B0\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + editor.csrf() +
                           "\r\n--B0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"anh.jpg\"\r\n\r\n"
                           "MZ\x90 not a photo\r\n--B0--\r\n";
  auto refused = editor.request("POST", base + "/evidence", fake, "multipart/form-data; boundary=B0");
  EXPECT_EQ(refused.status, 415) << refused.body;
  EXPECT_FALSE(has(editor.get(base).body, "anh.jpg"));

  auto list = editor.get("/activities?org=THCS-TANMY&year=2026");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "Sinh hoạt dưới cờ chủ đề bình đẳng giới"));
  EXPECT_TRUE(has(list.body, "490 (nữ 250)"));
  auto filtered = editor.get("/activities?org=THCS-TANMY&year=2026&type=training");
  EXPECT_FALSE(has(filtered.body, "Sinh hoạt dưới cờ chủ đề bình đẳng giới"));

  // Others see it read-only or not at all.
  auto viewer = as("so.xem");
  auto ro = viewer.get(base);
  ASSERT_EQ(ro.status, 200);
  EXPECT_TRUE(has(ro.body, "disabled"));
  EXPECT_FALSE(has(ro.body, "enctype=\"multipart/form-data\""));
  auto outsider = as("thpt.anlac");
  EXPECT_EQ(outsider.get(base).status, 403);

  ASSERT_EQ(editor.form(base + "/delete", {}).status, 303);
  EXPECT_EQ(editor.get(base).status, 404);
}

TEST_F(ActivityPages, RefusedFormKeepsWhatWasTyped) {
  auto editor = as("thcs.tanmy");
  auto r = editor.form("/activities", {{"org", "THCS-TANMY"},
                                       {"title", "Tập huấn kỹ năng phòng chống xâm hại"},
                                       {"start", "20/11/2026"},
                                       {"end", "18/11/2026"},
                                       {"type", "training"},
                                       {"p.staff.female", "12"}});
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(has(r.body, "role=\"alert\""));
  EXPECT_TRUE(has(r.body, "Tập huấn kỹ năng phòng chống xâm hại"));
  EXPECT_TRUE(has(r.body, "value=\"12\""));
}

TEST_F(ActivityPages, ObservanceFromTheCalendar) {
  auto editor = as("thcs.tanmy");
  auto r = editor.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:vn_women_day:2026"}});
  ASSERT_EQ(r.status, 303) << r.body;
  auto page = editor.get(r.header("location"));
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "20/10/2026"));
  EXPECT_TRUE(has(page.body, "Hưởng ứng"));
  auto again = editor.form("/activities", {{"org", "THCS-TANMY"}, {"calendar_item", "obs:vn_women_day:2026"}});
  EXPECT_EQ(again.status, 409);
}

}  // namespace
}  // namespace bd::test
