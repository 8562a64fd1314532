// Activities and their evidence files over the real server: record, change,
// list, upload and download; the bad uploads (too big, a disguised type, path
// tricks in the name, an outsider downloading); done activities moving the
// engine's figures; an "org" of the wrong JSON type.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(32, '\1');
const std::string kExe = std::string("MZ\x90\0\3\0\0\0\4\0\0\0\xff\xff\0\0", 16) + std::string(64, '\0');

class ActivitiesApi : public LiveServerTest<ActivitiesApi> {
 protected:
  // A new activity of THCS-TANMY; its id.
  int64_t create(HttpClient& c, json fields) {
    fields["org"] = "THCS-TANMY";
    auto r = c.json("POST", "/api/v1/activities", fields);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.status == 201 ? r.json()["id"].get<int64_t>() : 0;
  }
  static HttpResult upload(HttpClient& c, int64_t activity, const std::string& filename, const std::string& bytes) {
    const std::string body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
                             "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--XyZ--\r\n";
    return c.request("POST", "/api/v1/activities/" + std::to_string(activity) + "/evidence", body,
                     "multipart/form-data; boundary=XyZ", {{"X-CSRF-Token", c.csrf()}});
  }
  static std::optional<double> indicator(HttpClient& c, const std::string& code, const std::string& period) {
    auto r = c.get("/api/v1/analytics?indicator=" + code + "&org=THCS-TANMY&period=" + period);
    EXPECT_EQ(r.status, 200) << r.body;
    const json row = r.json()["rows"][0];
    if (row["value"].is_null()) return std::nullopt;
    return row["value"].get<double>();
  }
};

TEST_F(ActivitiesApi, RecordChangeListAndDelete) {
  auto editor = as("thcs.tanmy");
  const int64_t id = create(editor, {{"type", "meeting"},
                                     {"title", "Họp Ban VSTBPN đầu năm học"},
                                     {"start", "2026-09-10"},
                                     {"participants", {{"staff", {{"female", 6}, {"male", 2}}}}}});
  ASSERT_GT(id, 0);
  const std::string url = "/api/v1/activities/" + std::to_string(id);
  auto got = editor.get(url);
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json()["org"], "THCS-TANMY");
  EXPECT_EQ(got.json()["status"], "planned");
  EXPECT_EQ(got.json()["end"], "2026-09-10");
  EXPECT_EQ(got.json()["participants"]["staff"]["female"], 6);

  auto patched = editor.json("PATCH", url, {{"status", "done"}, {"description", "Phân công nhiệm vụ."}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["status"], "done");
  EXPECT_EQ(patched.json()["title"], "Họp Ban VSTBPN đầu năm học");
  EXPECT_EQ(editor.json("PATCH", url, {{"colour", "red"}}).status, 422);
  EXPECT_EQ(editor.json("PATCH", url, {{"start", "2026-09-10"}, {"end", "2026-09-01"}}).status, 422);

  auto list = editor.get("/api/v1/activities?org=THCS-TANMY&year=2026&type=meeting");
  ASSERT_EQ(list.status, 200) << list.body;
  const json listed = list.json();
  bool found = false;
  for (const auto& a : listed["activities"]) found = found || a["id"] == id;
  EXPECT_TRUE(found) << list.body;
  EXPECT_GE(listed["by_type"]["meeting"].get<int>(), 1);
  EXPECT_EQ(editor.get("/api/v1/activities?org=THCS-TANMY&type=party").status, 422);
  // A year is digits only, as the OpenAPI document says (not "2026abc", not -1).
  for (const char* year : {"2026abc", "-1", "x", "20260"})
    EXPECT_EQ(editor.get(std::string("/api/v1/activities?org=THCS-TANMY&year=") + year).status, 422) << year;

  auto outsider = as("thpt.anlac");
  EXPECT_EQ(outsider.get(url).status, 403);
  EXPECT_EQ(outsider.json("PATCH", url, {{"title", "Đổi tên"}}).status, 403);
  auto viewer = as("so.xem");
  EXPECT_EQ(viewer.get(url).status, 200);
  EXPECT_EQ(viewer.json("PATCH", url, {{"title", "Đổi tên"}}).status, 403);

  EXPECT_EQ(editor.request("DELETE", url, "", "", {{"X-CSRF-Token", editor.csrf()}}).status, 204);
  EXPECT_EQ(editor.get(url).status, 404);
}

