// The audit trail, and notices to other server nodes.
// One of the repository interfaces that a transaction (storage/tx.h) offers;
// implemented for both engines in storage/soci_tx_audit.cpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/audit.h"

namespace bd::storage {

class AuditRepo {
 public:
  virtual ~AuditRepo() = default;

  // Tells other server nodes, once this transaction commits, that something
  // changed (PostgreSQL NOTIFY; nothing on SQLite, which has one node).
  virtual void notify(std::string_view payload) = 0;
  // The same for many notices, in order, 500 to a statement (a large import
  // touches tens of thousands of units and periods).
  virtual void notify_all(const std::vector<std::string>& payloads) = 0;

  // Audit.
  virtual void add_audit(const AuditEntry& e) = 0;
  // Many records, in order, with a few multi-row statements.
  virtual void add_audits(const std::vector<AuditEntry>& entries) = 0;
  virtual std::vector<AuditEntry> audit_for(std::string_view entity, std::string_view key) = 0;
  virtual int64_t count_audit() = 0;
};

}  // namespace bd::storage
