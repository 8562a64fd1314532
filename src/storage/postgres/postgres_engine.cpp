// PostgreSQL: the engine for national scale; the URI goes to libpq as is.
#include <soci/postgresql/soci-postgresql.h>

#include "storage/engine.h"

namespace bd::storage {

std::unique_ptr<soci::connection_pool> open_postgres_pool(const std::string& uri, const StoreOptions& options) {
  auto pool = std::make_unique<soci::connection_pool>(options.pool_size);
  for (int i = 0; i < options.pool_size; ++i) {
    soci::session& s = pool->at(i);
    s.open(*soci::factory_postgresql(), uri);
    s << "SET client_min_messages TO WARNING";
  }
  return pool;
}

EngineSetup postgres_setup() {
  return {Engine::kPostgres, Dialect{"BIGSERIAL PRIMARY KEY", " text_pattern_ops"}, "BEGIN", "BEGIN"};
}

}  // namespace bd::storage
