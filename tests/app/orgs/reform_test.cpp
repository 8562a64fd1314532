// Journey 6, the 2025 reform: schools leave their district office for the
// department on 01/07/2025, with the commune People's Committee as their
// governing body, and the office closes. The past must not change: each
// period follows the tree of its last day (app/analytics/tree_history.h).
#include <algorithm>

#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Reform : public ReportTree {
 protected:
  void SetUp() override {
    ReportTree::SetUp();
    at("2024-11-01");
    for (const auto& [school, female] : std::vector<std::pair<std::string, double>>{
             {"SCHOOL-A", 10}, {"SCHOOL-B", 20}, {"SCHOOL-C", 5}})
      for (const char* period : {"2024S2", "2025S2"}) {
        app::ValueInput v{"staff_total", "female", school, period, std::nullopt, female};
        auto saved = t_.app->values().save(app::Actor::System(), {v});
        ASSERT_TRUE(saved.ok()) << saved.error().message;
      }
    ASSERT_TRUE(reports().submit(as("a.editor"), "SCHOOL-A", "2024S2").ok());
    ASSERT_TRUE(reports().approve(as("office.approver"), "SCHOOL-A", "2024S2").ok());
  }
  // The reform as an administrator enters it, months after the day: in one
  // step through the restructuring, or unit by unit.
  app::ReformInput input() const {
    app::ReformInput in;
    in.units = {"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"};
    in.parent = "DEPT";
    in.governor = "COMMUNE";
    in.effective = "01/07/2025";
    in.close_emptied = true;
    return in;
  }
  void reform_in_one_step() {
    at("2026-01-15");
    auto r = t_.app->orgs().apply_reform(app::Actor::System(), input());
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  void reform() {
    at("2026-01-15");
    for (const char* s : {"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"}) {
      app::OrgPatch p;
      p.parent = "DEPT";
      p.governor = "COMMUNE";
      p.effective = "01/07/2025";
      auto moved = t_.app->orgs().update(app::Actor::System(), s, p);
      ASSERT_TRUE(moved.ok()) << moved.error().message;
    }
    ASSERT_TRUE(t_.app->orgs().close(app::Actor::System(), "OFFICE", "01/07/2025").ok());
  }
  int64_t id_of(const std::string& org) {
    int64_t out = 0;
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      out = tx.org_by_code(org)->id;
      return Status::Ok();
    }).ok());
    return out;
  }
  std::optional<double> female_staff(const std::string& org, const std::string& period) {
    return t_.app->analytics().element("staff_total", "female", id_of(org), *parse_period(period));
  }
  // The units a body governs outside its subtree, by code, in a period's tree.
  std::vector<std::string> governed(const std::string& org, const std::string& period) {
    std::vector<std::string> out;
    const auto ids = t_.app->analytics().governed(id_of(org), *parse_period(period));
    EXPECT_TRUE(t_.store->read([&](storage::Tx& tx) {
      for (int64_t id : ids) out.push_back(tx.org_by_id(id)->code);
      return Status::Ok();
    }).ok());
    return out;
  }
  std::vector<std::string> below(const std::string& org, const std::string& period) {
    auto d = t_.app->unit_dashboard().get(app::Actor::System(), org, period);
    EXPECT_TRUE(d.ok()) << d.error().message;
    std::vector<std::string> out;
    for (const auto& u : d->below) out.push_back(u.code);
    return out;
  }
  static std::vector<std::string> codes(const std::vector<app::UnitCompleteness>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.unit.code);
    return out;
  }
  // What the department and the office say of 2024S2, in one string per fact.
  std::vector<std::string> past_facts() {
    std::vector<std::string> f;
    auto dept = reports().completeness(as("dept.viewer"), "DEPT", "2024S2");
    EXPECT_TRUE(dept.ok());
    f.push_back("dept expected " + std::to_string(dept->subtree.expected) + "/" +
                std::to_string(dept->children.expected) + " submitted " + std::to_string(dept->subtree.submitted));
    auto office = reports().completeness(as("dept.viewer"), "OFFICE", "2024S2");
    EXPECT_TRUE(office.ok());
    for (const auto& c : codes(office->rows)) f.push_back("office child " + c);
    f.push_back("office expected " + std::to_string(office->children.expected));
    f.push_back("office total " + std::to_string(female_staff("OFFICE", "2024S2").value_or(-1)));
    f.push_back("dept total " + std::to_string(female_staff("DEPT", "2024S2").value_or(-1)));
    f.push_back("office year " + std::to_string(female_staff("OFFICE", "2024").value_or(-1)));
    auto c = t_.app->consolidations().build(as("dept.viewer"), "OFFICE", "2024S2", false);
    EXPECT_TRUE(c.ok()) << c.error().message;
    f.push_back("consolidated " + std::to_string(c->counted) + "/" + std::to_string(c->expected));
    for (const auto& ch : c->children) f.push_back("consolidated child " + ch.unit.code);
    for (const auto& s : c->sets)
      for (const auto& r : s.rows)
        if (r.element.code == "staff_total") f.push_back("consolidated staff " + std::to_string(r.figure.female.value_or(-1)));
    auto kids = reports().children_completeness(as("dept.viewer"), "OFFICE", {*parse_period("2024S2")});
    EXPECT_TRUE(kids.ok());
    for (const auto& r : (*kids)[0].rows) f.push_back("agenda child " + r.unit.code);
    return f;
  }
};

