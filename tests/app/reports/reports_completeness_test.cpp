// Completeness and timeliness over a three-level tree: on time, late,
// approved, exempted and missing units, closed units and units with nothing
// due left out, the children's subtrees counted, and the reminder text.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Completeness : public ReportTree {
 protected:
  // 2025S1 is due 10/06/2025 for every school and office.
  void play() {
    at("2025-06-05");
    ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2025S1").ok());
    at("2025-06-10", 23);  // late evening of the due date, Vietnam time: on time
    ASSERT_TRUE(reports().submit(as("b.editor"), "SCHOOL-B", "2025S1").ok());
    at("2025-06-12");
    ASSERT_TRUE(reports().approve(as("office.approver"), "SCHOOL-B", "2025S1").ok());
    ASSERT_TRUE(reports().mark_not_required(as("office.approver"), "SCHOOL-E", "2025S1", "").ok());
    at("2025-06-15");
    ASSERT_TRUE(reports().submit(as("admin"), "SCHOOL-C", "2025S1").ok());  // 5 days late
    at("2025-06-20");
  }
};

TEST_P(Completeness, CountsChildrenAndSubtree) {
  play();
  auto c = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(iso(c->today), "2025-06-20");
  // Direct children: OFFICE, SCHOOL-C, SCHOOL-D expected; COMMUNE has no
  // half-year form; SCHOOL-X is closed.
  EXPECT_EQ(c->children.expected, 3);
  EXPECT_EQ(c->children.submitted, 1);
  EXPECT_EQ(c->children.late, 1);
  EXPECT_EQ(c->children.on_time, 0);
  EXPECT_EQ(c->children.missing, 2);
  EXPECT_EQ(c->children.not_required, 0);
  // Whole subtree: plus SCHOOL-A (on time), SCHOOL-B (on time, approved),
  // SCHOOL-E (exempted).
  EXPECT_EQ(c->subtree.expected, 5);
  EXPECT_EQ(c->subtree.submitted, 3);
  EXPECT_EQ(c->subtree.on_time, 2);
  EXPECT_EQ(c->subtree.late, 1);
  EXPECT_EQ(c->subtree.approved, 1);
  EXPECT_EQ(c->subtree.returned, 0);
  EXPECT_EQ(c->subtree.missing, 2);
  EXPECT_EQ(c->subtree.not_required, 1);

  std::vector<std::string> rows;
  for (const auto& r : c->rows) rows.push_back(r.unit.code);
  EXPECT_EQ(rows, (std::vector<std::string>{"OFFICE", "SCHOOL-C", "SCHOOL-D", "COMMUNE"}));
  const auto& office = c->rows[0];
  EXPECT_TRUE(office.has_children);
  EXPECT_EQ(office.below.expected, 2);
  EXPECT_EQ(office.below.submitted, 2);
  EXPECT_EQ(office.below.not_required, 1);
  EXPECT_EQ(office.timeliness->state, Timeliness::State::kMissing);
  EXPECT_EQ(office.timeliness->days, 10);
  EXPECT_FALSE(c->rows[3].expected) << "nothing due from a commune for a half-year";
  EXPECT_FALSE(c->rows[3].due);

  ASSERT_EQ(c->missing.size(), 2u);
  EXPECT_EQ(c->missing[0].unit.code, "OFFICE");
  EXPECT_EQ(c->missing[1].unit.code, "SCHOOL-D");
  EXPECT_EQ(c->missing[1].timeliness->days, 10);
  ASSERT_EQ(c->late.size(), 1u);
  EXPECT_EQ(c->late[0].unit.code, "SCHOOL-C");
  EXPECT_EQ(c->late[0].timeliness->days, 5);
}

