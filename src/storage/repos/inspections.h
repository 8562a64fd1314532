// Inspections and their follow-up items.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_inspections.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/registry.h"

namespace bd::storage {

class InspectionRepo {
 public:
  virtual ~InspectionRepo() = default;

  // Inspections, each with its follow-up items (in id order).
  virtual std::optional<Inspection> inspection(int64_t id) = 0;
  virtual std::vector<Inspection> inspections_of(int64_t org_id) = 0;    // of the inspected unit, newest first
  virtual std::vector<Inspection> inspections_by(int64_t by_org_id) = 0;  // done by the unit, newest first
  // Insert sets the ids of the inspection and its items; update writes the
  // inspection, inserts items with id 0, updates the others and deletes
  // the stored items no longer listed.
  virtual void insert_inspection(Inspection& i) = 0;
  virtual void update_inspection(Inspection& i) = 0;
  virtual void update_followup(const FollowUp& f) = 0;
};

}  // namespace bd::storage
