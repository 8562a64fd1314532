// Bulk loads: units level by level, values in batches, reports in their
// final states; system only, one audit record each, analytics current after.
#include "app/bulk_load.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

class BulkLoad : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override { t_ = make_app(GetParam(), false, &clock_); }
  app::BulkLoad& bulk() { return t_.app->bulk(); }
  const app::Actor system_ = app::Actor::System();

  // A department, a commune under it, a primary school under the commune
  // and an upper secondary school under the department, governed by the
  // commune: three levels in one load.
  std::vector<OrgUnit> load_tree() {
    auto r = bulk().units(system_, {{"SGD", "Sở Giáo dục và Đào tạo tỉnh Bình Sơn", "SGDĐT", "department", "BGDDT", "", ""},
                                    {"XA", "Ủy ban nhân dân xã Tân Mỹ", "UBND", "commune", "SGD", "", ""},
                                    {"TH", "  Trường Tiểu học  Tân Mỹ ", "THTM", "school_primary", "XA", "", "05/09/2016"},
                                    {"THPT", "Trường THPT Tân Mỹ", "", "school_upper_secondary", "SGD", "XA", ""}});
    EXPECT_TRUE(r.ok()) << r.error().message;
    return r.ok() ? *r : std::vector<OrgUnit>{};
  }
  int64_t element_id(const std::string& code) { return t_.app->analytics().element_by_code(code)->id; }
  std::vector<AuditEntry> audit(const std::string& entity) {
    std::vector<AuditEntry> out;
    (void)t_.store->read([&](storage::Tx& tx) {
      out = tx.audit_for(entity, "bulk");
      return Status::Ok();
    });
    return out;
  }

  FakeClock clock_;
  TestApp t_;
};

TEST_P(BulkLoad, OnlyTheSystemLoads) {
  add_user(*t_.app, "root.admin", "BGDDT", "admin");
  const auto admin = actor_of(*t_.app, "root.admin", "password-123");
  EXPECT_EQ(bulk().units(admin, {}).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(bulk().values(admin, [](std::vector<StoredValue>&) { return false; }).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(bulk().reports(admin, {}).error().code, ErrorCode::kForbidden);
}

TEST_P(BulkLoad, UnitsGoInLevelByLevelWithOneAuditRecord) {
  auto units = load_tree();
  ASSERT_EQ(units.size(), 4u);
  EXPECT_EQ(units[2].name, "Trường Tiểu học Tân Mỹ") << "names cleaned as Orgs::create cleans them";
  EXPECT_EQ(units[2].opened, "2016-09-05");
  EXPECT_EQ(units[0].opened, "2026-01-01") << "today by default";
  EXPECT_EQ(units[2].path, units[1].path + std::to_string(units[2].id) + "/");
  EXPECT_EQ(units[3].parent_id, units[0].id);
  EXPECT_EQ(units[3].governor_id, units[1].id);
  auto detail = t_.app->orgs().get(system_, "TH");
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->info.parent_code, "XA");
  EXPECT_EQ(detail->history.size(), 1u);
  auto log = audit("orgunit");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].action, "bulk_create");
  EXPECT_EQ(log[0].actor, "system");
  EXPECT_NE(log[0].after_json.find("\"units\":4"), std::string::npos) << log[0].after_json;
  EXPECT_EQ(t_.app->analytics().children(units[0].id), (std::vector<int64_t>{units[1].id, units[3].id}))
      << "the engine has the new tree";
}

