// What use cases hand to the HTTP layer and the CLI: domain records plus the
// codes of the things they refer to, and their JSON form (API and audit).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/account.h"
#include "core/org.h"
#include "storage/store.h"

namespace bd::app {

struct OrgInfo {
  OrgUnit unit;
  std::string parent_code;    // "" for a root
  std::string parent_name;
  std::string governor_code;  // "" when the parent governs
  std::string governor_name;
  int depth = 0;              // below the list's root
  int children = 0;           // open children
};

struct OrgDetail {
  OrgInfo info;
  std::vector<OrgInfo> ancestors;  // root first
  std::vector<OrgInfo> children;   // sorted by name
  std::vector<storage::ParentSpan> history;
  bool can_manage = false;  // the actor may edit, move or close it (open units only)
};

struct UserInfo {
  User user;
  std::string org_code;
  std::string org_name;
};

nlohmann::json to_json(const OrgInfo& o);
nlohmann::json to_json(const UserInfo& u);  // never the password hash
nlohmann::json to_json(const OrgUnit& u);   // for audit

}  // namespace bd::app
