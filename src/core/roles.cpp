#include "core/roles.h"

#include <array>

namespace bd {
namespace {

struct RoleInfo {
  Role role;
  std::string_view code, vi, en;
};

constexpr std::array<RoleInfo, 6> kRoles{{
    {Role::kAdmin, "admin", "Quản trị hệ thống", "Administrator"},
    {Role::kManager, "manager", "Quản lý", "Manager"},
    {Role::kEditor, "editor", "Cập nhật", "Editor"},
    {Role::kApprover, "approver", "Phê duyệt", "Approver"},
    {Role::kViewer, "viewer", "Xem", "Viewer"},
    {Role::kIncidentOfficer, "incident_officer", "Tiếp nhận vụ việc bạo lực, xâm hại", "Incident officer"},
}};

}  // namespace

const std::vector<Role>& all_roles() {
  static const std::vector<Role> all{Role::kAdmin, Role::kManager, Role::kEditor, Role::kApprover, Role::kViewer,
                                          Role::kIncidentOfficer};
  return all;
}

std::string_view role_code(Role r) { return kRoles[static_cast<size_t>(r)].code; }
std::string_view role_label_vi(Role r) { return kRoles[static_cast<size_t>(r)].vi; }
std::string_view role_label_en(Role r) { return kRoles[static_cast<size_t>(r)].en; }

std::optional<Role> parse_role(std::string_view code) {
  for (const auto& i : kRoles)
    if (i.code == code) return i.role;
  return std::nullopt;
}

std::vector<Role> RoleSet::list() const {
  std::vector<Role> out;
  for (Role r : all_roles())
    if (has(r)) out.push_back(r);
  return out;
}

std::string RoleSet::to_string() const {
  std::string out;
  for (Role r : list()) {
    if (!out.empty()) out += ',';
    out += role_code(r);
  }
  return out;
}

std::optional<RoleSet> RoleSet::parse(std::string_view s) {
  RoleSet set;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view item = s.substr(start, end - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) {
      auto r = parse_role(item);
      if (!r) return std::nullopt;
      set.add(*r);
    }
    start = end + 1;
  }
  return set;
}

bool role_grants(const RoleSet& roles, Permission p) {
  if (p == Permission::kIncidents) return roles.has(Role::kIncidentOfficer);
  if (roles.has(Role::kAdmin)) return true;
  switch (p) {
    case Permission::kView:
      return !roles.empty();
    case Permission::kManageUnits:
    case Permission::kManageUsers:
      return roles.has(Role::kManager);
    case Permission::kEdit:
      return roles.has(Role::kEditor) || roles.has(Role::kManager);
    case Permission::kApprove:
      return roles.has(Role::kApprover);
    case Permission::kIncidents:
      return roles.has(Role::kIncidentOfficer);
  }
  return false;
}

}  // namespace bd
