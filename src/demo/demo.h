// A believable demo for a fictional province: its department, former
// district offices, communes and about twenty schools, with users of every
// role. Names and people are invented.
#pragma once

#include <string>
#include <vector>

#include "app/app.h"

namespace bd::app {

struct DemoAccount {
  std::string username, role, org_name;
};

struct DemoResult {
  InitResult init;
  bool created = false;  // false when the demo was already there
  int units = 0;
  int values = 0;  // data values entered (three years)
  int plans = 0;   // plans written (issued and drafts)
  int reports = 0;  // half-year reports of 2025 in some state
  int activities = 0;  // activities done and planned (2025–2026)
  std::vector<DemoAccount> accounts;  // all share `password`
  std::string password;
};

// Runs initialize(), then adds the demo once. Demo users get the admin's
// password when given, else a generated one (reported).
Result<DemoResult> build_demo(App& app, const InitOptions& options);

// The demo's half-year reports of 2025, in every state (demo_reports.cpp).
// REQUIRES: the demo units and figures are in place.
Result<int> add_demo_reports(App& app);
// The demo's activities of 2025–2026, done and planned (demo_activities.cpp).
// REQUIRES: the demo units and figures are in place.
Result<int> add_demo_activities(App& app);

// The demo's committees, commendations, inspections, local hotlines and an
// incident officer (demo_registry.cpp) whose password is `password`.
// REQUIRES: the demo units and figures are in place.
Result<int> add_demo_registry(App& app, const std::string& password);

}  // namespace bd::app
