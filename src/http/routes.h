// Route registration, one function per resource file.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "http/metrics.h"
#include "http/router.h"

namespace bd::http {

void add_system_routes(Router& r, Metrics& metrics);  // routes/system.cpp
void add_api_auth_routes(Router& r);                  // routes/accounts/api_auth.cpp
void add_api_orgunit_routes(Router& r);               // routes/orgs/api_orgunits.cpp
void add_api_user_routes(Router& r);                  // routes/accounts/api_users.cpp
void add_api_catalog_routes(Router& r);               // routes/catalog/api_catalog.cpp
void add_api_data_routes(Router& r);                  // routes/data/api_data.cpp
void add_api_plan_routes(Router& r);                  // routes/plans/api_plans.cpp
void add_api_report_routes(Router& r);                // routes/reports/api_reports.cpp
void add_api_consolidation_routes(Router& r);         // routes/reports/api_consolidation.cpp
void add_api_dashboard_routes(Router& r);             // routes/data/api_dashboard.cpp
void add_api_spreadsheet_routes(Router& r);           // routes/data/api_spreadsheets.cpp
void add_api_committee_routes(Router& r);            // routes/registers/api_committee.cpp
void add_api_commendation_routes(Router& r);         // routes/registers/api_commendations.cpp
void add_api_inspection_routes(Router& r);           // routes/registers/api_inspections.cpp
void add_api_hotline_routes(Router& r);              // routes/registers/api_hotlines.cpp
void add_api_incident_routes(Router& r);             // routes/registers/api_incidents.cpp
void add_api_activity_routes(Router& r);              // routes/activities/api_activities.cpp
void add_api_agenda_routes(Router& r);                // routes/home/api_agenda.cpp
void add_api_value_set_routes(Router& r);             // routes/data/api_value_sets.cpp
void add_value_set_pages(Router& r);                  // pages/data/value_set_pages.cpp
void add_auth_pages(Router& r);                       // pages/accounts/auth_pages.cpp
void add_home_pages(Router& r);                       // pages/home/home_pages.cpp
void add_restructure_pages(Router& r);                // pages/orgs/restructure_pages.cpp (before the unit pages)
void add_orgunit_pages(Router& r);                    // pages/orgs/orgunit_pages.cpp
void add_user_pages(Router& r);                       // pages/accounts/user_pages.cpp
void add_account_pages(Router& r);                    // pages/accounts/account_pages.cpp
void add_data_pages(Router& r);                       // pages/data/data_pages.cpp
void add_excel_pages(Router& r);                      // pages/data/excel_pages.cpp
void add_target_pages(Router& r);                     // pages/analytics/targets_pages.cpp
void add_explorer_pages(Router& r);                   // pages/explorer/explorer_pages.cpp
void add_dashboard_pages(Router& r);                  // pages/analytics/dashboard_pages.cpp
void add_plan_pages(Router& r);                       // pages/plans/plan_pages.cpp
void add_report_pages(Router& r);                     // pages/reports/report_pages.cpp
void add_completeness_pages(Router& r);               // pages/reports/completeness_pages.cpp
void add_calendar_pages(Router& r);                   // pages/calendar/calendar_pages.cpp
void add_committee_pages(Router& r);                  // pages/registers/committee_pages.cpp
void add_register_pages(Router& r);                   // pages/registers/register_pages.cpp
void add_inspection_pages(Router& r);                 // pages/registers/inspection_pages.cpp
void add_hotline_pages(Router& r);                    // pages/registers/hotline_pages.cpp
void add_incident_pages(Router& r);                   // pages/registers/incident_pages.cpp
void add_activity_pages(Router& r);                   // pages/activities/activity_pages.cpp

// Every route of the product.
Router build_router(Metrics& metrics);
// The OpenAPI 3 document of the API and system routes (routes/openapi.cpp).
std::string openapi_json(const Router& r);
// Adds the schemas of the register routes' bodies (routes/openapi_registry.cpp).
void add_registry_schemas(nlohmann::json& schemas);
// Adds the schemas of the answers (routes/openapi_answers.cpp and
// routes/openapi_answers_registers.cpp).
void add_answer_schemas(nlohmann::json& schemas);
void add_register_answer_schemas(nlohmann::json& schemas);
// The exchange formats' bodies and answers (routes/openapi_exchange.cpp).
void add_exchange_schemas(nlohmann::json& schemas);

// JSON Schema texts of parameters several routes share (Route::param).
inline constexpr const char* kPeriodPattern = "^[0-9]{4}(S[12]|Q[1-4]|0[1-9]|1[0-2]|Sep)?$";
inline constexpr const char* kPeriodParam =
    R"({"type":"string","pattern":"^[0-9]{4}(S[12]|Q[1-4]|0[1-9]|1[0-2]|Sep)?$","example":"2025S1"})";
inline constexpr const char* kYearParam = R"({"type":"integer","minimum":1,"maximum":9999})";
// A switch: on when "true" (or "1" where said); the handlers take any other
// value as off, so the schema is a string.
inline constexpr const char* kFlagParam = R"({"type":"string","example":"true"})";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kDocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

}  // namespace bd::http
