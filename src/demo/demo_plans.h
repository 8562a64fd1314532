// The demo's plans (demo_plans.cpp): called by build_demo, the phase plans
// while the district offices still exist, the 2026 plans after the reform.
#pragma once

#include "app/app.h"

namespace bd::app {

// The department's 2021–2025 plan, the offices' and some schools' plans
// implementing it. Returns how many plans were written.
Result<int> add_phase_plans(App& app, const Actor& system);
// The department's 2026 plan; three schools issued, two drafts, the rest none.
Result<int> add_year_plans(App& app, const Actor& system);

}  // namespace bd::app
