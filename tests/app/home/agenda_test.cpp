// The home page's agenda on both engines: each kind of item, who sees it
// (the access rules of plans, reports and registers), and that nothing from
// another subtree shows. The tree is ReportTree's, plus a second office:
//   BGDDT › DEPT › OFFICE › SCHOOL-A, SCHOOL-B, SCHOOL-E
//               › OFFICE2 › SCHOOL-F
//               › SCHOOL-C, SCHOOL-D, COMMUNE, SCHOOL-X (closed)
#include <algorithm>
#include <optional>

#include "app/plans/plan_fixture.h"
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

using app::AgendaItem;
using app::AgendaKind;

class Agenda : public ReportTree {
 protected:
  void SetUp() override {
    ReportTree::SetUp();
    if (HasFatalFailure()) return;
    const app::Actor system = app::Actor::System();
    for (const auto& in : {unit("OFFICE2", "Phòng Giáo dục huyện Khác", "DEPT", "office"),
                           unit("SCHOOL-F", "Trường Tiểu học Phú Lợi", "OFFICE2")})
      ASSERT_TRUE(t_.app->orgs().create(system, in).ok());
    // Issued plans are numbered with the unit's short name (01/KH-PGDT).
    for (const auto& [code, short_name] : {std::pair{"DEPT", "SGDT"}, {"OFFICE", "PGDT"}, {"SCHOOL-A", "THAB"}}) {
      app::OrgPatch patch;
      patch.short_name = short_name;
      ASSERT_TRUE(t_.app->orgs().update(system, code, patch).ok());
    }
    add_user(*t_.app, "office2.approver", "OFFICE2", "approver");
    add_user(*t_.app, "f.editor", "SCHOOL-F", "editor");
    add_user(*t_.app, "c.editor", "SCHOOL-C", "editor");
    add_user(*t_.app, "a.viewer", "SCHOOL-A", "viewer");
  }

  app::Agenda agenda(const std::string& user) {
    auto g = t_.app->home().agenda(as(user));
    EXPECT_TRUE(g.ok()) << user << ": " << (g.ok() ? "" : g.error().message);
    return g.ok() ? *g : app::Agenda{};
  }
  static std::vector<AgendaItem> of(const app::Agenda& g, AgendaKind kind) {
    std::vector<AgendaItem> out;
    for (const auto& i : g.items)
      if (i.kind == kind) out.push_back(i);
    return out;
  }
  // A copy, so that it may be taken from a temporary agenda.
  static std::optional<AgendaItem> find(const app::Agenda& g, AgendaKind kind, const std::string& period) {
    for (const auto& i : g.items)
      if (i.kind == kind && i.period == period) return i;
    return std::nullopt;
  }
  // A plan of `org` for `year`, issued on `date` unless it is empty.
  int64_t plan(const std::string& org, int year, const std::string& date) {
    auto d = t_.app->plans().create(app::Actor::System(), org, issuable_plan(year));
    EXPECT_TRUE(d.ok()) << d.error().message;
    if (!date.empty()) {
      auto issued = t_.app->plans().issue(app::Actor::System(), d->record.id, date);
      EXPECT_TRUE(issued.ok()) << issued.error().message;
    }
    return d->record.id;
  }
};

