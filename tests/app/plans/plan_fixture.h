// A small tree of its own (no demo) for the plan tests, so counts and
// orders are known:
//
//   BGDDT (ministry, root)
//   └── SO-HB   Sở Giáo dục và Đào tạo tỉnh Hòa Bình (department)
//       ├── XA-HB    Ủy ban nhân dân xã Hòa Bình (commune)
//       │   └── MN-EB    Trường Mầm non Em Bé (preschool; a grandchild of SO-HB)
//       ├── TH-AP    Trường Tiểu học An Phú (primary; governed by XA-HB)
//       ├── THCS-BM  Trường THCS Bình Minh (lower secondary)
//       ├── MN-AD    Trường Mầm non Ánh Dương (preschool)
//       └── TH-DD    Trường Tiểu học Đồng Đen (closed)
//
// Users (password "password-123"): so.ql (manager of SO-HB), tha.bt (editor
// of TH-AP), tha.ht (approver of TH-AP), thcsbm.bt (editor of THCS-BM).
#pragma once

#include "app/fixture.h"

namespace bd::test {

// Plan content that can be issued: subject, place, an objective, a signer.
inline nlohmann::json issuable_plan(int year = 2027) {
  return {{"year", year},
          {"subject", "Thực hiện công tác bình đẳng giới năm " + std::to_string(year)},
          {"place", "Hòa Bình"},
          {"objectives", {{{"title", "Nâng tỉ lệ nữ cán bộ quản lý"},
                           {"targets", {{{"text", "Ít nhất 40% cán bộ quản lý là nữ"}}}}}}},
          {"signer", {{"title", "Giám đốc"}, {"name", "Đinh Văn Hải"}}}};
}

class PlanTree : public ::testing::Test {
 protected:
  void SetUp() override {
    t_ = make_app("sqlite", false, &clock_);
    const app::Actor sys = app::Actor::System();
    const struct {
      const char *code, *name, *short_name, *type, *parent, *governor;
    } units[] = {
        {"SO-HB", "Sở Giáo dục và Đào tạo tỉnh Hòa Bình", "SGDĐT", "department", "BGDDT", ""},
        {"XA-HB", "Ủy ban nhân dân xã Hòa Bình", "UBND", "commune", "SO-HB", ""},
        {"MN-EB", "Trường Mầm non Em Bé", "MNEB", "school_preschool", "XA-HB", ""},
        {"TH-AP", "Trường Tiểu học An Phú", "THAP", "school_primary", "SO-HB", "XA-HB"},
        {"THCS-BM", "Trường THCS Bình Minh", "THCSBM", "school_lower_secondary", "SO-HB", ""},
        {"MN-AD", "Trường Mầm non Ánh Dương", "MNAD", "school_preschool", "SO-HB", ""},
        {"TH-DD", "Trường Tiểu học Đồng Đen", "THDD", "school_primary", "SO-HB", ""},
    };
    for (const auto& u : units) {
      auto r = t_.app->orgs().create(sys, {u.code, u.name, u.short_name, u.type, u.parent, u.governor, ""});
      ASSERT_TRUE(r.ok()) << u.code << ": " << r.error().message;
    }
    auto closed = t_.app->orgs().close(sys, "TH-DD", "");
    ASSERT_TRUE(closed.ok()) << closed.error().message;
    add_user(*t_.app, "so.ql", "SO-HB", "manager");
    add_user(*t_.app, "tha.bt", "TH-AP", "editor");
    add_user(*t_.app, "tha.ht", "TH-AP", "approver");
    add_user(*t_.app, "thcsbm.bt", "THCS-BM", "editor");
  }

  app::Plans& plans() { return t_.app->plans(); }
  app::Actor as(const std::string& user) { return actor_of(*t_.app, user, "password-123"); }
  static app::Actor system() { return app::Actor::System(); }

  static nlohmann::json issuable(int year = 2027) { return issuable_plan(year); }

  // A plan of `org` drafted and issued by the system on `date`.
  app::PlanView issued(const std::string& org, const std::string& date,
                       const nlohmann::json& content = issuable()) {
    auto d = plans().create(system(), org, content);
    EXPECT_TRUE(d.ok()) << d.error().message;
    if (!d) return {};
    auto i = plans().issue(system(), d->record.id, date);
    EXPECT_TRUE(i.ok()) << i.error().message;
    return i ? *i : *d;
  }

  size_t plan_count(const std::string& org) {
    auto l = plans().list(system(), org);
    EXPECT_TRUE(l.ok());
    return l ? l->size() : 0;
  }

  std::vector<AuditEntry> audit_of(int64_t plan_id) {
    std::vector<AuditEntry> out;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      out = tx.audit_for("plan", std::to_string(plan_id));
      return Status::Ok();
    }));
    return out;
  }

  FakeClock clock_;
  TestApp t_;
};

}  // namespace bd::test
