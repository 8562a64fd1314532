// An approved report keeps what it said: its record survives renamings,
// moves and edits of what it was drawn from; reopening makes it live again,
// and each approval is a version that stays readable.
#include "app/reports/frozen_report.h"

#include "app/reports_fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

TEST(FrozenReport, TheRecordReadsBackWhatTheViewSaid) {
  app::ReportView v;
  v.unit = {7, "SCHOOL-A", "Trường Tiểu học An Bình", "THAB"};
  v.parent = OrgUnit{3, "OFFICE", "Phòng Giáo dục huyện Thử", "PGD"};
  v.narrative = {{"results", "Tổ chức 2 buổi tọa đàm"}};
  app::DueDataSet d;
  d.set.code = "NHANSU";
  d.set.name_vi = "Nhân sự";
  d.set.elements = {"staff_total"};
  d.due = parse_date("2025-06-10");
  d.expected = 4;
  d.filled = 2;
  d.values = {{"staff_total", "female", 30.0, ""}, {"note", "", std::nullopt, "Ghi chú"}};
  v.data_sets.push_back(d);
  app::TargetState t;
  t.target.code = "T_WOMEN_MANAGERS";
  t.target.name_vi = "Nữ cán bộ quản lý";
  t.target.comparator = "ge";
  t.target.value = 40;
  t.indicator.code = "women_managers_pct";
  t.indicator.unit = "percent";
  t.value = 42.9;
  t.status = "met";
  t.trajectory = "on_track";
  t.gap = -2.9;
  t.history = {{2024, 41.4}, {2025, 42.9}};
  v.targets.push_back(t);
  ActivityRecord act;
  act.id = 12;
  act.title = "Tọa đàm 8/3";
  act.type = ActivityType::kTraining;
  act.status = ActivityStatus::kDone;
  act.start = act.end = "2025-03-08";
  act.audience = {Audience::kStaff};
  act.of(Audience::kStaff) = {20, 4};
  v.activities.push_back(act);
  v.activities_done = 1;
  v.reached = {20, 4};

  const json record = app::freeze_report(v);
  app::ReportView back;
  back.unit.id = 7;
  back.parent = OrgUnit{9, "DEPT", "Sở", "SGD"};
  ASSERT_TRUE(app::thaw_report(json::parse(record.dump()), back));
  EXPECT_EQ(back.unit.name, "Trường Tiểu học An Bình");
  EXPECT_EQ(back.unit.short_name, "THAB");
  ASSERT_TRUE(back.parent);
  EXPECT_EQ(back.parent->code, "OFFICE");
  EXPECT_EQ(back.parent->id, 3);
  EXPECT_EQ(back.narrative["results"], "Tổ chức 2 buổi tọa đàm");
  ASSERT_EQ(back.data_sets.size(), 1u);
  EXPECT_EQ(back.data_sets[0].set.code, "NHANSU");
  EXPECT_EQ(back.data_sets[0].set.elements, std::vector<std::string>{"staff_total"});
  EXPECT_EQ(iso(*back.data_sets[0].due), "2025-06-10");
  EXPECT_EQ(back.data_sets[0].filled, 2);
  ASSERT_EQ(back.data_sets[0].values.size(), 2u);
  EXPECT_EQ(back.data_sets[0].values[0].number, 30.0);
  EXPECT_FALSE(back.data_sets[0].values[1].number);
  EXPECT_EQ(back.data_sets[0].values[1].text, "Ghi chú");
  ASSERT_EQ(back.targets.size(), 1u);
  EXPECT_EQ(back.targets[0].target.code, "T_WOMEN_MANAGERS");
  EXPECT_EQ(back.targets[0].indicator.unit, "percent");
  EXPECT_EQ(back.targets[0].value, 42.9);
  EXPECT_EQ(back.targets[0].gap, -2.9);
  EXPECT_FALSE(back.targets[0].projected);
  EXPECT_EQ(back.targets[0].history, t.history);
  EXPECT_EQ(back.targets[0].org_id, 7);
  ASSERT_EQ(back.activities.size(), 1u);
  EXPECT_EQ(back.activities[0].title, "Tọa đàm 8/3");
  EXPECT_EQ(back.activities[0].type, ActivityType::kTraining);
  EXPECT_EQ(back.activities[0].of(Audience::kStaff).female, 20);
  EXPECT_TRUE(back.activities[0].has_audience(Audience::kStaff));
  EXPECT_EQ(back.reached.male, 4);

  app::ReportView untouched;
  untouched.unit.name = "live";
  EXPECT_FALSE(app::thaw_report(json{{"format", 99}}, untouched));
  EXPECT_FALSE(app::thaw_report(json::array(), untouched));
  EXPECT_EQ(untouched.unit.name, "live");
  app::ReportView no_parent = back;
  ASSERT_TRUE(app::thaw_report(json{{"format", 1}, {"parent", nullptr}}, no_parent));
  EXPECT_FALSE(no_parent.parent);
}

class FrozenReports : public ReportTree {};

