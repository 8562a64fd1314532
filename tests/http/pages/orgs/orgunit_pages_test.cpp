// /orgunits pages: the tree and its accent-free search, the htmx fragment,
// create with a form that keeps what was typed, edit, move, close.
// The tests share one server and each changes a different unit.
#include <gtest/gtest.h>

#include <regex>

#include "support/http_client.h"

namespace bd::test {
namespace {


class OrgunitPages : public LiveServerTest<OrgunitPages> {
 protected:
  void SetUp() override { ASSERT_TRUE(admin.login("admin", kAdminPassword)); }
  HttpClient admin{port()};
};

TEST_F(OrgunitPages, TreeShowsOneLevelAndOpensTheNextOnDemand) {
  const auto r = admin.get("/orgunits");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "<li class=\"depth-0\">\n    <a href=\"/orgunits/BGDDT\">")) << r.body;
  EXPECT_TRUE(has(r.body, "<li class=\"depth-1\">\n    <a href=\"/orgunits/SGD-AL\">"));
  EXPECT_TRUE(has(r.body, "Bộ Giáo dục và Đào tạo</a>\n    <span class=\"muted small\">Bộ · BGDDT · 1 đơn vị trực thuộc</span>"))
      << r.body;
  EXPECT_FALSE(has(r.body, "/orgunits/THCS-TANMY\"")) << "schools two levels down wait until their branch is opened";
  EXPECT_TRUE(has(r.body, R"(hx-get="/orgunits/SGD-AL/children")")) << "the department opens on demand";
  EXPECT_TRUE(has(r.body, R"(<a href="/orgunits?root=SGD-AL">)")) << "and by a plain link without JavaScript";
  EXPECT_FALSE(has(r.body, "Đã đóng từ")) << "no open unit is shown as closed";
  EXPECT_FALSE(has(r.body, "closed\">")) << "nor styled as closed";
  EXPECT_TRUE(has(r.body, "<html"));

  const auto kids = admin.request("GET", "/orgunits/SGD-AL/children", "", "", {{"HX-Request", "true"}});
  ASSERT_EQ(kids.status, 200);
  EXPECT_FALSE(has(kids.body, "<html"));
  EXPECT_TRUE(has(kids.body, "<ul class=\"tree\">"));
  for (const char* school : {"THCS-TANMY", "THPT-ANLAC", "MN-HOAMAI"})
    EXPECT_TRUE(has(kids.body, std::string("<a href=\"/orgunits/") + school + "\">")) << school;
  EXPECT_TRUE(has(kids.body, "Trường THCS Tân Mỹ"));
  EXPECT_FALSE(has(kids.body, "PGD-NGOCKHE")) << "closed offices stay hidden";
  EXPECT_FALSE(has(kids.body, " · 0 đơn vị trực thuộc")) << "leaves show no count";

  const auto plain = admin.get("/orgunits/SGD-AL/children");
  EXPECT_EQ(plain.status, 303) << "without htmx, the branch's own page";
  EXPECT_EQ(plain.header("location"), "/orgunits?root=SGD-AL");
  const auto branch = admin.get("/orgunits?root=SGD-AL");
  ASSERT_EQ(branch.status, 200);
  EXPECT_TRUE(has(branch.body, R"(<nav class="crumbs" aria-label="Đường dẫn trong cây đơn vị"><a href="/orgunits?root=BGDDT">Bộ Giáo dục và Đào tạo</a>)"))
      << branch.body;
  EXPECT_TRUE(has(branch.body, "<li class=\"depth-1\">\n    <a href=\"/orgunits/THCS-TANMY\">"));
  EXPECT_EQ(admin.get("/orgunits?root=NOPE").status, 404);
  EXPECT_EQ(admin.get("/orgunits/NOPE/children").status, 404);
}

TEST_F(OrgunitPages, SearchHitsComeAPageAtATimeWithTheirParent) {
  for (int i = 0; i < 55; ++i) {
    char code[32];
    std::snprintf(code, sizeof code, "MN-TRANG%02d", i);
    ASSERT_EQ(admin.form("/orgunits", {{"code", code},
                                       {"name", std::string("Trường Mầm non Trăng Rằm ") + std::to_string(i)},
                                       {"type", "school_preschool"},
                                       {"parent", "SGD-AL"}}).status, 303) << code;
  }
  const auto first = admin.get("/orgunits?q=trang%20ram");
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(has(first.body, "Hiện 1–50 trong số 55 đơn vị")) << first.body;
  EXPECT_TRUE(has(first.body, "trực thuộc Sở Giáo dục và Đào tạo tỉnh An Lạc")) << "each hit names its parent";
  EXPECT_TRUE(has(first.body, R"(href="/orgunits?q=trang%20ram&amp;page=2")")) << first.body;
  const auto second = admin.get("/orgunits?q=trang%20ram&page=2");
  EXPECT_TRUE(has(second.body, "Hiện 51–55 trong số 55 đơn vị")) << second.body;
  EXPECT_TRUE(has(second.body, R"(href="/orgunits?q=trang%20ram&amp;page=1")"));
  EXPECT_EQ(admin.get("/orgunits?q=trang%20ram&page=99").status, 200) << "a page past the end shows the last";
  EXPECT_EQ(admin.get("/orgunits?q=trang%20ram&page=abc").status, 200);
}