TEST_P(Reform, ThePastReadsTheSameAfterTheReform) {
  const auto before = past_facts();
  EXPECT_NE(std::find(before.begin(), before.end(), "office total 30.000000"), before.end());
  EXPECT_NE(std::find(before.begin(), before.end(), "consolidated staff 10.000000"), before.end())
      << "only the approved report counts";
  reform();
  EXPECT_EQ(past_facts(), before);
}

TEST_P(Reform, ThePastReadsTheSameAfterTheReformInOneStep) {
  const auto before = past_facts();
  reform_in_one_step();
  EXPECT_EQ(past_facts(), before);
}

TEST_P(Reform, APreviewSaysWhatWillMoveAndChangesNothing) {
  at("2026-01-15");
  ASSERT_TRUE(reports().submit(as("b.editor"), "SCHOOL-B", "2025S1").ok());  // not approved yet
  auto plan = t_.app->orgs().preview_reform(app::Actor::System(), input());
  ASSERT_TRUE(plan.ok()) << plan.error().message;
  EXPECT_FALSE(plan->applied);
  EXPECT_EQ(plan->effective, "2025-07-01");
  ASSERT_EQ(plan->moves.size(), 3u);
  EXPECT_EQ(plan->moves[0].from->code, "OFFICE");
  ASSERT_EQ(plan->leaving.size(), 1u);
  EXPECT_EQ(plan->leaving[0].first.code, "OFFICE");
  EXPECT_EQ(plan->leaving[0].second, 3);
  ASSERT_EQ(plan->emptied.size(), 1u);
  EXPECT_EQ(plan->emptied[0].code, "OFFICE");
  EXPECT_EQ(plan->pending_period, "2025S1");
  ASSERT_EQ(plan->pending.size(), 1u);
  EXPECT_EQ(plan->pending[0].code, "SCHOOL-B");
  EXPECT_EQ(plan->governor->code, "COMMUNE");
  const auto summary = app::reform_summary(*plan);
  ASSERT_GE(summary.size(), 4u);
  EXPECT_EQ(summary[0], "3 đơn vị sẽ chuyển từ Phòng Giáo dục huyện Thử sang Sở Giáo dục và Đào tạo tỉnh Thử, từ "
                        "ngày 01/07/2025.");
  EXPECT_EQ(summary[1], "Cơ quan quản lý của 3 đơn vị: Ủy ban nhân dân xã Thử.");
  EXPECT_EQ(summary[3], "Sẽ đóng từ ngày 01/07/2025 đơn vị không còn đơn vị trực thuộc: Phòng Giáo dục huyện Thử.");
  EXPECT_EQ(summary[4], "1 đơn vị có báo cáo 6 tháng đầu năm 2025 chưa được phê duyệt; đơn vị cấp trên cũ vẫn "
                        "phê duyệt các báo cáo này: Trường Tiểu học Bình Minh.");
  auto office = t_.app->orgs().get(app::Actor::System(), "OFFICE");
  EXPECT_EQ(office->children.size(), 3u) << "a preview moves nothing";
  EXPECT_TRUE(office->info.unit.closed.empty());
}

