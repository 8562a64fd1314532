// Contract: periodic reports on both engines.
#include <map>
#include <set>

#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

class ReportStore : public EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (HasFatalFailure()) return;
    root_ = add_org("ROOT", std::nullopt, OrgType::kDepartment);
    commune_ = add_org("COMMUNE", root_.id, OrgType::kCommune);
    school_ = add_org("SCHOOL", commune_.id, OrgType::kSchoolPrimary);
    other_ = add_org("OTHER", std::nullopt, OrgType::kDepartment);
  }
  ReportRecord report(int64_t org, const std::string& period) const {
    ReportRecord r;
    r.org_id = org;
    r.period = period;
    r.narrative = R"({"results":"Tổ chức 3 buổi tập huấn"})";
    r.updated_at = 1767225600;
    r.updated_by = "hanh";
    return r;
  }
  ReportRecord insert(ReportRecord r) {
    write([&](storage::Tx& tx) { tx.insert_report(r); });
    return r;
  }

  OrgUnit root_, commune_, school_, other_;
};

TEST_P(ReportStore, InsertThenReadBackEveryField) {
  ReportRecord r = report(school_.id, "2025S1");
  r.status = ReportStatus::kSubmitted;
  r.submitted_at = 1749500000;
  r.first_submitted_at = 1749400000;
  r.submitted_by = "thcs.tanmy";
  r.decided_at = 1749600000;
  r.decided_by = "so.pheduyet";
  r.comment = "Bổ sung số liệu tập huấn";
  r = insert(r);
  EXPECT_GT(r.id, 0);
  read([&](storage::Tx& tx) {
    auto got = tx.report_of(school_.id, "2025S1");
    ASSERT_TRUE(got);
    EXPECT_EQ(got->id, r.id);
    EXPECT_EQ(got->org_id, school_.id);
    EXPECT_EQ(got->period, "2025S1");
    EXPECT_EQ(got->status, ReportStatus::kSubmitted);
    EXPECT_EQ(got->narrative, R"({"results":"Tổ chức 3 buổi tập huấn"})");
    EXPECT_EQ(got->submitted_at, 1749500000);
    EXPECT_EQ(got->first_submitted_at, 1749400000);
    EXPECT_EQ(got->submitted_by, "thcs.tanmy");
    EXPECT_EQ(got->decided_at, 1749600000);
    EXPECT_EQ(got->decided_by, "so.pheduyet");
    EXPECT_EQ(got->comment, "Bổ sung số liệu tập huấn");
    EXPECT_EQ(got->updated_at, 1767225600);
    EXPECT_EQ(got->updated_by, "hanh");
    EXPECT_FALSE(tx.report_of(school_.id, "2025S2"));
    EXPECT_FALSE(tx.report_of(commune_.id, "2025S1"));
  });
}

TEST_P(ReportStore, UpdateChangesStatusAndFields) {
  ReportRecord r = insert(report(school_.id, "2025"));
  r.status = ReportStatus::kReturned;
  r.comment = "Thiếu phần kiến nghị";
  r.decided_at = 1767300000;
  r.decided_by = "so.pheduyet";
  r.narrative = R"({"proposals":"Đề nghị Sở mở lớp tập huấn"})";
  write([&](storage::Tx& tx) { tx.update_report(r); });
  read([&](storage::Tx& tx) {
    auto got = tx.report_of(school_.id, "2025");
    ASSERT_TRUE(got);
    EXPECT_EQ(got->status, ReportStatus::kReturned);
    EXPECT_EQ(got->comment, "Thiếu phần kiến nghị");
    EXPECT_EQ(got->decided_by, "so.pheduyet");
    EXPECT_EQ(got->narrative, R"({"proposals":"Đề nghị Sở mở lớp tập huấn"})");
    EXPECT_EQ(got->period, "2025");  // stays text
  });
}

TEST_P(ReportStore, OnePerUnitAndPeriod) {
  insert(report(school_.id, "2025S1"));
  Status st = store_->write([&](storage::Tx& tx) {
    ReportRecord dup = report(school_.id, "2025S1");
    tx.insert_report(dup);
    return Status::Ok();
  });
  EXPECT_FALSE(st.ok());
  insert(report(school_.id, "2025S2"));
  read([&](storage::Tx& tx) {
    auto all = tx.reports_of(school_.id);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].period, "2025S2");
    EXPECT_EQ(all[1].period, "2025S1");
  });
}

