// /orgunits/restructure over the real server: the list filled from a unit's
// children, a preview that changes nothing, the confirmed change, a refusal
// that keeps what was typed, and the form closed to those who may not manage
// units.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {


class RestructurePages : public LiveServerTest<RestructurePages> {
 protected:
  void SetUp() override { ASSERT_TRUE(admin.login("admin", kAdminPassword)); }
  std::string parent_of(const std::string& code) {
    return admin.get("/api/v1/orgunits/" + code).json()["parent"].get<std::string>();
  }
  HttpClient admin{port()};
};

TEST_F(RestructurePages, TheListFillsFromAUnitsChildren) {
  const auto r = admin.get("/orgunits/restructure?from=SGD-AL");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(has(r.body, "Sắp xếp lại đơn vị"));
  EXPECT_TRUE(has(r.body, "THPT-ANLAC\n")) << r.body;
  EXPECT_FALSE(has(r.body, "PGD-NGOCKHE\n")) << "closed units do not move";
  EXPECT_TRUE(has(admin.get("/orgunits/SGD-AL").body, "/orgunits/restructure?from=SGD-AL"));
  EXPECT_TRUE(has(admin.get("/orgunits").body, "href=\"/orgunits/restructure\""));
}

TEST_F(RestructurePages, APreviewChangesNothingAndTheConfirmationMoves) {
  const std::map<std::string, std::string> in{{"units", "MN-HOAMAI\r\nTH-TANMY"},
                                              {"parent", "UBND-XA-TANMY"},
                                              {"governor", "__keep"},
                                              {"effective", "01/08/2025"},
                                              {"step", "preview"}};
  const auto preview = admin.form("/orgunits/restructure", in);
  ASSERT_EQ(preview.status, 200) << preview.body;
  EXPECT_TRUE(has(preview.body, "Xem trước: chưa có gì thay đổi"));
  EXPECT_TRUE(has(preview.body, "2 đơn vị sẽ chuyển từ Sở Giáo dục và Đào tạo tỉnh An Lạc sang Ủy ban nhân dân xã Tân "
                                "Mỹ, từ ngày 01/08/2025."))
      << preview.body;
  EXPECT_TRUE(has(preview.body, "name=\"step\" value=\"apply\""));
  EXPECT_TRUE(has(preview.body, "MN-HOAMAI\r\nTH-TANMY</textarea>")) << "the confirmation sends the same list";
  EXPECT_EQ(parent_of("MN-HOAMAI"), "SGD-AL");

  auto confirm = in;
  confirm["step"] = "apply";
  const auto applied = admin.form("/orgunits/restructure", confirm);
  ASSERT_EQ(applied.status, 200) << applied.body;
  EXPECT_TRUE(has(applied.body, "Đã sắp xếp lại"));
  EXPECT_TRUE(has(applied.body, "2 đơn vị đã chuyển"));
  EXPECT_EQ(parent_of("MN-HOAMAI"), "UBND-XA-TANMY");
  EXPECT_EQ(parent_of("TH-TANMY"), "UBND-XA-TANMY");

  // Undone from the result page, within the week.
  EXPECT_TRUE(has(applied.body, "action=\"/orgunits/restructure/undo\""));
  const auto undone = admin.form("/orgunits/restructure/undo", {{"parent", "UBND-XA-TANMY"}});
  ASSERT_EQ(undone.status, 200) << undone.body;
  EXPECT_TRUE(has(undone.body, "Đã hoàn tác: 2 đơn vị trở về đơn vị cấp trên cũ (ngày hiệu lực 01/08/2025).")) << undone.body;
  EXPECT_EQ(parent_of("MN-HOAMAI"), "SGD-AL");
  EXPECT_EQ(admin.form("/orgunits/restructure/undo", {{"parent", "UBND-XA-TANMY"}}).status, 404) << "undone once";
}

TEST_F(RestructurePages, ARefusalSaysWhyAndKeepsWhatWasTyped) {
  const auto r = admin.form("/orgunits/restructure", {{"units", "THPT-VANHA\nKHONG-CO"},
                                                      {"parent", "SGD-AL"},
                                                      {"effective", ""},
                                                      {"step", "apply"}});
  EXPECT_EQ(r.status, 422) << r.body;
  EXPECT_TRUE(has(r.body, "Không tìm thấy đơn vị: KHONG-CO.")) << r.body;
  EXPECT_TRUE(has(r.body, "THPT-VANHA\nKHONG-CO</textarea>"));
  EXPECT_FALSE(has(r.body, "Đã sắp xếp lại"));
}

TEST_F(RestructurePages, ClosedToThoseWhoMayNotManageUnits) {
  HttpClient viewer{port()};
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  EXPECT_EQ(viewer.get("/orgunits/restructure").status, 403);
  EXPECT_FALSE(has(viewer.get("/orgunits/SGD-AL").body, "/orgunits/restructure"));
  const auto post = viewer.form("/orgunits/restructure",
                                {{"units", "THPT-VANHA"}, {"parent", "SGD-AL"}, {"step", "apply"}});
  EXPECT_EQ(post.status, 403) << post.body;
}

}  // namespace
}  // namespace bd::test
