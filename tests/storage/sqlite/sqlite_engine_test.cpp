// SQLite specifics: a file in WAL mode that others can read while one writes.
#include <filesystem>

#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

TEST(SqliteEngine, CreatesTheFileInWalMode) {
  TempDir dir;
  auto s = storage::Store::open("sqlite:" + dir.path() + "/w.db");
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE((*s)->migrate().ok());
  EXPECT_TRUE(std::filesystem::exists(dir.path() + "/w.db"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() + "/w.db-wal"));
}

TEST(SqliteEngine, ReadersAreNotBlockedByAnOpenWriter) {
  TempDir dir;
  auto s = storage::Store::open("sqlite:" + dir.path() + "/r.db");
  ASSERT_TRUE(s.ok());
  auto& store = **s;
  ASSERT_TRUE(store.migrate().ok());
  Status w = store.write([&](storage::Tx& tx) {
    OrgUnit u;
    u.code = "ROOT";
    u.name = "Gốc";
    tx.insert_org(u);
    // While this write is open, a reader on another connection still answers.
    Status r = store.read([](storage::Tx& rtx) {
      EXPECT_FALSE(rtx.org_by_code("ROOT"));  // not committed yet
      return Status::Ok();
    });
    EXPECT_TRUE(r.ok());
    return Status::Ok();
  });
  EXPECT_TRUE(w.ok());
}

}  // namespace
}  // namespace bd::test
