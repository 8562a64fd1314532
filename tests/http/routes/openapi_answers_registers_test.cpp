// The answer schemas of reports, activities and the registers: the names
// routes use are there, fields always sent are required, null is allowed
// where the server sends it, and counts are integers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

TEST(OpenApiRegisterAnswers, SchemasRoutesName) {
  J s = J::object();
  add_register_answer_schemas(s);
  for (const char* name : {"Report", "Completeness", "Consolidated", "Evidence", "EvidenceUpload", "ActivityView",
                           "ActivityList", "Committee", "Commendation", "CommendationList", "Inspection",
                           "InspectionList", "Service", "Directory", "HotlineDisplayResult", "Incident",
                           "IncidentList", "IncidentCounts"})
    EXPECT_TRUE(s.contains(name)) << name;
  for (const auto& [name, schema] : s.items()) {
    if (!schema.contains("required")) continue;
    for (const auto& field : schema["required"])
      EXPECT_TRUE(schema["properties"].contains(field.get<std::string>())) << name << "." << field;
  }
}

TEST(OpenApiRegisterAnswers, NullsCountsAndOptionalFields) {
  J s = J::object();
  add_register_answer_schemas(s);
  const J& report = s["Report"]["properties"];
  EXPECT_EQ(report["parent"]["nullable"], true) << "the ministry has no parent";
  EXPECT_EQ(report["submitted_at"]["nullable"], true);
  EXPECT_EQ(s["Timeliness"]["nullable"], true);
  EXPECT_EQ(s["Counts"]["properties"]["female"]["type"], "integer");
  EXPECT_EQ(s["IncidentCounts"]["properties"]["year"]["type"], "integer");
  // A commendation of a person has no honoree; of a collective, no name or sex.
  const J required = s["Commendation"]["required"];
  for (const char* k : {"honoree_name", "honoree_org", "full_name", "sex"})
    EXPECT_EQ(std::find(required.begin(), required.end(), k), required.end()) << k;
  EXPECT_EQ(s["Directory"]["required"], J::array({"org", "org_name", "services"})) << "displayed is optional";
  EXPECT_EQ(s["EvidenceUpload"]["required"], J::array({"file"}));
  EXPECT_EQ(s["EvidenceUpload"]["properties"]["file"]["format"], "binary");
}

}  // namespace
}  // namespace bd::http
