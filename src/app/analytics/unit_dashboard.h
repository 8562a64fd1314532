// The dashboard of a unit, at any level (ministry, department, commune or
// office, school): its targets with value, status, yearly trend, projection
// and how many of the units below meet each; women and men side by side with
// the gender parity indices; how the units below stand with their reports;
// and one target across the units below, furthest behind first (drill-down).
//
// "The units below" a unit are its open children, except a child grouped
// under a sibling that governs it (a school whose governing body is a commune
// People's Committee under the same department), plus the open units it
// governs outside its own subtree. So a department drills down to its
// communes (and the schools that have no commune), a commune to the schools
// it governs; each unit appears once.
//
// A unit's figures are its subtree's plus, for a governing body, the subtrees
// of the units it governs that the actor may see (a commune's user sees only
// the commune). Units are looked up by id; only the unit's children come from
// one query, never its whole subtree. Read-only; thread-safe like its parts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "app/reports/reports.h"
#include "storage/store.h"

namespace bd::app {

// A unit on the way up (breadcrumbs): linked only when the actor may view it.
struct TrailUnit {
  OrgUnit unit;
  bool viewable = false;
};

struct DashboardTarget {
  TargetState state;  // at the unit, with its yearly history
  // The units below, by their own state for this target.
  int below = 0, met = 0, not_met = 0, no_data = 0;
};

// An element counted by sex, over the unit's figures.
struct SexFigure {
  DataElement element;
  std::optional<double> female, male;
};

// How the units below at one level (the unit's children and the units it
// governs) stand with their reports for the period.
struct ReportingStatus {
  Date today;  // the Vietnam date timeliness is reckoned at
  CompletenessCounts counts;
  std::vector<UnitCompleteness> missing;   // not submitted, most overdue first
  std::vector<UnitCompleteness> returned;  // sent back, to be submitted again
  std::vector<UnitCompleteness> late;      // submitted after the due date, latest first
};

struct UnitDashboardView {
  OrgUnit unit;
  Period period;
  std::vector<TrailUnit> trail;  // from the root down to the unit's parent in the drill-down
  std::vector<OrgUnit> below;    // the units below, in tree order
  bool below_are_schools = false;
  std::vector<DashboardTarget> targets;
  std::vector<SexFigure> by_sex;     // elements with a figure, catalog order
  std::vector<ParityState> parity;   // every gpi/gpia indicator
  ReportingStatus reporting;
};

struct DrillRow {
  OrgUnit unit;
  TargetState state;      // over the unit's figures, with its trajectory
  bool has_below = false;  // it has units below of its own (a link drills further)
};

struct TargetDrill {
  OrgUnit unit;
  Period period;
  std::vector<TrailUnit> trail;
  TargetState state;           // the target at the unit
  std::vector<DrillRow> rows;  // the units below, furthest behind first, no figures last
  bool below_are_schools = false;
  int met = 0, not_met = 0, no_data = 0;
};

class UnitDashboard {
 public:
  UnitDashboard(storage::Store& store, Analytics& analytics, const Clock& clock)
      : store_(store), analytics_(analytics), clock_(clock) {}

  // `period` is a period code ("2025", "2025S1"); empty: the latest year up
  // to the current one with figures for the unit (the current year if none
  // of the five before has any).
  Result<UnitDashboardView> get(const Actor& a, const std::string& org, const std::string& period);
  // One target of the dashboard across the units below. NotFound for a
  // target code the catalog does not have.
  Result<TargetDrill> drill(const Actor& a, const std::string& org, const std::string& target,
                            const std::string& period);

 private:
  struct Scope;
  Result<Scope> open(const Actor& a, const std::string& org, const std::string& period);
  std::vector<int64_t> roots_of(const Actor& a, int64_t id, const std::optional<Period>& period = {}) const;
  Period default_period(const std::vector<int64_t>& roots) const;

  storage::Store& store_;
  Analytics& analytics_;
  const Clock& clock_;
};

}  // namespace bd::app
