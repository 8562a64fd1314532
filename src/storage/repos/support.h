// Support services (hotlines, trusted addresses, shelters) and incidents.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_support.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/registry.h"

namespace bd::storage {

class SupportRepo {
 public:
  virtual ~SupportRepo() = default;

  // Support services: the national ones (no unit) and those of `org_ids`.
  virtual std::vector<SupportService> services_for(const std::vector<int64_t>& org_ids) = 0;
  virtual std::optional<SupportService> service(int64_t id) = 0;
  virtual void insert_service(SupportService& s) = 0;  // sets s.id
  virtual void update_service(const SupportService& s) = 0;
  virtual void delete_service(int64_t id) = 0;

  // Incidents of one unit (newest first), and of a subtree over dates.
  virtual std::vector<Incident> incidents_of(int64_t org_id) = 0;
  virtual std::vector<Incident> incidents_within(std::string_view path, std::string_view from,
                                                 std::string_view to) = 0;
  virtual std::optional<Incident> incident(int64_t id) = 0;
  virtual void insert_incident(Incident& i) = 0;  // sets i.id
  virtual void update_incident(const Incident& i) = 0;
};

}  // namespace bd::storage
