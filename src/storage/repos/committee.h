// The committee's members over terms, and the commendations register.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_committee.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/registry.h"

namespace bd::storage {

class CommitteeRepo {
 public:
  virtual ~CommitteeRepo() = default;

  // Committee members: every term of the unit (term_start, then role order).
  virtual std::vector<CommitteeMember> committee_of(int64_t org_id) = 0;
  virtual std::optional<CommitteeMember> committee_member(int64_t id) = 0;
  virtual void insert_committee_member(CommitteeMember& m) = 0;  // sets m.id
  virtual void update_committee_member(const CommitteeMember& m) = 0;

  // Commendations in a unit's register, newest decision first.
  virtual std::vector<Commendation> commendations_of(int64_t org_id) = 0;
  virtual std::optional<Commendation> commendation(int64_t id) = 0;
  virtual void insert_commendation(Commendation& c) = 0;  // sets c.id
  virtual void update_commendation(const Commendation& c) = 0;
  virtual void delete_commendation(int64_t id) = 0;
};

}  // namespace bd::storage
