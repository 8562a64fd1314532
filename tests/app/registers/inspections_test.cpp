// Inspections: the parent's managers and approvers write them, the
// inspected unit reads them and answers each follow-up item.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Inspections : public ReportTree {
 protected:
  app::Inspections& inspections() { return t_.app->inspections(); }
  static app::InspectionInput done() {
    app::InspectionInput in;
    in.org = "SCHOOL-A";
    in.status = "done";
    in.date = "12/11/2025";
    in.team = "Đoàn kiểm tra của Phòng";
    in.scope = "Công tác bình đẳng giới năm học 2025 - 2026";
    in.findings = "Chưa niêm yết đường dây nóng";
    in.followups = {{0, "Niêm yết số 111", "15/12/2025", "open"}, {0, "Tập huấn thành viên Ban", "", "open"}};
    return in;
  }
};

TEST_P(Inspections, ValidationAndWhoMayWrite) {
  auto in = done();
  in.scope.clear();
  EXPECT_EQ(inspections().create(as("office.approver"), in).error().field, "scope");
  in = done();
  in.followups[1].due = "32/12/2025";
  auto r = inspections().create(as("office.approver"), in);
  EXPECT_EQ(r.error().field, "followups[1].due");
  in = done();
  in.status = "planned";
  EXPECT_EQ(inspections().create(as("office.approver"), in).error().field, "status");
  EXPECT_EQ(inspections().create(as("a.head"), done()).error().code, ErrorCode::kValidation);  // not above
  EXPECT_EQ(inspections().create(as("dept.viewer"), done()).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(inspections().create(as("a.editor"), done()).error().code, ErrorCode::kValidation);
}

TEST_P(Inspections, TheInspectedUnitAnswersEachItem) {
  auto r = inspections().create(as("office.approver"), done());
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->by_unit.code, "OFFICE");
  EXPECT_EQ(r->record.date, "2025-11-12");
  ASSERT_EQ(r->record.followups.size(), 2u);
  const int64_t item = r->record.followups[0].id;
  EXPECT_EQ(inspections().respond(as("office.approver"), r->record.id, item, "Đã làm", "done").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(inspections().respond(as("b.editor"), r->record.id, item, "Đã làm", "done").error().code,
            ErrorCode::kNotFound);
  auto answered = inspections().respond(as("a.editor"), r->record.id, item, "Đã niêm yết tại bảng tin", "done");
  ASSERT_TRUE(answered.ok()) << answered.error().message;
  EXPECT_EQ(answered->record.followups[0].status, "done");
  EXPECT_EQ(answered->record.followups[0].responded_by, "a.editor");
  EXPECT_FALSE(answered->can_edit);
  EXPECT_TRUE(answered->can_respond);
  // The inspector edits the items; the answered one keeps its answer.
  auto in = done();
  in.followups = {{item, "Niêm yết số 111 tại bảng tin", "15/12/2025", "done"}};
  auto edited = inspections().update(as("office.manager"), r->record.id, in);
  ASSERT_TRUE(edited.ok()) << edited.error().message;
  ASSERT_EQ(edited->record.followups.size(), 1u);
  EXPECT_EQ(edited->record.followups[0].response, "Đã niêm yết tại bảng tin");
  auto lists = inspections().list(as("a.editor"), "SCHOOL-A");
  ASSERT_TRUE(lists.ok());
  EXPECT_EQ(lists->of_unit.size(), 1u);
  EXPECT_EQ(inspections().list(as("office.approver"), "OFFICE")->by_unit.size(), 1u);
}

TEST_P(Inspections, TheListSaysWhoMayRecordInspectionsByTheUnit) {
  EXPECT_TRUE(inspections().list(as("office.approver"), "OFFICE")->can_inspect);
  EXPECT_TRUE(inspections().list(as("office.manager"), "OFFICE")->can_inspect);
  EXPECT_FALSE(inspections().list(as("office.approver"), "SCHOOL-A")->can_inspect) << "an approver only for its unit";
  EXPECT_FALSE(inspections().list(as("a.editor"), "SCHOOL-A")->can_inspect);
  EXPECT_FALSE(inspections().list(as("dept.viewer"), "OFFICE")->can_inspect);
}

INSTANTIATE_TEST_SUITE_P(Engines, Inspections, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
