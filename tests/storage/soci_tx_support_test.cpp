// Contract: support services and incidents on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class SupportStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    dept_ = add_org("DEPT", std::nullopt, OrgType::kDepartment);
    school_ = add_org("SCHOOL", dept_.id, OrgType::kSchoolPrimary);
    other_ = add_org("OTHER", std::nullopt, OrgType::kDepartment);
  }
  SupportService service(std::optional<int64_t> org, const std::string& name, int sort) const {
    SupportService s;
    s.org_id = org;
    s.name = name;
    s.phone = "111";
    s.sort = sort;
    return s;
  }
  OrgUnit dept_, school_, other_;
};

TEST_P(SupportStore, ServicesOfTheNationAndOfTheListedUnits) {
  auto national = service(std::nullopt, "Tổng đài quốc gia bảo vệ trẻ em 111", 1);
  auto local = service(dept_.id, "Đường dây nóng của Sở", 10);
  local.kind = "address";
  local.address = "Số 01 đường Hòa Bình";
  auto elsewhere = service(other_.id, "Đường dây nóng nơi khác", 1);
  write([&](storage::Tx& tx) {
    tx.insert_service(local);
    tx.insert_service(national);
    tx.insert_service(elsewhere);
  });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.services_for({}).size(), 1u);
    auto list = tx.services_for({dept_.id, school_.id});
    ASSERT_EQ(list.size(), 2u);
    EXPECT_FALSE(list[0].org_id);
    EXPECT_EQ(list[1].address, "Số 01 đường Hòa Bình");
    EXPECT_EQ(list[1].kind, "address");
  });
  local.hours = "24 giờ/ngày";
  write([&](storage::Tx& tx) {
    tx.update_service(local);
    tx.delete_service(elsewhere.id);
  });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.service(local.id)->hours, "24 giờ/ngày");
    EXPECT_FALSE(tx.service(elsewhere.id));
  });
}

TEST_P(SupportStore, IncidentsOfAUnitAndOfASubtreeOverDates) {
  Incident a;
  a.org_id = school_.id;
  a.occurred_on = "2025-10-20";
  a.kind = "psychological";
  a.sex = "female";
  a.age_band = "11-14";
  Incident b = a;
  b.occurred_on = "2026-02-01";
  b.sex = "male";
  Incident c = a;
  c.org_id = other_.id;
  write([&](storage::Tx& tx) {
    tx.insert_incident(a);
    tx.insert_incident(b);
    tx.insert_incident(c);
  });
  read([&](storage::Tx& tx) {
    auto mine = tx.incidents_of(school_.id);
    ASSERT_EQ(mine.size(), 2u);
    EXPECT_EQ(mine[0].occurred_on, "2026-02-01");
    auto within = tx.incidents_within(dept_.path, "2025-01-01", "2025-12-31");
    ASSERT_EQ(within.size(), 1u);
    EXPECT_EQ(within[0].age_band, "11-14");
  });
  a.status = "referred";
  a.referral = "Trung tâm Công tác xã hội tỉnh";
  write([&](storage::Tx& tx) { tx.update_incident(a); });
  read([&](storage::Tx& tx) { EXPECT_EQ(tx.incident(a.id)->referral, "Trung tâm Công tác xã hội tỉnh"); });
}

BD_ENGINES(SupportStore);

}  // namespace
}  // namespace bd::test
