#include "app/audit.h"

namespace bd::app {

AuditEntry audit_entry(const Actor& a, int64_t at, std::string action, std::string entity, std::string key,
                       const nlohmann::json& before, const nlohmann::json& after) {
  AuditEntry e;
  e.at = at;
  if (!a.system) e.user_id = a.user_id;
  e.actor = a.username;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_key = std::move(key);
  e.before_json = before.is_null() ? "" : before.dump();
  e.after_json = after.is_null() ? "" : after.dump();
  return e;
}

}  // namespace bd::app
