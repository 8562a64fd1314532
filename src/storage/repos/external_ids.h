// Identifiers of our data elements, category options, units and data sets in
// another system (a DHIS2 instance, say): one per item and named external
// system, unique within the system and kind. The exchange formats use them
// for the `attribute:NAME` id schemes (app/interop/).
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_external_ids.cpp.
#pragma once

#include <string>
#include <vector>

namespace bd::storage {

struct ExternalId {
  std::string system;    // "DHIS2-TINH"
  std::string kind;      // "dataElement", "categoryOption", "category", "orgUnit", "dataSet"
  std::string code;      // ours
  std::string external;  // theirs
};

class ExternalIdRepo {
 public:
  virtual ~ExternalIdRepo() = default;

  // Every mapping of one system (all kinds), by kind and code.
  virtual std::vector<ExternalId> external_ids(const std::string& system) = 0;
  // The systems that have at least one mapping, by name.
  virtual std::vector<std::string> external_systems() = 0;
  // Inserts or replaces the mapping of (system, kind, code).
  virtual void put_external_id(const ExternalId& id) = 0;
  virtual void delete_external_id(const std::string& system, const std::string& kind, const std::string& code) = 0;
};

}  // namespace bd::storage
