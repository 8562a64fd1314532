// Storage: one set of repository interfaces (storage/tx.h) over SQLite and
// PostgreSQL.
//
// Thread-safety: a Store is shared by all request threads; each read()/write()
// call takes its own connection from a pool. A Tx is used by one thread only,
// inside the callback it was given to.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/tx.h"

namespace bd::storage {

enum class Engine { kSqlite, kPostgres };

// "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB".
struct DbUrl {
  Engine engine = Engine::kSqlite;
  std::string target;  // file path for SQLite, the libpq URI for PostgreSQL
};
Result<DbUrl> parse_db_url(std::string_view url);

struct StoreOptions {
  int pool_size = 8;            // connections; sized above the server's busy threads
  int busy_timeout_ms = 10000;  // SQLite: wait this long for a writer lock
};

// Receives other nodes' change notices until destroyed.
using OnChanges = std::function<void(const std::vector<std::string>& payloads)>;
class ChangeListener {
 public:
  virtual ~ChangeListener() = default;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (and, for SQLite, creates) the database. Does not migrate.
  static Result<std::unique_ptr<Store>> open(std::string_view url, const StoreOptions& options = {});

  virtual Engine engine() const = 0;
  // Creates or upgrades the schema to the newest version; idempotent.
  Status migrate();
  // Upgrades the schema to `version` and no further (tests of an upgrade
  // start from an older schema with data in it).
  virtual Status migrate_to(int version) = 0;
  // The schema version now in the database (0 when empty).
  virtual int schema_version() = 0;
  // True when a trivial query succeeds.
  virtual bool ping() = 0;

  // Writes a consistent copy of the database to `path` (SQLite only; for
  // PostgreSQL the error explains how to use pg_dump).
  virtual Status backup_to(const std::string& path) = 0;

  // Calls `on_changes(payloads)` from a background thread with the notices
  // other nodes send (PostgreSQL LISTEN), in order, as many at a time as
  // have arrived. Returns null on SQLite.
  virtual std::unique_ptr<ChangeListener> listen(OnChanges on_changes) = 0;

  // Runs fn in a read transaction.
  virtual Status read(const std::function<Status(Tx&)>& fn) = 0;
  // Runs fn in a write transaction: commits when fn returns Ok, rolls back
  // when it returns an error or throws. Database errors become kInternal.
  virtual Status write(const std::function<Status(Tx&)>& fn) = 0;

  // Counts the committed writes of this process that changed what an
  // authentication reads: users, the end of sessions and API tokens, a
  // unit's code or path. Raised after the commit, so a reader that noted the
  // count before reading knows, by comparing it again, whether what it read
  // may be stale.
  virtual uint64_t accounts_generation() const = 0;
};

// The newest schema version this build knows.
int latest_schema_version();

}  // namespace bd::storage
