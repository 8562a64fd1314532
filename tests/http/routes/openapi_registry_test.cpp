// The register schemas in the OpenAPI document: every body the register
// routes name is described, with the closed lists as enums.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/routes.h"

namespace bd::http {
namespace {

TEST(OpenApiRegistry, SchemasOfTheRegisterBodies) {
  nlohmann::json s = nlohmann::json::object();
  add_registry_schemas(s);
  for (const char* name : {"CommitteeMember", "CommitteeEnd", "CommitteeRecomposition", "CommendationInput",
                           "InspectionInput", "FollowUpResponse", "ServiceInput", "HotlineDisplay", "IncidentInput"})
    EXPECT_TRUE(s.contains(name)) << name;
  EXPECT_EQ(s["CommitteeMember"]["properties"]["role"]["enum"].size(), 4u);
  EXPECT_EQ(s["IncidentInput"]["properties"]["age_band"]["enum"][0], "0-5");
  EXPECT_FALSE(s["IncidentInput"]["properties"].contains("name"));
  // The bodies of PUT keep a record in its unit: no org.
  for (const char* name : {"CommendationUpdate", "ServiceUpdate"}) {
    ASSERT_TRUE(s.contains(name)) << name;
    EXPECT_FALSE(s[name]["properties"].contains("org")) << name;
    EXPECT_EQ(s[name]["additionalProperties"], false) << name;
  }
  EXPECT_TRUE(s["CommendationInput"]["properties"].contains("org"));
  Metrics metrics;
  const auto doc = nlohmann::json::parse(openapi_json(build_router(metrics)));
  EXPECT_TRUE(doc["paths"].contains("/api/v1/incidents/counts"));
  EXPECT_TRUE(doc["components"]["schemas"].contains("IncidentInput"));
}

}  // namespace
}  // namespace bd::http
