// Contract: inspections and their follow-up items on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class InspectionStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    dept_ = add_org("DEPT", std::nullopt, OrgType::kDepartment);
    school_ = add_org("SCHOOL", dept_.id, OrgType::kSchoolPrimary);
  }
  OrgUnit dept_, school_;
};

TEST_P(InspectionStore, InsertUpdateItemsKeepIdsAndResponses) {
  Inspection i;
  i.org_id = school_.id;
  i.by_org_id = dept_.id;
  i.status = "done";
  i.date = "2025-11-12";
  i.scope = "Công tác bình đẳng giới";
  i.findings = "Chưa niêm yết đường dây nóng";
  i.followups = {{0, 0, "Niêm yết số 111", "2025-12-15", "open", "", 0, ""},
                 {0, 0, "Tập huấn thành viên Ban", "", "open", "", 0, ""}};
  i.updated_at = 1767225600;
  write([&](storage::Tx& tx) { tx.insert_inspection(i); });
  ASSERT_GT(i.followups[0].id, 0);
  FollowUp answered = i.followups[0];
  answered.response = "Đã niêm yết";
  answered.status = "done";
  answered.responded_at = 1767300000;
  answered.responded_by = "thcs.tanmy";
  write([&](storage::Tx& tx) { tx.update_followup(answered); });
  read([&](storage::Tx& tx) {
    auto got = tx.inspection(i.id);
    ASSERT_TRUE(got);
    ASSERT_EQ(got->followups.size(), 2u);
    EXPECT_EQ(got->followups[0].response, "Đã niêm yết");
    EXPECT_EQ(got->followups[1].due, "");
    EXPECT_EQ(tx.inspections_of(school_.id).size(), 1u);
    EXPECT_EQ(tx.inspections_by(dept_.id).size(), 1u);
    EXPECT_TRUE(tx.inspections_of(dept_.id).empty());
  });
  // Drop the second item, add a third; the first keeps its id and answer.
  Inspection changed = *[&] {
    std::optional<Inspection> x;
    read([&](storage::Tx& tx) { x = tx.inspection(i.id); });
    return x;
  }();
  changed.followups.pop_back();
  changed.followups.push_back({0, 0, "Báo cáo kết quả khắc phục", "2026-01-15", "open", "", 0, ""});
  write([&](storage::Tx& tx) { tx.update_inspection(changed); });
  read([&](storage::Tx& tx) {
    auto got = tx.inspection(i.id);
    ASSERT_EQ(got->followups.size(), 2u);
    EXPECT_EQ(got->followups[0].id, i.followups[0].id);
    EXPECT_EQ(got->followups[0].status, "done");
    EXPECT_EQ(got->followups[1].text, "Báo cáo kết quả khắc phục");
  });
}

BD_ENGINES(InspectionStore);

}  // namespace
}  // namespace bd::test
