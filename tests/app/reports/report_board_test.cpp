// The report board: units and report states kept in memory, each read once
// and kept current by the changes it is told of (its own node's, and other
// nodes' notices), on both engines.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Board : public ReportTree {
 protected:
  int64_t id(const std::string& code) {
    int64_t out = 0;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      out = tx.org_by_code(code)->id;
      return Status::Ok();
    }).ok());
    return out;
  }
  // The status the board holds for the unit's report of the period; kDraft
  // when it holds none ("no report").
  static std::optional<ReportStatus> status_in(app::ReportBoard& b, int64_t org_id, const std::string& period) {
    std::optional<ReportStatus> out;
    EXPECT_TRUE(b.with_states(period, [&](const app::ReportBoard::States& s) {
      if (const ReportState* r = s.find(org_id)) out = r->status;
    }).ok());
    return out;
  }
  // Writes a report's status behind the board's back, as another node would.
  void write_status(const std::string& code, const std::string& period, ReportStatus status) {
    ASSERT_TRUE(t_.store->write([&](storage::Tx& tx) {
      const int64_t org = tx.org_by_code(code)->id;
      auto r = tx.report_of(org, period);
      ReportRecord rec = r.value_or(ReportRecord{});
      rec.org_id = org;
      rec.period = period;
      rec.status = status;
      rec.narrative = "{}";
      if (r)
        tx.update_report(rec);
      else
        tx.insert_report(rec);
      return Status::Ok();
    }).ok());
  }
};

TEST_P(Board, KeepsAPeriodAndReadsAgainOnlyTheReportItIsToldOf) {
  at("2025-06-05");
  auto& board = reports().board();
  const int64_t a = id("SCHOOL-A"), b = id("SCHOOL-B");
  EXPECT_FALSE(status_in(board, a, "2025S1")) << "no report yet";
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S1").ok());
  EXPECT_EQ(status_in(board, a, "2025S1"), ReportStatus::kSubmitted) << "its own node's change, at once";

  write_status("SCHOOL-B", "2025S1", ReportStatus::kSubmitted);
  EXPECT_FALSE(status_in(board, b, "2025S1")) << "kept, not read on every request";
  board.on_notice(app::ReportBoard::report_notice(b, "2025S1"));
  EXPECT_EQ(status_in(board, b, "2025S1"), ReportStatus::kSubmitted) << "another node's notice";

  write_status("SCHOOL-A", "2025S1", ReportStatus::kApproved);
  for (const char* bad : {"r:", "r:x:2025S1", "r:12", "r:1:", "r:12a:2025S1", "tree2", "v:1:2025S1"})
    board.on_notice(bad);
  EXPECT_EQ(status_in(board, a, "2025S1"), ReportStatus::kSubmitted) << "other notices change nothing";
  board.on_notice("reports");
  EXPECT_EQ(status_in(board, a, "2025S1"), ReportStatus::kApproved) << "after a bulk load, read whole again";
}

TEST_P(Board, ManyPeriodsEachStayRight) {
  auto& board = reports().board();
  const int64_t a = id("SCHOOL-A");
  // More periods than it keeps: the oldest are read again when asked for.
  for (int y = 2010; y < 2010 + 2 * static_cast<int>(app::ReportBoard::kPeriodsKept); ++y) {
    const std::string p = std::to_string(y) + "S1";
    EXPECT_FALSE(status_in(board, a, p));
    write_status("SCHOOL-A", p, y % 2 ? ReportStatus::kReturned : ReportStatus::kSubmitted);
    board.report_changed(a, p);
    EXPECT_EQ(status_in(board, a, p), y % 2 ? ReportStatus::kReturned : ReportStatus::kSubmitted) << p;
  }
  for (int y = 2010; y < 2010 + 2 * static_cast<int>(app::ReportBoard::kPeriodsKept); ++y)
    EXPECT_EQ(status_in(board, a, std::to_string(y) + "S1"),
              y % 2 ? ReportStatus::kReturned : ReportStatus::kSubmitted);
}

