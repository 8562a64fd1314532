#include "core/org.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace bd {
namespace {

TEST(OrgTest, TypeCodesRoundTripForAllTypes) {
  ASSERT_EQ(all_org_types().size(), 11u);
  std::set<std::string_view> codes;
  for (OrgType t : all_org_types()) {
    const std::string_view code = org_type_code(t);
    EXPECT_FALSE(code.empty());
    codes.insert(code);
    auto back = parse_org_type(code);
    ASSERT_TRUE(back.has_value()) << code;
    EXPECT_EQ(*back, t) << code;
    EXPECT_FALSE(org_type_label_vi(t).empty());
    EXPECT_FALSE(org_type_label_en(t).empty());
  }
  EXPECT_EQ(codes.size(), all_org_types().size());
}

TEST(OrgTest, KnownCodesAndLabels) {
  EXPECT_EQ(org_type_code(OrgType::kMinistry), "ministry");
  EXPECT_EQ(org_type_code(OrgType::kSchoolPrimary), "school_primary");
  EXPECT_EQ(org_type_label_vi(OrgType::kSchoolLowerSecondary), "Trường THCS");
  EXPECT_EQ(org_type_label_en(OrgType::kSchoolLowerSecondary), "Lower secondary school");
  EXPECT_EQ(all_org_types().front(), OrgType::kMinistry);
  EXPECT_EQ(all_org_types().back(), OrgType::kOther);
}

TEST(OrgTest, UnknownTypeCodeIsNullopt) {
  EXPECT_FALSE(parse_org_type("").has_value());
  EXPECT_FALSE(parse_org_type("school").has_value());
  EXPECT_FALSE(parse_org_type("Ministry").has_value());
  EXPECT_FALSE(parse_org_type("university").has_value());
}

TEST(OrgTest, IsSchool) {
  EXPECT_TRUE(is_school(OrgType::kSchoolPreschool));
  EXPECT_TRUE(is_school(OrgType::kSchoolPrimary));
  EXPECT_TRUE(is_school(OrgType::kSchoolLowerSecondary));
  EXPECT_TRUE(is_school(OrgType::kSchoolUpperSecondary));
  EXPECT_TRUE(is_school(OrgType::kSchoolMultilevel));
  EXPECT_TRUE(is_school(OrgType::kSchoolContinuing));
  EXPECT_FALSE(is_school(OrgType::kMinistry));
  EXPECT_FALSE(is_school(OrgType::kDepartment));
  EXPECT_FALSE(is_school(OrgType::kOffice));
  EXPECT_FALSE(is_school(OrgType::kCommune));
  EXPECT_FALSE(is_school(OrgType::kOther));
}

TEST(OrgTest, ChildPath) {
  EXPECT_EQ(child_path("", 1), "/1/");
  EXPECT_EQ(child_path("/1/", 5), "/1/5/");
  EXPECT_EQ(child_path("/1/5/", 23), "/1/5/23/");
}

TEST(OrgTest, PathWithin) {
  EXPECT_TRUE(path_within("/1/5/23/", "/1/"));
  EXPECT_TRUE(path_within("/1/5/23/", "/1/5/"));
  EXPECT_TRUE(path_within("/1/5/", "/1/5/"));  // a unit is within itself
  EXPECT_FALSE(path_within("/1/", "/1/5/"));   // parent is not within child
  EXPECT_FALSE(path_within("/1/50/", "/1/5/"));
  EXPECT_FALSE(path_within("/2/5/", "/1/"));
  EXPECT_FALSE(path_within("/1/", ""));
}

TEST(OrgTest, PathDepth) {
  EXPECT_EQ(path_depth("/1/"), 0);
  EXPECT_EQ(path_depth("/1/5/"), 1);
  EXPECT_EQ(path_depth("/1/5/23/"), 2);
  EXPECT_EQ(path_depth(child_path("/1/5/23/", 7)), 3);
  EXPECT_EQ(path_depth(""), 0);
}

TEST(OrgTest, ValidateCodeRejectsEmpty) {
  Status s = validate_code("");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "code");
}

TEST(OrgTest, ValidateCodeLengthLimit) {
  EXPECT_TRUE(validate_code(std::string(50, 'a')).ok());
  Status s = validate_code(std::string(51, 'a'), "parent_code");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "parent_code");
}

