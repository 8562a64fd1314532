// Contract: the audit log on both engines.
#include "storage/engine.h"
#include "storage/engine_fixture.h"
#include "storage/row.h"

namespace bd::test {
namespace {

class AuditStore : public EngineTest {};

TEST_P(AuditStore, RecordsAreKeptInOrderWithBeforeAndAfter) {
  AuditEntry e;
  e.at = 1000;
  e.actor = "system";
  e.action = "create";
  e.entity = "orgunit";
  e.entity_key = "S1";
  e.after_json = R"({"name":"Trường Tiểu học Tân Mỹ"})";
  AuditEntry f = e;
  f.at = 1001;
  f.user_id = 7;
  f.actor = "hanh";
  f.action = "update";
  f.before_json = e.after_json;
  f.after_json = R"({"name":"Trường Tiểu học Tân Mỹ 2"})";
  write([&](storage::Tx& tx) {
    tx.add_audit(e);
    tx.add_audit(f);
  });
  read([&](storage::Tx& tx) {
    auto log = tx.audit_for("orgunit", "S1");
    ASSERT_EQ(log.size(), 2u);
    EXPECT_FALSE(log[0].user_id);
    EXPECT_EQ(log[0].after_json, e.after_json);
    EXPECT_EQ(log[1].user_id, 7);
    EXPECT_EQ(log[1].before_json, e.after_json);
    EXPECT_EQ(log[1].action, "update");
    EXPECT_EQ(tx.count_audit(), 2);
    EXPECT_TRUE(tx.audit_for("orgunit", "S2").empty());
  });
}

// Many records at once (several multi-row statements) keep their order and fields.
TEST_P(AuditStore, AddAuditsKeepsManyRecordsInOrder) {
  std::vector<AuditEntry> batch;
  const int n = static_cast<int>(storage::kRowsPerStatement) + 40;
  for (int i = 0; i < n; ++i) {
    AuditEntry e;
    e.at = 2000 + i;
    if (i % 3 == 0) e.user_id = i;
    e.actor = "hanh";
    e.action = "set";
    e.entity = "datavalue";
    e.entity_key = "K";
    e.before_json = i ? std::to_string(i - 1) : "null";
    e.after_json = std::to_string(i);
    batch.push_back(e);
  }
  write([&](storage::Tx& tx) {
    tx.add_audits(batch);
    tx.add_audits({});
  });
  read([&](storage::Tx& tx) {
    auto log = tx.audit_for("datavalue", "K");
    ASSERT_EQ(log.size(), batch.size());
    for (int i = 0; i < n; ++i) {
      EXPECT_EQ(log[i].at, 2000 + i);
      EXPECT_EQ(log[i].after_json, std::to_string(i));
      EXPECT_EQ(log[i].user_id.has_value(), i % 3 == 0);
    }
    EXPECT_EQ(tx.count_audit(), n);
  });
}

TEST_P(AuditStore, ALargeBatchOfRecordsGoesInWithItsTextAsSent) {
  std::vector<AuditEntry> batch;
  const int n = static_cast<int>(storage::kCopyRows) + 5;
  for (int i = 0; i < n; ++i) {
    AuditEntry e;
    e.at = 5000 + i;
    if (i % 2) e.user_id = i;
    e.actor = "hanh";
    e.action = "set";
    e.entity = "datavalue";
    e.entity_key = "L";
    e.before_json = i == 7 ? "\"a\\tb\\n\tc\\\\\"" : "";
    e.after_json = std::to_string(i);
    batch.push_back(e);
  }
  write([&](storage::Tx& tx) { tx.add_audits(batch); });
  read([&](storage::Tx& tx) {
    auto log = tx.audit_for("datavalue", "L");
    ASSERT_EQ(log.size(), batch.size());
    EXPECT_EQ(log[7].before_json, batch[7].before_json);
    EXPECT_FALSE(log[8].user_id);
    EXPECT_EQ(log[9].user_id, 9);
    EXPECT_EQ(log[n - 1].after_json, std::to_string(n - 1));
  });
}

BD_ENGINES(AuditStore);

}  // namespace
}  // namespace bd::test
