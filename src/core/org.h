// Org units: the tree of education bodies. Pure data and rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace bd {

enum class OrgType {
  kMinistry,
  kDepartment,
  kOffice,
  kCommune,
  kSchoolPreschool,
  kSchoolPrimary,
  kSchoolLowerSecondary,
  kSchoolUpperSecondary,
  kSchoolMultilevel,
  kSchoolContinuing,
  kOther,
};

// All types in display order.
const std::vector<OrgType>& all_org_types();
// API name (CONTRACT.md): "ministry", "school_primary", ...
std::string_view org_type_code(OrgType t);
std::optional<OrgType> parse_org_type(std::string_view code);
// Vietnamese and English labels ("Trường THCS", "Lower secondary school").
std::string_view org_type_label_vi(OrgType t);
std::string_view org_type_label_en(OrgType t);
bool is_school(OrgType t);

struct OrgUnit {
  int64_t id = 0;
  std::string code;        // API identity: letters, digits, '_' and '-'
  std::string name;        // full Vietnamese name, NFC
  std::string short_name;  // abbreviation used in document symbols, e.g. "PGDĐT"
  OrgType type = OrgType::kOther;
  std::optional<int64_t> parent_id;
  std::string path;                  // materialised path "/1/5/23/" (ids)
  std::optional<int64_t> governor_id;  // governing body when not the parent (e.g. commune UBND)
  std::string opened;  // ISO date or empty
  std::string closed;  // ISO date or empty: closed units keep their history
  bool is_closed() const { return !closed.empty(); }
};

// Materialised path of a child of `parent_path` with id `id`.
std::string child_path(std::string_view parent_path, int64_t id);
// True if `path` is `ancestor_path` or lies below it.
bool path_within(std::string_view path, std::string_view ancestor_path);
// Depth of a path: "/1/" is 0.
int path_depth(std::string_view path);

// The governing body a unit's documents name above its own (Decree 30: the
// direct superior body, "cơ quan chủ quản trực tiếp"):
// - its governor when it has one (a school after the 2025 reform: its commune);
// - a department or an office without one: the People's Committee of the
//   locality its name ends with ("Sở Giáo dục và Đào tạo tỉnh An Lạc" →
//   "Ủy ban nhân dân tỉnh An Lạc"); a department never names the ministry;
// - any other unit: its parent; a unit at the top: none ("").
std::string governing_body_name(const OrgUnit& unit, const OrgUnit* governor, const OrgUnit* parent);

// Limits for user-provided text.
inline constexpr size_t kMaxCodeLength = 50;
inline constexpr size_t kMaxNameLength = 255;
inline constexpr size_t kMaxShortNameLength = 30;

// Validates an API code: 1–50 of [A-Za-z0-9_-].
Status validate_code(std::string_view code, std::string_view field = "code");
// Validates a cleaned (NFC, trimmed) name: 1..max code points, valid UTF-8.
Status validate_text(std::string_view value, std::string_view field, size_t max_len, bool required);

}  // namespace bd
