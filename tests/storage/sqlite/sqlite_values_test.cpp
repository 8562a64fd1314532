// SQLite's bulk paths of data_values (the contract tests cover what both
// engines do; here: a load or scan abandoned half-way).
#include "storage/abandoned_bulk.h"
#include "support/temp_db.h"

namespace bd::test {
namespace {

TEST(SqliteValues, AnAbandonedLoadOrScanLeavesTheConnectionUsable) {
  TempDir dir;
  check_abandoned_bulk_paths("sqlite:" + dir.path() + "/bulk.db");
}

}  // namespace
}  // namespace bd::test
