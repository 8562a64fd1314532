// The data entry sheet on the demo province: the fallbacks, the stored
// values, the lock and the right to enter.
#include "app/data/data_entry.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

class DataEntrySheet : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app("sqlite", true, &clock_);  // 2026-01-01: the current half-year is 2026S1
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
    add_user(*t_.app, "so.viewer", "SGD-AL", "viewer");
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, "password-123"); }
  app::DataEntry& entry() { return t_.app->data_entry(); }
  FakeClock clock_;
  TestApp t_;
};

TEST_F(DataEntrySheet, FallsBackToTheOwnUnitTheFirstSetAndTheCurrentPeriod) {
  auto s = entry().sheet(as("tm.editor"), "", "", "");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->unit.code, "THCS-TANMY");
  ASSERT_TRUE(s->set);
  ASSERT_FALSE(s->sets.empty());
  EXPECT_EQ(s->set->code, s->sets.front().code);
  for (const auto& set : s->sets) EXPECT_TRUE(set.applies_to(s->unit.type)) << set.code;
  EXPECT_EQ(s->period.code(), period_of(s->set->period_type, Date{2026, 1, 1}).code());
  ASSERT_EQ(s->periods.size(), 8u);
  EXPECT_EQ(s->periods[0], s->period.next());
  EXPECT_EQ(s->periods[1], s->period);
  EXPECT_TRUE(s->can_edit);
  EXPECT_FALSE(s->locked);
  EXPECT_EQ(s->rows.size(), s->set->elements.size());
}

TEST_F(DataEntrySheet, AUnitOutsideTheSubtreeIsNeverShown) {
  auto s = entry().sheet(as("tm.editor"), "SGD-AL", "", "");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->unit.code, "THCS-TANMY");
}

TEST_F(DataEntrySheet, ShowsStoredValuesOfTheChosenSetAndPeriod) {
  ASSERT_TRUE(t_.app->values().save(as("tm.editor"), {{"staff_total", "female", "THCS-TANMY", "2026S1", "41"},
                                                      {"staff_total", "male", "THCS-TANMY", "2026S1", "9"}}));
  auto s = entry().sheet(as("tm.editor"), "THCS-TANMY", "NHANSU", "2026S1");
  ASSERT_TRUE(s.ok()) << s.error().message;
  ASSERT_TRUE(s->set);
  EXPECT_EQ(s->set->code, "NHANSU");
  const app::SheetRow* staff = nullptr;
  for (const auto& r : s->rows)
    if (r.element.code == "staff_total") staff = &r;
  ASSERT_NE(staff, nullptr);
  EXPECT_EQ(staff->female, 41);
  EXPECT_EQ(staff->male, 9);
  auto earlier = entry().sheet(as("tm.editor"), "THCS-TANMY", "NHANSU", "2025S2");
  ASSERT_TRUE(earlier.ok());
  for (const auto& r : earlier->rows)
    if (r.element.code == "staff_total") EXPECT_NE(r.female, 41) << "another period's value";
}

TEST_F(DataEntrySheet, ViewersAndLockedPeriodsCannotEdit) {
  auto viewed = entry().sheet(as("so.viewer"), "THCS-TANMY", "NHANSU", "2026S1");
  ASSERT_TRUE(viewed.ok());
  EXPECT_EQ(viewed->unit.code, "THCS-TANMY");
  EXPECT_FALSE(viewed->can_edit);
  ASSERT_TRUE(t_.store->write([&](storage::Tx& tx) {
    tx.set_locked(tx.org_by_code("THCS-TANMY")->id, "2026S1", true);
    return Status::Ok();
  }));
  auto locked = entry().sheet(as("tm.editor"), "THCS-TANMY", "NHANSU", "2026S1");
  ASSERT_TRUE(locked.ok());
  EXPECT_TRUE(locked->locked);
  EXPECT_FALSE(locked->can_edit);
}

}  // namespace
}  // namespace bd::test
