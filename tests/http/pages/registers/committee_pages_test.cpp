// The committee pages: the hub, the members with their phones, adding a
// member with a Vietnamese error naming the field, re-composing the
// committee under a new decision.
#include <array>

#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

TEST(CommitteePages, HubMembersAndForm) {
  LiveServer live = start_server(true);
  HttpClient school(live.port());
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  auto hub = school.get("/committee");
  ASSERT_EQ(hub.status, 200) << hub.body;
  EXPECT_NE(hub.body.find("Ban vì sự tiến bộ của phụ nữ"), std::string::npos);
  EXPECT_EQ(hub.body.find("/incidents?org"), std::string::npos);  // no incident link without the role
  HttpClient dept(live.port());
  ASSERT_TRUE(dept.login("so.capnhat", kAdminPassword));
  auto page = dept.get("/committee/SGD-AL");
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Trần Văn An"), std::string::npos);
  EXPECT_NE(page.body.find("0900.000.001"), std::string::npos);
  EXPECT_NE(page.body.find("01/09/2025"), std::string::npos);
  EXPECT_NE(page.body.find("28/08/2025"), std::string::npos);  // the decision's date
  EXPECT_EQ(school.get("/committee/THCS-TANMY").status, 200);
  auto bad = school.form("/committee/THCS-TANMY/members", {{"full_name", "Ngô Thị Lan"}, {"sex", "female"},
                                                           {"role", "member"}, {"term_start", "31/02/2026"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Ngày bắt đầu nhiệm kỳ không hợp lệ"), std::string::npos);
  auto ok = school.form("/committee/THCS-TANMY/members", {{"full_name", "Ngô Thị Lan"}, {"sex", "female"},
                                                          {"role", "member"}, {"term_start", "05/01/2026"}});
  EXPECT_EQ(ok.status, 303) << ok.body;
  HttpClient officer(live.port());
  ASSERT_TRUE(officer.login("thcs.tanmy.tv", kAdminPassword));
  EXPECT_NE(officer.get("/committee").body.find("/incidents?org=THCS-TANMY"), std::string::npos);
}


// The department's committee since 01/09/2025 (demo): five members, one head.
std::map<std::string, std::string> recomposition() {
  std::map<std::string, std::string> f{{"decision_no", "15/QĐ-SGDĐT"}, {"decision_date", "25/02/2026"},
                                       {"from", "01/03/2026"}};
  const std::vector<std::array<const char*, 4>> current{{"Trần Văn An", "male", "head", "1"},
                                                         {"Nguyễn Thị Thu Hà", "female", "deputy", "1"},
                                                         {"Võ Thị Thanh Tâm", "female", "secretary", "1"},
                                                         {"Phạm Văn Dũng", "male", "member", "1"},
                                                         {"Đặng Thị Kim Oanh", "female", "member", ""}};
  for (size_t i = 0; i < current.size(); ++i) {
    const std::string p = "m." + std::to_string(i) + ".";
    f[p + "current"] = "1";
    f[p + "full_name"] = current[i][0];
    f[p + "sex"] = current[i][1];
    f[p + "role"] = current[i][2];
    if (*current[i][3]) f[p + "keep"] = "1";
  }
  f["m.5.full_name"] = "Ngô Thị Lan";  // a new member
  f["m.5.sex"] = "female";
  f["m.5.role"] = "member";
  f["m.5.position"] = "Chuyên viên phòng Giáo dục Mầm non";
  f["m.5.trained"] = "1";
  f["m.6.full_name"] = "";  // a blank row
  f["m.6.sex"] = "";
  f["m.6.role"] = "member";
  return f;
}

TEST(CommitteePages, RecompositionUnderANewDecision) {
  LiveServer live = start_server(true);
  HttpClient dept(live.port());
  ASSERT_TRUE(dept.login("so.capnhat", kAdminPassword));
  auto page = dept.get("/committee/SGD-AL");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Kiện toàn Ban"));
  EXPECT_TRUE(has(page.body, "action=\"/committee/SGD-AL/recompositions#kien-toan\""));
  EXPECT_TRUE(has(page.body, "<legend>Trần Văn An</legend>"));
  EXPECT_TRUE(has(page.body, "name=\"m.0.keep\" value=\"1\" checked>"));
  EXPECT_TRUE(has(page.body, "<legend>Thành viên mới 1</legend>"));
  EXPECT_TRUE(has(page.body, "name=\"m.7.full_name\"")) << "three blank rows after the five members";

  // Two heads: refused, everything typed is shown again.
  auto two_heads = recomposition();
  two_heads["m.5.role"] = "head";
  auto bad = dept.form("/committee/SGD-AL/recompositions", two_heads);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has(bad.body, "Ban phải có đúng một Trưởng ban."));
  EXPECT_TRUE(has(bad.body, "<details class=\"card\" id=\"kien-toan\" open>"));
  EXPECT_TRUE(has(bad.body, "value=\"15/QĐ-SGDĐT\""));
  EXPECT_TRUE(has(bad.body, "value=\"25/02/2026\""));
  EXPECT_TRUE(has(bad.body, "value=\"01/03/2026\""));
  EXPECT_TRUE(has(bad.body, "value=\"Ngô Thị Lan\""));
  EXPECT_TRUE(has(bad.body, "value=\"Chuyên viên phòng Giáo dục Mầm non\""));
  EXPECT_TRUE(has(bad.body, "name=\"m.4.keep\" value=\"1\" >")) << "the member left out stays unticked";
  EXPECT_TRUE(has(bad.body, "name=\"m.5.trained\" value=\"1\" checked>"));

  // A new member without a sex: the message is on that member's row.
  auto no_sex = recomposition();
  no_sex["m.5.sex"] = "";
  bad = dept.form("/committee/SGD-AL/recompositions", no_sex);
  ASSERT_EQ(bad.status, 422) << bad.body;
  EXPECT_TRUE(has(bad.body, "<fieldset class=\"member-row invalid\">\n      <legend>Thành viên mới 1</legend>\n      "
                            "<p class=\"error\" role=\"alert\">Thành viên thứ 5: Giới tính chưa được chọn.</p>"))
      << bad.body;
  EXPECT_TRUE(has(bad.body, "<select name=\"m.5.sex\" aria-invalid=\"true\">"));

  // Nobody else may do it.
  HttpClient viewer(live.port()), school(live.port());
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  ASSERT_TRUE(school.login("thcs.tanmy", kAdminPassword));
  EXPECT_FALSE(has(viewer.get("/committee/SGD-AL").body, "recompositions"));
  auto refused = viewer.form("/committee/SGD-AL/recompositions", recomposition());
  EXPECT_EQ(refused.status, 403);
  EXPECT_TRUE(has(refused.body, "Chỉ người cập nhật của chính đơn vị"));
  EXPECT_EQ(school.form("/committee/SGD-AL/recompositions", recomposition()).status, 403);

  auto ok = dept.form("/committee/SGD-AL/recompositions", recomposition());
  ASSERT_EQ(ok.status, 303) << ok.body;
  EXPECT_EQ(ok.header("location"), "/committee/SGD-AL?recomposed=1#main") << "the notice, not the form's anchor";
  EXPECT_TRUE(has(dept.get("/committee/SGD-AL?recomposed=1").body, "Đã lưu kiện toàn Ban."));
  auto after = dept.get("/committee/SGD-AL?on=01/03/2026");
  EXPECT_TRUE(has(after.body, "Ngô Thị Lan"));
  EXPECT_TRUE(has(after.body, "15/QĐ-SGDĐT, 25/02/2026"));
  EXPECT_TRUE(has(after.body, "Số thành viên: 5 (Nữ 3, Nam 2)")) << after.body;
  const size_t history = after.body.find("Lịch sử kiện toàn Ban");
  ASSERT_NE(history, std::string::npos);
  EXPECT_FALSE(has(after.body.substr(0, history), "<td data-label=\"Họ và tên\">Đặng Thị Kim Oanh</td>"));
  auto before = dept.get("/committee/SGD-AL?on=28/02/2026");
  EXPECT_TRUE(has(before.body.substr(0, before.body.find("Lịch sử kiện toàn Ban")), "Đặng Thị Kim Oanh"));
  EXPECT_TRUE(has(before.body, "01/09/2025 – 28/02/2026")) << "the old terms end the day before";
  // The same decision again: the terms from that day exist already.
  auto twice = dept.form("/committee/SGD-AL/recompositions", recomposition());
  EXPECT_EQ(twice.status, 409);
  EXPECT_TRUE(has(twice.body, "Đã có thành viên bắt đầu nhiệm kỳ từ ngày này hoặc sau đó."));
}

}  // namespace
}  // namespace bd::test
