// Roles (CONTRACT.md) and what each allows. Pure rules; app/access.h and each feature's access.h apply them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bd {

// kIncidentOfficer (cán bộ tiếp nhận vụ việc) is given alongside another
// role: it alone grants kIncidents, and nobody else holds that permission,
// not even admins (incident records are sensitive personal data).
enum class Role { kAdmin, kManager, kEditor, kApprover, kViewer, kIncidentOfficer };

const std::vector<Role>& all_roles();
std::string_view role_code(Role r);  // "admin", "manager", ...
std::optional<Role> parse_role(std::string_view code);
std::string_view role_label_vi(Role r);
std::string_view role_label_en(Role r);

// A small set of roles, stored as bits.
class RoleSet {
 public:
  RoleSet() = default;
  RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) add(r);
  }
  void add(Role r) { bits_ |= bit(r); }
  bool has(Role r) const { return (bits_ & bit(r)) != 0; }
  bool empty() const { return bits_ == 0; }
  std::vector<Role> list() const;
  // "admin,editor" (stable order); parse rejects unknown names.
  std::string to_string() const;
  static std::optional<RoleSet> parse(std::string_view comma_list);
  bool operator==(const RoleSet&) const = default;

 private:
  static unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
  unsigned bits_ = 0;
};

// What a permission needs. Scope (the subtree) is checked separately.
enum class Permission {
  kView,         // read anything in the subtree
  kManageUnits,  // create, edit, move, close units below one's own
  kManageUsers,  // create, disable, reset users in the subtree
  kEdit,         // enter plans, data, activities, reports of one's unit
  kApprove,      // approve or return reports of direct children
  kIncidents,    // record and read incidents (only kIncidentOfficer; see app/access.h)
};

bool role_grants(const RoleSet& roles, Permission p);

}  // namespace bd
