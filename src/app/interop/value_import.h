// Importing a data value set in any exchange format (documents/value_sets.h):
// every value mapped through the id schemes, checked for scope, period,
// lock and type, each problem a conflict with its own code, then saved
// through DataValues::save_in (the same validation, locks and audit as a
// form) in one transaction. The answer has DHIS2's import summary shape.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/data/datavalues.h"
#include "app/interop/id_schemes.h"
#include "documents/value_sets.h"

namespace bd::app {

struct ImportOptions {
  bool dry_run = false;
  SaveStrategy strategy = SaveStrategy::kCreateAndUpdate;
  bool atomic_all = true;  // atomicMode=ALL: nothing saved if anything is wrong
  IdSchemes schemes;

  // dryRun, importStrategy (CREATE_AND_UPDATE, CREATE, UPDATE, DELETE),
  // atomicMode (ALL, NONE) and the id schemes; a bad value is a BadRequest
  // naming the parameter.
  static Result<ImportOptions> parse(const std::map<std::string, std::string>& params);
};

// The conflict codes (docs/api.md lists them with their meaning).
namespace conflict {
inline constexpr const char* kDataSet = "E7600";          // data set unknown
inline constexpr const char* kDataElement = "E7601";      // data element unknown or unmapped
inline constexpr const char* kOrgUnit = "E7602";          // unit unknown or unmapped
inline constexpr const char* kOption = "E7603";           // category option (combo) unknown or not the element's
inline constexpr const char* kAttributeOption = "E7604";  // attribute option combo other than default
inline constexpr const char* kPeriod = "E7605";           // period not valid
inline constexpr const char* kPeriodType = "E7606";       // period the data set does not use, element not in it
inline constexpr const char* kScope = "E7607";            // unit outside what the account may write
inline constexpr const char* kLocked = "E7608";           // period locked by an approved report
inline constexpr const char* kValueType = "E7609";        // value not of the element's type
inline constexpr const char* kRule = "E7610";             // refused by a validation rule or another check
}  // namespace conflict

struct ImportConflict {
  std::string object;      // the identifier or value concerned, as written
  std::string value;       // what is wrong, in Vietnamese
  std::string error_code;  // conflict::k…
  std::string property;    // "dataElement", "orgUnit", "period", "value", …
  std::vector<size_t> indexes;
};

struct ImportSummary {
  std::string status;  // "SUCCESS", "WARNING" (some values refused), "ERROR" (nothing saved)
  bool dry_run = false;
  int imported = 0, updated = 0, ignored = 0, deleted = 0;
  std::vector<ImportConflict> conflicts;  // one per code and object, with every index
  std::vector<size_t> rejected;           // indexes of the values not saved for a conflict
  size_t total = 0;
  std::string description() const;  // one Vietnamese sentence
  nlohmann::json to_json() const;
};

// Told how many values of the file have been checked, now and then (every
// 10,000) and once more when all are saved: a progress bar's feed.
using ImportProgress = std::function<void(size_t checked, size_t total)>;

class ValueImport {
 public:
  ValueImport(storage::Store& store, Analytics& analytics, DataValues& values, const Clock& clock)
      : store_(store), analytics_(analytics), values_(values), clock_(clock) {}

  // A file that cannot be read is an error (nothing is written); otherwise
  // the summary, whose status says what was saved.
  Result<ImportSummary> run(const Actor& a, std::string_view bytes, documents::ExchangeFormat format,
                            const ImportOptions& options, const ImportProgress& progress = {});

 private:
  storage::Store& store_;
  Analytics& analytics_;
  DataValues& values_;
  const Clock& clock_;
};

}  // namespace bd::app
