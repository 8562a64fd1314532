// Reports: the draft view, the narrative, the workflow and who may move it,
// locking of the unit's figures on approval and unlocking on reopening.
#include <algorithm>

#include "app/reports_fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

class Reports : public ReportTree {};

ErrorCode code_of(const Result<app::ReportView>& r) { return r.ok() ? ErrorCode::kInternal : r.error().code; }

TEST_P(Reports, FirstReadIsADraftViewWithTheFormsDueAndWritesNothing) {
  at("2025-06-01");
  auto saved = t_.app->values().save(as("a.editor"), {{"staff_total", "female", "SCHOOL-A", "2025S1", "30"},
                                                     {"staff_total", "male", "SCHOOL-A", "2025S1", "6"}});
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto r = reports().get(as("a.editor"), "SCHOOL-A", "2025S1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->record.id, 0);
  EXPECT_EQ(r->record.status, ReportStatus::kDraft);
  ASSERT_TRUE(r->parent);
  EXPECT_EQ(r->parent->code, "OFFICE");
  ASSERT_EQ(r->data_sets.size(), 2u);  // the two half-year forms of a school
  EXPECT_EQ(r->data_sets[0].set.code, "NHANSU");
  EXPECT_EQ(r->data_sets[1].set.code, "HOATDONG");
  EXPECT_EQ(iso(*r->data_sets[0].due), "2025-06-10");
  EXPECT_EQ(r->data_sets[0].filled, 2);
  EXPECT_GT(r->data_sets[0].expected, 2);
  ASSERT_EQ(r->data_sets[0].values.size(), 2u);
  EXPECT_EQ(r->data_sets[0].values[0].element, "staff_total");
  EXPECT_EQ(r->data_sets[1].filled, 0);
  ASSERT_TRUE(r->timeliness);
  EXPECT_EQ(r->timeliness->state, Timeliness::State::kPending);
  EXPECT_EQ(r->timeliness->days, 9);
  EXPECT_FALSE(r->targets.empty()) << "the built-in targets concern every school";
  EXPECT_TRUE(r->allowed.edit);
  EXPECT_TRUE(r->allowed.submit);
  EXPECT_FALSE(r->allowed.approve);
  for (const auto& f : app::narrative_fields()) EXPECT_EQ(r->narrative[f], "");
  EXPECT_EQ(audits("SCHOOL-A/2025S1"), 0u);
  (void)t_.store->read([&](storage::Tx& tx) {
    EXPECT_TRUE(tx.reports_of(tx.org_by_code("SCHOOL-A")->id).empty());
    return Status::Ok();
  });
  // The yearly report has the yearly forms; a commune has none for a half-year.
  EXPECT_EQ(reports().get(as("a.editor"), "SCHOOL-A", "2025")->data_sets.size(), 2u);
  EXPECT_TRUE(reports().get(as("admin"), "COMMUNE", "2025S1")->data_sets.empty());
  EXPECT_EQ(reports().get(as("a.editor"), "SCHOOL-A", "2025X").error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(reports().get(as("a.editor"), "NOPE", "2025S1").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(reports().get(as("a.editor"), "SCHOOL-B", "2025S1").error().code, ErrorCode::kForbidden);
}

TEST_P(Reports, NarrativeIsNormalisedAndOnlyGivenFieldsChange) {
  auto first = reports().save(as("a.editor"), "SCHOOL-A", "2025S1",
                              {{"results", "  Tổ chức 3 buổi tập huấn\r\nvề giới  "}, {"proposals", "Cấp thêm kinh phí"}});
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_GT(first->record.id, 0);
  EXPECT_EQ(first->narrative["results"], "Tổ chức 3 buổi tập huấn\nvề giới");
  auto second = reports().save(as("a.editor"), "SCHOOL-A", "2025S1", {{"next_directions", "Tiếp tục"}});
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->narrative["results"], "Tổ chức 3 buổi tập huấn\nvề giới");
  EXPECT_EQ(second->narrative["next_directions"], "Tiếp tục");
  EXPECT_EQ(second->narrative["proposals"], "Cấp thêm kinh phí");
  EXPECT_EQ(audits("SCHOOL-A/2025S1"), 2u);

  auto unknown = reports().save(as("a.editor"), "SCHOOL-A", "2025S1", {{"summary", "x"}});
  EXPECT_EQ(code_of(unknown), ErrorCode::kBadRequest);
  EXPECT_EQ(unknown.error().field, "summary");
  EXPECT_EQ(code_of(reports().save(as("a.editor"), "SCHOOL-A", "2025S1", {{"results", 5}})), ErrorCode::kBadRequest);
  auto long_text = reports().save(as("a.editor"), "SCHOOL-A", "2025S1", {{"results", std::string(20001, 'a')}});
  EXPECT_EQ(code_of(long_text), ErrorCode::kValidation);
  EXPECT_EQ(code_of(reports().save(as("a.editor"), "SCHOOL-A", "2025S1", json::array())), ErrorCode::kBadRequest);
}

TEST_P(Reports, SubmitApproveLocksReopenUnlocks) {
  auto editor = as("a.editor"), approver = as("office.approver");
  at("2025-06-08");
  auto sub = reports().submit(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(sub.ok()) << sub.error().message;
  EXPECT_EQ(sub->record.status, ReportStatus::kSubmitted);
  EXPECT_EQ(sub->record.submitted_by, "a.editor");
  EXPECT_EQ(sub->timeliness->state, Timeliness::State::kOnTime);
  EXPECT_FALSE(sub->allowed.edit);
  EXPECT_EQ(code_of(reports().save(editor, "SCHOOL-A", "2025S1", {{"results", "x"}})), ErrorCode::kConflict);
  EXPECT_EQ(code_of(reports().submit(editor, "SCHOOL-A", "2025S1")), ErrorCode::kConflict);

  auto seen = reports().get(approver, "SCHOOL-A", "2025S1");
  EXPECT_TRUE(seen->allowed.approve);
  EXPECT_TRUE(seen->allowed.send_back);
  at("2025-06-11");
  auto ok = reports().approve(approver, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->record.status, ReportStatus::kApproved);
  EXPECT_EQ(ok->record.decided_by, "office.approver");
  EXPECT_TRUE(ok->locked);
  EXPECT_TRUE(*t_.app->values().locked(editor, "SCHOOL-A", "2025S1"));
  EXPECT_FALSE(*t_.app->values().locked(editor, "SCHOOL-A", "2025S2"));
  EXPECT_EQ(t_.app->values().locked(editor, "SCHOOL-B", "2025S1").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->values().locked(editor, "SCHOOL-A", "2025X").error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(ok->timeliness->state, Timeliness::State::kOnTime) << "approval does not change when it came in";

  const app::ValueInput value{"staff_total", "female", "SCHOOL-A", "2025S1", "31"};
  auto refused = t_.app->values().save(editor, {value});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(t_.app->values().save(editor, {{"staff_total", "female", "SCHOOL-A", "2025S2", "31"}}).ok())
      << "only the approved period is locked";

  auto no_reason = reports().reopen(approver, "SCHOOL-A", "2025S1", "  ");
  EXPECT_EQ(code_of(no_reason), ErrorCode::kValidation);
  EXPECT_EQ(no_reason.error().field, "reason");
  auto reopened = reports().reopen(approver, "SCHOOL-A", "2025S1", "Số liệu nhân sự cần điều chỉnh sau sáp nhập");
  ASSERT_TRUE(reopened.ok()) << reopened.error().message;
  EXPECT_EQ(reopened->record.status, ReportStatus::kReturned);
  EXPECT_EQ(reopened->record.comment, "Số liệu nhân sự cần điều chỉnh sau sáp nhập");
  EXPECT_FALSE(reopened->locked);
  EXPECT_FALSE(*t_.app->values().locked(editor, "SCHOOL-A", "2025S1"));
  EXPECT_TRUE(t_.app->values().save(editor, {value}).ok()) << "reopening unlocks";
  EXPECT_TRUE(reopened->allowed.edit == false) << "the approver does not edit the unit's text";
  EXPECT_TRUE(reports().get(editor, "SCHOOL-A", "2025S1")->allowed.submit);
  // submit, approve, reopen, plus the failed ones wrote nothing
  EXPECT_EQ(audits("SCHOOL-A/2025S1"), 3u);
  (void)t_.store->read([&](storage::Tx& tx) {
    auto trail = tx.audit_for("report", "SCHOOL-A/2025S1");
    EXPECT_EQ(trail.back().action, "reopen");
    EXPECT_NE(trail.back().after_json.find("Số liệu nhân sự"), std::string::npos);
    return Status::Ok();
  });
}

TEST_P(Reports, TheReportListsThePeriodsActivitiesAndThePeopleReached) {
  auto editor = as("a.editor");
  auto add = [&](const char* title, const char* status, const char* start, const char* end, int f, int m) {
    app::ActivityInput in;
    in.type = "training";
    in.status = status;
    in.title = title;
    in.start = start;
    in.end = end;
    in.participants = {{"staff", "female", int64_t{f}}, {"staff", "male", int64_t{m}}};
    auto r = t_.app->activities().create(editor, "SCHOOL-A", in);
    ASSERT_TRUE(r.ok()) << r.error().message;
  };
  add("Tọa đàm 8/3", "done", "08/03/2025", "08/03/2025", 20, 4);
  add("Tập huấn lồng ghép giới", "planned", "20/05/2025", "21/05/2025", 0, 0);
  add("Hội thi bị hủy", "cancelled", "01/04/2025", "01/04/2025", 5, 5);
  add("Sinh hoạt chuyên đề cuối kỳ", "done", "28/06/2025", "02/07/2025", 10, 1);  // overlaps the period's end
  add("Tháng hành động", "done", "15/11/2025", "15/12/2025", 30, 30);           // the next half-year
  add("Tọa đàm 8/3", "done", "08/03/2025", "08/03/2025", 1, 1);
  auto r = reports().get(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  ASSERT_EQ(r->activities.size(), 4u) << "cancelled and other periods' activities are left out";
  EXPECT_EQ(r->activities[0].title, "Tọa đàm 8/3");
  EXPECT_EQ(r->activities[0].of(Audience::kStaff).female, 20) << "same day: in the order they were recorded";
  EXPECT_EQ(r->activities[1].of(Audience::kStaff).female, 1);
  EXPECT_EQ(r->activities[2].title, "Tập huấn lồng ghép giới");
  EXPECT_EQ(r->activities[3].title, "Sinh hoạt chuyên đề cuối kỳ");
  EXPECT_EQ(r->activities_done, 3);
  EXPECT_EQ(r->reached.female, 31);
  EXPECT_EQ(r->reached.male, 6);
  EXPECT_EQ(reports().get(editor, "SCHOOL-A", "2025S2")->activities.size(), 2u);
  EXPECT_TRUE(reports().get(editor, "SCHOOL-B", "2025S1").error().code == ErrorCode::kForbidden)
      << "another school's activities stay hidden";
}

TEST_P(Reports, ReturnNeedsACommentAndTheUnitSubmitsAgain) {
  auto editor = as("a.editor"), approver = as("office.approver");
  ASSERT_TRUE(reports().submit(editor, "SCHOOL-A", "2025S1").ok());
  auto bare = reports().send_back(approver, "SCHOOL-A", "2025S1", "");
  EXPECT_EQ(code_of(bare), ErrorCode::kValidation);
  EXPECT_EQ(bare.error().field, "comment");
  auto back = reports().send_back(approver, "SCHOOL-A", "2025S1", "Bổ sung số người dự tập huấn");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->record.status, ReportStatus::kReturned);
  EXPECT_FALSE(back->locked);
  EXPECT_TRUE(reports().save(editor, "SCHOOL-A", "2025S1", {{"results", "Đã bổ sung"}}).ok());
  auto again = reports().submit(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->record.status, ReportStatus::kSubmitted);
}

// Sent on time, returned after the due date, sent again late: it came in on
// time (not "overdue 388 days" while it waits, not late once sent again), and
// how long it has waited since the return is a separate matter.
TEST_P(Reports, TimelinessCountsFromTheFirstSubmission) {
  auto editor = as("a.editor"), approver = as("office.approver");
  at("2025-06-08");
  ASSERT_TRUE(reports().submit(editor, "SCHOOL-A", "2025S1").ok());
  at("2025-06-20");  // past the due date (10/06)
  auto back = reports().send_back(approver, "SCHOOL-A", "2025S1", "Bổ sung số liệu");
  ASSERT_TRUE(back.ok()) << back.error().message;
  ASSERT_TRUE(back->timeliness);
  EXPECT_EQ(back->timeliness->state, Timeliness::State::kOnTime) << "returned, but it came in on time";
  at("2025-07-15");
  auto waiting = reports().get(editor, "SCHOOL-A", "2025S1");
  EXPECT_EQ(waiting->timeliness->state, Timeliness::State::kOnTime);
  auto again = reports().submit(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->timeliness->state, Timeliness::State::kOnTime) << "sent again late: still from the first";
  EXPECT_EQ(again->record.first_submitted_at, back->record.first_submitted_at);
  EXPECT_GT(again->record.submitted_at, again->record.first_submitted_at);
  auto c = reports().completeness(as("office.approver"), "OFFICE", "2025S1");
  ASSERT_TRUE(c.ok()) << c.error().message;
  for (const auto& r : c->late) EXPECT_NE(r.unit.code, "SCHOOL-A");
}

// A form's required element left blank refuses the submission, naming it; the
// unit's other gaps are only listed; an office's own cells are never a gap.
TEST_P(Reports, ARequiredElementLeftBlankRefusesTheSubmission) {
  auto editor = as("a.editor");
  EXPECT_EQ(t_.app->catalog().set_required(editor, "NHANSU", {"staff_managers"}).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(t_.app->catalog().set_required(as("admin"), "NHANSU", {"students_total"}).error().field, "required");
  ASSERT_TRUE(t_.app->catalog().set_required(as("admin"), "NHANSU", {"staff_total", "staff_managers"}).ok());
  at("2025-06-01");
  ASSERT_TRUE(t_.app->values().save(editor, {{"staff_total", "female", "SCHOOL-A", "2025S1", "30"},
                                             {"staff_total", "male", "SCHOOL-A", "2025S1", "6"},
                                             {"staff_managers", "female", "SCHOOL-A", "2025S1", "2"}}).ok());
  auto view = reports().get(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(view.ok());
  EXPECT_TRUE(view->gaps.blocked());
  auto refused = reports().submit(editor, "SCHOOL-A", "2025S1");
  ASSERT_EQ(code_of(refused), ErrorCode::kValidation);
  ASSERT_EQ(refused.error().details.size(), 1u);
  EXPECT_EQ(refused.error().details[0].second, "Biểu Nhân sự theo giới tính: chưa nhập Cán bộ quản lý.");
  EXPECT_EQ(reports().get(editor, "SCHOOL-A", "2025S1")->record.id, 0) << "nothing written";
  ASSERT_TRUE(t_.app->values().save(editor, {{"staff_managers", "male", "SCHOOL-A", "2025S1", "0"}}).ok());
  auto sent = reports().submit(editor, "SCHOOL-A", "2025S1");
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  EXPECT_FALSE(sent->gaps.blocked());
  EXPECT_FALSE(sent->gaps.forms.empty()) << "the other blank cells are still listed, not blocking";
  // The office's own NHANSU is blank: its figures come from its schools.
  auto office = reports().get(as("office.manager"), "OFFICE", "2025S1");
  ASSERT_TRUE(office.ok()) << office.error().message;
  EXPECT_TRUE(office->gaps.forms.empty());
}

TEST_P(Reports, OnlyTheRightPeopleMoveAReport) {
  ASSERT_TRUE(reports().save(as("a.editor"), "SCHOOL-A", "2025S1", {{"results", "x"}}).ok());
  // Writing and submitting: the unit's own editor (or an admin).
  for (const char* who : {"b.editor", "a.head", "office.approver", "office.manager", "dept.viewer"}) {
    EXPECT_EQ(code_of(reports().save(as(who), "SCHOOL-A", "2025S1", {{"results", "y"}})), ErrorCode::kForbidden) << who;
    EXPECT_EQ(code_of(reports().submit(as(who), "SCHOOL-A", "2025S1")), ErrorCode::kForbidden) << who;
  }
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S1").ok());
  // Deciding: the parent's approver (or an admin); not the school's own head,
  // not the grandparent, not the parent's manager.
  for (const char* who : {"a.editor", "a.head", "dept.approver", "office.manager", "dept.viewer"}) {
    EXPECT_EQ(code_of(reports().approve(as(who), "SCHOOL-A", "2025S1")), ErrorCode::kForbidden) << who;
    EXPECT_EQ(code_of(reports().send_back(as(who), "SCHOOL-A", "2025S1", "Sửa")), ErrorCode::kForbidden) << who;
  }
  EXPECT_EQ(code_of(reports().approve(as("a.editor"), "SCHOOL-A", "2025S1")), ErrorCode::kForbidden)
      << "403 before 409: the wrong person learns nothing about the state";
  // The department approves its direct children only.
  ASSERT_TRUE(reports().submit(as("admin"), "OFFICE", "2025S1").ok());
  EXPECT_TRUE(reports().approve(as("dept.approver"), "OFFICE", "2025S1").ok());
  EXPECT_TRUE(reports().approve(as("admin"), "SCHOOL-A", "2025S1").ok());
}

TEST_P(Reports, WrongStatesAreConflictsWithAClearReason) {
  auto approver = as("office.approver");
  auto early = reports().approve(approver, "SCHOOL-A", "2025S1");
  EXPECT_EQ(code_of(early), ErrorCode::kConflict);
  EXPECT_NE(early.error().message.find("Đang soạn"), std::string::npos) << early.error().message;
  EXPECT_EQ(code_of(reports().send_back(approver, "SCHOOL-A", "2025S1", "x")), ErrorCode::kConflict);
  EXPECT_EQ(code_of(reports().reopen(approver, "SCHOOL-A", "2025S1", "x")), ErrorCode::kConflict);
  EXPECT_EQ(audits("SCHOOL-A/2025S1"), 0u);
}

TEST_P(Reports, ExemptionByTheParentAndItsUndoing) {
  EXPECT_EQ(code_of(reports().mark_not_required(as("a.editor"), "SCHOOL-E", "2025S1", "")), ErrorCode::kForbidden);
  auto r = reports().mark_not_required(as("office.manager"), "SCHOOL-E", "2025S1", "Trường tạm dừng hoạt động");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->record.status, ReportStatus::kNotRequired);
  EXPECT_EQ(code_of(reports().submit(as("admin"), "SCHOOL-E", "2025S1")), ErrorCode::kConflict);
  auto undone = reports().reopen(as("office.approver"), "SCHOOL-E", "2025S1", "Trường hoạt động trở lại");
  ASSERT_TRUE(undone.ok());
  EXPECT_EQ(undone->record.status, ReportStatus::kDraft);
}

TEST_P(Reports, ClosedUnitsNoLongerSubmit) {
  EXPECT_EQ(code_of(reports().submit(as("admin"), "SCHOOL-X", "2025S1")), ErrorCode::kConflict);
}

TEST_P(Reports, ListShowsRecentPeriodsNewestDueFirst) {
  at("2026-01-01");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S2").ok());
  auto list = reports().list(as("a.editor"), "SCHOOL-A");
  ASSERT_TRUE(list.ok()) << list.error().message;
  std::vector<std::string> codes;
  for (const auto& s : *list) codes.push_back(s.period.code());
  EXPECT_EQ(codes, (std::vector<std::string>{"2026", "2026S1", "2025", "2025S2", "2025S1", "2024S2"}));
  EXPECT_EQ((*list)[3].status, ReportStatus::kSubmitted);
  EXPECT_EQ((*list)[3].timeliness->state, Timeliness::State::kLate);
  EXPECT_EQ((*list)[3].timeliness->days, 52);
  EXPECT_EQ((*list)[1].timeliness->state, Timeliness::State::kPending);
  EXPECT_EQ((*list)[4].timeliness->state, Timeliness::State::kMissing);
  EXPECT_EQ(reports().list(as("a.editor"), "OFFICE").error().code, ErrorCode::kForbidden);
}

TEST_P(Reports, ListCarriesWhyAReportCameBack) {
  at("2026-01-01");
  ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S2").ok());
  ASSERT_TRUE(reports().send_back(as("office.approver"), "SCHOOL-A", "2025S2", "Thiếu số người dự tập huấn").ok());
  auto list = reports().list(as("a.editor"), "SCHOOL-A");
  ASSERT_TRUE(list.ok());
  for (const auto& s : *list) {
    if (s.period.code() != "2025S2") {
      EXPECT_TRUE(s.comment.empty() && s.decided_by.empty()) << s.period.code();
      continue;
    }
    EXPECT_EQ(s.status, ReportStatus::kReturned);
    EXPECT_EQ(s.comment, "Thiếu số người dự tập huấn");
    EXPECT_EQ(s.decided_by, "office.approver");
  }
}

INSTANTIATE_TEST_SUITE_P(Engines, Reports, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

TEST(ReportVersion, AskedForAsAPositiveNumber) {
  EXPECT_EQ(*app::parse_report_version(""), 0) << "the report itself";
  EXPECT_EQ(*app::parse_report_version("2"), 2);
  for (const char* bad : {"0", "-1", "abc", "1e3", " 1", "1000001"}) {
    auto r = app::parse_report_version(bad);
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
    EXPECT_EQ(r.error().field, "version");
  }
}

TEST(ReportNarrative, KnownFieldsOnly) {
  auto n = app::normalize_report_narrative({{"results", "Cafe\u0301"}, {"proposals", nullptr}});
  ASSERT_TRUE(n.ok());
  EXPECT_EQ((*n)["results"], "Caf\u00e9") << "NFC";
  EXPECT_EQ((*n)["proposals"], "");
  EXPECT_FALSE(n->contains("next_directions")) << "only what was given";
  EXPECT_EQ(app::narrative_fields().size(), 4u);
}

TEST(ReportPeriods, RecentPeriodsOfTheFormsAUnitSends) {
  const auto half = DeadlineRule::parse("S1:06-10,S2:11-10").value(), year = DeadlineRule::parse("Y:12-20").value();
  const std::vector<DataSet> sets{
      {0, "HALF", "", "", PeriodType::kHalfYear, half, {}, {OrgType::kSchoolPrimary}},
      {0, "YEAR", "", "", PeriodType::kYear, year, {}, {OrgType::kSchoolPrimary, OrgType::kCommune}},
      {0, "YEAR2", "", "", PeriodType::kYear, year, {}, {OrgType::kCommune}},  // the same periods once
  };
  auto codes = [](const std::vector<Period>& ps) {
    std::vector<std::string> out;
    for (const auto& p : ps) out.push_back(p.code());
    std::sort(out.begin(), out.end());
    return out;
  };
  const Date today{2026, 5, 29};
  EXPECT_EQ(codes(app::recent_periods(sets, OrgType::kSchoolPrimary, today)),
            (std::vector<std::string>{"2024S2", "2025", "2025S1", "2025S2", "2026", "2026S1"}));
  EXPECT_EQ(codes(app::recent_periods(sets, OrgType::kCommune, today)), (std::vector<std::string>{"2025", "2026"}));
  EXPECT_EQ(app::recent_periods(sets, std::nullopt, today).size(), 6u) << "every form, each period once";
  EXPECT_TRUE(app::recent_periods(sets, OrgType::kMinistry, today).empty());
}

TEST(ReportDates, VietnamTimeDecidesTheDay) {
  // 23:30 on 10/06 in Vietnam is 16:30 UTC the same day; 00:30 on 11/06 is 17:30 UTC on 10/06.
  const int64_t day = days_from_civil({2025, 6, 10}) * 86400;
  EXPECT_EQ(app::vietnam_date(day + 16 * 3600 + 1800), (Date{2025, 6, 10}));
  EXPECT_EQ(app::vietnam_date(day + 17 * 3600 + 1800), (Date{2025, 6, 11}));
}

}  // namespace
}  // namespace bd::test