TEST_P(Completeness, AnOfficeSeesItsOwnSchools) {
  play();
  auto c = reports().completeness(as("office.approver"), "OFFICE", "2025S1");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->children.expected, 2);
  EXPECT_EQ(c->children.submitted, 2);
  EXPECT_EQ(c->children.on_time, 2);
  EXPECT_EQ(c->children.approved, 1);
  EXPECT_TRUE(c->missing.empty());
  EXPECT_EQ(c->subtree.expected, c->children.expected) << "schools have nothing below";
  EXPECT_EQ(reports().completeness(as("office.approver"), "DEPT", "2025S1").error().code, ErrorCode::kForbidden);
  EXPECT_EQ(reports().completeness(as("office.approver"), "OFFICE", "2025H1").error().code, ErrorCode::kBadRequest);
}

TEST_P(Completeness, ReturnedReportsAreNeitherSubmittedNorMissing) {
  play();
  ASSERT_TRUE(reports().send_back(as("admin"), "SCHOOL-C", "2025S1", "Thiếu số liệu").ok());
  auto c = reports().completeness(as("admin"), "DEPT", "2025S1");
  EXPECT_EQ(c->children.returned, 1);
  EXPECT_EQ(c->children.submitted, 0);
  EXPECT_EQ(c->children.missing, 2);
  ASSERT_EQ(c->returned.size(), 1u);
  // Its timeliness counts from its first submission (5 days late), not as
  // overdue while it waits to be sent again.
  EXPECT_EQ(c->returned[0].timeliness->state, Timeliness::State::kLate);
  EXPECT_EQ(c->returned[0].timeliness->days, 5);
  EXPECT_TRUE(c->late.empty()) << "listed as returned, not twice";
}

TEST_P(Completeness, BeforeTheDeadlineNothingIsOverdue) {
  at("2025-06-01");
  auto c = reports().completeness(as("admin"), "DEPT", "2025S1");
  EXPECT_EQ(c->subtree.missing, 6);
  for (const auto& m : c->missing) EXPECT_EQ(m.timeliness->state, Timeliness::State::kPending);
  EXPECT_EQ(c->missing[0].timeliness->days, 9);
}

