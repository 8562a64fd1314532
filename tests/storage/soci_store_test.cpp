// Contract: transactions, migrations, ping and backup on both engines.
#include <atomic>
#include <filesystem>
#include <thread>

#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class StoreBasics : public EngineTest {};

TEST_P(StoreBasics, MigrateIsIdempotentAndVersioned) {
  EXPECT_EQ(store_->schema_version(), storage::latest_schema_version());
  EXPECT_TRUE(store_->migrate().ok());
  EXPECT_EQ(store_->schema_version(), storage::latest_schema_version());
  EXPECT_TRUE(store_->ping());
}

TEST_P(StoreBasics, AnErrorRollsBackEverything) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  Status st = store_->write([&](storage::Tx& tx) -> Status {
    OrgUnit u;
    u.code = "HALF";
    u.name = "Nửa chừng";
    u.parent_id = root.id;
    tx.insert_org(u);
    return Error::Validation("dừng lại");
  });
  EXPECT_EQ(st.error().code, ErrorCode::kValidation);
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.org_by_code("HALF")); });
}

TEST_P(StoreBasics, AnExceptionRollsBackAndBecomesInternal) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  Status st = store_->write([&](storage::Tx& tx) -> Status {
    OrgUnit u;
    u.code = "BOOM";
    u.name = "x";
    u.parent_id = root.id;
    tx.insert_org(u);
    throw std::runtime_error("mất điện");
  });
  EXPECT_EQ(st.error().code, ErrorCode::kInternal);
  read([&](storage::Tx& tx) { EXPECT_FALSE(tx.org_by_code("BOOM")); });
}

TEST_P(StoreBasics, ConcurrentWritersAllCommit) {
  OrgUnit root = add_org("ROOT", std::nullopt);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) {
        Status st = store_->write([&](storage::Tx& tx) {
          OrgUnit u;
          u.code = "T" + std::to_string(t) + "-" + std::to_string(i);
          u.name = u.code;
          u.parent_id = root.id;
          tx.insert_org(u);
          return Status::Ok();
        });
        if (!st.ok()) ++failures;
      }
    });
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.count_orgs(), 41); });
}

TEST_P(StoreBasics, BackupCopiesSqliteAndExplainsPgDump) {
  add_org("ROOT", std::nullopt);
  const std::string out = dir_->path() + "/backup.db";
  Status st = store_->backup_to(out);
  if (GetParam() == "postgresql") {
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.error().message.find("pg_dump"), std::string::npos);
    return;
  }
  ASSERT_TRUE(st.ok()) << st.error().message;
  auto copy = storage::Store::open("sqlite:" + out);
  ASSERT_TRUE(copy.ok());
  Status r = (*copy)->read([](storage::Tx& tx) {
    EXPECT_TRUE(tx.org_by_code("ROOT"));
    return Status::Ok();
  });
  EXPECT_TRUE(r.ok());
}

BD_ENGINES(StoreBasics);

TEST(StoreOpen, BadUrlsAreRefusedWithAReason) {
  auto r = storage::Store::open("mysql://x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  auto pg = storage::Store::open("postgresql://nobody@127.0.0.1:1/none");
  ASSERT_FALSE(pg.ok());
  EXPECT_EQ(pg.error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace bd::test
