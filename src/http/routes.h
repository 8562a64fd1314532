// Route registration, one function per resource file.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "http/metrics.h"
#include "http/router.h"

namespace bd::http {

void add_system_routes(Router& r, Metrics& metrics);  // routes/system.cpp
void add_api_auth_routes(Router& r);                  // routes/api_auth.cpp
void add_api_orgunit_routes(Router& r);               // routes/api_orgunits.cpp
void add_api_user_routes(Router& r);                  // routes/api_users.cpp
void add_api_catalog_routes(Router& r);               // routes/api_catalog.cpp
void add_api_data_routes(Router& r);                  // routes/api_data.cpp
void add_api_plan_routes(Router& r);                  // routes/api_plans.cpp
void add_api_report_routes(Router& r);                // routes/api_reports.cpp
void add_api_consolidation_routes(Router& r);         // routes/api_consolidation.cpp
void add_api_spreadsheet_routes(Router& r);           // routes/api_spreadsheets.cpp
void add_api_committee_routes(Router& r);            // routes/api_committee.cpp
void add_api_commendation_routes(Router& r);         // routes/api_commendations.cpp
void add_api_inspection_routes(Router& r);           // routes/api_inspections.cpp
void add_api_hotline_routes(Router& r);              // routes/api_hotlines.cpp
void add_api_incident_routes(Router& r);             // routes/api_incidents.cpp
void add_api_activity_routes(Router& r);              // routes/api_activities.cpp
void add_auth_pages(Router& r);                       // pages/auth_pages.cpp
void add_home_pages(Router& r);                       // pages/home_pages.cpp
void add_orgunit_pages(Router& r);                    // pages/orgunit_pages.cpp
void add_user_pages(Router& r);                       // pages/user_pages.cpp
void add_account_pages(Router& r);                    // pages/account_pages.cpp
void add_data_pages(Router& r);                       // pages/data_pages.cpp
void add_excel_pages(Router& r);                      // pages/excel_pages.cpp
void add_target_pages(Router& r);                     // pages/targets_pages.cpp
void add_plan_pages(Router& r);                       // pages/plan_pages.cpp
void add_report_pages(Router& r);                     // pages/report_pages.cpp
void add_completeness_pages(Router& r);               // pages/completeness_pages.cpp
void add_calendar_pages(Router& r);                   // pages/calendar_pages.cpp
void add_committee_pages(Router& r);                  // pages/committee_pages.cpp
void add_register_pages(Router& r);                   // pages/register_pages.cpp
void add_inspection_pages(Router& r);                 // pages/inspection_pages.cpp
void add_hotline_pages(Router& r);                    // pages/hotline_pages.cpp
void add_incident_pages(Router& r);                   // pages/incident_pages.cpp
void add_activity_pages(Router& r);                   // pages/activity_pages.cpp

// Every route of the product.
Router build_router(Metrics& metrics);
// The OpenAPI 3 document of the API routes (routes/openapi.cpp).
std::string openapi_json(const Router& r);
// Adds the schemas of the register routes (routes/openapi_registry.cpp).
void add_registry_schemas(nlohmann::json& schemas);

}  // namespace bd::http
