// The data entry sheet: what the /data page shows for a unit × data set ×
// period — the choices around it, the elements with their stored values,
// whether the period is locked and whether the actor may enter figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/catalog/catalog.h"
#include "app/context.h"
#include "app/data/datavalues.h"
#include "core/catalog.h"
#include "core/dates.h"
#include "core/org.h"
#include "core/period.h"
#include "storage/store.h"

namespace bd::app {

struct SheetRow {
  DataElement element;
  // Stored numbers by option: "female" and "male" for by-sex elements, ""
  // for the others; absent when nothing is stored.
  std::optional<double> female, male, single;
};

struct DataSheet {
  OrgUnit unit;                  // the chosen unit, else the actor's own
  std::vector<DataSet> sets;     // the data sets that apply to the unit's type
  std::optional<DataSet> set;    // the chosen set, else the first; none: nothing to enter
  Period period;                 // the chosen period, else the current one
  std::vector<Period> periods;   // next period first, then the seven before it
  std::optional<Date> due;       // the set's deadline for the period
  bool locked = false;           // an approved report locks the figures
  bool can_edit = false;         // the actor may enter them (and they are not locked)
  std::vector<SheetRow> rows;    // the set's elements, in its order
};

class DataEntry {
 public:
  DataEntry(storage::Store& store, Catalog& catalog, DataValues& values, Analytics& analytics, const Clock& clock)
      : store_(store), catalog_(catalog), values_(values), analytics_(analytics), clock_(clock) {}

  // `org`, `set` and `period` may be empty or unknown: the sheet falls back
  // to the actor's own unit, the first set that applies and the current
  // period. A unit outside the actor's subtree is never shown.
  Result<DataSheet> sheet(const Actor& a, const std::string& org, const std::string& set, const std::string& period);

 private:
  storage::Store& store_;
  Catalog& catalog_;
  DataValues& values_;
  Analytics& analytics_;
  const Clock& clock_;
};

}  // namespace bd::app
