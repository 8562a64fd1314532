// Several reports approved at once: all are checked first, none approved
// unless every one may be; each approval locks, keeps a version and is audited.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class BulkApproval : public ReportTree {
 protected:
  void submit(const std::string& editor, const std::string& org) {
    auto r = reports().submit(as(editor), org, "2025S1");
    ASSERT_TRUE(r.ok()) << org << ": " << r.error().message;
  }
  bool locked(const std::string& org) {
    bool is = false;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      is = tx.is_locked(tx.org_by_code(org)->id, "2025S1");
      return Status::Ok();
    }).ok());
    return is;
  }
};

TEST_P(BulkApproval, TheCheckSortsWhatMayBeApprovedFromWhatMayNot) {
  at("2025-06-05");
  submit("a.editor", "SCHOOL-A");
  auto c = reports().check_approvals(as("office.approver"), {"SCHOOL-A", "SCHOOL-B", "SCHOOL-A", "SCHOOL-C", "NOPE"},
                                     "2025S1");
  ASSERT_TRUE(c.ok()) << c.error().message;
  ASSERT_EQ(c->ready.size(), 1u) << "the repeat is ignored";
  EXPECT_EQ(c->ready[0].unit.code, "SCHOOL-A");
  ASSERT_EQ(c->refused.size(), 3u);
  EXPECT_EQ(c->refused[0].first, "SCHOOL-B");
  EXPECT_NE(c->refused[0].second.find("Trường Tiểu học Bình Minh: báo cáo đang ở trạng thái"), std::string::npos)
      << c->refused[0].second;
  EXPECT_EQ(c->refused[1].first, "SCHOOL-C") << "not a child of the office";
  EXPECT_EQ(c->refused[2].first, "NOPE");
  EXPECT_EQ(audits("SCHOOL-A/2025S1"), 1u) << "the check writes nothing";
  EXPECT_FALSE(locked("SCHOOL-A"));

  EXPECT_EQ(reports().check_approvals(as("office.approver"), {}, "2025S1").error().code, ErrorCode::kValidation);
  EXPECT_EQ(reports().check_approvals(as("office.approver"), {"SCHOOL-A"}, "2025Z").error().code,
            ErrorCode::kBadRequest);
  std::vector<std::string> many(501);
  for (size_t i = 0; i < many.size(); ++i) many[i] = "U" + std::to_string(i);
  EXPECT_EQ(reports().check_approvals(as("office.approver"), many, "2025S1").error().code, ErrorCode::kValidation);
}

TEST_P(BulkApproval, AllOrNothing) {
  at("2025-06-05");
  submit("a.editor", "SCHOOL-A");
  // SCHOOL-B has not submitted: nothing is approved, and the error says why.
  auto refused = reports().approve_many(as("office.approver"), {"SCHOOL-A", "SCHOOL-B"}, "2025S1");
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  ASSERT_EQ(refused.error().details.size(), 1u);
  EXPECT_EQ(refused.error().details[0].first, "SCHOOL-B");
  EXPECT_EQ(reports().get(as("office.approver"), "SCHOOL-A", "2025S1")->record.status, ReportStatus::kSubmitted);
  EXPECT_FALSE(locked("SCHOOL-A"));

  submit("b.editor", "SCHOOL-B");
  auto done = reports().approve_many(as("office.approver"), {"SCHOOL-B", "SCHOOL-A"}, "2025S1");
  ASSERT_TRUE(done.ok()) << done.error().message;
  ASSERT_EQ(done->approved.size(), 2u);
  EXPECT_TRUE(done->failed.empty());
  EXPECT_EQ(done->approved[0].unit.code, "SCHOOL-B") << "in the order given";
  for (const char* org : {"SCHOOL-A", "SCHOOL-B"}) {
    auto v = reports().get(as("office.approver"), org, "2025S1");
    EXPECT_EQ(v->record.status, ReportStatus::kApproved) << org;
    EXPECT_EQ(v->versions.size(), 1u) << org << ": kept as a version, as one approval is";
    EXPECT_TRUE(locked(org)) << org;
    EXPECT_EQ(audits(std::string(org) + "/2025S1"), 2u) << org << ": submitted, approved";
  }
}

TEST_P(BulkApproval, OnlyTheParentsApproverMay) {
  at("2025-06-05");
  submit("a.editor", "SCHOOL-A");
  for (const char* who : {"office.manager", "dept.approver", "a.head", "dept.viewer"}) {
    auto r = reports().approve_many(as(who), {"SCHOOL-A"}, "2025S1");
    ASSERT_FALSE(r.ok()) << who;
    EXPECT_EQ(r.error().code, ErrorCode::kForbidden) << who;
    EXPECT_EQ(r.error().details.size(), 1u) << who;
  }
  EXPECT_FALSE(locked("SCHOOL-A"));
}

INSTANTIATE_TEST_SUITE_P(Engines, BulkApproval, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