TEST_P(FrozenReports, AnApprovedReportKeepsWhatItSaidThroughMovesRenamingsAndEdits) {
  auto editor = as("a.editor");
  const auto approver = as("office.approver"), admin = as("admin");
  at("2025-06-01");
  ASSERT_TRUE(t_.app->values().save(editor, {{"staff_total", "female", "SCHOOL-A", "2025S1", "30"},
                                             {"staff_total", "male", "SCHOOL-A", "2025S1", "6"}}).ok());
  app::ActivityInput in;
  in.type = "training";
  in.status = "done";
  in.title = "Tọa đàm 8/3";
  in.start = in.end = "08/03/2025";
  in.participants = {{"staff", "female", int64_t{20}}, {"staff", "male", int64_t{4}}};
  auto activity = t_.app->activities().create(editor, "SCHOOL-A", in);
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  ASSERT_TRUE(reports().save(editor, "SCHOOL-A", "2025S1", {{"results", "Đạt các chỉ tiêu"}}).ok());
  ASSERT_TRUE(reports().submit(editor, "SCHOOL-A", "2025S1").ok());
  at("2025-06-11");
  auto approved = reports().approve(approver, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->shown_version, 1);
  ASSERT_EQ(approved->versions.size(), 1u);
  EXPECT_EQ(approved->versions[0].approved_by, "office.approver");
  EXPECT_TRUE(approved->allowed.reopen) << "the current approval is the report itself";
  ASSERT_TRUE(approved->parent);
  EXPECT_FALSE(approved->parent->path.empty()) << "the same parent as today keeps its place in the tree";
  const size_t targets = approved->targets.size();
  ASSERT_GT(targets, 0u);

  // The reform: the school is renamed and moved under the department, and its
  // activity is edited afterwards.
  at("2025-09-01");
  app::OrgPatch patch;
  patch.name = "Trường Tiểu học An Bình Mới";
  patch.parent = "DEPT";
  auto moved = t_.app->orgs().update(admin, "SCHOOL-A", patch);
  ASSERT_TRUE(moved.ok()) << moved.error().message;
  editor = as("a.editor");  // signed in again: the school's place in the tree changed
  in.title = "Tọa đàm 8/3 (sửa sau)";
  auto edited = t_.app->activities().update(editor, activity->record.id, in);
  ASSERT_TRUE(edited.ok()) << edited.error().message;

  auto later = reports().get(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(later.ok()) << later.error().message;
  EXPECT_EQ(later->unit.name, "Trường Tiểu học An Bình");
  ASSERT_TRUE(later->parent);
  EXPECT_EQ(later->parent->code, "OFFICE") << "it was sent to the office";
  EXPECT_FALSE(later->parent->path.empty()) << "still the period's parent: it keeps its place in the tree";
  EXPECT_EQ(later->narrative["results"], "Đạt các chỉ tiêu");
  ASSERT_EQ(later->activities.size(), 1u);
  EXPECT_EQ(later->activities[0].title, "Tọa đàm 8/3");
  EXPECT_EQ(later->data_sets[0].values.size(), 2u);
  EXPECT_EQ(later->targets.size(), targets);
  EXPECT_EQ(later->record.status, ReportStatus::kApproved);

  // The department reopens it (the school is its own now): live again.
  auto reopened = reports().reopen(as("dept.approver"), "SCHOOL-A", "2025S1", "Cập nhật sau sáp nhập");
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(reopened->shown_version, 0);
  EXPECT_EQ(reopened->unit.name, "Trường Tiểu học An Bình Mới");
  EXPECT_EQ(reopened->parent->code, "OFFICE") << "a report goes to the parent of its period";
  EXPECT_EQ(reopened->activities[0].title, "Tọa đàm 8/3 (sửa sau)");
  ASSERT_EQ(reopened->versions.size(), 1u);

  auto first = reports().get(editor, "SCHOOL-A", "2025S1", 1);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->shown_version, 1);
  EXPECT_EQ(first->parent->code, "OFFICE");
  EXPECT_FALSE(first->allowed.submit) << "an earlier approval is read only";
  EXPECT_FALSE(first->allowed.edit);
  EXPECT_EQ(reports().get(editor, "SCHOOL-A", "2025S1", 2).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(reports().get(editor, "SCHOOL-B", "2025S1", 1).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(reports().get(as("b.editor"), "SCHOOL-B", "2025S1", 1).error().code, ErrorCode::kNotFound);

  ASSERT_TRUE(reports().submit(editor, "SCHOOL-A", "2025S1").ok());
  auto again = reports().approve(as("dept.approver"), "SCHOOL-A", "2025S1");
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->shown_version, 2);
  EXPECT_EQ(again->parent->code, "OFFICE");
  EXPECT_EQ(reports().get(editor, "SCHOOL-A", "2025S2")->parent->code, "DEPT");
  EXPECT_EQ(reports().get(editor, "SCHOOL-A", "2025S1", 1)->parent->code, "OFFICE");
}

INSTANTIATE_TEST_SUITE_P(Engines, FrozenReports, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
