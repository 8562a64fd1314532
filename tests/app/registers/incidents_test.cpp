// Incidents: only incident officers of the unit record them; officers who
// approve above read them; everyone else, admins included, sees nothing;
// the counts by sex and type are open to every reader of the subtree.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Incidents : public ReportTree {
 protected:
  void SetUp() override {
    ReportTree::SetUp();
    if (HasFatalFailure()) return;
    auto r = t_.app->users().create(app::Actor::System(), {"a.officer", "Cán bộ A", "SCHOOL-A", "password-123",
                                                           {"editor", "incident_officer"}});
    ASSERT_TRUE(r.ok()) << r.error().message;
    r = t_.app->users().create(app::Actor::System(), {"office.officer", "Cán bộ phòng", "OFFICE", "password-123",
                                                      {"approver", "incident_officer"}});
    ASSERT_TRUE(r.ok()) << r.error().message;
    r = t_.app->users().create(app::Actor::System(), {"b.officer", "Cán bộ B", "SCHOOL-B", "password-123",
                                                      {"editor", "incident_officer"}});
    ASSERT_TRUE(r.ok()) << r.error().message;
  }
  app::Incidents& incidents() { return t_.app->incidents(); }
};

const app::IncidentInput kCase{"20/10/2025", "psychological", "female", "11-14", "handling", ""};

TEST_P(Incidents, ValidationKeepsToTheClosedLists) {
  auto in = kCase;
  in.age_band = "13";
  EXPECT_EQ(incidents().create(as("a.officer"), "SCHOOL-A", in).error().field, "age_band");
  in = kCase;
  in.status = "referred";
  auto r = incidents().create(as("a.officer"), "SCHOOL-A", in);
  EXPECT_EQ(r.error().field, "referral");
  EXPECT_NE(r.error().message.find("Nơi chuyển tuyến"), std::string::npos);
}

TEST_P(Incidents, OnlyOfficersOfTheUnitAndOfficersApprovingAboveSeeThem) {
  auto r = incidents().create(as("a.officer"), "SCHOOL-A", kCase);
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->occurred_on, "2025-10-20");
  EXPECT_TRUE(incidents().list(as("a.officer"), "SCHOOL-A").ok());
  EXPECT_TRUE(incidents().get(as("office.officer"), r->id).ok());
  EXPECT_EQ(incidents().create(as("office.officer"), "SCHOOL-A", kCase).error().code, ErrorCode::kForbidden);
  for (const char* who : {"admin", "a.editor", "a.head", "office.approver", "office.manager", "dept.viewer",
                          "b.officer"}) {
    SCOPED_TRACE(who);
    EXPECT_EQ(incidents().list(as(who), "SCHOOL-A").error().code, ErrorCode::kForbidden);
    EXPECT_EQ(incidents().get(as(who), r->id).error().code, ErrorCode::kNotFound);
    EXPECT_FALSE(incidents().create(as(who), "SCHOOL-A", kCase).ok());
    EXPECT_EQ(incidents().update(as(who), r->id, kCase).error().code, ErrorCode::kNotFound);
  }
  auto changed = kCase;
  changed.status = "closed";
  EXPECT_EQ(incidents().update(as("a.officer"), r->id, changed)->status, "closed");
}

TEST_P(Incidents, OnlyCountsBySexAndTypeLeaveTheUnit) {
  ASSERT_TRUE(incidents().create(as("a.officer"), "SCHOOL-A", kCase).ok());
  auto boy = kCase;
  boy.sex = "male";
  boy.kind = "physical";
  ASSERT_TRUE(incidents().create(as("a.officer"), "SCHOOL-A", boy).ok());
  ASSERT_TRUE(incidents().create(as("b.officer"), "SCHOOL-B", kCase).ok());
  auto c = incidents().aggregate(as("dept.viewer"), "OFFICE", 2025);
  ASSERT_TRUE(c.ok()) << c.error().message;
  EXPECT_EQ(c->female, 2);
  EXPECT_EQ(c->male, 1);
  EXPECT_EQ(c->by_kind.at("psychological"), std::make_pair(2, 0));
  EXPECT_EQ(c->by_kind.at("physical"), std::make_pair(0, 1));
  EXPECT_EQ(incidents().aggregate(as("dept.viewer"), "OFFICE", 2024)->female, 0);
  EXPECT_EQ(incidents().aggregate(as("b.editor"), "SCHOOL-A", 2025).error().code, ErrorCode::kForbidden);
}

INSTANTIATE_TEST_SUITE_P(Engines, Incidents, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
