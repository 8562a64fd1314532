#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <algorithm>
#include <functional>
#include <tuple>

#include <sqlite3.h>

#include "storage/migrations.h"
#include "storage/store.h"
#include "storage/tx.h"
#include "support/temp_db.h"

namespace bd::storage {
namespace {

TEST(Migrations, VersionsStrictlyIncrease) {
  int last = 0;
  for (const auto& m : migrations()) {
    EXPECT_GT(m.version, last);
    EXPECT_FALSE(m.statements.empty());
    last = m.version;
  }
  EXPECT_EQ(latest_schema_version(), last);
}

TEST(Migrations, PlaceholdersAreFilledPerEngine) {
  Dialect d{"BIGSERIAL PRIMARY KEY", " text_pattern_ops", "{POSTGRES}"};
  EXPECT_EQ(render_sql("CREATE TABLE t (id {ID}); CREATE INDEX i ON t(p{PATH_IDX})", d),
            "CREATE TABLE t (id BIGSERIAL PRIMARY KEY); CREATE INDEX i ON t(p text_pattern_ops)");
  for (const Dialect& engine : {d, Dialect{"INTEGER PRIMARY KEY", "", "{SQLITE}"}})
    for (const auto& m : migrations())
      for (const auto& s : m.statements) EXPECT_EQ(render_sql(s, engine).find('{'), std::string::npos) << s;
}

TEST(Migrations, AStatementTaggedForOneEngineIsSkippedOnTheOther) {
  Dialect sqlite{"INTEGER PRIMARY KEY", "", "{SQLITE}"};
  Dialect postgres{"BIGSERIAL PRIMARY KEY", " text_pattern_ops", "{POSTGRES}"};
  EXPECT_EQ(render_sql("{SQLITE}CREATE TABLE t (id {ID})", sqlite), "CREATE TABLE t (id INTEGER PRIMARY KEY)");
  EXPECT_EQ(render_sql("{SQLITE}CREATE TABLE t (id {ID})", postgres), "");
  EXPECT_EQ(render_sql("{POSTGRES}DROP INDEX i", postgres), "DROP INDEX i");
  EXPECT_EQ(render_sql("{POSTGRES}DROP INDEX i", sqlite), "");
  // Every version has something to run, and one for a single engine says so.
  for (const auto& m : migrations()) {
    bool any_sqlite = false, any_postgres = false;
    for (const auto& s : m.statements) {
      any_sqlite = any_sqlite || !render_sql(s, sqlite).empty();
      any_postgres = any_postgres || !render_sql(s, postgres).empty();
    }
    EXPECT_TRUE(any_sqlite || any_postgres) << m.version;
    if (!any_sqlite) EXPECT_TRUE(std::string_view(m.description).starts_with("on PostgreSQL")) << m.version;
    if (!any_postgres) EXPECT_TRUE(std::string_view(m.description).starts_with("on SQLite")) << m.version;
  }
}

// Runs statements on the database behind `url` outside the store, as an
// operator would by hand. Returns "" when they ran, "foreign key" or
// "unique" when the engine refused them for that, else "other: " and the
// engine's message.
std::string run_sql(const std::string& url, const std::string& sql) {
  if (url.rfind("sqlite:", 0) == 0) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open(url.substr(7).c_str(), &db) == SQLITE_OK) {
      sqlite3_busy_timeout(db, 5000);
      char* message = nullptr;
      std::string both = "PRAGMA foreign_keys=ON; " + sql;
      if (sqlite3_exec(db, both.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const int code = sqlite3_extended_errcode(db);
        out = code == SQLITE_CONSTRAINT_FOREIGNKEY                                         ? "foreign key"
              : code == SQLITE_CONSTRAINT_PRIMARYKEY || code == SQLITE_CONSTRAINT_UNIQUE ? "unique"
                                                                                           : "other: ";
        if (out == "other: ") out += message ? message : "?";
      }
      sqlite3_free(message);
    } else {
      out = "other: cannot open";
    }
    sqlite3_close(db);
    return out;
  }
  PGconn* c = PQconnectdb(url.c_str());
  PGresult* r = PQexec(c, sql.c_str());
  std::string out;
  if (!r) {
    out = std::string("other: ") + PQerrorMessage(c);
  } else if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK) {
    const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const std::string code = state ? state : "";
    out = code == "23503" ? "foreign key" : code == "23505" ? "unique" : "other: " + code + " " + PQresultErrorMessage(r);
  }
  PQclear(r);
  PQfinish(c);
  return out;
}

