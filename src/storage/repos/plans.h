// Plans.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_plans.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/plan.h"

namespace bd::storage {

class PlanRepo {
 public:
  virtual ~PlanRepo() = default;

  // Plans. insert/update write every field; numbers are unique per unit and year.
  virtual std::optional<PlanRecord> plan_by_id(int64_t id) = 0;
  virtual std::vector<PlanRecord> plans_of(int64_t org_id) = 0;          // newest first
  virtual std::vector<PlanRecord> plans_implementing(int64_t plan_id) = 0;
  virtual void insert_plan(PlanRecord& p) = 0;                           // sets p.id
  virtual void update_plan(const PlanRecord& p) = 0;
  virtual int max_plan_number(int64_t org_id, int year) = 0;
};

}  // namespace bd::storage
