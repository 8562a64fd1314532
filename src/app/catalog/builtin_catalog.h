// The catalog that `init` loads: data elements, data sets, validation rules,
// indicators and targets for every target of the seed plans (DOMAIN.md,
// "Targets found in the seeds"), plus gender parity indicators.
#pragma once

#include <vector>

#include "core/catalog.h"
#include "core/indicator.h"

namespace bd::app {

struct BuiltinTarget {
  TargetDef def;
  const char* indicator;  // code
};

const std::vector<DataElement>& builtin_elements();
const std::vector<DataSet>& builtin_data_sets();
const std::vector<ValidationRule>& builtin_rules();
const std::vector<IndicatorDef>& builtin_indicators();
// Targets belong to the root unit; org_id is set when loaded.
const std::vector<BuiltinTarget>& builtin_targets();

}  // namespace bd::app
