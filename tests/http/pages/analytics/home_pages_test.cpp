// The home page: who is logged in, their unit, the counts below it.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class HomePage : public LiveServerTest<HomePage> {};

TEST_F(HomePage, ShowsTheUsersNameUnitAndRole) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("thcs.tanmy", kAdminPassword));
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Xin chào, Đỗ Thị Hạnh"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find(R"(<a href="/orgunits/THCS-TANMY">Trường THCS Tân Mỹ</a>)"), std::string::npos);
  EXPECT_NE(r.body.find("trực thuộc Sở Giáo dục và Đào tạo tỉnh An Lạc"), std::string::npos) << "after the reform";
  EXPECT_NE(r.body.find(R"(<a href="/" aria-current="page">)"), std::string::npos);
  EXPECT_EQ(r.body.find("/users"), std::string::npos) << "an editor has no user management link";
  EXPECT_EQ(r.body.find("/orgunits/new"), std::string::npos);
}

TEST_F(HomePage, PinnedExplorerViewsOpenInOneClick) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("thpt.anlac", kAdminPassword));
  EXPECT_EQ(c.get("/").body.find("pinned-views"), std::string::npos) << "nothing pinned, no card";
  const std::string q = "items=staff_total&org=THPT-ANLAC&depth=1&periods=2025&chart=bar";
  ASSERT_EQ(c.form("/explorer/views", {{"name", "Cán bộ của trường"}, {"query", q}, {"pinned", "1"}}).status, 303);
  ASSERT_EQ(c.form("/explorer/views", {{"name", "Không ghim"}, {"query", q}}).status, 303);
  const auto body = c.get("/").body;
  EXPECT_NE(body.find("<a href=\"/explorer?items=staff_total&amp;org=THPT-ANLAC&amp;depth=1&amp;periods=2025&amp;chart=bar\">Cán bộ của trường</a>"),
            std::string::npos)
      << body;
  EXPECT_EQ(body.find("Không ghim"), std::string::npos) << "only the pinned ones";
}

TEST_F(HomePage, ManagerSeesCountsAndManagementLinks) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.quanly", kAdminPassword));
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Trần Quốc Minh"), std::string::npos);
  EXPECT_NE(r.body.find("Sở Giáo dục và Đào tạo tỉnh An Lạc"), std::string::npos);
  // Open units under the department: 3 communes and 18 schools (the two offices are closed).
  EXPECT_NE(r.body.find("<strong>21</strong>"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("<strong>3</strong>"), std::string::npos);
  EXPECT_NE(r.body.find("<strong>18</strong>"), std::string::npos);
  EXPECT_NE(r.body.find(R"(href="/users")"), std::string::npos);
  EXPECT_NE(r.body.find(R"(href="/orgunits/new")"), std::string::npos);
}

TEST_F(HomePage, RootUnitHasNoParentLine) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("admin", kAdminPassword));
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Bộ Giáo dục và Đào tạo"), std::string::npos);
  EXPECT_EQ(r.body.find("trực thuộc </p>"), std::string::npos) << "no empty 'belongs to'";
}

TEST_F(HomePage, AnonymousIsSentToLoginWithNext) {
  HttpClient c(port());
  const auto r = c.get("/");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.header("location"), "/login?next=%2F");
  const auto login = c.get("/login?next=%2F");
  EXPECT_NE(login.body.find(R"(name="next" value="/")"), std::string::npos) << "the form keeps where to go";
}

TEST_F(HomePage, EnglishWhenTheLanguageCookieSaysSo) {
  HttpClient c(port());
  ASSERT_TRUE(c.login("so.xem", kAdminPassword));
  c.cookies()["bd_lang"] = "en";
  const auto r = c.get("/");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find(R"(<html lang="en">)"), std::string::npos);
  EXPECT_NE(r.body.find("Phạm Ngọc Lan"), std::string::npos);
  EXPECT_EQ(r.body.find("Xin chào"), std::string::npos);
}

}  // namespace
}  // namespace bd::test
