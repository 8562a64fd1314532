// Reading SOCI rows the same way on both engines (row.cpp): integers of
// every width, text that holds a number, doubles, NULLs with their
// defaults, nullable parameters and query_all. Runs on SQLite, and on
// PostgreSQL when BINHDANG_TEST_PG is set.
#include "storage/row.h"

#include "storage/engine.h"
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

using storage::get_double;
using storage::get_int;
using storage::get_opt_int;
using storage::get_str;

class RowReading : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    storage::StoreOptions options;
    options.pool_size = 1;
    if (GetParam() == "postgresql") {
      wipe_postgres(postgres_url());
      pool_ = storage::open_postgres_pool(postgres_url(), options);
    } else {
      pool_ = storage::open_sqlite_pool(dir_.path() + "/rows.db", options);
    }
    sql_ = std::make_unique<soci::session>(*pool_);
  }
  void TearDown() override {
    row_.reset();
    sql_.reset();
  }

  // The single row of `text` (valid until the next call).
  const soci::row& one(const std::string& text) {
    row_ = std::make_unique<soci::row>();
    *sql_ << text, soci::into(*row_);
    EXPECT_TRUE(sql_->got_data()) << text;
    return *row_;
  }

  TempDir dir_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::unique_ptr<soci::session> sql_;
  std::unique_ptr<soci::row> row_;
};

TEST_P(RowReading, LiteralsOfEveryKind) {
  const soci::row& r = one(
      "SELECT 42, CAST(9007199254740993 AS BIGINT), CAST(-7 AS BIGINT), 'Tân Mỹ', '17', "
      "CAST(2.75 AS DOUBLE PRECISION), CAST(-2.75 AS DOUBLE PRECISION), ''");
  EXPECT_EQ(get_int(r, 0), 42);
  EXPECT_EQ(get_opt_int(r, 0), 42);
  EXPECT_EQ(get_str(r, 0), "42");
  EXPECT_EQ(get_double(r, 0), 42.0);
  EXPECT_EQ(get_int(r, 1), 9007199254740993LL) << "beyond a double's exact integers";
  EXPECT_EQ(get_str(r, 1), "9007199254740993");
  EXPECT_EQ(get_int(r, 2), -7);
  EXPECT_EQ(get_str(r, 3), "Tân Mỹ");
  EXPECT_EQ(get_int(r, 4), 17) << "a number held as text";
  EXPECT_EQ(get_double(r, 4), 17.0);
  EXPECT_EQ(get_str(r, 4), "17");
  EXPECT_EQ(get_double(r, 5), 2.75);
  EXPECT_EQ(get_int(r, 5), 2) << "a double read as an integer is truncated";
  EXPECT_EQ(get_int(r, 6), -2);
  EXPECT_EQ(get_str(r, 7), "");
  EXPECT_EQ(get_opt_int(r, 7), 0) << "empty text is 0, not NULL";
}

TEST_P(RowReading, NullsReadAsDefaults) {
  const soci::row& r = one("SELECT CAST(NULL AS BIGINT), CAST(NULL AS TEXT), CAST(NULL AS DOUBLE PRECISION)");
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_FALSE(get_opt_int(r, i).has_value()) << i;
    EXPECT_EQ(get_int(r, i), 0) << i;
    EXPECT_EQ(get_str(r, i), "") << i;
    EXPECT_FALSE(get_double(r, i).has_value()) << i;
  }
}

TEST_P(RowReading, DeclaredColumnsNullableParametersAndQueryAll) {
  *sql_ << "CREATE TABLE row_t (id INTEGER NOT NULL, big BIGINT, name TEXT NOT NULL, share DOUBLE PRECISION)";
  const std::optional<int64_t> bigs[] = {5000000000LL, std::nullopt, -1, 0};
  const char* names[] = {"Hòa Văn", "Long Sơn", "Tân Mỹ", "An Lạc"};
  for (int i = 0; i < 4; ++i) {
    storage::NullableInt big(bigs[i]);
    std::string name = names[i];
    double share = i * 12.5;
    *sql_ << "INSERT INTO row_t (id, big, name, share) VALUES (:i, :b, :n, :s)", soci::use(i),
        soci::use(big.value, big.ind), soci::use(name), soci::use(share);
  }
  struct Item {
    int64_t id;
    std::optional<int64_t> big;
    std::string name;
    std::optional<double> share;
  };
  auto from_row = [](const soci::row& r) {
    return Item{get_int(r, 0), get_opt_int(r, 1), get_str(r, 2), get_double(r, 3)};
  };
  int from = 1;
  const auto items = storage::query_all(*sql_, "SELECT id, big, name, share FROM row_t WHERE id >= :f ORDER BY id DESC",
                                        from_row, soci::use(from));
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].id, 3);
  EXPECT_EQ(items[0].big, 0) << "zero is not NULL";
  EXPECT_EQ(items[0].name, "An Lạc");
  EXPECT_EQ(items[0].share, 37.5);
  EXPECT_EQ(items[1].big, -1);
  EXPECT_FALSE(items[2].big.has_value()) << "bound as NULL";
  EXPECT_EQ(items[2].name, "Long Sơn");

  const auto all = storage::query_all(*sql_, "SELECT id, big, name, share FROM row_t ORDER BY id", from_row);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].big, 5000000000LL);
  EXPECT_EQ(all[0].share, 0.0);
  int none = 99;
  EXPECT_TRUE(storage::query_all(*sql_, "SELECT id, big, name, share FROM row_t WHERE id = :n", from_row,
                                 soci::use(none))
                  .empty());
  // Integers of a declared INTEGER column and a COUNT read alike.
  const soci::row& c = one("SELECT COUNT(*), MAX(id), SUM(big) FROM row_t");
  EXPECT_EQ(get_int(c, 0), 4);
  EXPECT_EQ(get_int(c, 1), 3);
  EXPECT_EQ(get_int(c, 2), 4999999999LL);
  EXPECT_EQ(get_str(c, 0), "4");
}

TEST_P(RowReading, InsertRowsBatchesOnPostgresqlOnlyAndWritesEveryRow) {
  EXPECT_EQ(storage::rows_per_statement(*sql_), GetParam() == "postgresql" ? storage::kRowsPerStatement : 1u)
      << "one row a statement on SQLite, which has no round trips to save";
  *sql_ << "CREATE TABLE rows_in (id INTEGER NOT NULL, name TEXT NOT NULL)";
  const std::size_t n = storage::kRowsPerStatement + 3;
  std::vector<int> ids(n);
  std::vector<std::string> names(n);
  for (std::size_t i = 0; i < n; ++i) ids[i] = static_cast<int>(i), names[i] = "Đơn vị " + std::to_string(i);
  storage::insert_rows(*sql_, "INSERT INTO rows_in (id, name)", "", n, 2, [&](soci::statement& st, std::size_t i) {
    st.exchange(soci::use(ids[i]));
    st.exchange(soci::use(names[i]));
  });
  const soci::row& c = one("SELECT COUNT(*), SUM(id), MAX(name) FROM rows_in");
  EXPECT_EQ(get_int(c, 0), static_cast<int64_t>(n));
  EXPECT_EQ(get_int(c, 1), static_cast<int64_t>(n * (n - 1) / 2));
  EXPECT_EQ(get_str(one("SELECT name FROM rows_in WHERE id = 252"), 0), "Đơn vị 252");
}

INSTANTIATE_TEST_SUITE_P(Engines, RowReading, ::testing::ValuesIn(engines()), engine_name);

}  // namespace
}  // namespace bd::test
