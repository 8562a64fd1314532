// Access rules of the org tree: who adds, edits, moves and closes units.
#pragma once

#include "app/access.h"

namespace bd::app {

// Create a unit under `parent`.
Status can_create_unit_under(const Actor& a, const OrgUnit& parent);
// Edit, move or close `unit` (strictly below one's own unit, except admins).
Status can_manage_unit(const Actor& a, const OrgUnit& unit);

}  // namespace bd::app
