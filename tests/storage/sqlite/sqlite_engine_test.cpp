// SQLite specifics: a file in WAL mode that others can read while one writes.
#include <atomic>
#include <filesystem>
#include <thread>
#include <vector>

#include "storage/engine.h"
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

// SQLite runs without its own locks (each connection is leased to one
// thread at a time): many threads reading and writing through a small pool
// see every write and no error.
TEST(SqliteEngine, RunsWithoutItsOwnLocksAndThreadsShareThePoolSafely) {
  TempDir dir;
  storage::StoreOptions options;
  options.pool_size = 3;
  auto s = storage::Store::open("sqlite:" + dir.path() + "/t.db", options);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE(storage::sqlite_configured());
  auto& store = **s;
  ASSERT_TRUE(store.migrate().ok());
  constexpr int kThreads = 8, kWrites = 40;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < kWrites; ++i) {
        Status w = store.write([&](storage::Tx& tx) {
          OrgUnit u;
          u.code = "U" + std::to_string(t) + "-" + std::to_string(i);
          u.name = "Đơn vị " + u.code;
          tx.insert_org(u);
          return Status::Ok();
        });
        Status r = store.read([&](storage::Tx& tx) {
          return tx.org_by_code("U" + std::to_string(t) + "-" + std::to_string(i)) ? Status::Ok()
                                                                                   : Status(Error::NotFound("lost"));
        });
        if (!w.ok() || !r.ok()) ++failures;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  store.read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.count_orgs(), kThreads * kWrites);
    return Status::Ok();
  });
}

}  // namespace
}  // namespace bd::test