// Found by the API fuzzer (tests/api/): an "org" that is not a string gave 500.
TEST_F(ActivitiesApi, AnOrgThatIsNotAStringIsA400) {
  auto editor = as("thcs.tanmy");
  for (const json& org : {json::array({"THCS-TANMY"}), json(5), json::object({{"code", "THCS-TANMY"}}), json(nullptr)}) {
    auto r = editor.json("POST", "/api/v1/activities", {{"org", org}, {"title", "Tập huấn"}, {"type", "training"}});
    EXPECT_EQ(r.status, 400) << org.dump() << " → " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], "org") << r.body;
    auto cal = editor.json("POST", "/api/v1/activities", {{"org", org}, {"calendar_item", "obs:vn_women_day:2026"}});
    EXPECT_EQ(cal.status, 400) << org.dump() << " → " << cal.body;
  }
}

TEST_F(ActivitiesApi, EvidenceUploadAndDownload) {
  auto editor = as("thcs.tanmy");
  const int64_t id = create(editor, {{"type", "observance"}, {"title", "Tọa đàm 20/10"}, {"start", "2026-10-20"}});
  ASSERT_GT(id, 0);
  auto up = upload(editor, id, "Biên bản tọa đàm.pdf", kPdf);
  ASSERT_EQ(up.status, 201) << up.body;
  EXPECT_EQ(up.json()["name"], "Biên bản tọa đàm.pdf");
  EXPECT_EQ(up.json()["content_type"], "application/pdf");
  EXPECT_EQ(up.json()["size"], kPdf.size());
  EXPECT_EQ(up.json()["sha256"].get<std::string>().size(), 64u);

  const std::string file_url = up.json()["url"];
  auto down = editor.get(file_url);
  ASSERT_EQ(down.status, 200) << down.body;
  EXPECT_EQ(down.body, kPdf);
  EXPECT_EQ(down.header("content-type"), "application/pdf");
  EXPECT_EQ(down.header("content-disposition").rfind("attachment;", 0), 0u) << down.header("content-disposition");

  auto got = editor.get("/api/v1/activities/" + std::to_string(id)).json();
  ASSERT_EQ(got["evidence"].size(), 1u);
  EXPECT_EQ(got["evidence"][0]["url"], file_url);

  auto outsider = as("thpt.anlac");
  EXPECT_EQ(outsider.get(file_url).status, 403);
  EXPECT_EQ(upload(outsider, id, "x.pdf", kPdf).status, 403);
  auto viewer = as("so.xem");
  EXPECT_EQ(viewer.get(file_url).status, 200);
  EXPECT_EQ(upload(viewer, id, "x.pdf", kPdf).status, 403);
  EXPECT_EQ(editor.get("/api/v1/evidence/999999").status, 404);
}

