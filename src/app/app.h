// The application: the use cases over one Store, wired once per process.
// Thread-safe: all state lives in the Store.
#pragma once

#include <memory>
#include <string>

#include "app/activities/activities.h"
#include "app/analytics/analytics.h"
#include "app/accounts/auth.h"
#include "app/bulk_load.h"
#include "app/calendar/calendar.h"
#include "app/catalog/catalog.h"
#include "app/reports/consolidation.h"
#include "app/registers/commendations.h"
#include "app/registers/committee.h"
#include "app/config.h"
#include "app/analytics/dashboard.h"
#include "app/analytics/unit_dashboard.h"
#include "app/data/data_entry.h"
#include "app/data/datavalues.h"
#include "app/home/agenda.h"
#include "app/interop/external_ids.h"
#include "app/interop/value_export.h"
#include "app/interop/value_import.h"
#include "app/registers/incidents.h"
#include "app/registers/inspections.h"
#include "app/activities/evidence.h"
#include "app/context.h"
#include "app/orgs/orgs.h"
#include "app/plans/plans.h"
#include "app/reports/reports.h"
#include "app/data/rosters.h"
#include "app/data/spreadsheets.h"
#include "app/explorer/explorer.h"
#include "app/explorer/saved_views.h"
#include "app/registers/services.h"
#include "app/accounts/users.h"
#include "storage/store.h"

namespace bd::app {

class App {
 public:
  // `clock` defaults to the system clock; both must outlive the App.
  explicit App(storage::Store& store, Config config = {}, const Clock* clock = nullptr);

  storage::Store& store() { return store_; }
  const Config& config() const { return config_; }
  const Clock& clock() const { return *clock_; }
  Orgs& orgs() { return orgs_; }
  Users& users() { return users_; }
  Auth& auth() { return auth_; }
  Catalog& catalog() { return catalog_; }
  DataValues& values() { return values_; }
  DataEntry& data_entry() { return data_entry_; }
  Dashboard& dashboard() { return dashboard_; }
  UnitDashboard& unit_dashboard() { return unit_dashboard_; }
  Plans& plans() { return plans_; }
  Reports& reports() { return reports_; }
  Calendar& calendar() { return calendar_; }
  Consolidations& consolidations() { return consolidations_; }
  Spreadsheets& spreadsheets() { return spreadsheets_; }
  Rosters& rosters() { return rosters_; }
  Committee& committee() { return committee_; }
  Commendations& commendations() { return commendations_; }
  Inspections& inspections() { return inspections_; }
  Services& services() { return services_; }
  Incidents& incidents() { return incidents_; }
  Activities& activities() { return activities_; }
  Evidence& evidence() { return evidence_; }
  Explorer& explorer() { return explorer_; }
  SavedViews& saved_views() { return saved_views_; }
  Analytics& analytics() { return analytics_; }
  Home& home() { return home_; }
  BulkLoad& bulk() { return bulk_; }
  ValueImport& value_import() { return value_import_; }
  ValueExport& value_export() { return value_export_; }
  ExternalIds& external_ids() { return external_ids_; }

  // Loads the analytics engine from storage and, on PostgreSQL, follows other
  // nodes' writes (LISTEN/NOTIFY). Call once the schema is current.
  Status start();

 private:
  // A committed change, made here or told by another node ("tree",
  // "catalog", "values", "v:…", "reports", "r:…"): what keeps state in
  // memory reads it again.
  void changed(const std::vector<std::string>& notices);

  storage::Store& store_;
  Config config_;
  SystemClock system_clock_;
  const Clock* clock_;
  Analytics analytics_;
  Orgs orgs_;
  Users users_;
  Auth auth_;
  Catalog catalog_;
  DataValues values_;
  DataEntry data_entry_;
  Dashboard dashboard_;
  UnitDashboard unit_dashboard_;
  Plans plans_;
  Reports reports_;
  Calendar calendar_;
  Consolidations consolidations_;
  Spreadsheets spreadsheets_;
  Rosters rosters_;
  Committee committee_;
  Commendations commendations_;
  Inspections inspections_;
  Services services_;
  Incidents incidents_;
  Activities activities_;
  Evidence evidence_;
  Explorer explorer_;
  SavedViews saved_views_;
  Home home_;
  BulkLoad bulk_;
  ValueImport value_import_;
  ValueExport value_export_;
  ExternalIds external_ids_;
  std::unique_ptr<storage::ChangeListener> listener_;  // last: stops before the rest goes
};

struct InitOptions {
  std::string admin_password;  // empty: generate one and report it
  std::string root_code = "BGDDT";
  std::string root_name = "Bộ Giáo dục và Đào tạo";
  std::string root_short_name = "BGDĐT";
  std::string root_type = "ministry";
};

struct InitResult {
  int schema_version = 0;
  bool created_root = false;
  bool created_admin = false;
  std::string admin_password;  // set when generated here (print it once)
};

// Creates or upgrades the schema, then the root unit, the `admin` user and
// the built-in catalog if absent, then starts the analytics. Idempotent.
Result<InitResult> initialize(App& app, const InitOptions& options);

}  // namespace bd::app