TEST_P(Agenda, TheYearsPlanIsMissingUntilIssuedAndNamesTheNearestAncestorsPlan) {
  at("2026-05-29");
  auto g = agenda("a.editor");
  auto missing = of(g, AgendaKind::kPlanMissing);
  ASSERT_EQ(missing.size(), 1u);
  EXPECT_EQ(missing[0].year, 2026);
  EXPECT_FALSE(missing[0].plan) << "no ancestor has issued a plan for 2026";
  EXPECT_TRUE(missing[0].can_act);

  plan("DEPT", 2026, "2026-01-08");
  plan("OFFICE", 2025, "2025-01-10");  // another year: not the one to implement
  const int64_t office = plan("OFFICE", 2026, "2026-01-12");
  plan("OFFICE", 2026, "");              // a draft of the office: not offered
  plan("SCHOOL-A", 2025, "2025-02-01");  // the school's plan of last year does not count
  g = agenda("a.editor");
  missing = of(g, AgendaKind::kPlanMissing);
  ASSERT_EQ(missing.size(), 1u);
  ASSERT_TRUE(missing[0].plan);
  EXPECT_EQ(missing[0].plan->id, office) << "the nearest ancestor's issued plan of the year";
  EXPECT_EQ(missing[0].plan->org_code, "OFFICE");
  EXPECT_EQ(missing[0].plan->org_name, "Phòng Giáo dục huyện Thử");
  EXPECT_TRUE(missing[0].plan->number.starts_with("01/KH-"))
      << "numbers restart each year: " << missing[0].plan->number;
  EXPECT_EQ(missing[0].plan->issued_on, (Date{2026, 1, 12}));
  EXPECT_EQ(missing[0].org_code, "SCHOOL-A");
  // SCHOOL-C sits under the department: its plan is the one to implement.
  auto c = of(agenda("c.editor"), AgendaKind::kPlanMissing);
  ASSERT_EQ(c.size(), 1u);
  ASSERT_TRUE(c[0].plan);
  EXPECT_EQ(c[0].plan->org_code, "DEPT");
  // The head of the school reads it but does not draft plans.
  auto head = of(agenda("a.head"), AgendaKind::kPlanMissing);
  ASSERT_EQ(head.size(), 1u);
  EXPECT_FALSE(head[0].can_act);

  // Drafting from it (the use case the page's button calls) turns the item into the draft.
  auto draft = t_.app->plans().implement(as("a.editor"), office, "SCHOOL-A");
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  g = agenda("a.editor");
  EXPECT_TRUE(of(g, AgendaKind::kPlanMissing).empty());
  auto drafts = of(g, AgendaKind::kPlanDraft);
  ASSERT_EQ(drafts.size(), 1u);
  ASSERT_TRUE(drafts[0].plan);
  EXPECT_EQ(drafts[0].plan->id, draft->record.id);
  EXPECT_TRUE(drafts[0].plan->number.empty());
  auto content = draft->content;
  content["place"] = "Thử";
  content["signer"] = {{"title", "Hiệu trưởng"}, {"name", "Ngô Thị Lan"}};
  ASSERT_TRUE(t_.app->plans().update(as("a.editor"), draft->record.id, content).ok());
  ASSERT_TRUE(t_.app->plans().issue(app::Actor::System(), draft->record.id, "2026-05-29").ok());
  g = agenda("a.editor");
  EXPECT_TRUE(of(g, AgendaKind::kPlanMissing).empty());
  EXPECT_TRUE(of(g, AgendaKind::kPlanDraft).empty());
}

TEST_P(Agenda, APlanSentToBeSignedWaitsForTheHeadAndComesBackWithTheComment) {
  at("2026-03-02");
  const int64_t id = plan("SCHOOL-A", 2026, "");
  ASSERT_TRUE(t_.app->plans().send_for_signature(as("a.editor"), id, "Kính trình cô Hiệu trưởng").ok());
  auto head = of(agenda("a.head"), AgendaKind::kPlanSigning);
  ASSERT_EQ(head.size(), 1u);
  EXPECT_TRUE(head[0].can_act) << "the head signs";
  EXPECT_EQ(head[0].comment, "Kính trình cô Hiệu trưởng");
  EXPECT_FALSE(head[0].returned_by.empty()) << "who sent it";
  ASSERT_TRUE(head[0].plan);
  EXPECT_EQ(head[0].plan->id, id);
  auto editor = agenda("a.editor");
  ASSERT_EQ(of(editor, AgendaKind::kPlanSigning).size(), 1u);
  EXPECT_FALSE(of(editor, AgendaKind::kPlanSigning)[0].can_act) << "the editor waits";
  EXPECT_TRUE(of(editor, AgendaKind::kPlanDraft).empty());

  ASSERT_TRUE(t_.app->plans().send_back(as("a.head"), id, "Bổ sung nhiệm vụ tháng 3").ok());
  EXPECT_TRUE(of(agenda("a.head"), AgendaKind::kPlanSigning).empty());
  auto back = of(agenda("a.editor"), AgendaKind::kPlanDraft);
  ASSERT_EQ(back.size(), 1u);
  EXPECT_TRUE(back[0].can_act);
  EXPECT_EQ(back[0].comment, "Bổ sung nhiệm vụ tháng 3");
  EXPECT_FALSE(back[0].returned_by.empty());
}