TEST_P(BulkLoad, AnyBadUnitRefusesTheWholeLoad) {
  load_tree();
  struct Case {
    std::vector<app::OrgInput> in;
    ErrorCode code;
    std::string field;
  };
  const std::vector<Case> cases{
      {{{"NEW", "Trường mới", "", "school_primary", "XA", "", ""}, {"TH", "Trùng mã", "", "school_primary", "XA", "", ""}},
       ErrorCode::kConflict, "code"},
      {{{"A", "Trường A", "", "school_primary", "NOWHERE", "", ""}}, ErrorCode::kValidation, "parent"},
      {{{"B", "Trường B", "", "school_primary", "C", "", ""}, {"C", "Trường C", "", "commune", "SGD", "", ""}},
       ErrorCode::kValidation, "parent"},  // parents must come first
      {{{"D", "Trường D", "", "school_nowhere", "XA", "", ""}}, ErrorCode::kValidation, "type"},
      {{{"bad code", "Trường E", "", "school_primary", "XA", "", ""}}, ErrorCode::kValidation, "code"},
      {{{"F", "Trường F", "", "school_primary", "XA", "NOBODY", ""}}, ErrorCode::kValidation, "governor"},
  };
  for (const auto& c : cases) {
    auto r = bulk().units(system_, c.in);
    ASSERT_FALSE(r.ok()) << c.in[0].code;
    EXPECT_EQ(r.error().code, c.code) << c.in[0].code << ": " << r.error().message;
    EXPECT_EQ(r.error().field, c.field) << c.in[0].code;
  }
  EXPECT_FALSE(t_.app->orgs().get(system_, "NEW").ok()) << "nothing of a refused load stays";
  EXPECT_EQ(audit("orgunit").size(), 1u);
}

TEST_P(BulkLoad, ValuesGoInBatchesAndTheEngineSeesThem) {
  auto units = load_tree();
  const int64_t staff = element_id("staff_total"), parents = element_id("parents_total");
  int calls = 0;
  auto n = bulk().values(system_, [&](std::vector<StoredValue>& batch) {
    ++calls;
    for (int y = 2016; y <= 2025; ++y) {
      const std::string p = std::to_string(y) + "S" + std::to_string(calls);
      batch.push_back({staff, "female", units[2].id, p, 30 + y - 2016, "", 0, ""});
      batch.push_back({staff, "male", units[2].id, p, 5, "", 0, ""});
      batch.push_back({staff, "female", units[3].id, p, 40, "", 0, ""});
      batch.push_back({parents, "", units[3].id, p, 400, "", 0, ""});
    }
    return calls < 2;
  });
  ASSERT_TRUE(n.ok()) << n.error().message;
  EXPECT_EQ(*n, 2 * 10 * 4);
  auto& a = t_.app->analytics();
  EXPECT_EQ(a.element("staff_total", "", units[0].id, *parse_period("2025")), 39 + 5 + 40);
  EXPECT_EQ(a.element("staff_total", "female", units[1].id, *parse_period("2016S1")), 30);
  EXPECT_EQ(a.element("parents_total", "", units[0].id, *parse_period("2020")), 400);
  auto view = t_.app->values().get(system_, "TH", "2024S2");
  ASSERT_TRUE(view.ok());
  ASSERT_EQ(view->size(), 2u);
  auto log = audit("datavalues");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_NE(log[0].after_json.find("\"values\":80"), std::string::npos) << log[0].after_json;
  EXPECT_NE(log[0].after_json.find("\"units\":2"), std::string::npos) << log[0].after_json;
  EXPECT_NE(log[0].after_json.find("2025S2"), std::string::npos) << log[0].after_json;
}

