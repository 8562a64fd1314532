// Use cases for inspections (kiểm tra) of a unit by an ancestor: planned or
// done, with team, scope, findings, recommendations and follow-up items
// with due dates and status. The inspecting unit's managers and approvers
// write them; the inspected unit reads its inspections and records a
// response per follow-up item.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/org.h"
#include "core/registry.h"
#include "storage/store.h"

namespace bd::app {

struct FollowUpInput {
  int64_t id = 0;  // 0: a new item
  std::string text, due, status = "open";
};

struct InspectionInput {
  std::string org;     // the inspected unit; an update refuses another one
  std::string by_org;  // the inspecting unit ("" for the actor's own); an update refuses another one
  std::string status = "planned", date, team, scope, findings, recommendations;
  std::vector<FollowUpInput> followups;
};

struct InspectionView {
  Inspection record;
  OrgUnit unit, by_unit;
  bool can_edit = false;     // the inspecting side
  bool can_respond = false;  // the inspected unit
};

struct InspectionList {
  OrgUnit unit;
  std::vector<InspectionView> of_unit;  // inspections of the unit
  std::vector<InspectionView> by_unit;  // inspections the unit carried out
  bool can_inspect = false;             // the actor may record inspections by the unit
};

class Inspections {
 public:
  Inspections(storage::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<InspectionList> list(const Actor& a, const std::string& org);
  Result<InspectionView> get(const Actor& a, int64_t id);
  Result<InspectionView> create(const Actor& a, InspectionInput in);
  Result<InspectionView> update(const Actor& a, int64_t id, InspectionInput in);
  // The inspected unit answers one follow-up item and may mark its progress.
  Result<InspectionView> respond(const Actor& a, int64_t id, int64_t followup_id, std::string response,
                                 std::string status);

 private:
  storage::Store& store_;
  const Clock& clock_;
};

Status validate_inspection(InspectionInput& in);

}  // namespace bd::app