TEST_P(Completeness, ReminderListsWhoToChase) {
  play();
  const std::string text = app::reminder_text(*reports().completeness(as("admin"), "DEPT", "2025S1"));
  EXPECT_NE(text.find("Đến ngày 20/06/2025, các đơn vị sau chưa nộp báo cáo 6 tháng đầu năm 2025:"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("- Trường THPT Đồng Khởi (hạn 10/06/2025, quá hạn 10 ngày)"), std::string::npos) << text;
  EXPECT_NE(text.find("- Trường THPT Cửu Long (muộn 5 ngày)"), std::string::npos) << text;
  EXPECT_EQ(text.find("Bình Minh"), std::string::npos) << "on time units are not chased";
  at("2025-06-01");
  ASSERT_TRUE(reports().completeness(as("admin"), "OFFICE", "2025S2").ok());
}

TEST_P(Completeness, TheChildrenAloneCountAsInTheFullTable) {
  play();
  const auto p1 = *parse_period("2025S1"), p2 = *parse_period("2025S2");
  auto full = reports().completeness(as("dept.viewer"), "DEPT", "2025S1");
  auto kids = reports().children_completeness(as("dept.viewer"), "DEPT", {p1, p2});
  ASSERT_TRUE(kids.ok()) << kids.error().message;
  ASSERT_EQ(kids->size(), 2u);
  const auto& c = (*kids)[0];
  EXPECT_EQ(c.period, p1);
  EXPECT_EQ(c.unit.code, "DEPT");
  EXPECT_EQ(iso(c.today), "2025-06-20");
  for (auto [mine, theirs] : {std::pair{c.counts.expected, full->children.expected},
                              {c.counts.submitted, full->children.submitted},
                              {c.counts.late, full->children.late},
                              {c.counts.on_time, full->children.on_time},
                              {c.counts.missing, full->children.missing},
                              {c.counts.not_required, full->children.not_required}})
    EXPECT_EQ(mine, theirs);
  ASSERT_EQ(c.rows.size(), full->rows.size()) << "open direct children only: SCHOOL-X is closed";
  for (size_t i = 0; i < c.rows.size(); ++i) {
    EXPECT_EQ(c.rows[i].unit.code, full->rows[i].unit.code);
    EXPECT_EQ(c.rows[i].status, full->rows[i].status);
    EXPECT_EQ(c.rows[i].expected, full->rows[i].expected);
  }
  // The next half-year: nobody has sent it, nobody is late yet.
  const auto& next = (*kids)[1];
  EXPECT_EQ(next.period, p2);
  EXPECT_EQ(next.counts.expected, 3);
  EXPECT_EQ(next.counts.missing, 3);
  for (const auto& r : next.rows)
    if (r.expected) EXPECT_EQ(r.timeliness->state, Timeliness::State::kPending) << r.unit.code;
  // The office's own schools, not the department's.
  auto office = reports().children_completeness(as("office.approver"), "OFFICE", {p1});
  ASSERT_TRUE(office.ok());
  EXPECT_EQ((*office)[0].counts.expected, 2) << "SCHOOL-E is exempted";
  EXPECT_EQ((*office)[0].counts.not_required, 1);
  EXPECT_EQ(reports().children_completeness(as("office.approver"), "DEPT", {p1}).error().code,
            ErrorCode::kForbidden);
  EXPECT_TRUE(reports().children_completeness(as("admin"), "SCHOOL-A", {p1})->front().rows.empty());
}

// More units to remind than a reminder can list: one line per direct child,
// with its own report and what its subtree still owes.
TEST(ReminderText, ManyUnitsAreRemindedThroughTheChildren) {
  app::Completeness c;
  c.unit.name = "Bộ Giáo dục và Đào tạo";
  c.period = *parse_period("2026S1");
  c.today = *parse_date("2026-06-20");
  auto unit = [](const std::string& name) {
    app::UnitCompleteness u;
    u.unit.name = name;
    u.expected = true;
    u.due = *parse_date("2026-06-10");
    u.timeliness = Timeliness{Timeliness::State::kMissing, 10};
    return u;
  };
  for (size_t i = 0; i <= app::kRemindedInFull; ++i) c.missing.push_back(unit("Trường Tiểu học số " + std::to_string(i)));
  app::UnitCompleteness late = unit("Sở Giáo dục và Đào tạo tỉnh Một");  // its own report missing
  late.below.missing = 1234;
  late.below.returned = 2;
  app::UnitCompleteness done = unit("Sở Giáo dục và Đào tạo tỉnh Hai");  // all in
  done.status = ReportStatus::kApproved;
  app::UnitCompleteness below = unit("Sở Giáo dục và Đào tạo tỉnh Ba");  // only below
  below.status = ReportStatus::kSubmitted;
  below.below.missing = 7;
  c.rows = {late, done, below};
  c.subtree.missing = 1242;
  c.subtree.returned = 2;
  const std::string text = app::reminder_text(c);
  EXPECT_NE(text.find("Đến ngày 20/06/2026, 1.242 đơn vị chưa nộp báo cáo 6 tháng đầu năm 2026, 2 đơn vị có báo cáo "
                      "bị trả lại cần nộp lại. Cụ thể theo từng đơn vị trực thuộc:"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("- Sở Giáo dục và Đào tạo tỉnh Một: chưa nộp báo cáo của đơn vị (hạn 10/06/2026, quá hạn 10 "
                      "ngày); cấp dưới còn 1.234 đơn vị chưa nộp, 2 đơn vị bị trả lại\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("- Sở Giáo dục và Đào tạo tỉnh Ba: cấp dưới còn 7 đơn vị chưa nộp\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("tỉnh Hai"), std::string::npos) << "nothing owed: not reminded";
  EXPECT_EQ(text.find("Trường Tiểu học số"), std::string::npos) << "not school by school";
  EXPECT_NE(text.find("đôn đốc các đơn vị cấp dưới"), std::string::npos) << text;

  c.missing.pop_back();  // exactly as many as are listed in full
  const std::string full = app::reminder_text(c);
  EXPECT_NE(full.find("- Trường Tiểu học số 0 (hạn 10/06/2026, quá hạn 10 ngày)"), std::string::npos);
  EXPECT_EQ(full.find("Cụ thể theo từng đơn vị trực thuộc"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Completeness, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
