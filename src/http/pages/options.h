// Select options shared by the forms (unit types, units in scope, roles).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/org.h"
#include "core/report.h"
#include "core/roles.h"
#include "core/result.h"
#include "http/router.h"

namespace bd::http {

// The HTTP status of an error (errors.h), for pages that re-render forms.
int http_status_of(const Error& e);

namespace pages {

std::string type_label(const Ctx& c, OrgType t);
nlohmann::json type_options(const Ctx& c, const std::string& selected);
// Open units of the actor's subtree, indented; `exclude_path` leaves out a
// subtree (a unit cannot move under itself); `allow_empty` adds "— none —".
nlohmann::json unit_options(const Ctx& c, const std::string& selected, bool allow_empty,
                            const std::string& exclude_path = "");
// Open units strictly below `path` in the actor's subtree, indented below it.
nlohmann::json units_below(const Ctx& c, const std::string& path, const std::string& selected);
nlohmann::json role_options(const Ctx& c, const RoleSet& selected);
// Half-years and years of the last three years, newest first.
nlohmann::json report_period_options(const Ctx& c, const std::string& selected);
std::string report_status_label(const Ctx& c, ReportStatus s);
// "còn 5 ngày", "quá hạn 12 ngày", "nộp đúng hạn", "nộp muộn 3 ngày".
std::string timeliness_text(const Ctx& c, const Timeliness& t);

}  // namespace pages
}  // namespace bd::http
