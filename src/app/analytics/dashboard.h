// Read use cases over the analytics: an indicator for a unit (or each of its
// children), the status of every target that concerns a unit, and a target
// compared across a unit's children, sorted by the gap to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "storage/store.h"

namespace bd::app {

struct IndicatorRow {
  std::string org_code, org_name, period;
  std::optional<double> value;
  std::string unit;  // the indicator's unit: "percent", "count", "ratio"…
};

struct UnitTargets {
  OrgUnit unit;
  Period period;
  std::vector<TargetState> targets;
};

struct ChildTarget {
  OrgUnit unit;
  TargetState state;
};

class Dashboard {
 public:
  Dashboard(storage::Store& store, Analytics& analytics) : store_(store), analytics_(analytics) {}

  // `structure`: "" or "period", the tree of the period (its children then);
  // "current", today's tree for the figures and the children.
  Result<std::vector<IndicatorRow>> indicator(const Actor& a, const std::string& indicator, const std::string& org,
                                              const std::string& period, bool children,
                                              const std::string& structure = "");
  // The unit's targets, with those set for each unit of another type below it
  // (the women-managers target of each school, on a department's page) held
  // by the subtree's figures.
  Result<UnitTargets> targets(const Actor& a, const std::string& org, const std::string& period);
  // Each open child's state for one target of the unit, furthest behind first,
  // those that meet it after them (no data last); an office or a commune is
  // compared on a school target over its subtree.
  Result<std::vector<ChildTarget>> compare_children(const Actor& a, const std::string& target, const std::string& org,
                                                    const std::string& period);
  // Every target of each open child, in one pass (a drafted report's
  // standing of the units below); unsorted.
  Result<std::vector<ChildTarget>> children_targets(const Actor& a, const std::string& org, const std::string& period);

  const Analytics& analytics() const { return analytics_; }
  // The ids of a unit's ancestors, from its path (the root first).
  static std::vector<int64_t> ancestors(const OrgUnit& u);

 private:
  Result<std::pair<OrgUnit, Period>> unit_and_period(const Actor& a, const std::string& org, const std::string& period);
  // The states of the target `only` ("" for all) of each open child of the period's tree.
  Result<std::vector<ChildTarget>> of_children(const Actor& a, const std::string& only, const std::string& org,
                                               const std::string& period);

  storage::Store& store_;
  Analytics& analytics_;
};

}  // namespace bd::app
