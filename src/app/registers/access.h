// Access rules of the committee's registers that go beyond the shared ones:
// inspections (by an ancestor, answered by the unit) and incidents (only the
// incident officer role).
#pragma once

#include "app/access.h"

namespace bd::app {

// Writing an inspection of `unit` as `by`: `by` is a strict ancestor of the
// unit and the actor its manager or approver (or a manager/admin above).
Status can_inspect(const Actor& a, const OrgUnit& by, const OrgUnit& unit);
// Whether the actor may write inspections by `by` of any unit below it.
Status can_inspect_from(const Actor& a, const OrgUnit& by);
// Responding: the inspected unit's editors, approvers and managers.
Status can_respond(const Actor& a, const OrgUnit& unit);

// Read a unit's incidents: incident officers of the unit, and those who are
// also approvers above it.
Status can_read_incidents(const Actor& a, const OrgUnit& unit);
// Record incidents: incident officers of the unit itself.
Status can_record_incidents(const Actor& a, const OrgUnit& unit);

}  // namespace bd::app
