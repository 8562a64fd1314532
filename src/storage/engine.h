// What differs between the two engines, gathered in one place. Each engine's
// folder (sqlite/, postgres/) provides one EngineSetup.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <soci/soci.h>

#include "core/result.h"
#include "storage/migrations.h"
#include "core/audit.h"
#include "storage/store.h"

namespace bd::storage {

struct EngineSetup {
  Engine engine;
  Dialect dialect;
  std::string begin_read;   // statement opening a read transaction
  std::string begin_write;  // statement opening a write transaction
};

// Opens `options.pool_size` connections. Throws soci::soci_error on failure.
// The first call sets SQLite's threading and memory-statistics options.
std::unique_ptr<soci::connection_pool> open_sqlite_pool(const std::string& path, const StoreOptions& options);
std::unique_ptr<soci::connection_pool> open_postgres_pool(const std::string& uri, const StoreOptions& options);
EngineSetup sqlite_setup();
// True when SQLite runs without its per-connection and allocation locks
// (set before its first connection; see sqlite_engine.cpp).
bool sqlite_configured();
// "postgresql://u:p@h:5432/db?sslmode=disable" → "user='u' password='p' host='h' port='5432' dbname='db' sslmode='disable'"
std::string postgres_keywords(const std::string& uri);
// A LISTEN loop on its own libpq connection (postgres/pg_listener.cpp).
// Notices that `own_node` sent are skipped (its Store has applied them
// already); the others reach `on_changes` without their node tag, all
// those that have arrived at once.
std::unique_ptr<ChangeListener> listen_postgres(const std::string& uri, OnChanges on_changes,
                                                std::string own_node = {});
// A notice as sent on channel binhdang_changes: "@NODE PAYLOAD", so that the
// node that sent it can tell it from the others' (postgres/pg_listener.cpp).
std::string tag_notice(std::string_view node, std::string_view payload);
// The payload of `notice`, or nullopt when `own_node` sent it. A notice
// without a tag (sent by hand with psql, say) is passed on whole.
std::optional<std::string_view> notice_payload(std::string_view notice, std::string_view own_node);
// A fresh random name for this process's Store: 16 hexadecimal digits.
std::string new_node_name();
EngineSetup postgres_setup();

// The data_values table's bulk paths, on the session's own connection and
// inside its open transaction (ValueRepo::scan_values, append_values).
// Errors throw soci::soci_error. sqlite/sqlite_values.cpp:
void sqlite_scan_values(soci::session& sql, const std::function<void(const ValueRow&)>& fn);
int64_t sqlite_append_values(soci::session& sql, const ValueBatches& next);
// A batch's upserts and audit records, one reused statement each (a
// statement compiled per row costs more than the row: docs/benchmarks.md).
void sqlite_put_values(soci::session& sql, const std::vector<const StoredValue*>& rows);
void sqlite_add_audits(soci::session& sql, const std::vector<AuditEntry>& entries);
// postgres/postgres_values.cpp:
void postgres_scan_values(soci::session& sql, const std::function<void(const ValueRow&)>& fn);
int64_t postgres_append_values(soci::session& sql, const ValueBatches& next);
// A large batch's upserts (COPY into a temporary table, then one INSERT …
// ON CONFLICT) and audit records (COPY); smaller ones use multi-row
// statements (kCopyRows).
inline constexpr size_t kCopyRows = 2000;
void postgres_put_values(soci::session& sql, const std::vector<const StoredValue*>& rows);
// Values found not stored: each copied straight into data_values as it is
// added, inside a savepoint; if another writer stored one of them
// meanwhile, back to the savepoint and postgres_put_values at finish.
std::unique_ptr<NewValues> postgres_new_values(soci::session& sql, size_t expected);
void postgres_add_audits(soci::session& sql, const std::vector<AuditEntry>& entries);

}  // namespace bd::storage
