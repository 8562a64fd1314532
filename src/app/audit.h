// Builds audit records for use cases (one per write, in the same transaction).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "core/audit.h"

namespace bd::app {

AuditEntry audit_entry(const Actor& a, int64_t at, std::string action, std::string entity, std::string key,
                       const nlohmann::json& before, const nlohmann::json& after);

}  // namespace bd::app
