// /api/v1/dataValueSets and /api/v1/externalIds over the real server on the
// demo: each format in by Content-Type and out by Accept or extension,
// streamed; the import summary; bad files and sizes refused with nothing
// written.
#include <gtest/gtest.h>

#include "support/exchange_fixtures.h"
#include "support/http_client.h"

namespace bd::test {
namespace {

class ValueSetsApi : public LiveServerTest<ValueSetsApi> {};

TEST_F(ValueSetsApi, EachFormatIsTakenByItsContentTypeAndAnsweredWithASummary) {
  auto c = as("thcs.tanmy");
  const std::pair<const char*, const char*> files[] = {{exchange::kCsv, "text/csv"},
                                                       {exchange::kAdx, "application/adx+xml"}};
  for (const auto& [body, type] : files) {
    auto dry = c.request("POST", "/api/v1/dataValueSets?dryRun=true&atomicMode=NONE", body, type,
                         {{"X-CSRF-Token", c.csrf()}});
    ASSERT_EQ(dry.status, 200) << dry.body;
    auto j = dry.json();
    EXPECT_EQ(j["responseType"], "ImportSummary");
    EXPECT_EQ(j["dryRun"], true);
    // ge_note is not in the built-in catalog: one conflict, the rest would go in.
    EXPECT_EQ(j["status"], "WARNING") << type;
    EXPECT_EQ(j["importCount"]["imported"], 4) << type;
    EXPECT_EQ(j["conflicts"][0]["errorCode"], "E7601");
    EXPECT_EQ(j["rejectedIndexes"], nlohmann::json::array({4}));
  }
  auto all = c.request("POST", "/api/v1/dataValueSets", exchange::kXml, "application/xml", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(all.status, 409) << "all or nothing: status ERROR" << all.body;
  EXPECT_EQ(all.json()["status"], "ERROR");
  auto typed = c.request("POST", "/api/v1/dataValueSets", "x", "text/plain", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(typed.status, 415) << typed.body;
  auto truncated = c.request("POST", "/api/v1/dataValueSets", std::string(exchange::kJson).substr(0, 100),
                             "application/json", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(truncated.status, 400) << truncated.body;
  EXPECT_NE(truncated.json()["error"]["message"].get<std::string>().find("JSON"), std::string::npos);
}

TEST_F(ValueSetsApi, ExportIsStreamedInTheFormatAskedForAndImportsBack) {
  auto c = as("so.quanly");
  const std::string q = "?dataSet=NHANSU&orgUnit=SGD-AL&children=true&period=2025S1";
  auto by_accept = c.request("GET", "/api/v1/dataValueSets" + q, "", "", {{"Accept", "application/adx+xml"}});
  ASSERT_EQ(by_accept.status, 200) << by_accept.body;
  EXPECT_EQ(by_accept.header("content-type"), "application/adx+xml; charset=utf-8");
  EXPECT_EQ(by_accept.header("transfer-encoding"), "chunked");
  EXPECT_NE(by_accept.body.find("<adx xmlns=\"urn:ihe:qrph:adx:2015\""), std::string::npos);
  auto csv = c.get("/api/v1/dataValueSets.csv" + q);
  ASSERT_EQ(csv.status, 200);
  EXPECT_TRUE(csv.body.starts_with("dataelement,period,orgunit,")) << csv.body.substr(0, 100);
  EXPECT_NE(csv.header("content-disposition").find("datavalues.csv"), std::string::npos);
  auto json = c.get("/api/v1/dataValueSets" + q);
  ASSERT_EQ(json.status, 200);
  const auto values = json.json()["dataValues"];
  EXPECT_GT(values.size(), 20u);
  // Back in, as the same manager: unchanged values, or refused by the locks
  // of approved reports, and nothing else.
  auto back = c.request("POST", "/api/v1/dataValueSets?atomicMode=NONE", by_accept.body, "application/adx+xml",
                        {{"X-CSRF-Token", c.csrf()}});
  ASSERT_EQ(back.status == 200 || back.status == 409, true) << back.body;
  EXPECT_EQ(back.json()["importCount"]["imported"], 0);
  EXPECT_EQ(back.json()["importCount"]["updated"], 0);
  const auto back_json = back.json();  // a range-for over a member of a temporary would dangle
  for (const auto& k : back_json["conflicts"]) EXPECT_EQ(k["errorCode"], "E7608") << k.dump();
}

TEST_F(ValueSetsApi, ExportChecksScopeAndParametersBeforeAnyByte) {
  auto c = as("thcs.tanmy");
  EXPECT_EQ(c.get("/api/v1/dataValueSets?dataSet=NHANSU&orgUnit=SGD-AL&period=2025S1").status, 403);
  EXPECT_EQ(c.get("/api/v1/dataValueSets?dataSet=NHANSU&orgUnit=THCS-TANMY").status, 400);
  EXPECT_EQ(c.get("/api/v1/dataValueSets?dataSet=KHONG&orgUnit=THCS-TANMY&period=2025").status, 404);
  // In another system's identifiers, our code names no unit: never guessed.
  EXPECT_EQ(c.get("/api/v1/dataValueSets?dataSet=NHANSU&orgUnit=THCS-TANMY&period=2025S1&idScheme=attribute:X")
                .status,
            404);
}

TEST_F(ValueSetsApi, ABodyOverTheLimitIs413AndHostileXmlIs400) {
  auto c = as("thcs.tanmy");
  const std::string huge(100u << 20, ' ');
  auto big = c.request("POST", "/api/v1/dataValueSets", huge, "application/json", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(big.status, 413);
  auto laughs = c.request("POST", "/api/v1/dataValueSets",
                          "<!DOCTYPE a [<!ENTITY a \"aaaa\">]><adx xmlns=\"urn:ihe:qrph:adx:2015\">&a;</adx>",
                          "application/adx+xml", {{"X-CSRF-Token", c.csrf()}});
  EXPECT_EQ(laughs.status, 400) << laughs.body;
}

TEST_F(ValueSetsApi, MappingsAreSavedAsJsonOrCsvAndListed) {
  auto admin = as("admin");
  auto put = admin.json("PUT", "/api/v1/externalIds",
                        {{"system", "DHIS2-TINH"},
                         {"mappings", {{{"kind", "orgUnit"}, {"code", "THCS-TANMY"}, {"external", "Ab12Cd34Ef5"}}}}});
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_EQ(put.json()["changed"], 1);
  auto csv = admin.request("PUT", "/api/v1/externalIds?system=DHIS2-TINH", "kind,code,external\ncategory,sex,SEX\n",
                           "text/csv", {{"X-CSRF-Token", admin.csrf()}});
  ASSERT_EQ(csv.status, 200) << csv.body;
  auto list = admin.get("/api/v1/externalIds?system=DHIS2-TINH").json();
  EXPECT_EQ(list["mappings"].size(), 2u);
  EXPECT_EQ(admin.get("/api/v1/externalIds").json()["systems"], nlohmann::json::array({"DHIS2-TINH"}));
  auto editor = as("thcs.tanmy");
  auto refused = editor.json("PUT", "/api/v1/externalIds",
                             {{"system", "DHIS2-TINH"},
                              {"mappings", {{{"kind", "orgUnit"}, {"code", "THCS-TANMY"}, {"external", "X"}}}}});
  EXPECT_EQ(refused.status, 403) << refused.body;
}

}  // namespace
}  // namespace bd::test