TEST_P(ReportStore, WithinASubtreeForOnePeriod) {
  ReportRecord submitted = report(school_.id, "2025S1");
  submitted.status = ReportStatus::kSubmitted;
  submitted.submitted_at = 1749500000;
  submitted.first_submitted_at = 1749400000;
  insert(report(root_.id, "2025S1"));
  insert(report(commune_.id, "2025S1"));
  insert(submitted);
  insert(report(school_.id, "2025S2"));
  insert(report(other_.id, "2025S1"));
  read([&](storage::Tx& tx) {
    std::map<int64_t, ReportState> all;
    for (const auto& r : tx.report_states_within(root_.path, "2025S1")) all[r.org_id] = r;
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all.count(root_.id), 1u);
    EXPECT_EQ(all.count(commune_.id), 1u);
    EXPECT_EQ(all[commune_.id].status, ReportStatus::kDraft);
    EXPECT_EQ(all[commune_.id].submitted_at, 0);
    EXPECT_EQ(all[school_.id].status, ReportStatus::kSubmitted);
    EXPECT_EQ(all[school_.id].submitted_at, 1749500000);
    EXPECT_EQ(all[school_.id].first_submitted_at, 1749400000);
    auto below = tx.report_states_within(commune_.path, "2025S1");
    ASSERT_EQ(below.size(), 2u);
    EXPECT_TRUE(tx.report_states_within(school_.path, "2024S1").empty());
  });
}

// A path is a prefix of its subtree's paths only up to its closing '/':
// unit 1's subtree holds neither unit 10 nor unit 12, whose paths begin
// with the same digit; and a subtree of more units than one fetch holds
// comes back whole.
TEST_P(ReportStore, WithinASubtreeStopsAtThePathsEnd) {
  std::vector<OrgUnit> schools;
  for (int i = 0; i < 12; ++i)
    schools.push_back(add_org("S" + std::to_string(i), commune_.id, OrgType::kSchoolPrimary));
  for (const auto& s : schools) insert(report(s.id, "2025S1"));
  read([&](storage::Tx& tx) {
    for (const auto& s : schools) {
      auto mine = tx.report_states_within(s.path, "2025S1");
      ASSERT_EQ(mine.size(), 1u) << s.path;
      EXPECT_EQ(mine[0].org_id, s.id);
      auto units = tx.orgs_within(s.path);
      ASSERT_EQ(units.size(), 1u) << s.path;
      EXPECT_EQ(units[0].id, s.id);
    }
  });
  std::vector<OrgUnit> more;
  for (int i = 0; i < 1500; ++i) {
    OrgUnit u;
    u.code = "M" + std::to_string(i);
    u.name = "Trường " + u.code;
    u.type = OrgType::kSchoolPrimary;
    u.parent_id = commune_.id;
    more.push_back(u);
  }
  write([&](storage::Tx& tx) { tx.insert_orgs(more); });
  std::vector<ReportRecord> many;
  for (const auto& u : more) many.push_back(report(u.id, "2025S1"));
  write([&](storage::Tx& tx) { tx.insert_reports(many); });
  read([&](storage::Tx& tx) {
    auto all = tx.report_states_within(root_.path, "2025S1");
    EXPECT_EQ(all.size(), 12u + 1500u);
    std::set<int64_t> ids;
    for (const auto& r : all) ids.insert(r.org_id);
    EXPECT_EQ(ids.size(), all.size()) << "no report twice";
    EXPECT_EQ(ids.count(more.back().id), 1u);
  });
}

TEST_P(ReportStore, OfTheDirectChildrenForOnePeriod) {
  const OrgUnit school2 = add_org("SCHOOL2", root_.id, OrgType::kSchoolUpperSecondary);
  insert(report(root_.id, "2025S1"));
  insert(report(commune_.id, "2025S1"));
  insert(report(school_.id, "2025S1"));  // a grandchild of ROOT
  insert(report(school2.id, "2025S1"));
  insert(report(school2.id, "2025S2"));
  insert(report(other_.id, "2025S1"));
  read([&](storage::Tx& tx) {
    auto kids = tx.reports_of_children(root_.id, "2025S1");
    ASSERT_EQ(kids.size(), 2u) << "the unit itself and its grandchildren are left out";
    EXPECT_EQ(kids[0].org_id, commune_.id);  // in path order
    EXPECT_EQ(kids[1].org_id, school2.id);
    EXPECT_EQ(kids[1].period, "2025S1");
    auto second = tx.reports_of_children(root_.id, "2025S2");
    ASSERT_EQ(second.size(), 1u);
    EXPECT_EQ(second[0].org_id, school2.id);
    EXPECT_TRUE(tx.reports_of_children(school_.id, "2025S1").empty()) << "a leaf has no children";
    EXPECT_TRUE(tx.reports_of_children(root_.id, "2024S1").empty());
  });
}

