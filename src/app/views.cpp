#include "app/views.h"

namespace bd::app {

nlohmann::json to_json(const OrgUnit& u) {
  return {{"code", u.code}, {"name", u.name}, {"short_name", u.short_name}, {"type", std::string(org_type_code(u.type))},
          {"parent_id", u.parent_id ? nlohmann::json(*u.parent_id) : nlohmann::json(nullptr)},
          {"governor_id", u.governor_id ? nlohmann::json(*u.governor_id) : nlohmann::json(nullptr)},
          {"opened", u.opened}, {"closed", u.closed}};
}

nlohmann::json to_json(const OrgInfo& o) {
  auto opt = [](const std::string& s) { return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s); };
  return {{"code", o.unit.code},
          {"name", o.unit.name},
          {"short_name", o.unit.short_name},
          {"type", std::string(org_type_code(o.unit.type))},
          {"parent", opt(o.parent_code)},
          {"governor", opt(o.governor_code)},
          {"opened", opt(o.unit.opened)},
          {"closed", opt(o.unit.closed)},
          {"depth", o.depth},
          {"children", o.children}};
}

nlohmann::json to_json(const UserInfo& u) {
  nlohmann::json roles = nlohmann::json::array();
  for (Role r : u.user.roles.list()) roles.push_back(std::string(role_code(r)));
  return {{"id", u.user.id},      {"username", u.user.username}, {"full_name", u.user.full_name},
          {"org", u.org_code},    {"roles", roles},              {"disabled", u.user.disabled}};
}

}  // namespace bd::app
