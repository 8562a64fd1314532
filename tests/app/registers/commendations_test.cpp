// Commendations: validation, individuals counted by sex, collectives of the
// subtree, who may write.
#include "app/reports_fixture.h"

namespace bd::test {
namespace {

class Commendations : public ReportTree {
 protected:
  app::Commendations& commendations() { return t_.app->commendations(); }
  static app::CommendationInput person(const std::string& name, const std::string& sex) {
    app::CommendationInput in;
    in.full_name = name;
    in.sex = sex;
    in.level = "office";
    in.title = "Giấy khen";
    in.decision_no = "12/QĐ-PGDĐT";
    in.decision_date = "15/08/2025";
    in.movement = "Giỏi việc trường - Đảm việc nhà";
    return in;
  }
};

TEST_P(Commendations, ValidationNamesTheField) {
  auto in = person("Nguyễn Thị Hoa", "female");
  in.level = "province";
  EXPECT_EQ(commendations().create(as("office.manager"), "OFFICE", in).error().field, "level");
  in = person("Nguyễn Thị Hoa", "female");
  in.decision_date = "";
  auto r = commendations().create(as("office.manager"), "OFFICE", in);
  EXPECT_EQ(r.error().field, "decision_date");
  EXPECT_NE(r.error().message.find("Ngày quyết định"), std::string::npos);
  in = person("", "");
  in.collective = true;
  in.honoree_org = "SCHOOL-C";  // not under the office
  EXPECT_EQ(commendations().create(as("office.manager"), "OFFICE", in).error().field, "honoree_org");
}

TEST_P(Commendations, ListCountsIndividualsBySexAndFiltersByYear) {
  const auto a = as("office.manager");
  ASSERT_TRUE(commendations().create(a, "OFFICE", person("Nguyễn Thị Hoa", "female")).ok());
  ASSERT_TRUE(commendations().create(a, "OFFICE", person("Lê Thị Hồng", "female")).ok());
  auto man = person("Phạm Văn Dũng", "male");
  man.decision_date = "2026-05-01";
  ASSERT_TRUE(commendations().create(a, "OFFICE", man).ok());
  app::CommendationInput group = person("", "");
  group.collective = true;
  group.honoree_org = "SCHOOL-A";
  auto g = commendations().create(a, "OFFICE", group);
  ASSERT_TRUE(g.ok()) << g.error().message;
  EXPECT_EQ(g->record.honoree_name, "Trường Tiểu học An Bình");
  EXPECT_EQ(g->honoree_org_code, "SCHOOL-A");
  auto all = commendations().list(as("dept.viewer"), "OFFICE");
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->rows.size(), 4u);
  EXPECT_EQ(all->individuals_female, 2);
  EXPECT_EQ(all->individuals_male, 1);
  EXPECT_EQ(all->collectives, 1);
  EXPECT_FALSE(all->can_edit);
  EXPECT_EQ(commendations().list(a, "OFFICE", 2026)->rows.size(), 1u);
  EXPECT_EQ(commendations().create(as("dept.viewer"), "OFFICE", man).error().code, ErrorCode::kForbidden);
  EXPECT_EQ(commendations().get(as("b.editor"), g->record.id).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(commendations().remove(a, g->record.id).ok());
  EXPECT_EQ(commendations().list(a, "OFFICE")->collectives, 0);
}

INSTANTIATE_TEST_SUITE_P(Engines, Commendations, ::testing::ValuesIn(engines()),
                         [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
