// Exporting stored values as a data value set in any exchange format
// (documents/value_sets.h): the values of some data sets, for periods or a
// date range, of a unit or its whole subtree, named in the id schemes asked
// for. Written to a stream one unit at a time, so the memory used stays the
// same however large the output. Usernames (storedBy) are not handed out.
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/interop/id_schemes.h"
#include "documents/value_sets.h"

namespace bd::app {

struct ExportQuery {
  std::vector<std::string> data_sets;  // as the data set id scheme names them
  std::vector<std::string> periods;    // our codes; or else
  std::optional<Date> start, end;      // values whose period lies within
  std::string org_unit;                // as the unit id scheme names it
  bool children = false;               // and every unit below it
  IdSchemes schemes;

  // dataSet (one or more, comma-separated), period (idem), startDate,
  // endDate, orgUnit, children and the id schemes; a BadRequest names what
  // is missing or wrong.
  static Result<ExportQuery> parse(const std::map<std::string, std::string>& params);
};

class ValueExport {
 public:
  ValueExport(storage::Store& store, const Analytics& analytics) : store_(store), analytics_(analytics) {}

  // Everything that can be wrong before the first byte: unknown data sets
  // or unit (404), a unit out of the actor's view (403), items the scheme
  // has no identifier for (409, never guessed).
  Status check(const Actor& a, const ExportQuery& q);
  // Writes the set (check first); returns how many values were written.
  Result<size_t> write(const Actor& a, const ExportQuery& q, documents::ExchangeFormat format, std::ostream& out,
                       const std::string& exported_at);

 private:
  storage::Store& store_;
  const Analytics& analytics_;
};

}  // namespace bd::app
