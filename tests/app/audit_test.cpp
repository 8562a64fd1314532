// Audit records as the use cases build them: who (a user, or the system
// without a user id), when, what, and the states before and after as JSON
// ("" when there is none); and such a record read back from the store.
#include "app/audit.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

app::Actor user_actor() {
  app::Actor a;
  a.user_id = 42;
  a.username = "thcs.tanmy";
  a.full_name = "Lâm Thị Hồng Nhung";
  a.org_code = "THCS-TANMY";
  return a;
}

TEST(AuditRecord, AUsersChangeCarriesTheUserAndBothStates) {
  const json before = {{"name", "Trường THCS Tân Mỹ"}, {"short_name", "THCSTM"}};
  const json after = {{"name", "Trường THCS Tân Mỹ (mới)"}, {"short_name", "THCSTM"}};
  const AuditEntry e = app::audit_entry(user_actor(), 1767225600, "update", "orgunit", "THCS-TANMY", before, after);
  EXPECT_EQ(e.id, 0) << "not stored yet";
  EXPECT_EQ(e.at, 1767225600);
  ASSERT_TRUE(e.user_id.has_value());
  EXPECT_EQ(*e.user_id, 42);
  EXPECT_EQ(e.actor, "thcs.tanmy");
  EXPECT_EQ(e.action, "update");
  EXPECT_EQ(e.entity, "orgunit");
  EXPECT_EQ(e.entity_key, "THCS-TANMY");
  EXPECT_EQ(json::parse(e.before_json), before);
  EXPECT_EQ(json::parse(e.after_json), after);
  EXPECT_EQ(e.after_json.find('\n'), std::string::npos) << "compact JSON: " << e.after_json;
}

TEST(AuditRecord, TheSystemHasNoUserId) {
  const AuditEntry e =
      app::audit_entry(app::Actor::System(), 5, "create", "plan", "7", nullptr, {{"org", "SGD-AL"}});
  EXPECT_FALSE(e.user_id.has_value());
  EXPECT_EQ(e.actor, "system");
  // A system actor that happens to carry a user id still has none in the log.
  app::Actor odd = app::Actor::System();
  odd.user_id = 9;
  EXPECT_FALSE(app::audit_entry(odd, 5, "create", "plan", "7", nullptr, nullptr).user_id.has_value());
}

TEST(AuditRecord, OnlyANullStateIsEmpty) {
  const auto a = user_actor();
  const AuditEntry created = app::audit_entry(a, 1, "create", "user", "3", nullptr, {{"username", "hoa"}});
  EXPECT_EQ(created.before_json, "");
  EXPECT_EQ(json::parse(created.after_json)["username"], "hoa");
  const AuditEntry deleted = app::audit_entry(a, 1, "delete", "activity", "3", {{"title", "Tọa đàm"}}, nullptr);
  EXPECT_EQ(json::parse(deleted.before_json)["title"], "Tọa đàm");
  EXPECT_EQ(deleted.after_json, "");
  // Empty objects, arrays, false and 0 are states, not "nothing".
  EXPECT_EQ(app::audit_entry(a, 1, "x", "y", "z", json::object(), json::array()).before_json, "{}");
  EXPECT_EQ(app::audit_entry(a, 1, "x", "y", "z", json::object(), json::array()).after_json, "[]");
  EXPECT_EQ(app::audit_entry(a, 1, "x", "y", "z", false, 0).before_json, "false");
  EXPECT_EQ(app::audit_entry(a, 1, "x", "y", "z", false, 0).after_json, "0");
}

TEST(AuditRecord, VietnameseTextSurvivesTheStore) {
  auto t = make_app();
  const app::Actor admin = actor_of(*t.app, "admin", kAdminPassword);
  ASSERT_GT(admin.user_id, 0);
  const json after = {{"subject", "Thực hiện công tác bình đẳng giới năm 2027"}, {"quote", "\"a\\b\""}};
  const AuditEntry e = app::audit_entry(admin, 1767225600, "issue", "plan", "audit-test", {{"status", "draft"}}, after);
  Status st = t.store->write([&](storage::Tx& tx) {
    tx.add_audit(e);
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.error().message;
  std::vector<AuditEntry> log;
  ASSERT_TRUE(t.store->read([&](storage::Tx& tx) {
    log = tx.audit_for("plan", "audit-test");
    return Status::Ok();
  }));
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].user_id, admin.user_id);
  EXPECT_EQ(log[0].actor, "admin");
  EXPECT_EQ(log[0].action, "issue");
  EXPECT_EQ(json::parse(log[0].before_json)["status"], "draft");
  EXPECT_EQ(json::parse(log[0].after_json), after);
}

}  // namespace
}  // namespace bd::test