TEST_F(OrgunitPages, SearchIgnoresAccentsAndCase) {
  const auto r = admin.get("/orgunits?q=dinh%20tien");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(has(r.body, "Trường THCS Đinh Tiên Hoàng"));
  EXPECT_FALSE(has(r.body, "Trường THPT Vân Hà"));
  EXPECT_FALSE(has(r.body, "Trường THCS Tân Mỹ"));
  EXPECT_TRUE(has(r.body, R"(name="q" value="dinh tien")")) << "the search box keeps the query";
  const auto none = admin.get("/orgunits?q=zzzz");
  EXPECT_TRUE(has(none.body, "Không có đơn vị nào khớp."));
}

TEST_F(OrgunitPages, HtmxRequestGetsOnlyTheTreeFragment) {
  const auto r = admin.request("GET", "/orgunits?q=DINH%20TIEN", "", "", {{"HX-Request", "true"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(has(r.body, "<html"));
  EXPECT_FALSE(has(r.body, "<form"));
  EXPECT_TRUE(has(r.body, "<ul class=\"tree\">"));
  EXPECT_TRUE(has(r.body, "Trường THCS Đinh Tiên Hoàng"));
}

TEST_F(OrgunitPages, ClosedOfficesOnlyWhenAsked) {
  const auto open = admin.get("/orgunits");
  EXPECT_FALSE(has(open.body, "/orgunits/PGD-NGOCKHE"));
  EXPECT_FALSE(has(open.body, "/orgunits/PGD-VANHA"));
  const auto all = admin.get("/orgunits?root=SGD-AL&closed=1");
  ASSERT_EQ(all.status, 200);
  EXPECT_TRUE(has(all.body, "<li class=\"depth-1 closed\">\n    <a href=\"/orgunits/PGD-NGOCKHE\">")) << all.body;
  EXPECT_TRUE(has(all.body, "/orgunits/PGD-VANHA"));
  EXPECT_TRUE(has(all.body, "Đã đóng từ 01/07/2025"));
  EXPECT_TRUE(has(all.body, R"(name="closed" value="1" checked)"));
}

TEST_F(OrgunitPages, CreateRedirectsToTheSavedUnit) {
  const auto r = admin.form("/orgunits", {{"code", "TH-HOAMAI"},
                                          {"name", "Trường Tiểu học Hoa Mai"},
                                          {"short_name", "THHM"},
                                          {"type", "school_primary"},
                                          {"parent", "SGD-AL"},
                                          {"governor", "UBND-XA-TANMY"},
                                          {"opened", "05/09/2024"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/orgunits/TH-HOAMAI?saved=1");
  const auto page = admin.get("/orgunits/TH-HOAMAI?saved=1");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Đã lưu."));
  EXPECT_TRUE(has(page.body, "<h1>Trường Tiểu học Hoa Mai</h1>"));
  EXPECT_TRUE(has(page.body, "<dd>05/09/2024</dd>"));
  EXPECT_TRUE(has(page.body, "<dd>Ủy ban nhân dân xã Tân Mỹ</dd>"));
  EXPECT_FALSE(has(admin.get("/orgunits/TH-HOAMAI").body, "Đã lưu.")) << "only right after saving";
}

TEST_F(OrgunitPages, BadCodeKeepsTheFormAndCreatesNothing) {
  const auto r = admin.form("/orgunits", {{"code", "mã sai!"},
                                          {"name", "Trường Mầm non Bé Ngoan"},
                                          {"short_name", "MNBN"},
                                          {"type", "school_preschool"},
                                          {"parent", "THCS-TANMY"},
                                          {"opened", "01/09/2020"}});
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(has(r.body, "Mã chỉ được gồm chữ cái không dấu")) << r.body;
  EXPECT_TRUE(has(r.body, R"(name="name" value="Trường Mầm non Bé Ngoan")"));
  EXPECT_TRUE(has(r.body, R"(name="code" value="mã sai!")"));
  EXPECT_TRUE(has(r.body, R"(name="short_name" value="MNBN")"));
  EXPECT_TRUE(has(r.body, R"(name="opened" value="01/09/2020")"));
  EXPECT_TRUE(has(r.body, R"(<option value="school_preschool" selected>)"));
  EXPECT_TRUE(has(r.body, R"(<option value="THCS-TANMY" selected>)"));
  EXPECT_TRUE(has(r.body, R"(aria-invalid="true")"));
  EXPECT_TRUE(has(admin.get("/orgunits?q=be%20ngoan").body, "Không có đơn vị nào khớp."));
}

TEST_F(OrgunitPages, EditChangesOnlyTheFieldsSent) {
  const auto r = admin.form("/orgunits/THPT-LETHANHTONG", {{"name", "Trường THPT Lê Thánh Tông (mới)"}});
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.header("location"), "/orgunits/THPT-LETHANHTONG?saved=1");
  const auto page = admin.get("/orgunits/THPT-LETHANHTONG");
  EXPECT_TRUE(has(page.body, "<h1>Trường THPT Lê Thánh Tông (mới)</h1>"));
  EXPECT_TRUE(has(page.body, "<dd>THPTLTT</dd>")) << "short name untouched";
  const auto bad = admin.form("/orgunits/THPT-LETHANHTONG", {{"opened", "31/02/2020"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(has(bad.body, "Ngày không hợp lệ"));
}

TEST_F(OrgunitPages, MoveUnderADescendantIsRefused) {
  const auto r = admin.form("/orgunits/SGD-AL/move", {{"parent", "THPT-ANLAC"}});
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(has(r.body, "Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.")) << r.body;
  EXPECT_TRUE(has(r.body, "<h1>Sở Giáo dục và Đào tạo tỉnh An Lạc</h1>"));
  const auto moved = admin.form("/orgunits/THPT-NGOCKHE/move", {{"parent", "UBND-XA-LONGSON"}});
  ASSERT_EQ(moved.status, 303) << moved.body;
  const auto page = admin.get("/orgunits/THPT-NGOCKHE");
  EXPECT_TRUE(has(page.body, "<dd>Ủy ban nhân dân xã Long Sơn</dd>"));
  EXPECT_TRUE(has(page.body, R"(<a href="/orgunits/UBND-XA-LONGSON">)")) << "breadcrumbs follow the move";
}

TEST_F(OrgunitPages, CloseNeedsTheChildrenGoneFirst) {
  const auto r = admin.form("/orgunits/SGD-AL/close", {{"closed", ""}});
  ASSERT_EQ(r.status, 409);
  EXPECT_TRUE(has(r.body, "đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc đóng các đơn vị đó trước.")) << r.body;
  const auto leaf = admin.form("/orgunits/GDTX-AL/close", {{"closed", "31/12/2025"}});
  ASSERT_EQ(leaf.status, 303) << leaf.body;
  const auto page = admin.get("/orgunits/GDTX-AL");
  EXPECT_TRUE(has(page.body, "31/12/2025"));
  EXPECT_FALSE(has(page.body, "/orgunits/GDTX-AL/close")) << "a closed unit has no edit forms";
}

TEST_F(OrgunitPages, FormPostWithoutCsrfIs403) {
  const auto r = admin.request("POST", "/orgunits/THPT-NGUYENTHIDINH", "name=Hacked",
                               "application/x-www-form-urlencoded");
  EXPECT_EQ(r.status, 403);
  EXPECT_TRUE(has(r.body, "thiếu mã chống giả mạo"));
  EXPECT_EQ(admin.request("POST", "/orgunits", "code=X1&name=X&type=school_primary&parent=SGD-AL",
                          "application/x-www-form-urlencoded").status, 403);
  EXPECT_FALSE(has(admin.get("/orgunits/THPT-NGUYENTHIDINH").body, "Hacked"));
}

TEST_F(OrgunitPages, UnitPageShowsGovernorOnlyWhenSet) {
  const auto school = admin.get("/orgunits/THCS-TANMY");
  ASSERT_EQ(school.status, 200);
  EXPECT_TRUE(has(school.body, "<dt>Cơ quan chủ quản</dt><dd>Ủy ban nhân dân xã Tân Mỹ</dd>"));
  const auto upper = admin.get("/orgunits/THPT-ANLAC");
  EXPECT_FALSE(has(upper.body, "<dt>Cơ quan chủ quản</dt>")) << "no empty governor line";
  EXPECT_FALSE(has(upper.body, "<dt>Ngày đóng</dt>"));
}

}  // namespace
}  // namespace bd::test
