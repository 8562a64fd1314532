#include <gtest/gtest.h>

#include "storage/migrations.h"
#include "storage/store.h"

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
  Dialect d{"BIGSERIAL PRIMARY KEY", " text_pattern_ops"};
  EXPECT_EQ(render_sql("CREATE TABLE t (id {ID}); CREATE INDEX i ON t(p{PATH_IDX})", d),
            "CREATE TABLE t (id BIGSERIAL PRIMARY KEY); CREATE INDEX i ON t(p text_pattern_ops)");
  for (const auto& m : migrations())
    for (const auto& s : m.statements) EXPECT_EQ(render_sql(s, d).find('{'), std::string::npos) << s;
}

}  // namespace
}  // namespace bd::storage