TEST_F(ActivitiesApi, BadUploadsAreRefused) {
  auto editor = as("thcs.tanmy");
  const int64_t id = create(editor, {{"type", "club"}, {"title", "Câu lạc bộ Em yêu khoa học"}, {"start", "2026-11-05"}});
  ASSERT_GT(id, 0);
  // Over 10 MiB, inside the route's body limit: refused by the use case.
  auto big = upload(editor, id, "lon.pdf", kPdf + std::string((10u << 20) - kPdf.size() + 1, 'x'));
  EXPECT_EQ(big.status, 413) << big.body;
  // A program named as a photo, a PNG named as a PDF, a text file.
  auto exe = upload(editor, id, "anh.jpg", kExe);
  EXPECT_EQ(exe.status, 415) << exe.body;
  EXPECT_EQ(exe.json()["error"]["code"], "unsupported_media_type") << exe.body;
  EXPECT_EQ(upload(editor, id, "bao-cao.pdf", kPng).status, 415);
  EXPECT_EQ(upload(editor, id, "ghi-chu.txt", "chỉ là chữ").status, 415);
  EXPECT_EQ(upload(editor, id, "rong.pdf", "").status, 422);
  // Not multipart, no file field.
  EXPECT_EQ(editor.json("POST", "/api/v1/activities/" + std::to_string(id) + "/evidence", json::object()).status / 100,
            4);
  // Path tricks in the name: only the base name is kept, the file lands in
  // the evidence directory under a random name.
  for (const char* name : {"../../../etc/passwd.pdf", "..\\..\\windows\\passwd.pdf", "/tmp/passwd.pdf"}) {
    auto r = upload(editor, id, name, kPdf);
    ASSERT_EQ(r.status, 201) << name << ": " << r.body;
    const std::string kept = r.json()["name"];
    EXPECT_TRUE(kept.ends_with("passwd.pdf")) << name << " → " << kept;
    EXPECT_EQ(kept.find_first_of("/\\"), std::string::npos) << name << " → " << kept;
    EXPECT_FALSE(kept.starts_with(".")) << name << " → " << kept;
  }
  EXPECT_FALSE(std::filesystem::exists(live_->t.dir->path() + "/etc/passwd.pdf"));
  const std::string dir = live_->t.dir->path() + "/evidence";
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const std::string n = e.path().filename().string();
    EXPECT_EQ(n.size(), 32u) << n;
    EXPECT_EQ(n.find_first_not_of("0123456789abcdef"), std::string::npos) << n;
    ++files;
  }
  EXPECT_GE(files, 3);
  auto got = editor.get("/api/v1/activities/" + std::to_string(id)).json();
  EXPECT_EQ(got["evidence"].size(), 3u) << "refused uploads leave nothing behind";
}

TEST_F(ActivitiesApi, DoneActivitiesMoveTheEnginesFigures) {
  auto editor = as("thcs.tanmy");
  auto saved = editor.json("POST", "/api/v1/datavalues",
                           {{"values",
                             {{{"element", "staff_total"}, {"sex", "female"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 40}},
                              {{"element", "staff_total"}, {"sex", "male"}, {"org", "THCS-TANMY"}, {"period", "2026S1"}, {"value", 10}}}}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  // Nobody trained yet: no figure, or 0%.
  EXPECT_EQ(indicator(editor, "pct_staff_trained", "2026S1").value_or(0), 0.0);

  const int64_t id = create(editor, {{"type", "training"},
                                     {"title", "Tập huấn về bình đẳng giới cho giáo viên"},
                                     {"start", "2026-02-14"},
                                     {"status", "planned"},
                                     {"participants", {{"staff", {{"female", 30}, {"male", 5}}}}}});
  ASSERT_GT(id, 0);
  EXPECT_EQ(indicator(editor, "pct_staff_trained", "2026S1").value_or(0), 0.0) << "planned activities feed nothing";

  auto done = editor.json("PATCH", "/api/v1/activities/" + std::to_string(id), {{"status", "done"}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_FALSE(done.json().contains("warning")) << done.body;
  auto v = indicator(editor, "pct_staff_trained", "2026S1");
  ASSERT_TRUE(v.has_value());
  EXPECT_NEAR(*v, 70.0, 1e-9);  // 35 of 50

  auto more = editor.json("PATCH", "/api/v1/activities/" + std::to_string(id),
                          {{"participants", {{"staff", {{"female", 40}, {"male", 10}}}}}});
  ASSERT_EQ(more.status, 200) << more.body;
  v = indicator(editor, "pct_staff_trained", "2026S1");
  ASSERT_TRUE(v.has_value());
  EXPECT_NEAR(*v, 100.0, 1e-9);
}

}  // namespace
}  // namespace bd::test
