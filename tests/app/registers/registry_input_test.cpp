#include "app/registers/registry_input.h"

#include <gtest/gtest.h>

namespace bd::app {
namespace {

TEST(RegistryInput, TextIsCleanedAndCheckedWithTheLabel) {
  std::string v = "  Nguyễn  Thị Hoa ";
  EXPECT_TRUE(text_field(v, "full_name", "Họ và tên", 20, true).ok());
  EXPECT_EQ(v, "Nguyễn Thị Hoa");
  std::string empty;
  auto s = text_field(empty, "full_name", "Họ và tên", 20, true);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message, "Họ và tên không được để trống.");
  EXPECT_EQ(s.error().field, "full_name");
}

TEST(RegistryInput, DatesBecomeIso) {
  std::string d = "05/09/2025";
  EXPECT_TRUE(date_field(d, "term_start", "Ngày bắt đầu nhiệm kỳ", true).ok());
  EXPECT_EQ(d, "2025-09-05");
  std::string bad = "2025-13-01";
  EXPECT_EQ(date_field(bad, "term_start", "Ngày bắt đầu nhiệm kỳ", true).error().message,
            "Ngày bắt đầu nhiệm kỳ không hợp lệ (dd/mm/yyyy).");
  std::string none;
  EXPECT_TRUE(date_field(none, "term_end", "Ngày kết thúc", false).ok());
}

TEST(RegistryInput, ChoicesAndPhones) {
  EXPECT_TRUE(choice_field("female", sex_choices(), "sex", "Giới tính").ok());
  EXPECT_EQ(choice_field("x", sex_choices(), "sex", "Giới tính").error().message,
            "Giới tính phải là một trong: female, male.");
  EXPECT_EQ(choice_field("", sex_choices(), "sex", "Giới tính").error().message, "Giới tính chưa được chọn.");
  for (std::string ok : {"111", "0900.000.001", "+84 900 000 001", "0200-000-0111"})
    EXPECT_TRUE(phone_field(ok, "phone", true).ok()) << ok;
  for (std::string bad : {"12", "gọi cô Hoa", "0900+000", "012345678901234567890123"})
    EXPECT_FALSE(phone_field(bad, "phone", true).ok()) << bad;
  EXPECT_EQ(vietnam_today(1767225600 - 3600), (Date{2026, 1, 1}));  // 23:00 UTC is already the 1st in Vietnam
}

}  // namespace
}  // namespace bd::app
