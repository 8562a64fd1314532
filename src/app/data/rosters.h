// The staff roster: a workbook with one row per person (name, sex, year of
// birth, position and yes/no facts) whose upload is tallied into the staff
// elements by sex (staff_total, staff_managers, …) and saved through
// DataValues::save, so nobody counts by hand. Personal data stays minimal
// (Decree 13/2023): the rows are read in memory, counted and dropped; only
// the counts are stored, and errors name rows, never people.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "app/data/datavalues.h"
#include "app/data/spreadsheets.h"
#include "storage/store.h"

namespace bd::app {

struct RosterCount {
  std::string element, name;
  int female = 0, male = 0;
};

struct RosterResult {
  std::string org, period;
  int people = 0;
  int saved = 0;                    // values that changed
  std::vector<RosterCount> counts;  // the elements saved, in roster order
};

class Rosters {
 public:
  Rosters(storage::Store& store, Analytics& analytics, DataValues& values)
      : store_(store), analytics_(analytics), values_(values) {}

  // The empty roster workbook (any logged-in user).
  Result<SpreadsheetFile> template_file(const Actor& a);
  // Counts the roster for `org` and `period` and saves the counts of the
  // elements that data sets due from the unit for that period ask for.
  Result<RosterResult> import(const Actor& a, const std::string& org, const std::string& period,
                              std::string_view bytes);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  DataValues& values_;
};

}  // namespace bd::app
