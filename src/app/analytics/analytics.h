// The live analytics of the application: the in-memory engine loaded from
// storage, compiled indicators, and the target rules, kept current by the use
// cases after each committed write.
//
// Thread-safety: all methods may be called from any thread.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <vector>

#include "analytics/engine.h"
#include "analytics/expression.h"
#include "core/catalog.h"
#include "core/indicator.h"
#include "core/period.h"
#include "storage/store.h"

namespace bd::app {

struct TargetState {
  TargetDef target;
  IndicatorDef indicator;
  int64_t org_id = 0;          // the unit the status is about
  std::optional<double> value; // the indicator's value there
  std::string status;          // "met", "not_met", "no_data"
  std::string trajectory;      // "on_track", "at_risk", "off_track", "unknown"
  std::optional<double> projected;
  int deadline_year = 0;
  std::optional<double> gap;   // how far from the target (positive = short of it)
};

class Analytics {
 public:
  explicit Analytics(storage::Store& store) : store_(store) {}

  // Loads the tree, catalog and every value. Call at start.
  Status load();
  // After a committed write: the tree changed (create, move, close).
  Status reload_tree();
  // After a committed write: the catalog changed.
  Status reload_catalog();
  // After committed value writes.
  void apply(const std::vector<StoredValue>& written, const std::vector<StoredValue>& erased);
  // Re-reads one unit's values for one period (another node wrote them).
  Status refresh(int64_t org_id, const std::string& period);
  // Handles a change notice of another node: "v:ORG_ID:PERIOD", "tree", "catalog".
  void on_notice(const std::string& payload);

  // The value of an indicator over the subtree of `org_id` for `period`.
  Result<std::optional<double>> indicator(const std::string& code, int64_t org_id, const Period& period) const;
  // The value of one option ("" all) of an element over the subtree.
  std::optional<double> element(const std::string& code, const std::string& option, int64_t org_id,
                                const Period& period) const;
  // Open direct children of a unit, in tree order.
  std::vector<int64_t> children(int64_t org_id) const;
  // Target status and trajectory of every target that concerns `org_id` for
  // `period`: targets of the unit itself and of its ancestors (for the
  // ancestors' targets that apply to each descendant of the unit's type).
  // `only` restricts the result to one target code.
  std::vector<TargetState> targets_for(int64_t org_id, const std::vector<int64_t>& ancestor_ids, OrgType type,
                                       const Period& period, const std::string& only = "") const;
  // The catalog as loaded.
  std::vector<DataElement> elements() const;
  std::optional<DataElement> element_by_code(const std::string& code) const;
  std::optional<IndicatorDef> indicator_def(const std::string& code) const;

 private:
  struct Compiled {
    IndicatorDef def;
    std::shared_ptr<analytics::Expression> expr;
  };
  std::optional<double> evaluate(const Compiled& c, int64_t org_id, const Period& period) const;
  TargetState state_of(const TargetDef& t, const Compiled& c, int64_t org_id, const Period& period) const;

  storage::Store& store_;
  analytics::Engine engine_;
  mutable std::shared_mutex mu_;  // guards the catalog maps below
  std::map<std::string, DataElement> elements_;
  std::map<int64_t, std::string> element_codes_;
  std::map<std::string, Compiled> indicators_;
  std::vector<TargetDef> targets_;
};

// Option index of a stored option code for the engine (0 when none).
int engine_option(const DataElement& e, const std::string& option);

}  // namespace bd::app
