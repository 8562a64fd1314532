// Data values and the locks approved reports put on them.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_values.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog.h"

namespace bd::storage {

// One stored number as the analytics engine loads it. The text fields point
// into the engine's row buffer: valid only during the callback.
struct ValueRow {
  int64_t element_id = 0;
  int64_t org_id = 0;
  std::string_view option;
  std::string_view period;
  double number = 0;
};

// Feeds a bulk load: appends values to `batch` (emptied before each call) and
// returns false when it has no more after these.
using ValueBatches = std::function<bool(std::vector<StoredValue>& batch)>;

// Values the caller found not stored, written as they are made
// (ValueRepo::new_values).
class NewValues {
 public:
  virtual ~NewValues() = default;
  // `v` must live until finish().
  virtual void add(const StoredValue& v) = 0;
  // Writes what is not written yet. Errors throw as a statement's do.
  virtual void finish() = 0;
};

class ValueRepo {
 public:
  virtual ~ValueRepo() = default;

  // Data values (one option of one element for a unit and period).
  virtual std::vector<StoredValue> values_of(int64_t org_id, std::string_view period) = 0;
  // The values of many units for one period, by unit, element and option:
  // a few statements for a whole province instead of one per unit (what a
  // large batch is about to replace).
  virtual std::vector<StoredValue> values_of_units(const std::vector<int64_t>& org_ids, std::string_view period) = 0;
  // Every value of one unit, by period, element and option (an export reads
  // a subtree one unit at a time, in constant memory).
  virtual std::vector<StoredValue> values_of_unit(int64_t org_id) = 0;
  virtual std::optional<StoredValue> value_at(int64_t element_id, std::string_view option, int64_t org_id,
                                              std::string_view period) = 0;
  virtual void put_value(const StoredValue& v) = 0;  // insert or replace
  // Inserts or replaces many values with a few multi-row statements (one per
  // few hundred values); a key given twice keeps its last value.
  virtual void put_values(const std::vector<StoredValue>& values) = 0;
  // Writes values the caller found not stored (none given twice), with the
  // same result as put_values but faster for new values: PostgreSQL copies
  // a large batch straight into the table instead of through a staging
  // table. Should another writer have stored one of the keys meanwhile
  // (PostgreSQL does not queue writers), the batch is upserted instead.
  virtual void insert_values(const std::vector<const StoredValue*>& rows) = 0;
  // insert_values for values made one at a time, `expected` of them at
  // most. For a large batch (kCopyRows or more) PostgreSQL copies each as it
  // is added, so the server writes while the caller makes the next. Added
  // in the primary key's order (unit, period, element, option), they fill
  // the index page after page. No other statement may run in the
  // transaction from the first add to finish.
  virtual std::unique_ptr<NewValues> new_values(size_t expected) = 0;
  virtual void delete_value(int64_t element_id, std::string_view option, int64_t org_id, std::string_view period) = 0;
  // Every stored value, as full records.
  virtual void for_each_value(const std::function<void(const StoredValue&)>& fn) = 0;
  // Every stored number (rows without one are skipped), in storage order,
  // for loading the analytics engine: typed columns read in bulk, no
  // allocation per row (SQLite: its C API; PostgreSQL: COPY … TO STDOUT).
  virtual void scan_values(const std::function<void(const ValueRow&)>& fn) = 0;
  // A bulk load: inserts every value `next` gives, in batches, and returns
  // how many (PostgreSQL: one COPY; SQLite: one prepared INSERT, reused).
  // REQUIRES: none of the keys is stored already or given twice; otherwise
  // the load fails and the transaction must be rolled back.
  virtual int64_t append_values(const ValueBatches& next) = 0;
  // Approved reports lock a unit's values for a period.
  virtual bool is_locked(int64_t org_id, std::string_view period) = 0;
  // Which of `org_ids` have their values for `period` locked, ascending: a
  // few statements however many units are asked about.
  virtual std::vector<int64_t> locked_among(const std::vector<int64_t>& org_ids, std::string_view period) = 0;
  virtual void set_locked(int64_t org_id, std::string_view period, bool locked) = 0;
  // Locks many (unit, period) pairs with a few multi-row statements (those
  // locked already stay so).
  virtual void add_locks(const std::vector<std::pair<int64_t, std::string>>& locks) = 0;
};

}  // namespace bd::storage