TEST_P(Agenda, ReportsDueSoonOrOverdueWithTheDaysLeft) {
  at("2026-05-29");
  auto g = agenda("a.editor");
  EXPECT_EQ(g.today, (Date{2026, 5, 29}));
  auto s1 = find(g, AgendaKind::kReportDue, "2026S1");
  ASSERT_TRUE(s1);
  EXPECT_EQ(s1->due, (Date{2026, 6, 10}));
  EXPECT_EQ(s1->days_left, 12);
  EXPECT_EQ(s1->period_label, "6 tháng đầu năm 2026");
  EXPECT_TRUE(s1->can_act);
  EXPECT_FALSE(find(g, AgendaKind::kReportDue, "2026")) << "due 20/12: more than 30 days away";
  auto old = find(g, AgendaKind::kReportDue, "2025S2");
  ASSERT_TRUE(old) << "never sent, so overdue";
  EXPECT_EQ(old->days_left, -200);  // due 10/11/2025
  EXPECT_FALSE(find(g, AgendaKind::kReportDue, "2024S2")) << "overdue for more than a year: the reports page's";
  // The most overdue first.
  auto due = of(g, AgendaKind::kReportDue);
  for (size_t i = 1; i < due.size(); ++i) EXPECT_LE(*due[i - 1].due, *due[i].due);
  // A viewer of the school reads them but cannot submit.
  auto seen = find(agenda("a.viewer"), AgendaKind::kReportDue, "2026S1");
  ASSERT_TRUE(seen);
  EXPECT_FALSE(seen->can_act);

  at("2026-06-13");
  s1 = find(agenda("a.editor"), AgendaKind::kReportDue, "2026S1");
  ASSERT_TRUE(s1);
  EXPECT_EQ(s1->days_left, -3);
  // Submitted or exempted: nothing left to do.
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2026S1").ok());
  ASSERT_TRUE(reports().mark_not_required(as("office.manager"), "SCHOOL-A", "2025S2", "Sáp nhập").ok());
  g = agenda("a.editor");
  EXPECT_FALSE(find(g, AgendaKind::kReportDue, "2026S1"));
  EXPECT_FALSE(find(g, AgendaKind::kReportDue, "2025S2"));
}

TEST_P(Agenda, AReturnedReportCarriesTheCommentAndWhoReturnedIt) {
  at("2026-06-05");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2026S1").ok());
  ASSERT_TRUE(reports().send_back(as("office.approver"), "SCHOOL-A", "2026S1", "Bổ sung số người dự tập huấn").ok());
  at("2026-06-08");
  auto g = agenda("a.editor");
  EXPECT_FALSE(find(g, AgendaKind::kReportDue, "2026S1"));
  auto back = find(g, AgendaKind::kReportReturned, "2026S1");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->comment, "Bổ sung số người dự tập huấn");
  EXPECT_EQ(back->returned_by, "Người dùng office.approver");
  EXPECT_EQ(back->days_left, 2);
  EXPECT_TRUE(back->can_act);
  EXPECT_FALSE(find(agenda("b.editor"), AgendaKind::kReportReturned, "2026S1")) << "another school's report";
}

TEST_P(Agenda, ApprovalsGoToTheParentsApproverOnly) {
  at("2026-06-05");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2026S1").ok());
  ASSERT_TRUE(reports().submit(as("b.editor"), "SCHOOL-B", "2026S1").ok());
  ASSERT_TRUE(reports().submit(as("f.editor"), "SCHOOL-F", "2026S1").ok());
  auto waiting = find(agenda("office.approver"), AgendaKind::kApprovals, "2026S1");
  ASSERT_TRUE(waiting);
  EXPECT_EQ(waiting->count, 2);
  ASSERT_EQ(waiting->units.size(), 2u);
  EXPECT_EQ(waiting->units[0].code, "SCHOOL-A");
  EXPECT_EQ(waiting->units[1].code, "SCHOOL-B");
  EXPECT_EQ(waiting->org_code, "OFFICE");
  EXPECT_TRUE(waiting->can_act);
  auto other = find(agenda("office2.approver"), AgendaKind::kApprovals, "2026S1");
  ASSERT_TRUE(other);
  ASSERT_EQ(other->units.size(), 1u);
  EXPECT_EQ(other->units[0].code, "SCHOOL-F") << "never another subtree's reports";
  for (const char* user : {"office.manager", "dept.approver", "dept.viewer", "a.head", "a.editor"})
    EXPECT_TRUE(of(agenda(user), AgendaKind::kApprovals).empty()) << user;
  // Approved: gone.
  ASSERT_TRUE(reports().approve(as("office.approver"), "SCHOOL-A", "2026S1").ok());
  ASSERT_TRUE(reports().approve(as("office.approver"), "SCHOOL-B", "2026S1").ok());
  EXPECT_FALSE(find(agenda("office.approver"), AgendaKind::kApprovals, "2026S1"));
}

