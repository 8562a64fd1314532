// One audit record: who did what to which thing, with its state before and after.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace bd {

struct AuditEntry {
  int64_t id = 0;
  int64_t at = 0;                  // Unix seconds
  std::optional<int64_t> user_id;  // empty for the system (init, demo)
  std::string actor;               // username or "system"
  std::string action;              // "create", "update", "move", "close", "login", ...
  std::string entity;              // "orgunit", "user", "session", ...
  std::string entity_key;          // the thing's code or id
  std::string before_json;         // JSON of the state before ("" if none)
  std::string after_json;          // JSON of the state after ("" if none)
};

}  // namespace bd
