// The catalog: data elements, data sets, validation rules, indicators, targets.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_catalog.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"
#include "core/indicator.h"

namespace bd::storage {

class CatalogRepo {
 public:
  virtual ~CatalogRepo() = default;

  // Catalog: upserts are by code and set the id.
  virtual std::vector<DataElement> data_elements() = 0;
  virtual void upsert_data_element(DataElement& e) = 0;
  virtual std::vector<DataSet> data_sets() = 0;
  virtual void upsert_data_set(DataSet& s) = 0;
  virtual std::vector<ValidationRule> validation_rules() = 0;
  virtual void upsert_validation_rule(const ValidationRule& r) = 0;
  virtual std::vector<IndicatorDef> indicators() = 0;
  virtual void upsert_indicator(IndicatorDef& i) = 0;
  virtual std::vector<TargetDef> targets() = 0;  // with indicator_code filled
  virtual void upsert_target(TargetDef& t) = 0;
};

}  // namespace bd::storage
