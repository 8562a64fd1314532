#include "http/routes.h"

#include <memory>

namespace bd::http {

Router build_router(Metrics& metrics) {
  Router r;
  add_system_routes(r, metrics);
  add_api_auth_routes(r);
  add_api_orgunit_routes(r);
  add_api_user_routes(r);
  add_api_catalog_routes(r);
  add_api_data_routes(r);
  add_api_dashboard_routes(r);
  add_api_plan_routes(r);
  add_api_report_routes(r);
  add_api_consolidation_routes(r);
  add_api_spreadsheet_routes(r);
  add_api_committee_routes(r);
  add_api_commendation_routes(r);
  add_api_inspection_routes(r);
  add_api_hotline_routes(r);
  add_api_incident_routes(r);
  add_api_activity_routes(r);
  add_api_agenda_routes(r);
  add_api_value_set_routes(r);
  add_auth_pages(r);
  add_home_pages(r);
  add_restructure_pages(r);
  add_orgunit_pages(r);
  add_user_pages(r);
  add_account_pages(r);
  add_data_pages(r);
  add_excel_pages(r);
  add_value_set_pages(r);
  add_target_pages(r);
  add_explorer_pages(r);
  add_dashboard_pages(r);
  add_plan_pages(r);
  add_report_pages(r);
  add_completeness_pages(r);
  add_calendar_pages(r);
  add_committee_pages(r);
  add_register_pages(r);
  add_inspection_pages(r);
  add_hotline_pages(r);
  add_incident_pages(r);
  add_activity_pages(r);
  // Last, so that the document describes every route, itself included.
  auto doc = std::make_shared<std::string>();
  r.add({"GET", "/api/v1/openapi.json", Access::kPublic, Kind::kApi, "Mô tả OpenAPI 3 của mọi đường dẫn", "",
         [doc](Ctx&) { return Response::json(200, *doc); }})
      .answer(200, "OpenApiDocument");
  *doc = openapi_json(r);
  return r;
}

}  // namespace bd::http
