// The shape of a plan's content (plan_content.cpp): how each kind of field is
// cleaned (text, lists, numbers, nested objects), what is refused and which
// field the error names.
#include "app/fixture.h"

namespace bd::test {
namespace {

using nlohmann::json;

Result<json> norm(const json& j) { return app::normalize_plan_content(j); }

// The code and field of the refusal of `j`.
std::pair<ErrorCode, std::string> refusal(const json& j) {
  auto r = norm(j);
  EXPECT_FALSE(r.ok()) << j.dump();
  if (r) return {ErrorCode::kInternal, "accepted"};
  return {r.error().code, r.error().field};
}

json with(const char* key, json value) { return {{"year", 2027}, {key, std::move(value)}}; }

TEST(PlanContent, OnlyTheYearIsRequired) {
  auto r = norm({{"year", 2027}});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(*r, (json{{"year", 2027}}));
  EXPECT_EQ(refusal(json::object()), std::make_pair(ErrorCode::kValidation, std::string("year")));
  EXPECT_EQ(refusal({{"year", nullptr}}).second, "year") << "a null field counts as absent";
}

TEST(PlanContent, NullFieldsAreDropped) {
  auto r = norm({{"year", 2027}, {"place", nullptr}, {"signer", {{"name", nullptr}, {"title", "Hiệu trưởng"}}}});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_FALSE(r->contains("place"));
  EXPECT_EQ((*r)["signer"], (json{{"title", "Hiệu trưởng"}}));
}

TEST(PlanContent, TextIsTrimmedButKeepsItsParagraphs) {
  auto r = norm(with("general_objective", "\r\n\t  Đoạn một.\n\nĐoạn hai.  \n\t "));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)["general_objective"], "Đoạn một.\n\nĐoạn hai.");
  EXPECT_EQ((*norm(with("closing", " \n\t ")))["closing"], "") << "blank text stays an empty field";
  // Composed (NFC) in nested places too.
  auto nested = norm(with("tasks", {{{"title", "Ta\u0302\u0300m"}, {"actions", {" Ho\u0323p "}}}}));
  ASSERT_TRUE(nested.ok());
  EXPECT_EQ((*nested)["tasks"][0]["title"], "T\u1ea7m");
  EXPECT_EQ((*nested)["tasks"][0]["actions"][0], "H\u1ecdp");
}

TEST(PlanContent, TextListsLoseTheirEmptyItems) {
  auto r = norm(with("basis", {"  Luật Bình đẳng giới năm 2006 ", "", "   \n", "Nghị định 48/2009/NĐ-CP"}));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)["basis"], json::array({"Luật Bình đẳng giới năm 2006", "Nghị định 48/2009/NĐ-CP"}));
  EXPECT_EQ((*norm(with("recipients", json::array())))["recipients"], json::array());
}

TEST(PlanContent, WrongTypesAreBadRequestsNamingTheField) {
  EXPECT_EQ(refusal(json::array({2027})), std::make_pair(ErrorCode::kBadRequest, std::string()));
  EXPECT_EQ(refusal("kế hoạch").first, ErrorCode::kBadRequest);
  EXPECT_EQ(refusal(with("subject", 5)), std::make_pair(ErrorCode::kBadRequest, std::string("subject")));
  EXPECT_EQ(refusal(with("basis", {"Luật", 48})), std::make_pair(ErrorCode::kBadRequest, std::string("basis[1]")));
  EXPECT_EQ(refusal(with("basis", "Luật")).second, "basis");
  EXPECT_EQ(refusal(with("signer", "Hiệu trưởng")), std::make_pair(ErrorCode::kBadRequest, std::string("signer")));
  EXPECT_EQ(refusal(with("signer", {{"seal", "đỏ"}})).second, "signer.seal");
  EXPECT_EQ(refusal(with("objectives", {"Mục tiêu"})).second, "objectives[0]");
  EXPECT_EQ(refusal(with("objectives", {{{"title", "A"}}, {{"targets", {{{"value", "40"}}}}}})),
            std::make_pair(ErrorCode::kBadRequest, std::string("objectives[1].targets[0].value")));
  EXPECT_EQ(refusal(with("schedule", {{{"month", 3.5}}})),
            std::make_pair(ErrorCode::kBadRequest, std::string("schedule[0].month")));
  EXPECT_EQ(refusal(with("subject", std::string("T\xE0n", 3))),
            std::make_pair(ErrorCode::kBadRequest, std::string("subject")))
      << "invalid UTF-8";
}

