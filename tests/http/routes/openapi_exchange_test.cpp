// The exchange's OpenAPI schemas describe what the routes answer: the import
// summary's fields are those ImportSummary::to_json writes, each required.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/interop/value_import.h"
#include "http/routes.h"

namespace bd::test {
namespace {

TEST(OpenApiExchange, TheImportSummarySchemaNamesEveryFieldTheAnswerHas) {
  nlohmann::json schemas = nlohmann::json::object();
  http::add_exchange_schemas(schemas);
  for (const char* name : {"DataValue", "DataValueSet", "ImportSummary", "ExternalId", "ExternalIds",
                           "ExternalIdsInput", "ExternalIdsSaved"})
    EXPECT_TRUE(schemas.contains(name)) << name;
  app::ImportSummary s;
  s.status = "WARNING";
  s.conflicts.push_back({"x", "Không có chỉ tiêu số liệu \"x\".", "E7601", "dataElement", {3}});
  s.rejected = {3};
  const auto answer = s.to_json();
  const auto& schema = schemas["ImportSummary"];
  std::set<std::string> required(schema["required"].begin(), schema["required"].end());
  for (const auto& [key, value] : answer.items()) EXPECT_TRUE(required.count(key)) << key;
  EXPECT_EQ(required.size(), answer.size());
  const auto& conflict = schema["properties"]["conflicts"]["items"];
  for (const auto& [key, value] : answer["conflicts"][0].items())
    EXPECT_TRUE(conflict["properties"].contains(key)) << key;
  EXPECT_EQ(schema["properties"]["status"]["enum"], nlohmann::json::array({"SUCCESS", "WARNING", "ERROR"}));
}

}  // namespace
}  // namespace bd::test
