#include "http/routes/activities/activity_input.h"

#include <gtest/gtest.h>

namespace bd::http {
namespace {

using nlohmann::json;

TEST(ActivityInputTest, ReadsEveryFieldOfAJsonBody) {
  auto in = activity_input({{"type", "training"},
                            {"status", "done"},
                            {"title", "Tập huấn"},
                            {"start", "2026-03-10"},
                            {"plan_id", 7},
                            {"task_index", nullptr},
                            {"audience", {"staff"}},
                            {"participants", {{"staff", {{"female", 3}, {"male", "2"}}}}}});
  ASSERT_TRUE(in.ok()) << in.error().message;
  EXPECT_EQ(in->type, "training");
  EXPECT_EQ(in->title, "Tập huấn");
  EXPECT_FALSE(in->organiser.has_value()) << "absent stays absent";
  EXPECT_EQ(in->plan_id, 7);
  EXPECT_EQ(in->task_index, -1) << "null clears";
  EXPECT_EQ(in->audience, std::vector<std::string>{"staff"});
  ASSERT_EQ(in->participants.size(), 2u);
  EXPECT_EQ(std::get<int64_t>(in->participants[0].count), 3);
  EXPECT_EQ(std::get<std::string>(in->participants[1].count), "2");
}

TEST(ActivityInputTest, RefusesTheWrongShapeNamingTheField) {
  auto field_of = [](const json& j) {
    auto in = activity_input(j);
    return in.ok() ? std::string("ok") : in.error().field;
  };
  EXPECT_EQ(field_of({{"title", "X"}, {"colour", 1}}), "colour");
  EXPECT_EQ(field_of({{"title", 5}}), "title");
  EXPECT_EQ(field_of({{"plan_id", "7"}}), "plan_id");
  EXPECT_EQ(field_of({{"audience", "staff"}}), "audience");
  EXPECT_EQ(field_of({{"audience", {1}}}), "audience");
  EXPECT_EQ(field_of({{"participants", {1, 2}}}), "participants");
  EXPECT_EQ(field_of({{"participants", {{"staff", 4}}}}), "participants.staff");
  EXPECT_EQ(field_of({{"participants", {{"staff", {{"female", 2.5}}}}}}), "participants.staff.female");
  EXPECT_EQ(activity_input(json::array()).error().code, ErrorCode::kBadRequest);
}

TEST(ActivityInputTest, AFormGivesEveryAudienceAndTheTickedBoxes) {
  const std::multimap<std::string, std::string> form = {
      {"title", "Tọa đàm"}, {"start", "08/03/2026"}, {"audience", "staff"}, {"audience", "parents"},
      {"p.staff.female", "12"}, {"p.parents.male", "1.500"}};
  const app::ActivityInput in = activity_form_input(form);
  EXPECT_EQ(in.title, "Tọa đàm");
  EXPECT_FALSE(in.status.has_value()) << "not in the form";
  EXPECT_EQ(in.audience, (std::vector<std::string>{"staff", "parents"}));
  bool staff_f = false, parents_m = false;
  for (const auto& p : in.participants) {
    EXPECT_TRUE(std::holds_alternative<std::string>(p.count)) << "typed text";
    if (p.audience == "staff" && p.sex == "female") staff_f = std::get<std::string>(p.count) == "12";
    if (p.audience == "parents" && p.sex == "male") parents_m = std::get<std::string>(p.count) == "1.500";
  }
  EXPECT_TRUE(staff_f);
  EXPECT_TRUE(parents_m);
  EXPECT_EQ(in.participants.size() % 2, 0u) << "female and male of every audience";
}

}  // namespace
}  // namespace bd::http
