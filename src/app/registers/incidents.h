// Use cases for incidents of violence or abuse (vụ việc bạo lực, xâm hại).
// Minimum personal data (Decree 13/2023): no names and no free text about
// people — date, type, sex, age band, handling status and referral only.
//
// Who: only holders of the `incident_officer` role (Permission::kIncidents;
// admins do not have it by default). An officer of the unit records and
// reads the unit's incidents; an officer who is also an approver of an
// ancestor reads them. Everyone else is answered as if nothing existed
// (403 for a unit's list, 404 for a record). Only counts by sex and type
// leave the unit (`aggregate`, any reader of the subtree).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/context.h"
#include "core/org.h"
#include "core/registry.h"
#include "storage/store.h"

namespace bd::app {

struct IncidentInput {
  std::string occurred_on, kind, sex, age_band, status = "received", referral;
};

struct IncidentList {
  OrgUnit unit;
  std::vector<Incident> rows;
  bool can_add = false;
};

// Counts by type (kind code) and sex over a subtree and a year.
struct IncidentCounts {
  OrgUnit unit;
  int year = 0;
  std::map<std::string, std::pair<int, int>> by_kind;  // kind → {female, male}
  int female = 0, male = 0;
};

class Incidents {
 public:
  Incidents(storage::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  Result<IncidentList> list(const Actor& a, const std::string& org);
  Result<Incident> get(const Actor& a, int64_t id);
  Result<Incident> create(const Actor& a, const std::string& org, IncidentInput in);
  Result<Incident> update(const Actor& a, int64_t id, IncidentInput in);
  Result<IncidentCounts> aggregate(const Actor& a, const std::string& org, int year);

 private:
  storage::Store& store_;
  const Clock& clock_;
};

Status validate_incident(IncidentInput& in);

}  // namespace bd::app