TEST_P(Reform, OneStepMovesEveryUnitClosesTheEmptiedAndAuditsOnce) {
  reform_in_one_step();
  for (const char* s : {"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"}) {
    auto d = t_.app->orgs().get(app::Actor::System(), s);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->info.parent_code, "DEPT") << s;
    EXPECT_EQ(d->info.governor_code, "COMMUNE") << s;
    ASSERT_EQ(d->history.size(), 2u) << s;
    EXPECT_EQ(d->history[1].valid_from, "2025-07-01");
  }
  auto office = t_.app->orgs().get(app::Actor::System(), "OFFICE");
  EXPECT_EQ(office->info.unit.closed, "2025-07-01");
  ASSERT_TRUE(t_.store->read([&](storage::Tx& tx) {
    auto log = tx.audit_for("orgunit", "DEPT");
    int restructures = 0;
    for (const auto& e : log)
      if (e.action == "restructure") {
        ++restructures;
        const auto after = nlohmann::json::parse(e.after_json);
        EXPECT_EQ(after["units"].size(), 3u);
        EXPECT_EQ(after["units"][0]["from"], "OFFICE");
        EXPECT_EQ(after["closed"], nlohmann::json::array({"OFFICE"}));
        EXPECT_EQ(after["effective"], "2025-07-01");
      }
    EXPECT_EQ(restructures, 1);
    return Status::Ok();
  }).ok());
}

TEST_P(Reform, AnythingWrongAndNothingMoves) {
  at("2026-01-15");
  auto in = input();
  in.units.push_back("NO-SUCH");
  in.units.push_back("NOPE-2");
  auto unknown = t_.app->orgs().apply_reform(app::Actor::System(), in);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "units");
  EXPECT_NE(unknown.error().message.find("NO-SUCH và NOPE-2"), std::string::npos) << unknown.error().message;
  in = input();
  in.units.push_back("OFFICE");  // the schools are inside it
  auto nested = t_.app->orgs().apply_reform(app::Actor::System(), in);
  ASSERT_FALSE(nested.ok());
  EXPECT_NE(nested.error().message.find("SCHOOL-A, SCHOOL-B và SCHOOL-E"), std::string::npos)
      << nested.error().message;
  in = input();
  in.units = {"SCHOOL-X"};
  EXPECT_EQ(t_.app->orgs().apply_reform(app::Actor::System(), in).error().code, ErrorCode::kConflict);
  in = input();
  in.units = {"DEPT"};
  in.parent = "OFFICE";
  EXPECT_EQ(t_.app->orgs().apply_reform(app::Actor::System(), in).error().field, "units");
  in = input();
  in.units = {" ", ""};
  EXPECT_EQ(t_.app->orgs().apply_reform(app::Actor::System(), in).error().field, "units");
  in = input();
  in.effective = "01/07/2027";
  EXPECT_EQ(t_.app->orgs().apply_reform(app::Actor::System(), in).error().field, "effective");
  // An office's manager may not put schools under the department.
  EXPECT_EQ(t_.app->orgs().apply_reform(as("office.manager"), input()).error().code, ErrorCode::kForbidden);
  auto office = t_.app->orgs().get(app::Actor::System(), "OFFICE");
  EXPECT_EQ(office->children.size(), 3u);
  EXPECT_TRUE(office->info.unit.closed.empty());
}

TEST_P(Reform, PeriodsAfterTheDayFollowTheNewTree) {
  reform();
  EXPECT_EQ(female_staff("OFFICE", "2025S2"), std::nullopt);
  EXPECT_EQ(female_staff("DEPT", "2025S2"), 35);
  EXPECT_EQ(female_staff("OFFICE", "2025S1"), std::nullopt) << "nothing was stored for 2025S1";
  auto dept = reports().completeness(as("dept.viewer"), "DEPT", "2025S2");
  ASSERT_TRUE(dept.ok());
  const auto rows = codes(dept->rows);
  EXPECT_NE(std::find(rows.begin(), rows.end(), "SCHOOL-A"), rows.end());
  EXPECT_EQ(std::find(rows.begin(), rows.end(), "OFFICE"), rows.end()) << "closed on 01/07/2025";
  // The year 2025 ends after the day: the schools count at the department.
  EXPECT_EQ(female_staff("OFFICE", "2025"), std::nullopt);
  // A report goes to the parent of its period's last day, whenever it is written.
  EXPECT_EQ(reports().get(as("dept.viewer"), "SCHOOL-B", "2025S1")->parent->code, "OFFICE");
  EXPECT_EQ(reports().get(as("dept.viewer"), "SCHOOL-B", "2025S2")->parent->code, "DEPT");
}