// The bulk load: more reports than one multi-row statement holds, every
// field stored, found by unit and period and over a subtree.
TEST_P(ReportStore, InsertReportsStoresManyAtOnce) {
  std::vector<ReportRecord> many;
  for (int y = 1800; y < 2400; ++y) {
    ReportRecord r = report(school_.id, std::to_string(y));
    r.status = y % 2 ? ReportStatus::kApproved : ReportStatus::kReturned;
    r.submitted_at = y;
    r.submitted_by = "hanh";
    r.decided_at = y + 1;
    r.decided_by = "minh";
    r.comment = y % 2 ? "" : "Bổ sung";
    many.push_back(r);
  }
  many.push_back(report(commune_.id, "2025S1"));
  write([&](storage::Tx& tx) { tx.insert_reports(many); });
  read([&](storage::Tx& tx) {
    EXPECT_EQ(tx.reports_of(school_.id).size(), 600u);
    auto r = tx.report_of(school_.id, "2000");
    ASSERT_TRUE(r);
    EXPECT_GT(r->id, 0);
    EXPECT_EQ(r->status, ReportStatus::kReturned);
    EXPECT_EQ(r->narrative, many[0].narrative);
    EXPECT_EQ(r->submitted_at, 2000);
    EXPECT_EQ(r->submitted_by, "hanh");
    EXPECT_EQ(r->decided_at, 2001);
    EXPECT_EQ(r->decided_by, "minh");
    EXPECT_EQ(r->comment, "Bổ sung");
    EXPECT_EQ(r->updated_at, 1767225600);
    EXPECT_EQ(r->updated_by, "hanh");
    EXPECT_EQ(tx.report_of(school_.id, "2001")->status, ReportStatus::kApproved);
    EXPECT_EQ(tx.report_states_within(root_.path, "2025S1").size(), 1u);
  });
}

TEST_P(ReportStore, ApprovedVersionsAreNumberedPerReport) {
  const ReportRecord a = insert(report(school_.id, "2025S1")), b = insert(report(commune_.id, "2025S1"));
  write([&](storage::Tx& tx) {
    ReportVersion v{a.id, 0, 1751000000, "so.pheduyet", R"({"unit":{"name":"Trường Tiểu học Tân Mỹ"}})"};
    tx.add_report_version(v);
    EXPECT_EQ(v.version, 1);
    ReportVersion other{b.id, 0, 1751000100, "so.pheduyet", "{}"};
    tx.add_report_version(other);
    EXPECT_EQ(other.version, 1) << "numbered per report";
    v.approved_at = 1752000000;
    v.record = R"({"unit":{"name":"Trường Tiểu học Tân Mỹ 2"}})";
    tx.add_report_version(v);
    EXPECT_EQ(v.version, 2);
  });
  read([&](storage::Tx& tx) {
    const auto all = tx.report_versions(a.id, true);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].version, 1);
    EXPECT_EQ(all[0].report_id, a.id);
    EXPECT_EQ(all[0].approved_at, 1751000000);
    EXPECT_EQ(all[0].approved_by, "so.pheduyet");
    EXPECT_EQ(all[0].record, R"({"unit":{"name":"Trường Tiểu học Tân Mỹ"}})");
    EXPECT_EQ(all[1].version, 2);
    EXPECT_EQ(all[1].record, R"({"unit":{"name":"Trường Tiểu học Tân Mỹ 2"}})");
    const auto listed = tx.report_versions(a.id, false);
    ASSERT_EQ(listed.size(), 2u);
    EXPECT_EQ(listed[1].approved_at, 1752000000);
    EXPECT_EQ(listed[1].record, "") << "listed without the records";
    EXPECT_TRUE(tx.report_versions(a.id + b.id + 1, true).empty());
  });
}

BD_ENGINES(ReportStore);

}  // namespace
}  // namespace bd::test
