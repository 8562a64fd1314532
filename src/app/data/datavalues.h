// Use cases for data values: entering a batch (all or nothing, every problem
// listed, audited with old and new values, refused on locked periods) and
// reading a unit's values for a period.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "storage/store.h"

namespace bd::app {

struct ValueInput {
  std::string element;
  std::string option;               // "female"/"male" for by-sex elements, else ""
  std::string org;                  // unit code
  std::string period;               // DHIS2 code
  std::optional<std::string> value; // as typed; nullopt or "" erases
  // A number that came as a number (JSON, a numeric spreadsheet cell): it is
  // taken as it is and never read as text. `value` then holds its text, for
  // text elements and messages.
  std::optional<double> number;
};

struct ValueView {
  std::string element, option, org, period;
  std::optional<double> number;
  std::string text;
};

// What a batch does with each value (the exchange formats' importStrategy):
// write it whether stored or not, only new ones, only stored ones, or erase
// the values named whatever they hold.
enum class SaveStrategy { kCreateAndUpdate, kCreate, kUpdate, kDelete };

// What a batch did, value by value: new, changed, left as they were (the
// same value, or skipped by the strategy), erased; and what the engine is
// to be told after the commit.
struct SaveOutcome {
  int imported = 0, updated = 0, ignored = 0, deleted = 0;
  std::vector<StoredValue> written, erased;
  int changed() const { return imported + updated + deleted; }
};

inline constexpr size_t kMaxValueBatch = 50000;

class DataValues {
 public:
  DataValues(storage::Store& store, Analytics& analytics, const Clock& clock)
      : store_(store), analytics_(analytics), clock_(clock) {}

  // Validates every value, then writes all of them in one transaction and
  // updates the engine. Returns how many values changed.
  Result<int> save(const Actor& a, const std::vector<ValueInput>& values);
  // The same checks and writes inside a write transaction the caller holds
  // (an import that is all or nothing with other work). Nothing is written
  // unless every value passes; an error's details name "values[i]". After the
  // commit, hand `out` to applied().
  Status save_in(storage::Tx& tx, const Actor& a, const std::vector<ValueInput>& values, SaveStrategy strategy,
                 SaveOutcome& out, size_t max_values = kMaxValueBatch);
  void applied(const SaveOutcome& out) { analytics_.apply(out.written, out.erased); }
  Result<std::vector<ValueView>> get(const Actor& a, const std::string& org, const std::string& period);
  // Whether the unit's figures for the period are locked by an approved
  // report (saving them would be refused).
  Result<bool> locked(const Actor& a, const std::string& org, const std::string& period);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  const Clock& clock_;
};

// Which of the (unit id, period code) pairs have their values locked by an
// approved report: a few statements a period, however many units.
std::set<std::pair<int64_t, std::string>> locked_cells(storage::Tx& tx,
                                                       const std::vector<std::pair<int64_t, std::string>>& cells);

// Parses a value typed for an element of `type`, the Vietnamese way
// (core/numbers.h): counts are whole numbers ≥ 0 ("1.234", "1 234"),
// numbers take a decimal comma ("2,5"), booleans "true/false/1/0/có/không".
// Returns the number, or an error message.
Result<double> parse_value(ValueType type, const std::string& text);
// Checks a number that came as a number against the element's type.
Result<double> check_value(ValueType type, double v);

}  // namespace bd::app
