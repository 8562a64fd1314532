// SQLite: one file, WAL (readers never wait for the writer), foreign keys on.
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/engine.h"

namespace bd::storage {

namespace {

// Set once, before SQLite opens its first connection (it refuses afterwards,
// and then keeps its defaults, which are only slower): at static
// initialisation, so that nothing in the process (a test, a tool) can open
// one first. A connection of the pool is used by one thread at a time
// (soci::connection_pool leases it), so SQLite's lock around every call on a
// connection is not needed (SQLITE_CONFIG_MULTITHREAD), nor its global lock
// around every allocation, taken to keep memory statistics nobody reads
// (SQLITE_CONFIG_MEMSTATUS).
bool configure_sqlite() {
  const bool threads = sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
  const bool memstatus = sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
  return threads && memstatus;
}

const bool kConfigured = configure_sqlite();

}  // namespace

bool sqlite_configured() { return kConfigured; }

std::unique_ptr<soci::connection_pool> open_sqlite_pool(const std::string& path, const StoreOptions& options) {
  auto pool = std::make_unique<soci::connection_pool>(options.pool_size);
  const int timeout_s = std::max(1, options.busy_timeout_ms / 1000);
  for (int i = 0; i < options.pool_size; ++i) {
    soci::session& s = pool->at(i);
    s.open(*soci::factory_sqlite3(), "db=\"" + path + "\" timeout=" + std::to_string(timeout_s));
    if (i == 0) s << "PRAGMA journal_mode=WAL";
    s << "PRAGMA foreign_keys=ON";
    s << "PRAGMA synchronous=NORMAL";
    s << "PRAGMA cache_size=-32768";
    s << "PRAGMA busy_timeout=" + std::to_string(options.busy_timeout_ms);
  }
  return pool;
}

EngineSetup sqlite_setup() {
  // BEGIN IMMEDIATE takes the write lock up front, so two writers queue on
  // busy_timeout instead of failing when a read lock would be upgraded.
  return {Engine::kSqlite, Dialect{"INTEGER PRIMARY KEY", "", "{SQLITE}"}, "BEGIN", "BEGIN IMMEDIATE"};
}

}  // namespace bd::storage
