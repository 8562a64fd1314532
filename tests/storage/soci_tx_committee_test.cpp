// Contract: committee members and commendations on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class CommitteeStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    dept_ = add_org("DEPT", std::nullopt, OrgType::kDepartment);
    school_ = add_org("SCHOOL", dept_.id, OrgType::kSchoolPrimary);
  }
  CommitteeMember member(const std::string& name, const std::string& role, const std::string& start) const {
    CommitteeMember m;
    m.org_id = dept_.id;
    m.full_name = name;
    m.sex = "female";
    m.role = role;
    m.term_start = start;
    m.updated_at = 1767225600;
    m.updated_by = "so.capnhat";
    return m;
  }
  OrgUnit dept_, school_;
};

TEST_P(CommitteeStore, MembersRoundTripInTermThenRoleOrder) {
  CommitteeMember a = member("Lê Thị Hồng", "secretary", "2021-03-01");
  a.position = "Chuyên viên";
  a.phone = "0900.000.003";
  a.decision_no = "45/QĐ-SGDĐT";
  a.decision_date = "2021-02-25";
  a.trained = true;
  CommitteeMember b = member("Trần Văn An", "head", "2021-03-01");
  b.sex = "male";
  CommitteeMember c = member("Võ Thị Thanh Tâm", "member", "2025-09-01");
  write([&](storage::Tx& tx) {
    tx.insert_committee_member(a);
    tx.insert_committee_member(b);
    tx.insert_committee_member(c);
  });
  EXPECT_GT(a.id, 0);
  read([&](storage::Tx& tx) {
    auto all = tx.committee_of(dept_.id);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].full_name, "Trần Văn An");  // head before secretary in the same term
    EXPECT_EQ(all[1].phone, "0900.000.003");
    EXPECT_TRUE(all[1].trained);
    EXPECT_EQ(all[1].decision_date, "2021-02-25");
    EXPECT_EQ(all[2].term_start, "2025-09-01");
    EXPECT_TRUE(tx.committee_of(school_.id).empty());
  });
  a.term_end = "2025-08-31";
  a.trained = false;
  write([&](storage::Tx& tx) { tx.update_committee_member(a); });
  read([&](storage::Tx& tx) {
    auto got = tx.committee_member(a.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->term_end, "2025-08-31");
    EXPECT_FALSE(got->trained);
    EXPECT_FALSE(tx.committee_member(999999));
  });
}

TEST_P(CommitteeStore, CommendationsRoundTripNewestFirstAndDelete) {
  Commendation one;
  one.org_id = dept_.id;
  one.full_name = "Hoàng Thị Mai Anh";
  one.sex = "female";
  one.level = "department";
  one.title = "Giấy khen";
  one.decision_no = "520/QĐ-SGDĐT";
  one.decision_date = "2025-08-15";
  one.movement = "Giỏi việc trường - Đảm việc nhà";
  Commendation two = one;
  two.collective = true;
  two.full_name.clear();
  two.sex.clear();
  two.honoree_org_id = school_.id;
  two.honoree_name = "Đơn vị SCHOOL";
  two.decision_date = "2026-05-01";
  write([&](storage::Tx& tx) {
    tx.insert_commendation(one);
    tx.insert_commendation(two);
  });
  read([&](storage::Tx& tx) {
    auto all = tx.commendations_of(dept_.id);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_TRUE(all[0].collective);
    EXPECT_EQ(all[0].honoree_org_id, school_.id);
    EXPECT_FALSE(all[1].honoree_org_id);
    EXPECT_EQ(all[1].movement, "Giỏi việc trường - Đảm việc nhà");
  });
  one.title = "Bằng khen";
  write([&](storage::Tx& tx) {
    tx.update_commendation(one);
    tx.delete_commendation(two.id);
  });
  read([&](storage::Tx& tx) {
    auto all = tx.commendations_of(dept_.id);
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].title, "Bằng khen");
    EXPECT_FALSE(tx.commendation(two.id));
  });
}

BD_ENGINES(CommitteeStore);

}  // namespace
}  // namespace bd::test