TEST_P(BulkLoad, ABadValueRefusesTheWholeLoad) {
  auto units = load_tree();
  const int64_t staff = element_id("staff_total"), parents = element_id("parents_total");
  const int64_t yes_no = element_id("health_worker");
  const std::vector<std::pair<StoredValue, std::string>> bad{
      {{staff, "other", units[2].id, "2025S1", 1, "", 0, ""}, "option"},
      {{parents, "female", units[2].id, "2025S1", 1, "", 0, ""}, "option"},
      {{staff, "female", 999999, "2025S1", 1, "", 0, ""}, "org"},
      {{999999, "", units[2].id, "2025S1", 1, "", 0, ""}, "element"},
      {{staff, "female", units[2].id, "2025-S1", 1, "", 0, ""}, "period"},
      {{staff, "female", units[2].id, "2025S1", 1.5, "", 0, ""}, "value"},
      {{staff, "female", units[2].id, "2025S1", -1, "", 0, ""}, "value"},
      {{staff, "female", units[2].id, "2025S1", std::nullopt, "", 0, ""}, "value"},
      {{yes_no, "", units[2].id, "2025", 2, "", 0, ""}, "value"},
  };
  for (const auto& [v, field] : bad) {
    int calls = 0;
    auto n = bulk().values(system_, [&](std::vector<StoredValue>& batch) {
      batch.push_back({staff, "male", units[2].id, "2025S1", 3, "", 0, ""});  // good, rolled back with the bad
      if (++calls == 2) batch.push_back(v);
      return calls < 3;
    });
    ASSERT_FALSE(n.ok()) << field;
    EXPECT_EQ(n.error().code, ErrorCode::kValidation) << field;
    EXPECT_EQ(n.error().field, field) << n.error().message;
  }
  EXPECT_TRUE(t_.app->values().get(system_, "TH", "2025S1")->empty());
  EXPECT_TRUE(audit("datavalues").empty());
  auto again = bulk().values(system_, [&](std::vector<StoredValue>& batch) {
    batch.push_back({staff, "male", units[2].id, "2025S1", 3, "", 0, ""});
    return false;
  });
  EXPECT_TRUE(again.ok()) << "the connection is fine after a refused load";
}

TEST_P(BulkLoad, ReportsKeepTheirStatesAndApprovedOnesLock) {
  auto units = load_tree();
  auto report = [&](size_t unit, ReportStatus s) {
    ReportRecord r;
    r.org_id = units[unit].id;
    r.period = "2025S1";
    r.status = s;
    if (s != ReportStatus::kDraft && s != ReportStatus::kNotRequired) {
      r.submitted_at = 1749500000;
      r.submitted_by = "th.tanmy";
    }
    if (s == ReportStatus::kApproved || s == ReportStatus::kReturned || s == ReportStatus::kNotRequired) {
      r.decided_at = 1749800000;
      r.decided_by = "xa.pheduyet";
    }
    if (s == ReportStatus::kReturned) r.comment = "Bổ sung số liệu tập huấn.";
    return r;
  };
  auto n = bulk().reports(system_, {report(2, ReportStatus::kApproved), report(3, ReportStatus::kReturned),
                                    report(0, ReportStatus::kSubmitted), report(1, ReportStatus::kDraft)});
  ASSERT_TRUE(n.ok()) << n.error().message;
  EXPECT_EQ(*n, 4);
  EXPECT_TRUE(*t_.app->values().locked(system_, "TH", "2025S1"));
  EXPECT_FALSE(*t_.app->values().locked(system_, "THPT", "2025S1"));
  auto th = t_.app->reports().get(system_, "TH", "2025S1");
  ASSERT_TRUE(th.ok()) << th.error().message;
  EXPECT_EQ(th->record.status, ReportStatus::kApproved);
  EXPECT_EQ(th->record.narrative, "{}");
  EXPECT_EQ(th->record.updated_by, "system");
  auto log = audit("report");
  ASSERT_EQ(log.size(), 1u);
  EXPECT_NE(log[0].after_json.find("\"approved\":1"), std::string::npos) << log[0].after_json;

  auto twice = bulk().reports(system_, {report(2, ReportStatus::kDraft)});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
  ReportRecord unsent = report(2, ReportStatus::kApproved);
  unsent.period = "2025S2";
  unsent.submitted_at = 0;
  EXPECT_EQ(bulk().reports(system_, {unsent}).error().field, "submitted_at");
  ReportRecord no_reason = report(2, ReportStatus::kReturned);
  no_reason.period = "2025S2";
  no_reason.comment.clear();
  EXPECT_EQ(bulk().reports(system_, {no_reason}).error().field, "comment");
  EXPECT_EQ(audit("report").size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Engines, BulkLoad, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
