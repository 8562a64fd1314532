// Contract: plans on both engines — every field written and read back
// (nullable links included), a unit's plans newest year first, the plans
// implementing one, the highest number of a unit's year, one number per
// unit and year among issued plans, and rollback.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class PlanStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    dept_ = add_org("DEPT", std::nullopt, OrgType::kDepartment);
    school_ = add_org("SCHOOL", dept_.id, OrgType::kSchoolPrimary);
    other_ = add_org("OTHER", dept_.id, OrgType::kSchoolPrimary);
  }
  static PlanRecord plan(int64_t org, int year) {
    PlanRecord p;
    p.org_id = org;
    p.year = year;
    p.content = R"({"year":)" + std::to_string(year) + R"(,"subject":"Bình đẳng giới"})";
    p.updated_at = 1767225600;
    p.updated_by = "hanh";
    return p;
  }
  PlanRecord insert(PlanRecord p) {
    write([&](storage::Tx& tx) { tx.insert_plan(p); });
    return p;
  }
  std::vector<int64_t> ids(const std::vector<PlanRecord>& v) {
    std::vector<int64_t> out;
    for (const auto& p : v) out.push_back(p.id);
    return out;
  }

  OrgUnit dept_, school_, other_;
};

TEST_P(PlanStore, InsertThenReadBackEveryField) {
  const PlanRecord parent = insert(plan(dept_.id, 2027));
  PlanRecord p = plan(school_.id, 2027);
  p.number = 3;
  p.status = PlanStatus::kIssued;
  p.parent_plan_id = parent.id;
  p.issued_on = "2027-01-05";
  p.version = 2;
  p.supersedes_id = parent.id;
  p.content = R"({"subject":"Kế hoạch \"thực hiện\" năm 2027","basis":["Luật; 2006"]})";
  p.updated_at = 1767300000;
  p.updated_by = "thcs.tanmy.ht";
  p.signing = R"({"note":"Kính trình Hiệu trưởng"})";
  p = insert(p);
  EXPECT_GT(parent.id, 0);
  EXPECT_GT(p.id, parent.id);
  read([&](storage::Tx& tx) {
    auto got = tx.plan_by_id(p.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, p.id);
    EXPECT_EQ(got->org_id, school_.id);
    EXPECT_EQ(got->year, 2027);
    EXPECT_EQ(got->number, 3);
    EXPECT_EQ(got->status, PlanStatus::kIssued);
    EXPECT_EQ(got->parent_plan_id, parent.id);
    EXPECT_EQ(got->issued_on, "2027-01-05");
    EXPECT_EQ(got->version, 2);
    EXPECT_EQ(got->supersedes_id, parent.id);
    EXPECT_EQ(got->content, p.content);
    EXPECT_EQ(got->updated_at, 1767300000);
    EXPECT_EQ(got->updated_by, "thcs.tanmy.ht");
    EXPECT_EQ(got->signing, R"({"note":"Kính trình Hiệu trưởng"})");
    // A draft's links are empty, its number 0, its version 1.
    auto d = tx.plan_by_id(parent.id);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->status, PlanStatus::kDraft);
    EXPECT_EQ(d->number, 0);
    EXPECT_EQ(d->version, 1);
    EXPECT_FALSE(d->parent_plan_id.has_value());
    EXPECT_FALSE(d->supersedes_id.has_value());
    EXPECT_EQ(d->issued_on, "");
    EXPECT_FALSE(tx.plan_by_id(p.id + 1000));
  });
}

TEST_P(PlanStore, UpdateWritesEveryFieldAndCanClearLinks) {
  const PlanRecord parent = insert(plan(dept_.id, 2027));
  PlanRecord p = plan(school_.id, 2027);
  p.parent_plan_id = parent.id;
  p = insert(p);
  p.year = 2028;
  p.number = 1;
  p.status = PlanStatus::kSigning;
  p.signing = R"({"comment":"Sửa mục tiêu"})";
  p.issued_on = "2028-02-29";
  p.version = 4;
  p.supersedes_id = parent.id;
  p.parent_plan_id = std::nullopt;
  p.content = R"({"year":2028})";
  p.updated_at = 1800000000;
  p.updated_by = "so.quanly";
  write([&](storage::Tx& tx) { tx.update_plan(p); });
  read([&](storage::Tx& tx) {
    auto got = tx.plan_by_id(p.id);
    ASSERT_TRUE(got);
    EXPECT_EQ(got->year, 2028);
    EXPECT_EQ(got->number, 1);
    EXPECT_EQ(got->status, PlanStatus::kSigning);
    EXPECT_EQ(got->signing, R"({"comment":"Sửa mục tiêu"})");
    EXPECT_EQ(got->issued_on, "2028-02-29");
    EXPECT_EQ(got->version, 4);
    EXPECT_EQ(got->supersedes_id, parent.id);
    EXPECT_FALSE(got->parent_plan_id.has_value()) << "cleared";
    EXPECT_EQ(got->content, R"({"year":2028})");
    EXPECT_EQ(got->updated_at, 1800000000);
    EXPECT_EQ(got->updated_by, "so.quanly");
    EXPECT_EQ(got->org_id, school_.id) << "the unit is not changed by an update";
    EXPECT_TRUE(tx.plans_implementing(parent.id).empty());
  });
}

