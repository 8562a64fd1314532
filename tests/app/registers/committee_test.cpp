// The committee: validation, who may change it, re-composition with its
// history at any date, and the catalog values fed from its members.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Committee : public ReportTree {
 protected:
  app::Committee& committee() { return t_.app->committee(); }
  static app::MemberInput m(const std::string& name, const std::string& sex, const std::string& role, bool trained) {
    app::MemberInput in;
    in.full_name = name;
    in.sex = sex;
    in.role = role;
    in.trained = trained;
    in.phone = "0900.000.001";
    return in;
  }
  std::optional<double> value(const std::string& element, const std::string& sex, const std::string& period) {
    auto v = t_.app->values().get(as("admin"), "SCHOOL-A", period);
    EXPECT_TRUE(v.ok());
    for (const auto& x : *v)
      if (x.element == element && x.option == sex) return x.number;
    return std::nullopt;
  }
};

TEST_P(Committee, ValidationNamesTheFieldInVietnamese) {
  auto in = m("", "female", "head", false);
  in.term_start = "01/09/2025";
  auto r = committee().add(as("a.editor"), "SCHOOL-A", in);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kValidation);
  EXPECT_EQ(r.error().field, "full_name");
  EXPECT_NE(r.error().message.find("Họ và tên"), std::string::npos);
  in = m("Nguyễn Thị Hoa", "female", "chairman", false);
  in.term_start = "01/09/2025";
  EXPECT_EQ(committee().add(as("a.editor"), "SCHOOL-A", in).error().field, "role");
  in = m("Nguyễn Thị Hoa", "female", "head", false);
  in.term_start = "31/02/2025";
  EXPECT_EQ(committee().add(as("a.editor"), "SCHOOL-A", in).error().field, "term_start");
  in.term_start = "01/09/2025";
  in.term_end = "01/08/2025";
  EXPECT_EQ(committee().add(as("a.editor"), "SCHOOL-A", in).error().field, "term_end");
  in.term_end.clear();
  in.phone = "gọi cô Hoa";
  EXPECT_EQ(committee().add(as("a.editor"), "SCHOOL-A", in).error().field, "phone");
}

TEST_P(Committee, OnlyWhoEntersTheUnitsDataChangesItAndOutsidersCannotRead) {
  auto in = m("Nguyễn Thị Hoa", "female", "head", true);
  in.term_start = "2025-09-01";
  EXPECT_EQ(committee().add(as("b.editor"), "SCHOOL-A", in).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(committee().add(as("dept.viewer"), "SCHOOL-A", in).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(committee().get(as("b.editor"), "SCHOOL-A").error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(committee().add(as("a.editor"), "SCHOOL-A", in).ok());
  EXPECT_TRUE(committee().add(as("office.manager"), "SCHOOL-A", m("Lê Văn Bình", "male", "member", false)).error().code ==
              ErrorCode::kValidation);  // no term start
  auto v = committee().get(as("dept.viewer"), "SCHOOL-A");
  ASSERT_TRUE(v.ok());
  EXPECT_FALSE(v->can_edit);
  EXPECT_EQ(v->members.size(), 1u);
}

TEST_P(Committee, RecompositionKeepsHistoryAtAnyDate) {
  at("2026-03-10");
  std::vector<app::MemberInput> first{m("Trần Văn An", "male", "head", true), m("Lê Thị Hồng", "female", "member", false)};
  auto r = committee().recompose(as("a.editor"), "SCHOOL-A", "01/03/2021", "45/QĐ-TH", "25/02/2021", first);
  ASSERT_TRUE(r.ok()) << r.error().message;
  std::vector<app::MemberInput> second{m("Nguyễn Thị Hoa", "female", "head", true),
                                       m("Lê Thị Hồng", "female", "secretary", true),
                                       m("Phạm Văn Dũng", "male", "member", false)};
  r = committee().recompose(as("a.editor"), "SCHOOL-A", "2025-09-01", "312/QĐ-TH", "2025-08-28", second);
  ASSERT_TRUE(r.ok()) << r.error().message;
  auto before = committee().get(as("a.editor"), "SCHOOL-A", "31/08/2025");
  ASSERT_TRUE(before.ok());
  ASSERT_EQ(before->members.size(), 2u);
  EXPECT_EQ(before->members[0].full_name, "Trần Văn An");
  EXPECT_EQ(before->members[0].term_end, "2025-08-31");
  auto after = committee().get(as("a.editor"), "SCHOOL-A", "2025-09-01");
  ASSERT_EQ(after->members.size(), 3u);
  EXPECT_EQ(after->members[0].full_name, "Nguyễn Thị Hoa");
  EXPECT_EQ(after->members[0].decision_no, "312/QĐ-TH");
  EXPECT_EQ(after->history.size(), 5u);
  EXPECT_TRUE(committee().get(as("a.editor"), "SCHOOL-A", "2020-01-01")->members.empty());
  // Exactly one head; nothing re-composed before the last composition.
  std::vector<app::MemberInput> headless{m("Lê Thị Hồng", "female", "member", true)};
  EXPECT_EQ(committee().recompose(as("a.editor"), "SCHOOL-A", "2026-01-01", "1/QĐ", "2026-01-01", headless).error().field,
            "members");
  EXPECT_EQ(committee().recompose(as("a.editor"), "SCHOOL-A", "2025-09-01", "1/QĐ", "2025-09-01", second).error().code,
            ErrorCode::kConflict);
}

TEST_P(Committee, ChangesFeedTheCommitteeCountsOfTheHalfYear) {
  at("2026-03-10");
  std::vector<app::MemberInput> members{m("Nguyễn Thị Hoa", "female", "head", true),
                                        m("Lê Thị Hồng", "female", "secretary", false),
                                        m("Phạm Văn Dũng", "male", "member", true)};
  auto r = committee().recompose(as("a.editor"), "SCHOOL-A", "2026-01-05", "1/QĐ-TH", "2026-01-04", members);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->values_period, "2026S1");
  EXPECT_EQ(r->values_note, "");
  EXPECT_EQ(value("committee_members", "female", "2026S1"), 2);
  EXPECT_EQ(value("committee_members", "male", "2026S1"), 1);
  EXPECT_EQ(value("committee_trained", "female", "2026S1"), 1);
  EXPECT_EQ(value("committee_trained", "male", "2026S1"), 1);
  // The man leaves: the counts follow.
  auto left = committee().end_term(as("a.editor"), "SCHOOL-A", r->view.members[2].id, "01/03/2026");
  ASSERT_TRUE(left.ok()) << left.error().message;
  EXPECT_EQ(value("committee_members", "male", "2026S1"), 0);
  EXPECT_EQ(value("committee_trained", "male", "2026S1"), 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, Committee, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