TEST_P(Agenda, ChildrenOverdueForThoseWhoFollowThemUp) {
  at("2026-06-08");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2026S1").ok());
  at("2026-06-15");
  ASSERT_TRUE(reports().submit(as("b.editor"), "SCHOOL-B", "2026S1").ok());  // 5 days late
  for (const char* user : {"office.approver", "office.manager"}) {
    auto late = find(agenda(user), AgendaKind::kChildrenMissing, "2026S1");
    ASSERT_TRUE(late) << user;
    EXPECT_EQ(late->expected, 3) << "SCHOOL-A, SCHOOL-B and SCHOOL-E";
    EXPECT_EQ(late->count, 1);
    ASSERT_EQ(late->units.size(), 1u);
    EXPECT_EQ(late->units[0].code, "SCHOOL-E");
    EXPECT_EQ(late->late, 1);
    EXPECT_EQ(late->days_left, -5);
  }
  // The department follows its own children up, not the office's.
  auto dept = find(agenda("dept.approver"), AgendaKind::kChildrenMissing, "2026S1");
  ASSERT_TRUE(dept);
  for (const auto& u : dept->units) EXPECT_TRUE(u.code != "SCHOOL-E" && u.code != "SCHOOL-F") << u.code;
  EXPECT_EQ(dept->count, 4) << "OFFICE, OFFICE2, SCHOOL-C, SCHOOL-D (the commune sends yearly reports only)";
  for (const char* user : {"dept.viewer", "a.head", "a.editor"})
    EXPECT_TRUE(of(agenda(user), AgendaKind::kChildrenMissing).empty()) << user;
  // Not yet due: nothing to chase.
  at("2026-06-01");
  EXPECT_FALSE(find(agenda("office.approver"), AgendaKind::kChildrenMissing, "2026S1"));
}

TEST_P(Agenda, InspectionFollowUpsForTheInspectedAndTheInspectingUnit) {
  at("2026-06-10");
  app::InspectionInput in;
  in.org = "SCHOOL-C";
  in.status = "done";
  in.date = "2026-05-20";
  in.scope = "Công tác bình đẳng giới";
  in.followups = {{0, "Niêm yết số 111", "2026-06-05", "open"},
                  {0, "Tập huấn thành viên Ban", "2026-07-01", "in_progress"},
                  {0, "Báo cáo kết quả khắc phục", "2026-12-31", "open"},
                  {0, "Kiện toàn Ban", "2026-06-01", "done"},
                  {0, "Rà soát quy chế", "", "open"}};
  auto r = t_.app->inspections().create(as("dept.approver"), in);
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto items = of(agenda("c.editor"), AgendaKind::kFollowUp);
  ASSERT_EQ(items.size(), 2u) << "open, with a due date within 30 days or past";
  EXPECT_EQ(items[0].text, "Niêm yết số 111");
  EXPECT_EQ(items[0].days_left, -5);
  EXPECT_EQ(items[1].text, "Tập huấn thành viên Ban");
  EXPECT_EQ(items[1].days_left, 21);
  EXPECT_EQ(items[0].org_code, "DEPT") << "the inspecting unit";
  EXPECT_EQ(items[0].inspection_id, r->record.id);
  EXPECT_EQ(items[0].inspected_on, (Date{2026, 5, 20}));
  EXPECT_TRUE(items[0].can_act);
  auto by = of(agenda("dept.approver"), AgendaKind::kFollowUpBy);
  ASSERT_EQ(by.size(), 2u);
  EXPECT_EQ(by[0].org_code, "SCHOOL-C") << "the inspected unit";
  EXPECT_TRUE(by[0].can_act);
  EXPECT_TRUE(of(agenda("dept.viewer"), AgendaKind::kFollowUpBy).empty()) << "a viewer does not inspect";
  EXPECT_TRUE(of(agenda("a.editor"), AgendaKind::kFollowUp).empty()) << "another school's inspection";
  auto answered =
      t_.app->inspections().respond(as("c.editor"), r->record.id, r->record.followups[0].id, "Đã niêm yết", "done");
  ASSERT_TRUE(answered.ok());
  EXPECT_EQ(of(agenda("c.editor"), AgendaKind::kFollowUp).size(), 1u);
}

