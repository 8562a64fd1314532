// The identifiers another system gives our items (storage/repos/
// external_ids.h), kept per named system: listed by anyone signed in,
// changed by an administrator (a unit's by a manager above it too), one
// batch all or nothing and audited. A CSV of kind,code,external rows loads
// many at once; an empty external identifier removes the mapping.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "storage/store.h"

namespace bd::app {

struct ExternalIdInput {
  std::string kind, code, external;
};

class ExternalIds {
 public:
  ExternalIds(storage::Store& store, const Analytics& analytics, const Clock& clock)
      : store_(store), analytics_(analytics), clock_(clock) {}

  Result<std::vector<std::string>> systems(const Actor& a);
  Result<std::vector<storage::ExternalId>> list(const Actor& a, const std::string& system);
  // Checks every row (kind, our code exists, the identifier is free), then
  // writes them all; returns how many changed.
  Result<int> put(const Actor& a, const std::string& system, const std::vector<ExternalIdInput>& rows);
  // Rows "kind,code,external" (a header row whose first field is "kind" is
  // skipped); errors name the line.
  static Result<std::vector<ExternalIdInput>> parse_csv(std::string_view bytes);

 private:
  storage::Store& store_;
  const Analytics& analytics_;
  const Clock& clock_;
};

}  // namespace bd::app
