// The answer schemas of accounts, units, catalog, data and plans: the names
// routes use are there, fields always sent are required, and null is
// allowed exactly where the server sends it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/routes.h"

namespace bd::http {
namespace {

using J = nlohmann::json;

J schemas() {
  J s = J::object();
  // The unit as openapi.cpp describes it; add_answer_schemas makes it exact.
  s["OrgUnit"] = {{"type", "object"}, {"properties", J::object()}};
  for (const char* k : {"code", "name", "short_name", "type", "parent", "governor", "opened", "closed"})
    s["OrgUnit"]["properties"][k] = {{"type", "string"}};
  for (const char* k : {"depth", "children"}) s["OrgUnit"]["properties"][k] = {{"type", "integer"}};
  add_answer_schemas(s);
  return s;
}

TEST(OpenApiAnswers, SchemasRoutesName) {
  const J s = schemas();
  for (const char* name : {"Binary", "Health", "Me", "LoginResult", "User", "UserList", "TokenList", "TokenCreated",
                           "OrgUnitList", "OrgUnitDetail", "DataElementList", "DataSetList", "IndicatorList",
                           "TargetList", "SaveResult", "DataValueList", "AnalyticsRows", "TargetStatus",
                           "TargetChildren", "SpreadsheetImport", "RosterImport", "Plan", "PlanList", "PlanCoverage",
                           "Agenda", "AgendaItem"})
    EXPECT_TRUE(s.contains(name)) << name;
  for (const auto& [name, schema] : s.items()) {
    if (!schema.contains("required")) continue;
    for (const auto& field : schema["required"])
      EXPECT_TRUE(schema["properties"].contains(field.get<std::string>())) << name << "." << field;
  }
}

TEST(OpenApiAnswers, NullWhereTheServerSendsNull) {
  const J s = schemas();
  // A unit's parent, governor, opened and closed are null when absent.
  for (const char* k : {"parent", "governor", "opened", "closed"}) {
    EXPECT_EQ(s["OrgUnit"]["properties"][k]["nullable"], true) << k;
    EXPECT_EQ(s["OrgUnitDetail"]["properties"][k]["nullable"], true) << k;
  }
  EXPECT_EQ(s["OrgUnitDetail"]["properties"]["code"], s["OrgUnit"]["properties"]["code"]);
  EXPECT_EQ(s["Plan"]["properties"]["number"]["nullable"], true) << "a draft has no number";
  EXPECT_EQ(s["Plan"]["properties"]["issued_on"]["nullable"], true);
  EXPECT_FALSE(s["Plan"]["properties"]["id"].contains("nullable"));
  EXPECT_EQ(s["AnalyticsRows"]["properties"]["rows"]["items"]["properties"]["value"]["nullable"], true);
  // Counts are integers.
  EXPECT_EQ(s["SaveResult"]["properties"]["saved"]["type"], "integer");
  EXPECT_EQ(s["RosterImport"]["properties"]["counts"]["items"]["properties"]["female"]["type"], "integer");
  // An agenda item's due date and days left are null when it has none; its plan when no ancestor issued one.
  EXPECT_EQ(s["AgendaItem"]["properties"]["due"]["nullable"], true);
  EXPECT_EQ(s["AgendaItem"]["properties"]["days_left"]["nullable"], true);
  EXPECT_EQ(s["AgendaItem"]["properties"]["plan"]["nullable"], true);
  EXPECT_EQ(s["AgendaItem"]["properties"]["days_left"]["type"], "integer");
  EXPECT_EQ(s["AgendaItem"]["properties"]["kind"]["enum"].size(), 11u);
  EXPECT_EQ(s["Plan"]["properties"]["signing"]["nullable"], true) << "never sent for signature";
  EXPECT_EQ(s["Agenda"]["properties"]["targets"]["properties"]["items"]["items"]["$ref"],
            "#/components/schemas/TargetState");
  // Answers stay open to new fields: no additionalProperties:false.
  EXPECT_FALSE(s["User"].contains("additionalProperties"));
  EXPECT_FALSE(s["Plan"].contains("additionalProperties"));
}

}  // namespace
}  // namespace bd::http