TEST(PlanContent, NumbersAndBoundedIntegers) {
  auto ok = norm({{"year", 2027},
                  {"period_from", 2026},
                  {"period_to", 2030},
                  {"objectives", {{{"targets", {{{"value", 40.5}, {"year", 0}}, {{"value", -1}, {"year", 2100}}}}}}},
                  {"schedule", {{{"month", 1}}, {{"month", 12}}}}});
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ((*ok)["objectives"][0]["targets"][0]["value"], 40.5);
  EXPECT_EQ((*ok)["objectives"][0]["targets"][1]["value"], -1);
  EXPECT_EQ((*ok)["schedule"][1]["month"], 12);
  // Kept in month order, lines of one month in the order written (a line added last for March goes to March).
  auto sorted = norm({{"year", 2027},
                      {"schedule", {{{"month", 12}, {"work", "a"}},
                                    {{"month", 3}, {"work", "b"}},
                                    {{"month", 11}, {"work", "c"}},
                                    {{"month", 3}, {"work", "d"}}}}});
  ASSERT_TRUE(sorted.ok());
  std::string order;
  for (const auto& l : (*sorted)["schedule"]) order += l["work"].get<std::string>();
  EXPECT_EQ(order, "bdca");
  EXPECT_EQ(refusal(with("schedule", {{{"month", 13}}})),
            std::make_pair(ErrorCode::kValidation, std::string("schedule[0].month")));
  EXPECT_EQ(refusal(with("schedule", {{{"month", 1}}, {{"month", 0}}})).second, "schedule[1].month");
  EXPECT_EQ(refusal(with("period_to", 2101)), std::make_pair(ErrorCode::kValidation, std::string("period_to")));
  EXPECT_EQ(refusal({{"year", 2101}}).first, ErrorCode::kValidation);
  EXPECT_TRUE(norm({{"year", 2000}}).ok());
  EXPECT_TRUE(norm({{"year", 2100}}).ok());
  EXPECT_EQ(refusal(with("objectives", {{{"targets", {{{"year", 2101}}}}}})).second,
            "objectives[0].targets[0].year");
}

TEST(PlanContent, ListsHoldAtMostThreeHundredItems) {
  json lines = json::array();
  for (int i = 0; i < 300; ++i) lines.push_back("Căn cứ " + std::to_string(i));
  EXPECT_TRUE(norm(with("basis", lines)).ok());
  lines.push_back("Căn cứ 300");
  EXPECT_EQ(refusal(with("basis", lines)), std::make_pair(ErrorCode::kValidation, std::string("basis")));
  json tasks = json::array();
  for (int i = 0; i < 301; ++i) tasks.push_back({{"title", "Nhiệm vụ"}});
  EXPECT_EQ(refusal(with("tasks", tasks)), std::make_pair(ErrorCode::kValidation, std::string("tasks")));
}

TEST(PlanContent, TasksApplyToSchoolsOrToKnownKindsOfUnit) {
  auto r = norm(with("tasks", {{{"title", "A"}, {"applies_to", {"school", "commune", "school_preschool"}}},
                               {{"title", "B"}, {"applies_to", json::array()}}}));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ((*r)["tasks"][0]["applies_to"].size(), 3u);
  EXPECT_EQ(refusal(with("tasks", {{{"title", "A"}}, {{"title", "B"}, {"applies_to", {"school", "truong"}}}})),
            std::make_pair(ErrorCode::kValidation, std::string("tasks[1].applies_to")));
}

TEST(PlanContent, NormalisingTwiceChangesNothing) {
  const json in = {{"year", 2027},
                   {"subject", "  Ke\u0302\u0301 hoa\u0323ch  "},
                   {"basis", {" a ", ""}},
                   {"objectives", {{{"title", " x "}, {"targets", {{{"text", " y "}, {"value", 1}}}}}}},
                   {"signer", {{"name", " Lê Thu "}, {"deputy_title", nullptr}}}};
  auto once = norm(in);
  ASSERT_TRUE(once.ok());
  auto twice = norm(*once);
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(*twice, *once);
  EXPECT_NE(*once, in);
}

// A valid value of a JSON Schema (the smallest that fits).
json sample(const json& schema) {
  const std::string type = schema.at("type");
  if (schema.contains("enum")) return schema["enum"].back();
  if (type == "string") return "x";
  if (type == "integer") return schema.value("minimum", 1);
  if (type == "number") return 2.5;
  if (type == "array") return json::array({sample(schema.at("items"))});
  json o = json::object();
  for (const auto& [name, field] : schema.at("properties").items()) o[name] = sample(field);
  return o;
}

// A value of another type than the schema's.
json wrong(const json& schema) { return schema.at("type") == "string" ? json(5) : json("x"); }

// The API document describes what normalize accepts (API fuzzer: duties were
// documented untyped and refused unless objects): a value filling every
// field of the schema is accepted, and a wrong type anywhere is refused
// naming its path.
TEST(PlanContent, TheSchemaDescribesWhatIsAccepted) {
  const json schema = app::plan_content_schema();
  EXPECT_EQ(schema["required"], json::array({"year"}));
  EXPECT_EQ(schema["additionalProperties"], false);
  EXPECT_EQ(schema["properties"]["duties"]["items"]["type"], "object");
  const json full = sample(schema);
  auto r = norm(full);
  ASSERT_TRUE(r.ok()) << r.error().message << "\n" << full.dump();
  EXPECT_EQ(*r, full) << "every field is kept";
  for (const auto& [name, field] : schema["properties"].items()) {
    json bad = full;
    bad[name] = wrong(field);
    EXPECT_EQ(refusal(bad).second, name);
    if (field["type"] == "array" && field["items"]["type"] == "object")
      for (const auto& [sub, subfield] : field["items"]["properties"].items()) {
        json deep = full;
        deep[name][0][sub] = wrong(subfield);
        EXPECT_EQ(refusal(deep).second, name + "[0]." + sub);
      }
  }
  json extra = full;
  extra["duties"][0]["khac"] = "x";
  EXPECT_EQ(refusal(extra).second, "duties[0].khac") << "no field beyond the schema";
}

}  // namespace
}  // namespace bd::test
