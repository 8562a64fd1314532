// The hotline pages: the public poster without a login, the directory kept
// by the unit, and the display toggle feeding the catalog value.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class HotlinePages : public LiveServerTest<HotlinePages> {};

TEST_F(HotlinePages, ThePosterIsPublicAndPrintable) {
  HttpClient stranger(port());
  auto page = stranger.get("/hotlines/THCS-TANMY");
  ASSERT_EQ(page.status, 200) << page.body;
  EXPECT_NE(page.body.find("Tổng đài quốc gia bảo vệ trẻ em 111"), std::string::npos);
  EXPECT_NE(page.body.find("Đường dây nóng Sở Giáo dục và Đào tạo tỉnh An Lạc"), std::string::npos);  // an ancestor's
  EXPECT_NE(page.body.find("Tổ tư vấn học đường Trường THCS Tân Mỹ"), std::string::npos);            // its own
  EXPECT_NE(page.body.find("print.css"), std::string::npos);
  EXPECT_EQ(page.body.find("0900.000.021"), std::string::npos);  // committee phones stay on the committee page
  EXPECT_EQ(stranger.get("/hotlines/NOPE").status, 404);
  auto api = stranger.get("/api/v1/hotlines?org=THCS-TANMY");
  ASSERT_EQ(api.status, 200);
  EXPECT_EQ(api.json()["services"][0]["phone"], "111");
}

TEST_F(HotlinePages, TheSchoolRecordsThatItDisplaysThem) {
  HttpClient editor(port());
  ASSERT_TRUE(editor.login("thcs.tanmy", kAdminPassword));
  auto page = editor.get("/hotlines?org=THCS-TANMY");
  ASSERT_EQ(page.status, 200);
  auto set = editor.form("/hotlines/display", {{"org", "THCS-TANMY"}, {"displayed", "0"}});
  EXPECT_EQ(set.status, 303) << set.body;
  auto d = live_->t.app->services().public_directory("THCS-TANMY");
  ASSERT_TRUE(d.ok() && d->displayed.has_value());
  EXPECT_FALSE(*d->displayed);
  auto added = editor.form("/hotlines", {{"org", "THCS-TANMY"}, {"kind", "shelter"}, {"name", "Nhà tạm lánh"}});
  EXPECT_EQ(added.status, 422);
  EXPECT_NE(added.body.find("Địa chỉ không được để trống."), std::string::npos);
}

}  // namespace
}  // namespace bd::test
