// Contract: activities and evidence files on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class ActivityStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    root_ = add_org("ROOT", std::nullopt, OrgType::kDepartment);
    school_ = add_org("SCHOOL", root_.id, OrgType::kSchoolPrimary);
    other_ = add_org("OTHER", std::nullopt, OrgType::kDepartment);
  }
  ActivityRecord activity(int64_t org, const std::string& start, const std::string& end) const {
    ActivityRecord a;
    a.org_id = org;
    a.type = ActivityType::kTraining;
    a.status = ActivityStatus::kDone;
    a.title = "Tập huấn lồng ghép giới trong giảng dạy";
    a.organiser = "Công đoàn trường";
    a.description = "Nội dung: khái niệm giới,\nđịnh kiến giới.";
    a.start = start;
    a.end = end;
    a.created_at = a.updated_at = 1767225600;
    a.updated_by = "hanh";
    return a;
  }
  ActivityRecord insert(ActivityRecord a) {
    write([&](storage::Tx& tx) { tx.insert_activity(a); });
    return a;
  }
  OrgUnit root_, school_, other_;
};

TEST_P(ActivityStore, InsertThenReadBackEveryField) {
  ActivityRecord a = activity(school_.id, "2026-03-06", "2026-03-08");
  a.plan_id = 7;
  a.task_index = 2;
  a.observance = "intl_women_day";
  a.audience = {Audience::kStaff, Audience::kParents};
  a.of(Audience::kStaff) = {31, 9};
  a.of(Audience::kParents) = {120, 45};
  a = insert(a);
  EXPECT_GT(a.id, 0);
  read([&](storage::Tx& tx) {
    auto got = tx.activity_by_id(a.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->org_id, school_.id);
    EXPECT_EQ(got->type, ActivityType::kTraining);
    EXPECT_EQ(got->status, ActivityStatus::kDone);
    EXPECT_EQ(got->title, a.title);
    EXPECT_EQ(got->organiser, a.organiser);
    EXPECT_EQ(got->description, a.description);
    EXPECT_EQ(got->start, "2026-03-06");
    EXPECT_EQ(got->end, "2026-03-08");
    EXPECT_EQ(got->plan_id, 7);
    EXPECT_EQ(got->task_index, 2);
    EXPECT_EQ(got->observance, "intl_women_day");
    EXPECT_EQ(got->audience, a.audience);
    EXPECT_EQ(got->participants, a.participants);
    EXPECT_EQ(got->updated_by, "hanh");
    EXPECT_FALSE(tx.activity_by_id(a.id + 100));
  });
}

TEST_P(ActivityStore, UpdateAndDeleteWithEvidence) {
  ActivityRecord a = insert(activity(school_.id, "2026-03-06", "2026-03-06"));
  a.status = ActivityStatus::kCancelled;
  a.title = "Đã đổi tên";
  a.of(Audience::kStudents) = {5, 6};
  EvidenceRecord e;
  e.activity_id = a.id;
  e.stored_name = "0123456789abcdef0123456789abcdef";
  e.original_name = "ảnh tập huấn.jpg";
  e.content_type = "image/jpeg";
  e.size = 1234;
  e.sha256 = std::string(64, 'a');
  e.uploaded_at = 1767225600;
  e.uploaded_by = "hanh";
  write([&](storage::Tx& tx) {
    tx.update_activity(a);
    tx.insert_evidence(e);
  });
  EXPECT_GT(e.id, 0);
  read([&](storage::Tx& tx) {
    auto got = tx.activity_by_id(a.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, ActivityStatus::kCancelled);
    EXPECT_EQ(got->title, "Đã đổi tên");
    EXPECT_EQ(got->of(Audience::kStudents), (Participants{5, 6}));
    auto files = tx.evidence_of(a.id);
    ASSERT_EQ(files.size(), 1u);
    EXPECT_EQ(files[0].original_name, "ảnh tập huấn.jpg");
    EXPECT_EQ(files[0].size, 1234);
    auto one = tx.evidence_by_id(e.id);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->stored_name, e.stored_name);
    EXPECT_EQ(one->sha256, e.sha256);
  });
  write([&](storage::Tx& tx) { tx.delete_activity(a.id); });
  read([&](storage::Tx& tx) {
    EXPECT_FALSE(tx.activity_by_id(a.id));
    EXPECT_FALSE(tx.evidence_by_id(e.id));
  });
}

TEST_P(ActivityStore, ListsByUnitSubtreeAndOverlappingDates) {
  insert(activity(root_.id, "2026-01-10", "2026-01-10"));
  auto late = insert(activity(school_.id, "2026-11-15", "2026-12-15"));
  auto early = insert(activity(school_.id, "2025-12-30", "2026-01-02"));
  insert(activity(school_.id, "2024-05-01", "2024-05-01"));
  insert(activity(other_.id, "2026-02-01", "2026-02-01"));
  read([&](storage::Tx& tx) {
    auto of = tx.activities_of(school_.id, "2026-01-01", "2026-12-31");
    ASSERT_EQ(of.size(), 2u);
    EXPECT_EQ(of[0].id, late.id);  // newest first
    EXPECT_EQ(of[1].id, early.id);
    EXPECT_EQ(tx.activities_of(school_.id, "", "").size(), 3u);
    EXPECT_EQ(tx.activities_within(root_.path, "2026-01-01", "2026-12-31").size(), 3u);
    EXPECT_EQ(tx.activities_within(school_.path, "2026-01-01", "2026-12-31").size(), 2u);
    EXPECT_TRUE(tx.activities_within(root_.path, "2027-01-01", "").empty());
  });
}

BD_ENGINES(ActivityStore);

}  // namespace
}  // namespace bd::test
