// Bulk loads of generated or migrated data (`binhdang demo --scale
// national`): a tree of units, a stream of figures, reports in given states,
// far faster than the entry use cases one record at a time.
//
// Only the system actor loads. Each load is one write transaction with one
// audit record saying what was loaded and how much (every write is audited),
// and the analytics follow after the commit. Checks are those of the data,
// not of entry: units as Orgs::create checks them; values need a known
// element, unit and option, a readable period and a number valid for the
// element's type, but validation rules and locks are not applied (figures
// are loaded as their source had them); reports need a known unit, a
// readable period and the times their status implies.
//
// Thread-safety: as every use case (state lives in the Store).
#pragma once

#include <functional>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "app/orgs/orgs.h"
#include "core/report.h"
#include "storage/store.h"

namespace bd::app {

class BulkLoad {
 public:
  // `on_changed` runs after units ("tree") or reports ("reports") were
  // loaded, with the notice other nodes were sent.
  BulkLoad(storage::Store& store, Analytics& analytics, const Clock& clock,
           std::function<void(const std::string&)> on_changed)
      : store_(store), analytics_(analytics), clock_(clock), on_changed_(std::move(on_changed)) {}

  // New units; each one's parent and governor are stored already or come
  // earlier in `units`. Returns them as stored (ids, paths), in order.
  Result<std::vector<OrgUnit>> units(const Actor& a, const std::vector<OrgInput>& units);

  // Values that are not stored yet, by element and unit id, in batches (see
  // storage::ValueBatches); `updated_at` and `updated_by` are set here.
  // Returns how many were loaded. The whole engine is read again afterwards.
  Result<int64_t> values(const Actor& a, const storage::ValueBatches& next);

  // Reports of (unit, period) pairs that have none yet, in their final
  // state; approved ones lock their unit's figures for the period. Returns
  // how many were loaded.
  Result<int> reports(const Actor& a, const std::vector<ReportRecord>& reports);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  const Clock& clock_;
  std::function<void(const std::string&)> on_changed_;
};

}  // namespace bd::app
