// Route registration, one function per resource file.
#pragma once

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
void add_api_activity_routes(Router& r);              // routes/api_activities.cpp
void add_auth_pages(Router& r);                       // pages/auth_pages.cpp
void add_home_pages(Router& r);                       // pages/home_pages.cpp
void add_orgunit_pages(Router& r);                    // pages/orgunit_pages.cpp
void add_user_pages(Router& r);                       // pages/user_pages.cpp
void add_account_pages(Router& r);                    // pages/account_pages.cpp
void add_data_pages(Router& r);                       // pages/data_pages.cpp
void add_target_pages(Router& r);                     // pages/targets_pages.cpp
void add_plan_pages(Router& r);                       // pages/plan_pages.cpp
void add_report_pages(Router& r);                     // pages/report_pages.cpp
void add_completeness_pages(Router& r);               // pages/completeness_pages.cpp
void add_calendar_pages(Router& r);                   // pages/calendar_pages.cpp
void add_activity_pages(Router& r);                   // pages/activity_pages.cpp

// Every route of the product.
Router build_router(Metrics& metrics);
// The OpenAPI 3 document of the API routes (routes/openapi.cpp).
std::string openapi_json(const Router& r);

}  // namespace bd::http
