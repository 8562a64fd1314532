// The identifiers of our items in other systems: checked all or nothing,
// changed by admins (units by managers above them too), loaded from CSV.
#include "app/fixture.h"
#include "app/interop/external_ids.h"

namespace bd::test {
namespace {

class ExternalIdTables : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, u == "admin" ? kAdminPassword : "password-123"); }
  FakeClock clock_;
  TestApp t_;
};

TEST_P(ExternalIdTables, MappingsAreCheckedAllOrNothingAndOnlyAdminsChangeTheCatalogs) {
  auto& ids = t_.app->external_ids();
  auto bad = ids.put(as("admin"), "DHIS2",
                     {{"dataElement", "khong_co", "A"}, {"orgUnit", "THCS-TANMY", "B"}, {"orgUnit", "THCS-LONGSON", "B"},
                      {"thing", "x", "C"}, {"category", "sex", "1SEX"}});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().details.size(), 4u) << bad.error().message;
  EXPECT_TRUE(ids.list(as("admin"), "DHIS2")->empty()) << "nothing saved";
  EXPECT_FALSE(ids.put(as("admin"), "tên có dấu", {{"orgUnit", "THCS-TANMY", "B"}}));
  auto editor = ids.put(as("tm.editor"), "DHIS2", {{"orgUnit", "THCS-TANMY", "B"}});
  EXPECT_FALSE(editor) << "an editor changes no mapping";
  add_user(*t_.app, "so.ql", "SGD-AL", "manager");
  EXPECT_TRUE(ids.put(as("so.ql"), "DHIS2", {{"orgUnit", "THCS-TANMY", "B"}})) << "a manager maps units below";
  EXPECT_FALSE(ids.put(as("so.ql"), "DHIS2", {{"dataElement", "staff_total", "Z"}}));
  // An identifier moves from one unit to another in one batch; "" removes.
  EXPECT_TRUE(ids.put(as("admin"), "DHIS2", {{"orgUnit", "THCS-TANMY", "C"}, {"orgUnit", "THCS-LONGSON", "B"}}));
  EXPECT_TRUE(ids.put(as("admin"), "DHIS2", {{"orgUnit", "THCS-LONGSON", ""}}));
  auto list = ids.list(as("tm.editor"), "DHIS2");
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].external, "C");
  auto csv = app::ExternalIds::parse_csv("kind,code,external\r\norgUnit,THCS-TANMY,D\r\n");
  ASSERT_TRUE(csv);
  EXPECT_EQ(csv->size(), 1u);
  EXPECT_FALSE(app::ExternalIds::parse_csv("orgUnit,THCS-TANMY\n"));
}

TEST_P(ExternalIdTables, AChangeIsAuditedOnceWithBeforeAndAfter) {
  auto& ids = t_.app->external_ids();
  ASSERT_TRUE(ids.put(as("admin"), "DHIS2", {{"orgUnit", "THCS-TANMY", "A1"}, {"category", "sex", "SEX"}}));
  ASSERT_TRUE(ids.put(as("admin"), "DHIS2", {{"orgUnit", "THCS-TANMY", "A2"}}));
  EXPECT_EQ(*ids.put(as("admin"), "DHIS2", {{"orgUnit", "THCS-TANMY", "A2"}}), 0) << "the same again changes nothing";
  int audits = 0;
  (void)t_.store->read([&](storage::Tx& tx) {
    for (const auto& e : tx.audit_for("external_ids", "DHIS2")) {
      ++audits;
      if (audits == 2) EXPECT_NE(e.before_json.find("A1"), std::string::npos) << e.before_json;
    }
    return Status::Ok();
  });
  EXPECT_EQ(audits, 2);
  EXPECT_EQ(*ids.systems(as("tm.editor")), std::vector<std::string>{"DHIS2"});
}

INSTANTIATE_TEST_SUITE_P(Engines, ExternalIdTables, ::testing::ValuesIn(engines()),
                         [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