TEST_P(Board, UnitsAreKeptUntilTheTreeChanges) {
  auto& board = reports().board();
  auto first = board.units();
  ASSERT_TRUE(first.ok());
  auto again = board.units();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(first->get(), again->get()) << "the same list, not read again";
  EXPECT_TRUE(std::is_sorted((*first)->begin(), (*first)->end(),
                             [](const OrgUnit& x, const OrgUnit& y) { return x.path < y.path; }));

  auto made = t_.app->orgs().create(app::Actor::System(), unit("SCHOOL-F", "Trường Tiểu học Phú Mỹ", "OFFICE"));
  ASSERT_TRUE(made.ok()) << made.error().message;
  auto after = board.units();
  ASSERT_TRUE(after.ok());
  EXPECT_NE(first->get(), after->get()) << "the tree changed: read again";
  bool found = false;
  for (const auto& u : **after) found = found || u.code == "SCHOOL-F";
  EXPECT_TRUE(found);
  board.on_notice("tree");
  auto told = board.units();
  ASSERT_TRUE(told.ok());
  EXPECT_NE(after->get(), told->get()) << "another node's change of the tree";
}

TEST_P(Board, CompletenessFollowsTheBoard) {
  at("2025-06-20");
  auto before = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->subtree.submitted, 0);
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S1").ok());
  ASSERT_TRUE(t_.app->orgs().create(app::Actor::System(), unit("SCHOOL-F", "Trường Tiểu học Phú Mỹ", "OFFICE")).ok());
  auto after = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->subtree.submitted, 1) << "a report submitted since";
  EXPECT_EQ(after->subtree.expected, before->subtree.expected + 1) << "a school opened since";
}

TEST_P(Board, ReportsLoadedInBulkAreSeen) {
  at("2025-06-20");
  auto before = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->subtree.submitted, 0);
  ReportRecord r;
  r.org_id = id("SCHOOL-A");
  r.period = "2025S1";
  r.status = ReportStatus::kSubmitted;
  r.submitted_at = clock_.t - 15 * 86400;
  r.submitted_by = "a.editor";
  auto loaded = t_.app->bulk().reports(app::Actor::System(), {r});
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  auto after = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  ASSERT_TRUE(after.ok());
  EXPECT_EQ(after->subtree.submitted, 1);
  EXPECT_EQ(after->subtree.on_time, 1);
}

INSTANTIATE_TEST_SUITE_P(Engines, Board, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

TEST(StateTable, HoldsCompactAndScatteredIdsAlike) {
  app::StateTable t;
  const std::vector<int64_t> ids = {1, 2, 70'000, 3, 1'000'000'000'000, -5, 65'535, 65'536, 0};
  for (int64_t id : ids) t.put({id, ReportStatus::kSubmitted, id});
  EXPECT_EQ(t.size(), ids.size());
  for (int64_t id : ids) {
    const ReportState* s = t.find(id);
    ASSERT_TRUE(s) << id;
    EXPECT_EQ(s->org_id, id);
    EXPECT_EQ(s->submitted_at, id);
  }
  EXPECT_FALSE(t.find(4));
  EXPECT_FALSE(t.find(999'999));
  t.put({2, ReportStatus::kApproved, 9});
  EXPECT_EQ(t.size(), ids.size()) << "replaced, not added";
  EXPECT_EQ(t.find(2)->status, ReportStatus::kApproved);
  t.erase(2);
  t.erase(1'000'000'000'000);
  t.erase(12345);  // none there
  EXPECT_FALSE(t.find(2));
  EXPECT_FALSE(t.find(1'000'000'000'000));
  EXPECT_EQ(t.size(), ids.size() - 2);
}

TEST(ReportBoardSubtree, IsTheRunWithinThePathAndStopsAtItsEnd) {
  app::ReportBoard::Units units;
  for (const char* p : {"/1/", "/1/10/", "/1/10/3/", "/1/2/", "/1/2/7/", "/10/", "/10/4/", "/2/"}) {
    OrgUnit u;
    u.path = p;
    units.push_back(u);
  }
  auto paths = [&](std::string_view root) {
    std::vector<std::string> out;
    for (const auto& u : app::subtree(units, root)) out.push_back(u.path);
    return out;
  };
  EXPECT_EQ(paths("/1/"), (std::vector<std::string>{"/1/", "/1/10/", "/1/10/3/", "/1/2/", "/1/2/7/"}));
  EXPECT_EQ(paths("/1/2/"), (std::vector<std::string>{"/1/2/", "/1/2/7/"}));
  EXPECT_EQ(paths("/10/"), (std::vector<std::string>{"/10/", "/10/4/"}));
  EXPECT_TRUE(paths("/3/").empty());
  EXPECT_TRUE(paths("/1/2/7/9/").empty());
}

}  // namespace
}  // namespace bd::test
