// PostgreSQL specifics: concurrent migration by several nodes.
#include <thread>

#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

TEST(PostgresEngine, TwoNodesMigratingAtOnceBothSucceed) {
  const std::string url = postgres_url();
  if (url.empty()) GTEST_SKIP() << "BINHDANG_TEST_PG not set (make test sets it)";
  wipe_postgres(url);
  auto a = storage::Store::open(url), b = storage::Store::open(url);
  ASSERT_TRUE(a.ok() && b.ok());
  Status sa, sb;
  std::thread t1([&] { sa = (*a)->migrate(); });
  std::thread t2([&] { sb = (*b)->migrate(); });
  t1.join();
  t2.join();
  EXPECT_TRUE(sa.ok()) << (sa.ok() ? "" : sa.error().message);
  EXPECT_TRUE(sb.ok()) << (sb.ok() ? "" : sb.error().message);
  EXPECT_EQ((*a)->schema_version(), storage::latest_schema_version());
}

}  // namespace
}  // namespace bd::test

#include "storage/engine.h"

namespace bd::storage {
namespace {

TEST(PostgresKeywords, UriBecomesLibpqKeywords) {
  EXPECT_EQ(postgres_keywords("postgresql://bd@127.0.0.1:5432/binhdang"),
            "user='bd' host='127.0.0.1' port='5432' dbname='binhdang'");
  EXPECT_EQ(postgres_keywords("postgresql://u:p%40ss@db.local/x?sslmode=require"),
            "user='u' password='p@ss' host='db.local' dbname='x' sslmode='require'");
  EXPECT_EQ(postgres_keywords("postgres://[::1]:6000/d"), "host='::1' port='6000' dbname='d'");
  EXPECT_EQ(postgres_keywords("postgresql://o'neil@h/d"), "user='o\\'neil' host='h' dbname='d'");
}

}  // namespace
}  // namespace bd::storage
