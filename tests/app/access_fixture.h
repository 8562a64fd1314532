// Actors and units for the access rule tests (no storage needed).
#pragma once

#include <string>

#include "app/context.h"
#include "core/org.h"
#include "core/roles.h"

namespace bd::app::testing {

inline Actor actor(RoleSet roles, const std::string& path, int64_t org_id = 0) {
  Actor a;
  a.user_id = 1;
  a.roles = roles;
  a.org_path = path;
  a.org_id = org_id;
  return a;
}

inline OrgUnit unit_at(const std::string& path, int64_t id = 0, int64_t parent_id = 0) {
  OrgUnit u;
  u.path = path;
  u.id = id;
  if (parent_id != 0) u.parent_id = parent_id;
  return u;
}

}  // namespace bd::app::testing
