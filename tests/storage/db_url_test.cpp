#include <gtest/gtest.h>

#include "storage/store.h"

namespace bd::storage {
namespace {

TEST(DbUrl, SqliteForms) {
  auto a = parse_db_url("sqlite:data/demo.db");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->engine, Engine::kSqlite);
  EXPECT_EQ(a->target, "data/demo.db");
  EXPECT_EQ(parse_db_url("sqlite:///tmp/x.db")->target, "/tmp/x.db");
  EXPECT_FALSE(parse_db_url("sqlite:").ok());
}

TEST(DbUrl, PostgresKeepsTheUri) {
  auto p = parse_db_url("postgresql://bd@127.0.0.1:5432/binhdang");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->engine, Engine::kPostgres);
  EXPECT_EQ(p->target, "postgresql://bd@127.0.0.1:5432/binhdang");
  EXPECT_TRUE(parse_db_url("postgres://h/db").ok());
  EXPECT_FALSE(parse_db_url("postgresql://a b@h/db").ok());
}

TEST(DbUrl, OtherSchemesAreRefusedInVietnamese) {
  auto r = parse_db_url("mysql://x");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "db");
  EXPECT_NE(r.error().message.find("sqlite:"), std::string::npos);
}

}  // namespace
}  // namespace bd::storage
