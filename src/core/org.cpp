#include "core/org.h"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/text.h"

namespace bd {
namespace {

struct TypeInfo {
  OrgType type;
  std::string_view code, vi, en;
};

constexpr std::array<TypeInfo, 11> kTypes{{
    {OrgType::kMinistry, "ministry", "Bộ", "Ministry"},
    {OrgType::kDepartment, "department", "Sở GD&ĐT", "Province department"},
    {OrgType::kOffice, "office", "Phòng GD&ĐT", "District office"},
    {OrgType::kCommune, "commune", "UBND xã/phường", "Commune People's Committee"},
    {OrgType::kSchoolPreschool, "school_preschool", "Trường mầm non", "Preschool"},
    {OrgType::kSchoolPrimary, "school_primary", "Trường tiểu học", "Primary school"},
    {OrgType::kSchoolLowerSecondary, "school_lower_secondary", "Trường THCS", "Lower secondary school"},
    {OrgType::kSchoolUpperSecondary, "school_upper_secondary", "Trường THPT", "Upper secondary school"},
    {OrgType::kSchoolMultilevel, "school_multilevel", "Trường liên cấp", "Multi-level school"},
    {OrgType::kSchoolContinuing, "school_continuing", "Trung tâm GDTX", "Continuing education centre"},
    {OrgType::kOther, "other", "Đơn vị khác", "Other"},
}};

const TypeInfo& info(OrgType t) {
  for (const auto& i : kTypes)
    if (i.type == t) return i;
  return kTypes.back();
}

}  // namespace

const std::vector<OrgType>& all_org_types() {
  static const std::vector<OrgType> all = [] {
    std::vector<OrgType> v;
    for (const auto& i : kTypes) v.push_back(i.type);
    return v;
  }();
  return all;
}

std::string_view org_type_code(OrgType t) { return info(t).code; }
std::string_view org_type_label_vi(OrgType t) { return info(t).vi; }
std::string_view org_type_label_en(OrgType t) { return info(t).en; }

std::optional<OrgType> parse_org_type(std::string_view code) {
  for (const auto& i : kTypes)
    if (i.code == code) return i.type;
  return std::nullopt;
}

bool is_school(OrgType t) {
  return org_type_code(t).starts_with("school_");
}

std::string child_path(std::string_view parent_path, int64_t id) {
  std::string p(parent_path.empty() ? "/" : parent_path);
  return p + std::to_string(id) + "/";
}

bool path_within(std::string_view path, std::string_view ancestor_path) {
  return !ancestor_path.empty() && path.starts_with(ancestor_path);
}

int path_depth(std::string_view path) {
  int slashes = 0;
  for (char c : path) slashes += (c == '/');
  return slashes >= 2 ? slashes - 2 : 0;
}

Status validate_code(std::string_view code, std::string_view field) {
  if (code.empty()) return Error::Validation("Mã không được để trống.", std::string(field));
  if (code.size() > kMaxCodeLength)
    return Error::Validation("Mã dài quá " + std::to_string(kMaxCodeLength) + " ký tự.", std::string(field));
  for (char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok)
      return Error::Validation("Mã chỉ được gồm chữ cái không dấu, chữ số, dấu gạch dưới (_) và gạch ngang (-).",
                               std::string(field));
  }
  return Status::Ok();
}

Status validate_text(std::string_view value, std::string_view field, size_t max_len, bool required) {
  if (!text::valid_utf8(value)) return Error::BadRequest("Văn bản không đúng mã UTF-8.", std::string(field));
  if (required && value.empty()) return Error::Validation("Trường này không được để trống.", std::string(field));
  if (text::length(value) > max_len)
    return Error::Validation("Dài quá " + std::to_string(max_len) + " ký tự.", std::string(field));
  return Status::Ok();
}

namespace {

// "… tỉnh An Lạc" → "tỉnh An Lạc": the locality a department's or an office's
// name ends with, from its first administrative word; "" when there is none.
std::string locality_of(std::string_view name) {
  static constexpr std::string_view kWords[] = {" tỉnh ", " thành phố ", " huyện ", " quận ", " thị xã "};
  size_t at = std::string_view::npos;
  for (auto w : kWords) at = std::min(at, name.find(w));
  return at == std::string_view::npos ? "" : std::string(name.substr(at + 1));
}

}  // namespace

std::string governing_body_name(const OrgUnit& unit, const OrgUnit* governor, const OrgUnit* parent) {
  if (governor) return governor->name;
  if (unit.type == OrgType::kDepartment || unit.type == OrgType::kOffice) {
    if (std::string place = locality_of(unit.name); !place.empty()) return "Ủy ban nhân dân " + place;
    if (unit.type == OrgType::kDepartment) return "";
  }
  return parent ? parent->name : "";
}

}  // namespace bd
