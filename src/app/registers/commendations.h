// Use cases for the register of commendations (khen thưởng): individuals
// (name, sex) or collectives (a unit of the tree or a named group), level,
// award title, reason, decision, and the emulation movement it belongs to.
#pragma once

#include <string>
#include <vector>

#include "app/context.h"
#include "core/org.h"
#include "core/registry.h"
#include "storage/store.h"

namespace bd::app {

struct CommendationInput {
  bool collective = false;
  std::string full_name, sex;      // individual
  std::string honoree_org;         // collective: a unit code (optional)
  std::string honoree_name;        // collective: its name (from the unit when empty)
  std::string level, title, reason, decision_no, decision_date, movement;
};

struct CommendationRow {
  Commendation record;
  std::string honoree_org_code;  // collective with a unit
};

struct CommendationList {
  OrgUnit unit;
  int year = 0;  // 0: every year
  std::vector<CommendationRow> rows;
  int individuals_female = 0, individuals_male = 0, collectives = 0;
  bool can_edit = false;
};

class Commendations {
 public:
  Commendations(storage::Store& store, const Clock& clock) : store_(store), clock_(clock) {}

  // The unit's register; `year` > 0 keeps the decisions of that year.
  Result<CommendationList> list(const Actor& a, const std::string& org, int year = 0);
  Result<CommendationRow> get(const Actor& a, int64_t id);
  Result<CommendationRow> create(const Actor& a, const std::string& org, CommendationInput in);
  Result<CommendationRow> update(const Actor& a, int64_t id, CommendationInput in);
  Status remove(const Actor& a, int64_t id);

 private:
  storage::Store& store_;
  const Clock& clock_;
};

// Checks and normalises the input (the decision date becomes ISO).
Status validate_commendation(CommendationInput& in);

}  // namespace bd::app