// COPY of `rows` (tab-separated lines) on PostgreSQL, as insert_values
// does; returns the server's error, "" when it took them.
std::string copy_rows(const std::string& url, const std::string& copy, const std::string& rows) {
  PGconn* c = PQconnectdb(url.c_str());
  PGresult* r = PQexec(c, copy.c_str());
  const bool started = PQresultStatus(r) == PGRES_COPY_IN;
  PQclear(r);
  if (started) {
    PQputCopyData(c, rows.data(), static_cast<int>(rows.size()));
    PQputCopyEnd(c, nullptr);
  }
  std::string error = started ? "" : "COPY did not start";
  while ((r = PQgetResult(c)) != nullptr) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) error = PQresultErrorMessage(r);
    PQclear(r);
  }
  PQfinish(c);
  return error;
}

// An upgrade with figures in the database: version 14 rebuilds data_values
// under a new primary key. Nothing stored may be lost or changed, and the
// rule that a figure belongs to an existing element and unit must hold after.
class Upgrade : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      url_ = test::postgres_url();
      test::wipe_postgres(url_);
    } else {
      url_ = "sqlite:" + dir_.path() + "/upgrade.db";
    }
    auto s = Store::open(url_);
    ASSERT_TRUE(s.ok()) << s.error().message;
    store_ = std::move(*s);
  }
  void write(const std::function<void(Tx&)>& fn) {
    Status st = store_->write([&](Tx& tx) {
      fn(tx);
      return Status::Ok();
    });
    ASSERT_TRUE(st.ok()) << st.error().message;
  }
  test::TempDir dir_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_P(Upgrade, FiguresStoredBeforeTheNewKeyAreAllThereAfterIt) {
  ASSERT_TRUE(store_->migrate_to(13).ok());
  ASSERT_EQ(store_->schema_version(), 13);
  OrgUnit root, a, b;
  root.code = "ROOT", root.name = "Bộ", root.type = OrgType::kMinistry;
  DataElement staff;
  staff.code = "staff", staff.name_vi = "Cán bộ", staff.category = "sex";
  std::vector<StoredValue> before;
  write([&](Tx& tx) {
    tx.insert_org(root);
    a.code = "A", a.name = "Trường A", a.type = OrgType::kSchoolPrimary, a.parent_id = root.id;
    b.code = "B", b.name = "Trường B", b.type = OrgType::kSchoolPrimary, b.parent_id = root.id;
    tx.insert_org(a);
    tx.insert_org(b);
    tx.upsert_data_element(staff);
    for (const OrgUnit* u : {&b, &a})
      for (const char* period : {"2025S1", "2024S2"})
        for (const char* option : {"male", "female"})
          before.push_back({staff.id, option, u->id, period, double(before.size()) + 0.5, "", 1767225600, "hanh"});
    before.push_back({staff.id, "", a.id, "2025S1", std::nullopt, "ghi chú", 1767225601, "lan"});
    tx.put_values(before);
  });

  ASSERT_TRUE(store_->migrate().ok());
  EXPECT_EQ(store_->schema_version(), latest_schema_version());
  std::vector<StoredValue> after;
  ASSERT_TRUE(store_->read([&](Tx& tx) {
    for (const OrgUnit* u : {&b, &a}) {
      auto mine = tx.values_of_unit(u->id);
      after.insert(after.end(), mine.begin(), mine.end());
    }
    return Status::Ok();
  }).ok());
  auto key = [](const StoredValue& v) { return std::tie(v.org_id, v.period, v.element_id, v.option); };
  auto by_key = [&](const StoredValue& x, const StoredValue& y) { return key(x) < key(y); };
  std::sort(before.begin(), before.end(), by_key);
  std::sort(after.begin(), after.end(), by_key);
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(key(after[i]), key(before[i]));
    EXPECT_EQ(after[i].number, before[i].number);
    EXPECT_EQ(after[i].text, before[i].text);
    EXPECT_EQ(after[i].updated_at, before[i].updated_at);
    EXPECT_EQ(after[i].updated_by, before[i].updated_by);
  }

  // The (org_id, period) index went with the old key: the new key leads with them.
  EXPECT_TRUE(run_sql(url_, "DROP INDEX data_values_org_period").starts_with("other: "));
  // The key is still a key, and figures still need their element and unit.
  const std::string insert =
      "INSERT INTO data_values (element_id, option_code, org_id, period, updated_at) VALUES (";
  auto row = [](int64_t element, int64_t org, const char* period) {
    return std::to_string(element) + ", 'male', " + std::to_string(org) + ", '" + period + "', 1)";
  };
  EXPECT_EQ(run_sql(url_, insert + row(staff.id, a.id, "2025S1")), "unique");
  EXPECT_EQ(run_sql(url_, insert + row(staff.id + 100, a.id, "2026S1")), "foreign key");
  EXPECT_EQ(run_sql(url_, insert + row(staff.id, b.id + 100, "2026S1")), "foreign key");
  // Several rows in one statement, each parent named more than once: one
  // missing parent among them is found, and none missing passes.
  EXPECT_EQ(run_sql(url_, insert + row(staff.id, a.id, "2026S1") + ", (" + row(staff.id, b.id, "2026S1") + ", (" +
                              row(staff.id + 100, a.id, "2026S2") + ", (" + row(staff.id, b.id, "2026S2")),
            "foreign key");
  EXPECT_EQ(run_sql(url_, insert + row(staff.id, a.id, "2026S1") + ", (" + row(staff.id, b.id, "2026S1") + ", (" +
                              row(staff.id, a.id + 100, "2026S2") + ", (" + row(staff.id, b.id, "2026S2")),
            "foreign key");
  EXPECT_EQ(run_sql(url_, insert + row(staff.id, a.id, "2026S1") + ", (" + row(staff.id, b.id, "2026S1") + ", (" +
                              row(staff.id, a.id, "2026S2") + ", (" + row(staff.id, b.id, "2026S2")),
            "");
  EXPECT_EQ(run_sql(url_, "DELETE FROM data_values WHERE period IN ('2026S1', '2026S2')"), "");
  const std::string of_a = " WHERE org_id = " + std::to_string(a.id);
  EXPECT_EQ(run_sql(url_, "UPDATE data_values SET org_id = " + std::to_string(b.id + 100) + of_a), "foreign key");
  EXPECT_EQ(run_sql(url_, "UPDATE data_values SET element_id = " + std::to_string(staff.id + 100) + of_a),
            "foreign key");
  const std::string staff_id = std::to_string(staff.id);
  EXPECT_EQ(run_sql(url_, "DELETE FROM org_units WHERE id = " + std::to_string(b.id)), "foreign key");
  EXPECT_EQ(run_sql(url_, "DELETE FROM data_elements WHERE id = " + staff_id), "foreign key");
  EXPECT_EQ(run_sql(url_, "UPDATE data_elements SET id = id + 1000 WHERE id = " + staff_id), "foreign key");
  EXPECT_EQ(run_sql(url_, "UPDATE data_elements SET name_vi = 'Cán bộ, giáo viên' WHERE id = " + staff_id), "");
  if (GetParam() == "postgresql") {  // the bulk path is checked as well
    const std::string copy =
        "COPY data_values (element_id, option_code, org_id, period, value, text_value, updated_at, updated_by)"
        " FROM STDIN";
    const std::string tail = "\t2026S1\t1\t\t1\thanh\n";
    EXPECT_NE(copy_rows(url_, copy, std::to_string(staff.id + 100) + "\tmale\t" + std::to_string(a.id) + tail), "");
    EXPECT_NE(copy_rows(url_, copy, std::to_string(staff.id) + "\tmale\t" + std::to_string(b.id + 100) + tail), "");
    EXPECT_EQ(copy_rows(url_, copy, std::to_string(staff.id) + "\tmale\t" + std::to_string(a.id) + tail), "");
    // TRUNCATE skips row triggers, so it has its own check.
    EXPECT_EQ(run_sql(url_, "TRUNCATE data_elements"), "foreign key");
    // Under REPEATABLE READ a delete would not see figures committed after
    // its snapshot began, so it is refused there.
    const std::string repeatable = run_sql(
        url_, "BEGIN ISOLATION LEVEL REPEATABLE READ; DELETE FROM org_units WHERE id = " + std::to_string(b.id));
    EXPECT_TRUE(repeatable.find("READ COMMITTED") != std::string::npos) << repeatable;
  }
  // A unit with no figures can still go, and a figure can still be moved to
  // a unit that exists.
  EXPECT_EQ(run_sql(url_, "UPDATE data_values SET org_id = " + std::to_string(b.id) + " WHERE org_id = " +
                              std::to_string(a.id) + " AND period = '2025S1' AND option_code = ''"),
            "");
  OrgUnit empty;
  write([&](Tx& tx) {
    empty.code = "C", empty.name = "Trường C", empty.type = OrgType::kSchoolPrimary, empty.parent_id = root.id;
    tx.insert_org(empty);
  });
  EXPECT_EQ(run_sql(url_, "DELETE FROM org_units WHERE id = " + std::to_string(empty.id)), "");
}

INSTANTIATE_TEST_SUITE_P(Engines, Upgrade, ::testing::ValuesIn(test::engines()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace bd::storage
