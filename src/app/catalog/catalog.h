// Use cases for the catalog: data elements, data sets, indicators, targets.
// Reading is open to every user; changing needs a manager or admin. The
// built-in catalog is loaded by initialize().
#pragma once

#include <string>
#include <vector>

#include "app/analytics/analytics.h"
#include "app/context.h"
#include "storage/store.h"

namespace bd::app {

struct ElementInput {
  std::string code, name, name_en, value_type, aggregation;
  bool by_sex = false;
};

struct IndicatorInput {
  std::string code, name, name_en, expression, unit, description;
};

struct TargetInput {
  std::string code, name, indicator, comparator, when, org, applies_to;
  double value = 0;
  int year = 0;
};

class Catalog {
 public:
  Catalog(storage::Store& store, Analytics& analytics, const Clock& clock)
      : store_(store), analytics_(analytics), clock_(clock) {}

  Result<std::vector<DataElement>> elements(const Actor& a);
  Result<std::vector<DataSet>> data_sets(const Actor& a);
  Result<std::vector<IndicatorDef>> indicators(const Actor& a);
  Result<std::vector<TargetDef>> targets(const Actor& a);  // of units the actor can see
  Result<DataElement> create_element(const Actor& a, const ElementInput& in);
  // Rejects an expression that does not compile (with the position) or that
  // names an unknown data element.
  Result<IndicatorDef> create_indicator(const Actor& a, const IndicatorInput& in);
  Result<TargetDef> create_target(const Actor& a, const TargetInput& in);
  // Declares the elements of a data set that must be filled before a school's
  // report is submitted (submission_check.h); each must be in the form. An
  // empty list requires nothing.
  Result<DataSet> set_required(const Actor& a, const std::string& data_set, std::vector<std::string> elements);

 private:
  storage::Store& store_;
  Analytics& analytics_;
  const Clock& clock_;
};

// Loads the built-in catalog (idempotent: upserts by code) with targets on
// the root unit.
Status load_builtin_catalog(storage::Store& store, int64_t now);

}  // namespace bd::app