TEST_P(PlanStore, AUnitsPlansNewestYearFirstThenNewestFirst) {
  const auto a = insert(plan(school_.id, 2026));
  const auto b = insert(plan(school_.id, 2027));
  const auto c = insert(plan(school_.id, 2026));
  const auto d = insert(plan(school_.id, 2028));
  insert(plan(other_.id, 2030));
  read([&](storage::Tx& tx) {
    EXPECT_EQ(ids(tx.plans_of(school_.id)), (std::vector<int64_t>{d.id, b.id, c.id, a.id}));
    EXPECT_EQ(tx.plans_of(other_.id).size(), 1u);
    EXPECT_TRUE(tx.plans_of(dept_.id).empty());
  });
}

TEST_P(PlanStore, PlansImplementingOneInCreationOrder) {
  const auto parent = insert(plan(dept_.id, 2027));
  const auto unrelated = insert(plan(dept_.id, 2026));
  PlanRecord x = plan(other_.id, 2027), y = plan(school_.id, 2027), z = plan(school_.id, 2027);
  x.parent_plan_id = y.parent_plan_id = parent.id;
  z.parent_plan_id = unrelated.id;
  x = insert(x);
  y = insert(y);
  z = insert(z);
  read([&](storage::Tx& tx) {
    EXPECT_EQ(ids(tx.plans_implementing(parent.id)), (std::vector<int64_t>{x.id, y.id}));
    EXPECT_EQ(ids(tx.plans_implementing(unrelated.id)), std::vector<int64_t>{z.id});
    EXPECT_TRUE(tx.plans_implementing(x.id).empty());
  });
}

TEST_P(PlanStore, NumbersArePerUnitAndYear) {
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.max_plan_number(school_.id, 2027), 0) << "none yet"; });
  for (int n : {1, 2, 5}) {
    PlanRecord p = plan(school_.id, 2027);
    p.number = n;
    p.status = PlanStatus::kIssued;
    insert(p);
  }
  PlanRecord next_year = plan(school_.id, 2028);
  next_year.number = 1;
  insert(next_year);
  insert(plan(school_.id, 2027));  // a draft: number 0, any number of them
  insert(plan(school_.id, 2027));
  PlanRecord elsewhere = plan(other_.id, 2027);
  elsewhere.number = 9;
  insert(elsewhere);
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.max_plan_number(school_.id, 2027), 5);
    EXPECT_EQ(tx.max_plan_number(school_.id, 2028), 1);
    EXPECT_EQ(tx.max_plan_number(school_.id, 2029), 0);
    EXPECT_EQ(tx.max_plan_number(other_.id, 2027), 9);
    EXPECT_EQ(tx.max_plan_number(dept_.id, 2027), 0);
  });
  // The same number twice in a unit's year is refused, and the write rolls back.
  PlanRecord dup = plan(school_.id, 2027);
  dup.number = 2;
  Status st = store_->write([&](storage::Tx& tx) {
    tx.insert_plan(dup);
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.plans_of(school_.id).size(), 6u); });
}

TEST_P(PlanStore, AnErrorRollsBackTheInsert) {
  Status st = store_->write([&](storage::Tx& tx) {
    PlanRecord p = plan(school_.id, 2027);
    tx.insert_plan(p);
    EXPECT_GT(p.id, 0);
    EXPECT_TRUE(tx.plan_by_id(p.id)) << "visible inside its transaction";
    return Status(Error::Conflict("thôi"));
  });
  EXPECT_FALSE(st.ok());
  read([&](storage::Tx& tx) { EXPECT_TRUE(tx.plans_of(school_.id).empty()); });
}

BD_ENGINES(PlanStore);

}  // namespace
}  // namespace bd::test
