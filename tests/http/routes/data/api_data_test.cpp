// Figures entered at several schools over HTTP are read back at office and
// department level through the analytics API.
#include <gtest/gtest.h>

#include "support/http_client.h"

namespace bd::test {
namespace {

class DataApi : public ::testing::Test {
 protected:
  void SetUp() override {
    live_ = std::make_unique<LiveServer>(start_server(false));
    admin_ = std::make_unique<HttpClient>(live_->port());
    ASSERT_TRUE(admin_->login("admin", kAdminPassword));
    auto unit = [&](const char* code, const char* name, const char* type, const char* parent) {
      auto r = admin_->json("POST", "/api/v1/orgunits", {{"code", code}, {"name", name}, {"type", type}, {"parent", parent}});
      ASSERT_EQ(r.status, 201) << r.body;
    };
    unit("DEPT", "Sở GD&ĐT tỉnh Thử Nghiệm", "department", "BGDDT");
    unit("OFF", "Phòng GD&ĐT huyện Một", "office", "DEPT");
    unit("S1", "Trường Tiểu học Một", "school_primary", "OFF");
    unit("S2", "Trường THCS Hai", "school_lower_secondary", "OFF");
    unit("S3", "Trường THPT Ba", "school_upper_secondary", "DEPT");
  }
  nlohmann::json value(const char* org, const char* el, const char* sex, int v, const char* period = "2026S1") {
    return {{"element", el}, {"sex", sex}, {"org", org}, {"period", period}, {"value", v}};
  }
  std::unique_ptr<LiveServer> live_;
  std::unique_ptr<HttpClient> admin_;
};

TEST_F(DataApi, SchoolsFiguresReachOfficeAndDepartmentAtOnce) {
  auto r = admin_->json("POST", "/api/v1/datavalues",
                        {{"values",
                          {value("S1", "staff_managers", "female", 2), value("S1", "staff_managers", "male", 1),
                           value("S2", "staff_managers", "female", 1), value("S2", "staff_managers", "male", 2),
                           value("S3", "staff_managers", "female", 3), value("S3", "staff_managers", "male", 1)}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["saved"], 6);
  auto office = admin_->get("/api/v1/analytics?indicator=pct_women_managers&org=OFF&period=2026S1").json();
  ASSERT_EQ(office["rows"].size(), 1u);
  EXPECT_NEAR(office["rows"][0]["value"].get<double>(), 50.0, 1e-9);
  auto dept = admin_->get("/api/v1/analytics?indicator=pct_women_managers&org=DEPT&period=2026").json();
  EXPECT_NEAR(dept["rows"][0]["value"].get<double>(), 60.0, 1e-9) << "stocks roll the half-year into the year";
  auto kids = admin_->get("/api/v1/analytics?indicator=pct_women_managers&org=DEPT&period=2026S1&children=true").json();
  ASSERT_EQ(kids["rows"].size(), 2u);
  std::map<std::string, double> by_org;
  for (const auto& row : kids["rows"]) by_org[row["org"]] = row["value"];
  EXPECT_NEAR(by_org["OFF"], 50.0, 1e-9);
  EXPECT_NEAR(by_org["S3"], 75.0, 1e-9);
  auto none = admin_->get("/api/v1/analytics?indicator=pct_women_managers&org=DEPT&period=2024").json();
  EXPECT_TRUE(none["rows"][0]["value"].is_null());
}

TEST_F(DataApi, InvalidBatchesListEveryErrorAndWriteNothing) {
  auto r = admin_->json("POST", "/api/v1/datavalues",
                        {{"values", {value("S1", "staff_total", "female", 10), value("S1", "staff_managers", "female", 12),
                                     value("S2", "staff_total", "male", -1)}}});
  ASSERT_EQ(r.status, 422) << r.body;
  const auto err = r.json()["error"];
  EXPECT_EQ(err["code"], "validation");
  // Three values, two mistakes: the women managers above the women staff
  // also put the total above it, which is the same mistake, named once.
  ASSERT_EQ(err["details"].size(), 2u) << r.body;
  EXPECT_EQ(err["details"][0]["field"], "values[2]");
  EXPECT_TRUE(admin_->get("/api/v1/datavalues?org=S1&period=2026S1").json()["values"].empty());
  EXPECT_EQ(admin_->json("POST", "/api/v1/datavalues", {{"values", {{{"element", "x"}, {"colour", "red"}}}}}).status, 400);
  EXPECT_EQ(admin_->json("POST", "/api/v1/datavalues", {{"rows", nlohmann::json::array()}}).status, 400);
  EXPECT_EQ(admin_->json("POST", "/api/v1/datavalues", {{"values", nlohmann::json::array()}}).status, 400);
}

// A count sent as 2.5 or "7.5" was stored as 25 or 75: a JSON number is a
// number, and text is read only in its well-formed Vietnamese forms.
TEST_F(DataApi, NumbersAreNeverMultipliedOnTheWayIn) {
  auto send = [&](const std::string& value) {
    return admin_->request("POST", "/api/v1/datavalues",
                           R"({"values":[{"element":"staff_total","sex":"female","org":"S1","period":"2026S1","value":)" +
                               value + "}]}",
                           "application/json", {{"X-CSRF-Token", admin_->csrf()}});
  };
  auto stored = [&]() -> nlohmann::json {
    const auto doc = admin_->get("/api/v1/datavalues?org=S1&period=2026S1").json();
    for (const auto& v : doc["values"])
      if (v["element"] == "staff_total" && v["sex"] == "female") return v["value"];
    return nullptr;
  };
  for (const auto& [sent, want] : std::vector<std::pair<std::string, double>>{
           {"1500.0", 1500}, {"42.0", 42}, {"1e3", 1000}, {"\"1.500\"", 1500}, {"\"12.345.678\"", 12345678},
           {"\"1 500\"", 1500}, {"17", 17}}) {
    auto r = send(sent);
    ASSERT_EQ(r.status, 200) << sent << " " << r.body;
    EXPECT_EQ(stored(), want) << sent;
  }
  for (const std::string sent : {"2.5", "\"2.5\"", "\"7.5\"", "\"12.34.5\"", "\"1.50\"", "\"0x10\"", "\"1e3\"", "\"2,5\""}) {
    auto r = send(sent);
    EXPECT_EQ(r.status, 422) << sent << " " << r.body;
    EXPECT_EQ(stored(), 17) << sent << " changed nothing";
    const std::string msg = r.json()["error"]["details"][0]["message"];
    EXPECT_NE(msg.find("số nguyên"), std::string::npos) << msg;
  }
  auto r = send("2.5");
  EXPECT_NE(r.body.find("phải là số nguyên"), std::string::npos) << r.body;
}

TEST_F(DataApi, TargetStatusChangesWithTheFigures) {
  auto status = [&] {
    const auto doc = admin_->get("/api/v1/targets/status?org=S3&period=2026").json();
    for (const auto& t : doc["targets"])
      if (t["target"] == "T_WOMEN_MANAGERS") return t["status"].get<std::string>();
    return std::string("absent");
  };
  EXPECT_EQ(status(), "no_data");
  ASSERT_EQ(admin_->json("POST", "/api/v1/datavalues",
                         {{"values", {value("S3", "staff_managers", "female", 1, "2026S2"),
                                      value("S3", "staff_managers", "male", 3, "2026S2")}}})
                .status,
            200);
  EXPECT_EQ(status(), "not_met");
  ASSERT_EQ(admin_->json("POST", "/api/v1/datavalues", {{"values", {value("S3", "staff_managers", "female", 2, "2026S2")}}})
                .status,
            200);
  EXPECT_EQ(status(), "met") << "2 of 5 = 40%";
}

// Values come back in their element's JSON type: a count is an integer (7,
// not 7.0) and a yes/no element is true/false (not 1.0).
TEST_F(DataApi, ValuesComeBackAsIntegersAndBooleans) {
  ASSERT_EQ(admin_->json("POST", "/api/v1/datavalues",
                         {{"values",
                           {value("S1", "staff_total", "female", 7, "2026"),
                            {{"element", "hotline_displayed"}, {"org", "S1"}, {"period", "2026"}, {"value", true}},
                            {{"element", "gender_in_teaching"}, {"org", "S1"}, {"period", "2026"}, {"value", false}}}}})
                .status,
            200);
  const auto r = admin_->get("/api/v1/datavalues?org=S1&period=2026");
  ASSERT_EQ(r.status, 200) << r.body;
  const nlohmann::json body = r.json();
  std::map<std::string, nlohmann::json> by_element;
  for (const auto& v : body["values"]) by_element[v["element"].get<std::string>()] = v["value"];
  ASSERT_EQ(by_element.size(), 3u) << r.body;
  EXPECT_TRUE(by_element["staff_total"].is_number_integer()) << r.body;
  EXPECT_EQ(by_element["staff_total"], 7);
  EXPECT_EQ(by_element["hotline_displayed"], true) << r.body;
  EXPECT_EQ(by_element["gender_in_teaching"], false) << r.body;
  EXPECT_EQ(r.body.find(".0"), std::string::npos) << r.body;
}

// Indicator values were sent as computed: a count indicator read "3.0".
TEST_F(DataApi, ACountIndicatorIsAnIntegerAndARateANumber) {
  ASSERT_EQ(admin_->json("POST", "/api/v1/datavalues",
                         {{"values",
                           {value("S1", "party_admitted", "female", 3, "2026"),
                            value("S1", "staff_managers", "female", 1, "2026"),
                            value("S1", "staff_managers", "male", 2, "2026")}}})
                .status,
            200);
  const auto count = admin_->get("/api/v1/analytics?indicator=women_party_admitted&org=S1&period=2026");
  ASSERT_EQ(count.status, 200) << count.body;
  const auto c = count.json()["rows"][0]["value"];
  EXPECT_TRUE(c.is_number_integer()) << count.body;
  EXPECT_EQ(c, 3);
  const auto rate = admin_->get("/api/v1/analytics?indicator=pct_women_managers&org=S1&period=2026").json();
  EXPECT_TRUE(rate["rows"][0]["value"].is_number_float()) << rate.dump();
  EXPECT_NEAR(rate["rows"][0]["value"].get<double>(), 100.0 / 3, 1e-9);
}

}  // namespace
}  // namespace bd::test
