// The plan editor over HTTP: outline operations keep what was typed, a
// refused save shows the typed content with the reason and writes nothing.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class PlanEditor : public LiveServerTest<PlanEditor> {
 protected:
  void SetUp() override {
    ASSERT_TRUE(c_.login("thcs.tanmy", kAdminPassword));
    auto r = c_.form("/plans", {{"org", "THCS-TANMY"}, {"year", "2027"}});
    ASSERT_EQ(r.status, 303);
    edit_ = r.header("location");
  }
  HttpClient c_{port()};
  std::string edit_;
};

TEST_F(PlanEditor, ANewDraftOpensWithItsOutline) {
  auto page = c_.get(edit_);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("name=\"subject\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"objectives.0.title\""), std::string::npos);
  EXPECT_NE(page.body.find("value=\"add:tasks\""), std::string::npos);
  EXPECT_NE(page.body.find("năm 2027"), std::string::npos) << "a default subject";
}

TEST_F(PlanEditor, TargetsOfferEveryComparatorAndEveryWhen) {
  auto saved = c_.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"objectives.0.title", "M"},
                               {"objectives.0.targets.0.text", "Tỷ lệ"}, {"objectives.0.targets.0.value", "40"},
                               {"objectives.0.targets.0.comparator", "ge"}, {"op", "save"}});
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto edit = c_.get(edit_);
  ASSERT_EQ(edit.status, 200);
  for (const char* v : {"ge", "gt", "eq", "le", "lt", "by_year", "from_year", "every_year", "every_quarter"})
    EXPECT_NE(edit.body.find(std::string("value=\"") + v + "\""), std::string::npos) << v;
  EXPECT_NE(edit.body.find("Hằng quý"), std::string::npos);
}

TEST_F(PlanEditor, AddMoveAndRemoveKeepTypedText) {
  auto added = c_.form(edit_, {{"year", "2027"}, {"subject", "Chưa lưu lần nào"}, {"tasks.0.title", "Tập huấn"},
                               {"tasks.1.title", "Truyền thông"}, {"op", "add:tasks"}});
  ASSERT_EQ(added.status, 303);
  EXPECT_TRUE(added.header("location").ends_with("/edit#tasks")) << added.header("location");
  auto page = c_.get(edit_);
  EXPECT_NE(page.body.find("Chưa lưu lần nào"), std::string::npos) << "text typed before the button is kept";
  EXPECT_NE(page.body.find("name=\"tasks.2.title\" value=\"\""), std::string::npos);

  ASSERT_EQ(c_.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"tasks.0.title", "Tập huấn"},
                            {"tasks.1.title", "Truyền thông"}, {"op", "up:tasks.1"}})
                .status,
            303);
  page = c_.get(edit_);
  EXPECT_LT(page.body.find("value=\"Truyền thông\""), page.body.find("value=\"Tập huấn\""));
  ASSERT_EQ(c_.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"tasks.0.title", "Truyền thông"},
                            {"tasks.1.title", "Tập huấn"}, {"op", "remove:tasks.0"}})
                .status,
            303);
  page = c_.get(edit_);
  EXPECT_EQ(page.body.find("value=\"Truyền thông\""), std::string::npos);
  EXPECT_NE(page.body.find("name=\"tasks.0.title\" value=\"Tập huấn\""), std::string::npos);
}

TEST_F(PlanEditor, ARefusedSaveKeepsEverythingTyped) {
  auto bad = c_.form(edit_, {{"year", "hai nghìn"}, {"subject", "Nội dung quý giá"},
                             {"objectives.0.targets.0.value", "bốn mươi"}, {"op", "save"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_NE(bad.body.find("Mức chỉ tiêu (mục tiêu 1, chỉ tiêu 1) phải là số."), std::string::npos)
      << bad.body.substr(bad.body.find("<main"), 600);
  EXPECT_NE(bad.body.find("value=\"hai nghìn\""), std::string::npos);
  EXPECT_NE(bad.body.find("Nội dung quý giá"), std::string::npos);
  EXPECT_NE(bad.body.find("value=\"bốn mươi\""), std::string::npos);
  EXPECT_EQ(c_.get(edit_).body.find("Nội dung quý giá"), std::string::npos) << "nothing was written";

  auto bad_op = c_.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"op", "remove:tasks.9"}});
  EXPECT_EQ(bad_op.status, 400);
}

TEST_F(PlanEditor, DecimalCommaRoundTrips) {
  ASSERT_EQ(c_.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"objectives.0.title", "M"},
                            {"objectives.0.targets.0.text", "Tỷ lệ"}, {"objectives.0.targets.0.value", "40,5"},
                            {"objectives.0.targets.0.comparator", "ge"}, {"op", "save"}})
                .status,
            303);
  auto page = c_.get(edit_);
  EXPECT_NE(page.body.find("value=\"40,5\""), std::string::npos);
  EXPECT_NE(page.body.find("<option value=\"ge\" selected>"), std::string::npos);
  auto api = c_.get("/api/v1/plans/" + edit_.substr(7, edit_.size() - 12)).json();
  EXPECT_DOUBLE_EQ(api["content"]["objectives"][0]["targets"][0]["value"].get<double>(), 40.5);
}

TEST_F(PlanEditor, OnlyTheUnitsWritersEdit) {
  HttpClient viewer(port());
  ASSERT_TRUE(viewer.login("so.xem", kAdminPassword));
  EXPECT_EQ(viewer.form(edit_, {{"year", "2027"}, {"subject", "S"}, {"op", "save"}}).status, 403);
}

}  // namespace
}  // namespace bd::test
