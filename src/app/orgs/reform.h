// A restructuring: many units moved at once to a new parent (and governing
// body) on one effective day, the units they leave empty closed when asked.
// What the 2025 reform did in every province, done in one step: a preview,
// then one transaction with one audit entry listing every unit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/org.h"

namespace bd::app {

inline constexpr size_t kMaxReformUnits = 100000;
// A restructuring can be undone for this long after it was applied.
inline constexpr int64_t kReformUndoSeconds = 7 * 86400;

struct ReformInput {
  std::vector<std::string> units;       // codes of the units to move (blank lines and repeats ignored)
  std::string parent;                   // code of the new parent
  std::optional<std::string> governor;  // new governing body ("" clears it); none keeps each unit's
  std::string effective;                // the day it takes effect (ISO or dd/mm/yyyy; empty: today)
  bool close_emptied = false;           // close each former parent left with no open unit below
};

struct ReformMove {
  OrgUnit unit;
  std::optional<OrgUnit> from;  // the former parent
};

// What a restructuring does (preview) or did (apply).
struct ReformPlan {
  OrgUnit parent;
  std::optional<OrgUnit> governor;
  bool sets_governor = false;
  std::string effective;                             // ISO
  std::vector<ReformMove> moves;                     // in the order given
  std::vector<std::pair<OrgUnit, int>> leaving;      // per former parent: how many units leave it
  std::vector<OrgUnit> emptied;                      // former parents left with no open unit below
  bool closes_emptied = false;
  // The last half-year before the effective day, and the units moved whose
  // report of it is not approved yet (their former parent still approves it).
  std::string pending_period;
  std::vector<OrgUnit> pending;
  bool applied = false;
};

// What undoing a restructuring did: the units moved back, the closed units reopened.
struct ReformUndo {
  std::string parent;  // the code of the restructuring's new parent
  std::string effective;
  std::vector<std::string> moved_back, reopened;  // codes
};

// The plan in a few Vietnamese sentences, for the page, the API and the
// command line ("3 đơn vị sẽ chuyển từ … sang …").
std::vector<std::string> reform_summary(const ReformPlan& plan);

}  // namespace bd::app