TEST(OrgTest, ValidateCodeRejectsBadCharacters) {
  for (const char* bad : {"a b", "ã", "a/b", "a.b", "mã", "a+b", "a\tb"}) {
    Status s = validate_code(bad);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.error().code, ErrorCode::kValidation) << bad;
    EXPECT_EQ(s.error().field, "code");
  }
}

TEST(OrgTest, ValidateCodeAcceptsLettersDigitsUnderscoreDash) {
  EXPECT_TRUE(validate_code("THCS-TAN_MY1").ok());
  EXPECT_TRUE(validate_code("a").ok());
  EXPECT_TRUE(validate_code("0-9_z").ok());
}

TEST(OrgTest, ValidateTextCountsCodePoints) {
  // "Đường" is 5 code points but 10 bytes.
  EXPECT_TRUE(validate_text("Đường", "name", 5, true).ok());
  Status s = validate_text("Đường!", "name", 5, true);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "name");
  std::string name;
  for (size_t i = 0; i < kMaxNameLength; ++i) name += "ệ";
  EXPECT_TRUE(validate_text(name, "name", kMaxNameLength, true).ok());
  EXPECT_FALSE(validate_text(name + "ệ", "name", kMaxNameLength, true).ok());
}

TEST(OrgTest, ValidateTextRequired) {
  Status s = validate_text("", "short_name", kMaxShortNameLength, true);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kValidation);
  EXPECT_EQ(s.error().field, "short_name");
  EXPECT_TRUE(validate_text("", "short_name", kMaxShortNameLength, false).ok());
  EXPECT_TRUE(validate_text("PGDĐT", "short_name", kMaxShortNameLength, true).ok());
}

TEST(OrgTest, ValidateTextRejectsInvalidUtf8AsBadRequest) {
  Status s = validate_text("Tr\xC3\x28", "name", kMaxNameLength, false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(s.error().field, "name");
}

OrgUnit unit_of(OrgType type, std::string name) {
  OrgUnit u;
  u.type = type;
  u.name = std::move(name);
  return u;
}

TEST(OrgTest, TheGoverningBodyOfEveryKindOfUnitBeforeAndAfterTheReform) {
  const OrgUnit ministry = unit_of(OrgType::kMinistry, "Bộ Giáo dục và Đào tạo");
  const OrgUnit dept = unit_of(OrgType::kDepartment, "Sở Giáo dục và Đào tạo tỉnh An Lạc");
  const OrgUnit city = unit_of(OrgType::kDepartment, "Sở Giáo dục và Đào tạo thành phố Hà Nội");
  const OrgUnit office = unit_of(OrgType::kOffice, "Phòng Giáo dục và Đào tạo thị xã Vân Hà");
  const OrgUnit commune = unit_of(OrgType::kCommune, "Ủy ban nhân dân xã Tân Mỹ");
  const OrgUnit school = unit_of(OrgType::kSchoolLowerSecondary, "Trường THCS Tân Mỹ");
  const OrgUnit upper = unit_of(OrgType::kSchoolUpperSecondary, "Trường THPT Ngọc Khê");

  EXPECT_EQ(governing_body_name(ministry, nullptr, nullptr), "") << "the top has none";
  // A department names its province's People's Committee, never the ministry.
  EXPECT_EQ(governing_body_name(dept, nullptr, &ministry), "Ủy ban nhân dân tỉnh An Lạc");
  EXPECT_EQ(governing_body_name(city, nullptr, &ministry), "Ủy ban nhân dân thành phố Hà Nội");
  EXPECT_EQ(governing_body_name(unit_of(OrgType::kDepartment, "Sở Giáo dục"), nullptr, &ministry), "");
  // A (former) district office: its district's People's Committee.
  EXPECT_EQ(governing_body_name(office, nullptr, &dept), "Ủy ban nhân dân thị xã Vân Hà");
  // A school before the reform: its office; after: its commune.
  EXPECT_EQ(governing_body_name(school, nullptr, &office), office.name);
  EXPECT_EQ(governing_body_name(school, &commune, &dept), commune.name);
  // An upper secondary school under the department, before and after.
  EXPECT_EQ(governing_body_name(upper, nullptr, &dept), dept.name);
  // A governor set on a department wins over the rule.
  const OrgUnit province = unit_of(OrgType::kOther, "Ủy ban nhân dân tỉnh Hòa Bình");
  EXPECT_EQ(governing_body_name(dept, &province, &ministry), province.name);
  EXPECT_EQ(governing_body_name(commune, nullptr, &dept), dept.name);
}

}  // namespace
}  // namespace bd
