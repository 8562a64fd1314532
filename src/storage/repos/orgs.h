// Org units and their parents over time.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_orgs.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/org.h"

namespace bd::storage {

// A unit's parent over a span of dates (the reform keeps who belonged where).
// The governing-body history uses the same spans, parent_id then being the
// governing body.
struct ParentSpan {
  std::optional<int64_t> parent_id;
  std::string valid_from;  // ISO date
  std::string valid_to;    // ISO date, "" while current
};

// One row of the parent history, with its unit.
struct UnitSpan {
  int64_t unit_id = 0;
  ParentSpan span;
};

class OrgRepo {
 public:
  virtual ~OrgRepo() = default;

  // Org units. Lists are ordered by path (depth-first by id).
  virtual std::optional<OrgUnit> org_by_code(std::string_view code) = 0;
  virtual std::optional<OrgUnit> org_by_id(int64_t id) = 0;
  // The units of these codes, in no order, codes of no unit left out: one
  // statement for every 500 codes (an import names thousands of units, which
  // would otherwise be a round trip each).
  virtual std::vector<OrgUnit> orgs_by_codes(const std::vector<std::string>& codes) = 0;
  virtual std::vector<OrgUnit> orgs_within(std::string_view path) = 0;
  virtual std::vector<OrgUnit> org_children(int64_t parent_id) = 0;
  virtual std::vector<OrgUnit> org_roots() = 0;
  virtual int64_t count_orgs() = 0;
  // Inserts and sets unit.id and unit.path from the parent's path.
  virtual void insert_org(OrgUnit& unit) = 0;
  // A bulk load: inserts many units with statements prepared once, setting
  // each one's id and path, and opens each one's parent span from its
  // `opened` date. REQUIRES: every parent_id is stored already (load a tree
  // level by level).
  virtual void insert_orgs(std::vector<OrgUnit>& units) = 0;
  // Updates every field but id and path.
  virtual void update_org(const OrgUnit& unit) = 0;
  // Rewrites the paths of a subtree from old_prefix to new_prefix.
  virtual void move_subtree(std::string_view old_prefix, std::string_view new_prefix) = 0;
  virtual void add_parent_span(int64_t unit_id, const ParentSpan& span) = 0;
  // Ends the open span on `valid_to`; one that began later is then held from
  // before the records (valid_from "").
  virtual void end_parent_span(int64_t unit_id, std::string_view valid_to) = 0;
  virtual std::vector<ParentSpan> parent_history(int64_t unit_id) = 0;
  // Every unit's history, by unit id and then in the order written.
  virtual std::vector<UnitSpan> parent_spans() = 0;
  // The governing body over time (org_governor_history): a span while a unit
  // has one; none while its parent governs it. insert_orgs opens each given
  // one from before the records (valid_from "").
  virtual void add_governor_span(int64_t unit_id, const ParentSpan& span) = 0;
  virtual void end_governor_span(int64_t unit_id, std::string_view valid_to) = 0;
  virtual std::vector<ParentSpan> governor_history(int64_t unit_id) = 0;
  virtual std::vector<UnitSpan> governor_spans() = 0;
};

}  // namespace bd::storage
