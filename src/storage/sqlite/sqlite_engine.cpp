// SQLite: one file, WAL (readers never wait for the writer), foreign keys on.
#include <soci/sqlite3/soci-sqlite3.h>

#include "storage/engine.h"

namespace bd::storage {

std::unique_ptr<soci::connection_pool> open_sqlite_pool(const std::string& path, const StoreOptions& options) {
  auto pool = std::make_unique<soci::connection_pool>(options.pool_size);
  const int timeout_s = std::max(1, options.busy_timeout_ms / 1000);
  for (int i = 0; i < options.pool_size; ++i) {
    soci::session& s = pool->at(i);
    s.open(*soci::factory_sqlite3(), "db=\"" + path + "\" timeout=" + std::to_string(timeout_s));
    if (i == 0) s << "PRAGMA journal_mode=WAL";
    s << "PRAGMA foreign_keys=ON";
    s << "PRAGMA synchronous=NORMAL";
    s << "PRAGMA busy_timeout=" + std::to_string(options.busy_timeout_ms);
  }
  return pool;
}

EngineSetup sqlite_setup() {
  // BEGIN IMMEDIATE takes the write lock up front, so two writers queue on
  // busy_timeout instead of failing when a read lock would be upgraded.
  return {Engine::kSqlite, Dialect{"INTEGER PRIMARY KEY", ""}, "BEGIN", "BEGIN IMMEDIATE"};
}

}  // namespace bd::storage