TEST_P(Reform, AnUndoPutsEveryUnitBackWithinAWeek) {
  const auto before = past_facts();
  EXPECT_EQ(t_.app->orgs().undo_reform(app::Actor::System(), "DEPT").error().code, ErrorCode::kNotFound);
  reform_in_one_step();
  EXPECT_EQ(t_.app->orgs().undo_reform(as("office.manager"), "DEPT").error().code, ErrorCode::kForbidden);
  at("2026-01-16");
  auto undone = t_.app->orgs().undo_reform(app::Actor::System(), "DEPT");
  ASSERT_TRUE(undone.ok()) << undone.error().message;
  EXPECT_EQ(undone->moved_back, (std::vector<std::string>{"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"}));
  EXPECT_EQ(undone->reopened, (std::vector<std::string>{"OFFICE"}));
  for (const char* s : {"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"}) {
    auto d = t_.app->orgs().get(app::Actor::System(), s);
    EXPECT_EQ(d->info.parent_code, "OFFICE") << s;
    EXPECT_EQ(d->info.governor_code, "") << s;
  }
  EXPECT_TRUE(t_.app->orgs().get(app::Actor::System(), "OFFICE")->info.unit.closed.empty());
  EXPECT_EQ(past_facts(), before);
  EXPECT_EQ(female_staff("OFFICE", "2025S2"), 30) << "as if nothing had moved";
  EXPECT_EQ(t_.app->orgs().undo_reform(app::Actor::System(), "DEPT").error().code, ErrorCode::kNotFound)
      << "undone once";
  ASSERT_TRUE(t_.store->read([&](storage::Tx& tx) {
    int undos = 0;
    for (const auto& e : tx.audit_for("orgunit", "DEPT")) undos += e.action == "restructure_undo";
    EXPECT_EQ(undos, 1);
    return Status::Ok();
  }).ok());
}

TEST_P(Reform, AnUndoIsRefusedAfterAWeekOrOnceAUnitMovedAgain) {
  reform_in_one_step();
  at("2026-01-23");
  auto late = t_.app->orgs().undo_reform(app::Actor::System(), "DEPT");
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  at("2026-01-16");
  app::OrgPatch p;
  p.parent = "COMMUNE";
  ASSERT_TRUE(t_.app->orgs().update(app::Actor::System(), "SCHOOL-B", p).ok());
  auto moved = t_.app->orgs().undo_reform(app::Actor::System(), "DEPT");
  ASSERT_FALSE(moved.ok());
  EXPECT_NE(moved.error().message.find("SCHOOL-B"), std::string::npos) << moved.error().message;
  EXPECT_EQ(t_.app->orgs().get(app::Actor::System(), "SCHOOL-A")->info.parent_code, "DEPT") << "nothing undone";
}

TEST_P(Reform, AClosedOfficeStillReportsForTheHalfYearBeforeItClosed) {
  reform_in_one_step();
  auto s1 = reports().submit(app::Actor::System(), "OFFICE", "2025S1");
  EXPECT_TRUE(s1.ok()) << s1.error().message;
  auto s2 = reports().submit(app::Actor::System(), "OFFICE", "2025S2");
  ASSERT_FALSE(s2.ok());
  EXPECT_EQ(s2.error().code, ErrorCode::kConflict);
  EXPECT_NE(s2.error().message.find("đã đóng từ 01/07/2025"), std::string::npos) << s2.error().message;
}

