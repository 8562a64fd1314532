// The plan editor's form: names to content, conversions, outline operations.
#include "http/pages/plans/plan_form.h"

#include <gtest/gtest.h>

namespace bd::http::pages {
namespace {

using nlohmann::json;
using Form = std::multimap<std::string, std::string>;

TEST(PlanForm, NamesBuildTheOutlineInIndexOrder) {
  const Form f = {{"_csrf", "x"},
                  {"op", "save"},
                  {"year", "2026"},
                  {"subject", "Kế hoạch năm 2026"},
                  {"objectives.1.title", "Thứ hai"},
                  {"objectives.0.title", "Thứ nhất"},
                  {"objectives.0.targets.0.text", "Nữ ≥ 40%"},
                  {"objectives.0.targets.0.value", "40,5"},
                  {"objectives.0.targets.0.year", ""},
                  {"signer.name", "Lê Thị Mai"},
                  {"schedule.3.month", "11"},
                  {"schedule.3.work", "Tháng hành động"},
                  {"unknown", "dropped"}};
  const json c = plan_from_form(f);
  EXPECT_EQ(c["year"], 2026);
  EXPECT_EQ(c["subject"], "Kế hoạch năm 2026");
  ASSERT_EQ(c["objectives"].size(), 2u);
  EXPECT_EQ(c["objectives"][0]["title"], "Thứ nhất");
  EXPECT_EQ(c["objectives"][1]["title"], "Thứ hai");
  EXPECT_DOUBLE_EQ(c["objectives"][0]["targets"][0]["value"].get<double>(), 40.5);
  EXPECT_FALSE(c["objectives"][0]["targets"][0].contains("year")) << "empty numbers are left out";
  EXPECT_EQ(c["signer"]["name"], "Lê Thị Mai");
  ASSERT_EQ(c["schedule"].size(), 1u) << "gaps close";
  EXPECT_EQ(c["schedule"][0]["month"], 11);
  EXPECT_FALSE(c.contains("unknown"));
  EXPECT_FALSE(c.contains("_csrf"));
  EXPECT_FALSE(c.contains("op"));
}

TEST(PlanForm, ListsOnePerLineAndCheckboxes) {
  const Form f = {{"basis", "Luật Bình đẳng giới;\r\n\r\n  Kế hoạch số 05/KH-SGDĐT  \n"},
                  {"tasks.0.actions", "Tuyên truyền\nTập huấn"},
                  {"tasks.0.applies_to", "school"},
                  {"tasks.0.applies_to", "office"}};
  const json c = plan_from_form(f);
  EXPECT_EQ(c["basis"], json::array({"Luật Bình đẳng giới;", "Kế hoạch số 05/KH-SGDĐT"}));
  EXPECT_EQ(c["tasks"][0]["actions"], json::array({"Tuyên truyền", "Tập huấn"}));
  EXPECT_EQ(c["tasks"][0]["applies_to"], json::array({"school", "office"}));
}

TEST(PlanForm, WhatDoesNotParseIsKeptAsTyped) {
  const json c = plan_from_form({{"year", "hai nghìn"}, {"objectives.0.targets.0.value", "bốn mươi"},
                                 {"objectives.0.targets.1.value", "1.500,25"},
                                 {"objectives.0.targets.2.value", "inf"}});
  EXPECT_EQ(c["year"], "hai nghìn");
  EXPECT_EQ(c["objectives"][0]["targets"][0]["value"], "bốn mươi");
  EXPECT_DOUBLE_EQ(c["objectives"][0]["targets"][1]["value"].get<double>(), 1500.25);
  EXPECT_EQ(c["objectives"][0]["targets"][2]["value"], "inf");
  // A dot separates thousands here as in the data grid: "1.500" is 1500,
  // and "40.5" is left as typed for the editor to refuse.
  const json d = plan_from_form({{"objectives.0.targets.0.value", "1.500"}, {"objectives.0.targets.1.value", "40.5"}});
  EXPECT_DOUBLE_EQ(d["objectives"][0]["targets"][0]["value"].get<double>(), 1500);
  EXPECT_EQ(d["objectives"][0]["targets"][1]["value"], "40.5");
}

TEST(PlanForm, AddRemoveAndMoveKeepTheText) {
  json c = {{"objectives", {{{"title", "A"}}, {{"title", "B"}, {"targets", {{{"text", "t1"}}}}}}},
            {"tasks", {{{"title", "T1"}}, {{"title", "T2"}}, {{"title", "T3"}}}}};
  ASSERT_TRUE(apply_outline_op(c, "add:objectives"));
  EXPECT_EQ(c["objectives"].size(), 3u);
  EXPECT_EQ(c["objectives"][2]["title"], "");
  ASSERT_TRUE(apply_outline_op(c, "add:objectives.1.targets"));
  EXPECT_EQ(c["objectives"][1]["targets"].size(), 2u);
  EXPECT_EQ(c["objectives"][1]["targets"][0]["text"], "t1");
  ASSERT_TRUE(apply_outline_op(c, "add:objectives.0.targets")) << "a missing list is created";
  EXPECT_EQ(c["objectives"][0]["targets"].size(), 1u);
  ASSERT_TRUE(apply_outline_op(c, "down:tasks.0"));
  EXPECT_EQ(c["tasks"][0]["title"], "T2");
  EXPECT_EQ(c["tasks"][1]["title"], "T1");
  ASSERT_TRUE(apply_outline_op(c, "up:tasks.2"));
  EXPECT_EQ(c["tasks"][1]["title"], "T3");
  EXPECT_EQ(c["tasks"][2]["title"], "T1");
  ASSERT_TRUE(apply_outline_op(c, "up:tasks.0")) << "the first stays first";
  EXPECT_EQ(c["tasks"][0]["title"], "T2");
  ASSERT_TRUE(apply_outline_op(c, "remove:tasks.1"));
  EXPECT_EQ(c["tasks"], json::array({{{"title", "T2"}}, {{"title", "T1"}}}));
  ASSERT_TRUE(apply_outline_op(c, "add:schedule"));
  EXPECT_EQ(c["schedule"][0]["month"], 1);
  ASSERT_TRUE(apply_outline_op(c, "add:duties"));
  EXPECT_EQ(c["duties"].size(), 1u);
}

TEST(PlanForm, BadOperationsAreRefused) {
  json c = {{"tasks", {{{"title", "T1"}}}}, {"subject", "S"}};
  const json before = c;
  for (const char* op : {"add:subject", "remove:tasks.5", "remove:subject", "explode:tasks.0", "add:basis", "tasks.0",
                         "remove:tasks", "up:objectives.0", "add:objectives.0.targets"}) {
    auto s = apply_outline_op(c, op);
    ASSERT_FALSE(s) << op;
    EXPECT_EQ(s.error().code, ErrorCode::kBadRequest) << op;
  }
  EXPECT_EQ(c, before) << "a refused operation changes nothing";
  EXPECT_TRUE(is_outline_list("objectives.3.targets"));
  EXPECT_FALSE(is_outline_list("objectives.3"));
}

TEST(PlanForm, FieldPathsReadAsPeopleSayThem) {
  EXPECT_EQ(field_label_vi("objectives[0].targets[1].value"), "Mức chỉ tiêu (mục tiêu 1, chỉ tiêu 2)");
  EXPECT_EQ(field_label_vi("year"), "Năm");
  EXPECT_EQ(field_label_vi("schedule[2].month"), "Tháng (lịch hoạt động, dòng 3)");
  EXPECT_EQ(field_label_vi("signer.title"), "Chức vụ người đứng đầu");
  EXPECT_EQ(field_label_vi("tasks[0]"), "Nhiệm vụ 1");
  EXPECT_EQ(field_label_vi("colour"), "colour") << "unknown paths stay as they are";
  EXPECT_EQ(field_label_vi("tasks[x].title"), "tasks[x].title");
}

}  // namespace
}  // namespace bd::http::pages
