// PostgreSQL's bulk paths of data_values (the contract tests cover what both
// engines do; here: a COPY abandoned half-way, in either direction, must not
// leave the session in the COPY protocol).
#include "storage/abandoned_bulk.h"
#include "support/temp_db.h"

namespace bd::test {
namespace {

TEST(PostgresValues, AnAbandonedCopyLeavesTheConnectionUsable) {
  const std::string url = postgres_url();
  if (url.empty()) GTEST_SKIP() << "BINHDANG_TEST_PG not set (make test sets it)";
  wipe_postgres(url);
  check_abandoned_bulk_paths(url);
}

}  // namespace
}  // namespace bd::test