TEST_P(Reform, TheEffectiveDayIsNeitherInTheFutureNorBeforeTheLastMove) {
  reform();
  app::OrgPatch p;
  p.parent = "COMMUNE";
  p.effective = "16/01/2026";
  auto future = t_.app->orgs().update(app::Actor::System(), "SCHOOL-A", p);
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field, "effective");
  p.effective = "30/06/2025";
  auto early = t_.app->orgs().update(app::Actor::System(), "SCHOOL-A", p);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "effective");
  EXPECT_NE(early.error().message.find("01/07/2025"), std::string::npos) << early.error().message;
  p.effective = "ngày mai";
  EXPECT_EQ(t_.app->orgs().update(app::Actor::System(), "SCHOOL-A", p).error().field, "effective");
  p.effective = "";  // today
  EXPECT_TRUE(t_.app->orgs().update(app::Actor::System(), "SCHOOL-A", p).ok());
}

TEST_P(Reform, ACommuneGovernsTheSchoolsFromTheEffectiveDayOnly) {
  const std::vector<std::string> schools{"SCHOOL-A", "SCHOOL-B", "SCHOOL-E"};
  reform_in_one_step();
  EXPECT_EQ(governed("COMMUNE", "2025S2"), schools);
  EXPECT_EQ(governed("COMMUNE", "2025Q3"), schools);
  EXPECT_TRUE(governed("COMMUNE", "2025S1").empty()) << "before 01/07/2025 the office governed them";
  EXPECT_TRUE(governed("COMMUNE", "2024S2").empty());
  EXPECT_EQ(t_.app->analytics().governed(id_of("COMMUNE")).size(), 3u) << "today";
  // The commune's dashboard: its schools below it from the day, none before.
  EXPECT_EQ(below("COMMUNE", "2025S2"), schools);
  EXPECT_TRUE(below("COMMUNE", "2024S2").empty());
  // Under the department in 2025S2 the schools stand grouped under the commune.
  const auto dept = below("DEPT", "2025S2");
  EXPECT_EQ(std::find(dept.begin(), dept.end(), "SCHOOL-A"), dept.end());
  EXPECT_NE(std::find(dept.begin(), dept.end(), "COMMUNE"), dept.end());
  EXPECT_EQ(std::find(dept.begin(), dept.end(), "OFFICE"), dept.end()) << "closed on 01/07/2025";
  const auto dept_before = below("DEPT", "2024S2");
  EXPECT_NE(std::find(dept_before.begin(), dept_before.end(), "OFFICE"), dept_before.end());
}

TEST_P(Reform, AGoverningBodyChangesOnItsEffectiveDayWithItsHistory) {
  at("2026-01-15");
  app::OrgPatch p;
  p.governor = "COMMUNE";
  p.effective = "01/09/2025";
  auto set = t_.app->orgs().update(app::Actor::System(), "SCHOOL-C", p);
  ASSERT_TRUE(set.ok()) << set.error().message;
  EXPECT_EQ(set->governor_code, "COMMUNE");
  EXPECT_EQ(governed("COMMUNE", "2025Q3"), (std::vector<std::string>{"SCHOOL-C"}));
  EXPECT_TRUE(governed("COMMUNE", "202508").empty());
  EXPECT_EQ(governed("COMMUNE", "202509"), (std::vector<std::string>{"SCHOOL-C"}));
  // Not before the change now in force; cleared today.
  p.governor = "";
  p.effective = "01/08/2025";
  auto early = t_.app->orgs().update(app::Actor::System(), "SCHOOL-C", p);
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "effective");
  EXPECT_NE(early.error().message.find("01/09/2025"), std::string::npos) << early.error().message;
  p.effective.reset();
  ASSERT_TRUE(t_.app->orgs().update(app::Actor::System(), "SCHOOL-C", p).ok());
  EXPECT_TRUE(t_.app->analytics().governed(id_of("COMMUNE")).empty());
  EXPECT_EQ(governed("COMMUNE", "2025S2"), (std::vector<std::string>{"SCHOOL-C"})) << "the past holds";
  ASSERT_TRUE(t_.store->read([&](storage::Tx& tx) {
    const auto h = tx.governor_history(id_of("SCHOOL-C"));
    EXPECT_EQ(h.size(), 1u);
    if (h.size() == 1) {
      EXPECT_EQ(h[0].valid_from, "2025-09-01");
      EXPECT_EQ(h[0].valid_to, "2026-01-15");
    }
    return Status::Ok();
  }).ok());
}

INSTANTIATE_TEST_SUITE_P(Engines, Reform, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
