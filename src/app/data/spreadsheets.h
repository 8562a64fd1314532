// Data entry through Excel: a workbook to fill in (one protected sheet per
// data set a unit reports for a period, current values prefilled) and its
// import, converted into one DataValues::save (all or nothing) with every
// error named by its sheet and cell. Only those who may enter the unit's
// data (can_enter_data) download or import.
#pragma once

#include <string>
#include <string_view>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "app/data/datavalues.h"
#include "storage/store.h"

namespace bd::app {

inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

struct SpreadsheetFile {
  std::string filename;  // "bieu-mau-THCS-TANMY-2025S1.xlsx"
  std::string bytes;
};

struct ImportResult {
  std::string org, period;
  int received = 0;  // values read from the workbook
  int saved = 0;     // values that changed
};

class Spreadsheets {
 public:
  Spreadsheets(storage::Store& store, Analytics& analytics, DataValues& values, const Clock& clock)
      : store_(store), analytics_(analytics), values_(values), clock_(clock) {}

  // The workbook of the data sets `org` reports for `period` (their period
  // type is the period's and they apply to the unit's type).
  Result<SpreadsheetFile> template_for(const Actor& a, const std::string& org, const std::string& period);
  // Reads a filled workbook back and saves its values in one batch. Errors
  // (kValidation) list "Sheet "…", ô D7: <DataValues' message>" in details.
  Result<ImportResult> import(const Actor& a, std::string_view bytes);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  DataValues& values_;
  const Clock& clock_;
};

}  // namespace bd::app