TEST_P(Agenda, ThisWeeksObservancesUntilAnActivityIsPlannedFromThem) {
  at("2026-06-24");  // a Wednesday; Vietnamese Family Day is on Sunday 28/06
  auto g = agenda("a.editor");
  EXPECT_EQ(g.week_start, (Date{2026, 6, 22}));
  EXPECT_EQ(g.week_end, (Date{2026, 6, 28}));
  auto obs = of(g, AgendaKind::kObservance);
  ASSERT_EQ(obs.size(), 1u);
  EXPECT_EQ(obs[0].calendar_item, "obs:vn_family_day:2026");
  EXPECT_EQ(obs[0].start, (Date{2026, 6, 28}));
  EXPECT_TRUE(obs[0].can_act);
  EXPECT_FALSE(of(agenda("a.head"), AgendaKind::kObservance).front().can_act);
  auto planned = t_.app->activities().from_calendar(as("a.editor"), "SCHOOL-A", obs[0].calendar_item);
  ASSERT_TRUE(planned.ok()) << planned.error().message;
  g = agenda("a.editor");
  EXPECT_TRUE(of(g, AgendaKind::kObservance).empty());
  auto acts = of(g, AgendaKind::kActivity);
  ASSERT_EQ(acts.size(), 1u);
  EXPECT_EQ(acts[0].activity_id, planned->record.id);
  EXPECT_EQ(acts[0].text, planned->record.title);
  EXPECT_TRUE(of(agenda("b.editor"), AgendaKind::kActivity).empty()) << "another school's activity";
  EXPECT_EQ(of(agenda("b.editor"), AgendaKind::kObservance).size(), 1u);
  at("2026-07-01");
  EXPECT_TRUE(of(agenda("a.editor"), AgendaKind::kActivity).empty()) << "next week";
}

TEST_P(Agenda, ItemsComeInKindOrderAndNothingOutsideTheSubtree) {
  at("2026-06-24");
  plan("DEPT", 2026, "2026-01-08");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S2").ok());
  const auto g = agenda("office.approver");
  ASSERT_GE(g.items.size(), 3u);
  for (size_t i = 1; i < g.items.size(); ++i) EXPECT_LE(g.items[i - 1].kind, g.items[i].kind);
  EXPECT_EQ(g.items.front().kind, AgendaKind::kPlanMissing);
  for (const auto& i : g.items) {
    for (const auto& u : i.units) EXPECT_TRUE(u.code.starts_with("SCHOOL-") && u.code != "SCHOOL-F") << u.code;
    EXPECT_NE(i.org_code, "OFFICE2");
  }
  // A closed unit's users have nothing to do there.
  add_user(*t_.app, "x.editor", "SCHOOL-D", "editor");
  ASSERT_TRUE(t_.app->orgs().close(app::Actor::System(), "SCHOOL-D", "2026-06-01").ok());
  EXPECT_TRUE(agenda("x.editor").items.empty());
}

TEST_P(Agenda, AHandfulOfTargetsFurthestFromTheirGoalFirst) {
  at("2026-06-24");
  ASSERT_TRUE(t_.app->values()
                  .save(app::Actor::System(), {{"staff_managers", "female", "SCHOOL-A", "2025S2", "1"},
                                               {"staff_managers", "male", "SCHOOL-A", "2025S2", "3"},
                                               {"abuse_cases", "", "SCHOOL-A", "2025", "0"}})
                  .ok());
  auto g = agenda("a.editor");
  EXPECT_EQ(g.targets_period, "2025") << "no figures for 2026 yet: last year's";
  ASSERT_FALSE(g.targets.empty());
  EXPECT_LE(g.targets.size(), app::kAgendaTargets);
  EXPECT_GE(g.targets_total, static_cast<int>(g.targets.size()));
  EXPECT_EQ(g.targets.front().status, "not_met") << g.targets.front().target.code;
  bool seen_met = false, seen_no_data = false;
  for (const auto& t : g.targets) {
    if (t.status == "not_met") EXPECT_FALSE(seen_met || seen_no_data) << t.target.code;
    if (t.status == "met") EXPECT_FALSE(seen_no_data) << t.target.code;
    seen_met |= t.status == "met";
    seen_no_data |= t.status == "no_data";
  }
  ASSERT_TRUE(t_.app->values().save(app::Actor::System(), {{"abuse_cases", "", "SCHOOL-A", "2026", "0"}}).ok());
  EXPECT_EQ(agenda("a.editor").targets_period, "2026");
  // No figures at all: this year's.
  EXPECT_EQ(agenda("f.editor").targets_period, "2026");
}

INSTANTIATE_TEST_SUITE_P(Engines, Agenda, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
