// The benchmark database on PostgreSQL (bench_postgres.cpp): a schema of
// its own per run (dropped by the destructor), unlogged values loaded with
// COPY and read back with COPY exactly, and a clear refusal when the server
// cannot be reached. Needs BINHDANG_TEST_PG except for the refusal.
#include <gtest/gtest.h>
#include <libpq-fe.h>

#include "storage/bench_dataset.h"

namespace bd::test {
namespace {

using storage::BenchDb;
using storage::BenchValue;

// One number from the test database, on a connection of its own.
int64_t pg_number(const std::string& sql) {
  PGconn* c = PQconnectdb(postgres_url().c_str());
  int64_t n = -1;
  if (PQstatus(c) == CONNECTION_OK) {
    PGresult* r = PQexec(c, sql.c_str());
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1) n = std::strtoll(PQgetvalue(r, 0, 0), nullptr, 10);
    else ADD_FAILURE() << sql << ": " << PQerrorMessage(c);
    PQclear(r);
  } else {
    ADD_FAILURE() << PQerrorMessage(c);
  }
  PQfinish(c);
  return n;
}

const char* kBenchSchemas = "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name LIKE 'bd\\_bench\\_%'";

class BenchPostgres : public ::testing::Test {
 protected:
  void SetUp() override {
    if (postgres_url().empty()) GTEST_SKIP() << "BINHDANG_TEST_PG not set (make test sets it)";
  }
};

TEST(BenchPostgresRefusal, AServerThatIsNotThereIsABadRequest) {
  auto db = BenchDb::create_postgres("postgresql://nobody@127.0.0.1:1/khong_co?connect_timeout=2");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.error().code, ErrorCode::kBadRequest);
  const std::string& m = db.error().message;
  EXPECT_NE(m.find("Không kết nối được PostgreSQL"), std::string::npos) << m;
  EXPECT_EQ(m.find('\n'), std::string::npos) << "one line: " << m;
  EXPECT_NE(m.back(), ' ');
}

TEST_F(BenchPostgres, ASchemaOfItsOwnDroppedAtTheEnd) {
  const int64_t before = pg_number(kBenchSchemas);
  {
    auto a = BenchDb::create_postgres(postgres_url());
    auto b = BenchDb::create_postgres(postgres_url());
    ASSERT_TRUE(a.ok()) << a.error().message;
    ASSERT_TRUE(b.ok()) << b.error().message;
    EXPECT_STREQ((*a)->engine_name(), "postgresql");
    EXPECT_EQ(pg_number(kBenchSchemas), before + 2) << "one schema each";
    // Both load the same table names without colliding.
    for (auto* db : {a->get(), b->get()}) {
      auto t = db->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values()));
      ASSERT_TRUE(t.ok()) << t.error().message;
      EXPECT_GE(t->rows_s, 0);
      EXPECT_GE(t->index_s, 0);
    }
    EXPECT_EQ(pg_number("SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        " WHERE c.relname = 'bench_values' AND c.relpersistence = 'u'"
                        " AND n.nspname LIKE 'bd\\_bench\\_%'"),
              2)
        << "unlogged";
    EXPECT_EQ(pg_number("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'bench_values_key'"
                        " AND schemaname LIKE 'bd\\_bench\\_%'"),
              2);
    EXPECT_EQ(pg_number("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
                        " AND table_name LIKE 'bench\\_%'"),
              0)
        << "nothing in the public schema";
  }
  EXPECT_EQ(pg_number(kBenchSchemas), before) << "dropped by the destructors";
}

TEST_F(BenchPostgres, CopyReadsBackEveryValueExactly) {
  auto db = BenchDb::create_postgres(postgres_url());
  ASSERT_TRUE(db.ok()) << db.error().message;
  std::vector<BenchValue> values;
  const double awkward[] = {0.1, 1e-7, 12345.678901234567, -3.5, 0.0, 1.0 / 3, 2e15 + 0.5};
  int i = 0;
  for (int64_t e : {10, 20})
    for (int y : {2025, 2026})
      for (int o = 0; o < 2; ++o)
        for (int64_t org : {3, 4, 6})
          for (int h = 1; h <= 2; ++h) values.push_back({e, y, org, o, h, awkward[i++ % 7] * (1 + o)});
  ASSERT_TRUE((*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(values)).ok());
  std::vector<BenchValue> back;
  ASSERT_TRUE((*db)->scan([&](const BenchValue& v) { back.push_back(v); }).ok());
  ASSERT_EQ(back.size(), values.size());
  for (size_t k = 0; k < values.size(); ++k) {
    EXPECT_EQ(back[k].element, values[k].element) << k;
    EXPECT_EQ(back[k].year, values[k].year) << k;
    EXPECT_EQ(back[k].option, values[k].option) << k;
    EXPECT_EQ(back[k].org, values[k].org) << k;
    EXPECT_EQ(back[k].half, values[k].half) << k;
    EXPECT_EQ(back[k].value, values[k].value) << k << ": not a digit lost";
  }
}

TEST_F(BenchPostgres, TheQueriesRunOnPreparedStatementsMoreThanOnce) {
  auto db = BenchDb::create_postgres(postgres_url());
  ASSERT_TRUE(db.ok()) << db.error().message;
  ASSERT_TRUE((*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values())).ok());
  for (int round = 0; round < 3; ++round) {
    auto share = (*db)->children_share(10, 2, 2025);
    ASSERT_TRUE(share.ok()) << share.error().message;
    ASSERT_EQ(share->size(), 2u);
    EXPECT_EQ(share->at(0).k1, 3);
    EXPECT_DOUBLE_EQ(*share->at(0).value, 40.0);
    auto total = (*db)->subtree_total(10, 1, 2025, 1);
    ASSERT_TRUE(total.ok());
    EXPECT_EQ(*total, 48.0);
  }
}

TEST_F(BenchPostgres, LoadErrorsAreReported) {
  auto db = BenchDb::create_postgres(postgres_url());
  ASSERT_TRUE(db.ok()) << db.error().message;
  ASSERT_TRUE((*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values())).ok());
  auto twice = (*db)->load(bench_units(), bench_elements(), bench_terms(), 2025, 2026, bench_source(bench_values()));
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kInternal);
  EXPECT_NE(twice.error().message.find("PostgreSQL"), std::string::npos) << twice.error().message;
}

}  // namespace
}  // namespace bd::test
