// Data values and the locks approved reports put on them.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_values.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog.h"

namespace bd::storage {

class ValueRepo {
 public:
  virtual ~ValueRepo() = default;

  // Data values (one option of one element for a unit and period).
  virtual std::vector<StoredValue> values_of(int64_t org_id, std::string_view period) = 0;
  virtual std::optional<StoredValue> value_at(int64_t element_id, std::string_view option, int64_t org_id,
                                              std::string_view period) = 0;
  virtual void put_value(const StoredValue& v) = 0;  // insert or replace
  // Inserts or replaces many values with a few multi-row statements (one per
  // few hundred values); a key given twice keeps its last value.
  virtual void put_values(const std::vector<StoredValue>& values) = 0;
  virtual void delete_value(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period) = 0;
  // Every stored value, for loading the analytics engine.
  virtual void for_each_value(const std::function<void(const StoredValue&)>& fn) = 0;
  // Approved reports lock a unit's values for a period.
  virtual bool is_locked(int64_t org_id, std::string_view period) = 0;
  virtual void set_locked(int64_t org_id, std::string_view period, bool locked) = 0;
};

}  // namespace bd::storage
