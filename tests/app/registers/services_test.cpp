// Support services: the national hotlines preloaded, local entries listed
// from the top of the tree down, the public directory, the display value.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Services : public ReportTree {
 protected:
  app::Services& services() { return t_.app->services(); }
  static app::ServiceInput hotline(const std::string& name) {
    app::ServiceInput in;
    in.name = name;
    in.phone = "0200.000.0111";
    in.purpose = "Tiếp nhận phản ánh";
    return in;
  }
};

TEST_P(Services, NationalFirstThenAncestorsThenTheUnit) {
  ASSERT_TRUE(services().create(as("a.editor"), "SCHOOL-A", hotline("Tổ tư vấn trường An Bình")).ok());
  ASSERT_TRUE(services().create(as("office.manager"), "OFFICE", hotline("Đường dây nóng của Phòng")).ok());
  ASSERT_TRUE(services().create(as("b.editor"), "SCHOOL-B", hotline("Tổ tư vấn trường Bình Minh")).ok());
  auto d = services().public_directory("SCHOOL-A");
  ASSERT_TRUE(d.ok()) << d.error().message;
  ASSERT_EQ(d->rows.size(), app::national_services().size() + 2);
  EXPECT_EQ(d->rows[0].record.name, "Tổng đài quốc gia bảo vệ trẻ em 111");
  EXPECT_EQ(d->rows[0].record.phone, "111");
  EXPECT_EQ(d->rows[app::national_services().size()].owner_code, "OFFICE");
  EXPECT_EQ(d->rows.back().owner_code, "SCHOOL-A");
  EXPECT_FALSE(d->rows.back().can_edit);  // nobody is logged in
  EXPECT_EQ(services().public_directory("NOPE").error().code, ErrorCode::kNotFound);
}

TEST_P(Services, ValidationAndWhoMayEdit) {
  auto in = hotline("Đường dây nóng");
  in.phone.clear();
  EXPECT_EQ(services().create(as("a.editor"), "SCHOOL-A", in).error().field, "phone");
  in = hotline("Nhà tạm lánh");
  in.kind = "shelter";
  EXPECT_EQ(services().create(as("a.editor"), "SCHOOL-A", in).error().field, "address");
  EXPECT_EQ(services().create(as("a.editor"), "", hotline("Tổng đài mới")).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(services().create(as("admin"), "", hotline("Tổng đài mới")).ok());
  auto d = services().directory(as("office.manager"), "SCHOOL-A");
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->rows[0].can_edit);
  EXPECT_EQ(services().remove(as("office.manager"), d->rows[0].record.id).error().code, ErrorCode::kForbidden);
}

TEST_P(Services, TheSchoolRecordsWhetherItDisplaysTheHotlines) {
  at("2026-03-10");
  ASSERT_TRUE(services().set_displayed(as("a.editor"), "SCHOOL-A", 2026, true).ok());
  auto d = services().directory(as("a.editor"), "SCHOOL-A");
  ASSERT_TRUE(d->displayed.has_value());
  EXPECT_TRUE(*d->displayed);
  EXPECT_EQ(services().set_displayed(as("b.editor"), "SCHOOL-A", 2026, true).error().code, ErrorCode::kForbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, Services, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
