// A three-level tree for report tests, on a fresh database with a FakeClock:
//   BGDDT (ministry) › DEPT (department) › OFFICE (office) › SCHOOL-A, SCHOOL-B, SCHOOL-E
//                                        › SCHOOL-C, SCHOOL-D, COMMUNE, SCHOOL-X (closed)
#pragma once

#include "app/fixture.h"

namespace bd::test {

class ReportTree : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), false, &clock_);
    const app::Actor system = app::Actor::System();
    for (const auto& in : {unit("DEPT", "Sở Giáo dục và Đào tạo tỉnh Thử", "BGDDT", "department"),
                           unit("OFFICE", "Phòng Giáo dục huyện Thử", "DEPT", "office"),
                           unit("SCHOOL-A", "Trường Tiểu học An Bình", "OFFICE"),
                           unit("SCHOOL-B", "Trường Tiểu học Bình Minh", "OFFICE"),
                           unit("SCHOOL-E", "Trường Mầm non Én Nhỏ", "OFFICE", "school_preschool"),
                           unit("SCHOOL-C", "Trường THPT Cửu Long", "DEPT", "school_upper_secondary"),
                           unit("SCHOOL-D", "Trường THPT Đồng Khởi", "DEPT", "school_upper_secondary"),
                           unit("COMMUNE", "Ủy ban nhân dân xã Thử", "DEPT", "commune"),
                           unit("SCHOOL-X", "Trường Tiểu học Đã Sáp Nhập", "DEPT")}) {
      auto r = t_.app->orgs().create(system, in);
      ASSERT_TRUE(r.ok()) << r.error().message;
    }
    ASSERT_TRUE(t_.app->orgs().close(system, "SCHOOL-X", "2025-01-01").ok());
    add_user(*t_.app, "a.editor", "SCHOOL-A", "editor");
    add_user(*t_.app, "a.head", "SCHOOL-A", "approver");
    add_user(*t_.app, "b.editor", "SCHOOL-B", "editor");
    add_user(*t_.app, "office.approver", "OFFICE", "approver");
    add_user(*t_.app, "office.manager", "OFFICE", "manager");
    add_user(*t_.app, "dept.approver", "DEPT", "approver");
    add_user(*t_.app, "dept.viewer", "DEPT", "viewer");
  }

  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, u == "admin" ? kAdminPassword : "password-123"); }
  app::Reports& reports() { return t_.app->reports(); }
  // Sets the clock to `hour` o'clock, Vietnam time, of `iso_date`.
  void at(const std::string& iso_date, int hour = 9) {
    clock_.t = days_from_civil(*parse_date(iso_date)) * 86400 + (hour - 7) * 3600;
  }
  size_t audits(const std::string& key) {
    size_t n = 0;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      n = tx.audit_for("report", key).size();
      return Status::Ok();
    }).ok());
    return n;
  }

  FakeClock clock_;
  TestApp t_;
};

}  // namespace bd::test
