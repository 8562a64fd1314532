// Contract: the audit log on both engines.
#include "storage/engine_fixture.h"

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

BD_ENGINES(AuditStore);

}  // namespace
}  // namespace bd::test
