// Activities and their evidence files.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_activities.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/activity.h"

namespace bd::storage {

class ActivityRepo {
 public:
  virtual ~ActivityRepo() = default;

  // Activities and their evidence files. Lists are by start date, newest
  // first. `activities_within` takes the activities of every unit whose path
  // lies within `path` overlapping [from, to] (ISO dates; "" leaves a side open).
  virtual std::optional<ActivityRecord> activity_by_id(int64_t id) = 0;
  virtual std::vector<ActivityRecord> activities_of(int64_t org_id, std::string_view from, std::string_view to) = 0;
  virtual std::vector<ActivityRecord> activities_within(std::string_view path, std::string_view from,
                                                        std::string_view to) = 0;
  virtual void insert_activity(ActivityRecord& a) = 0;  // sets a.id
  virtual void update_activity(const ActivityRecord& a) = 0;
  virtual void delete_activity(int64_t id) = 0;  // and its evidence rows
  virtual std::vector<EvidenceRecord> evidence_of(int64_t activity_id) = 0;  // in upload order
  virtual std::optional<EvidenceRecord> evidence_by_id(int64_t id) = 0;
  virtual void insert_evidence(EvidenceRecord& e) = 0;  // sets e.id
  virtual void delete_evidence(int64_t id) = 0;
};

}  // namespace bd::storage
