// /api/v1/dataelements, /datasets, /indicators and /targets over the real
// server: the built-in catalog as JSON, who may add to it, the refusals with
// their field (an expression's error with its position), and which targets
// each user sees.
#include <gtest/gtest.h>

#include <optional>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class CatalogApi : public LiveServerTest<CatalogApi> {
 protected:
  // A copy of the item of `list` with `code`.
  static std::optional<json> by_code(const json& list, const std::string& code) {
    for (const auto& x : list)
      if (x["code"] == code) return x;
    return std::nullopt;
  }
  static void expect_error(const HttpResult& r, int status, const std::string& field) {
    EXPECT_EQ(r.status, status) << r.body;
    if (r.status == status && !field.empty()) {
      EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    }
  }
};

TEST_F(CatalogApi, TheBuiltInCatalogAsJson) {
  auto c = as("so.xem");  // a viewer reads the catalog
  auto elements = c.get("/api/v1/dataelements");
  ASSERT_EQ(elements.status, 200) << elements.body;
  const std::optional<json> managers = by_code(elements.json()["dataelements"], "staff_managers");
  ASSERT_TRUE(managers);
  EXPECT_EQ((*managers)["value_type"], "count");
  EXPECT_EQ((*managers)["by_sex"], true);
  EXPECT_EQ((*managers)["aggregation"], "stock");
  EXPECT_FALSE((*managers)["name"].get<std::string>().empty());
  EXPECT_FALSE((*managers)["name_en"].get<std::string>().empty());

  auto sets = c.get("/api/v1/datasets");
  ASSERT_EQ(sets.status, 200);
  const std::optional<json> staff = by_code(sets.json()["datasets"], "NHANSU");
  ASSERT_TRUE(staff.has_value());
  EXPECT_EQ((*staff)["name"], "Nhân sự theo giới tính");
  EXPECT_EQ((*staff)["period_type"], "half_year");
  EXPECT_FALSE((*staff)["deadline"].get<std::string>().empty());
  EXPECT_NE(std::find((*staff)["elements"].begin(), (*staff)["elements"].end(), "staff_managers"),
            (*staff)["elements"].end());
  ASSERT_TRUE((*staff)["unit_types"].is_array());

  auto indicators = c.get("/api/v1/indicators");
  ASSERT_EQ(indicators.status, 200);
  const std::optional<json> pct = by_code(indicators.json()["indicators"], "pct_women_managers");
  ASSERT_TRUE(pct.has_value());
  EXPECT_EQ((*pct)["expression"], "#{staff_managers.female} / #{staff_managers} * 100");
  EXPECT_EQ((*pct)["unit"], "percent");
  EXPECT_EQ((*pct)["name"], "Tỷ lệ nữ cán bộ quản lý");

  auto targets = c.get("/api/v1/targets");
  ASSERT_EQ(targets.status, 200);
  const std::optional<json> trained = by_code(targets.json()["targets"], "T_STAFF_TRAINED");
  ASSERT_TRUE(trained.has_value()) << "the root's targets are seen below";
  for (const char* key : {"name", "indicator", "comparator", "value", "when", "year", "applies_to"})
    EXPECT_TRUE(trained->contains(key)) << key;

  EXPECT_EQ(HttpClient(port()).get("/api/v1/dataelements").status, 401);
}

TEST_F(CatalogApi, ManagersAddDataElements) {
  auto manager = as("so.quanly");
  auto r = manager.json("POST", "/api/v1/dataelements",
                        {{"code", "clubs_ge"}, {"name", "  Câu lạc bộ   bình đẳng giới "}, {"value_type", "count"},
                         {"by_sex", false}, {"aggregation", "flow"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json(), (json{{"code", "clubs_ge"}, {"name", "Câu lạc bộ bình đẳng giới"}, {"name_en", ""},
                            {"value_type", "count"}, {"by_sex", false}, {"aggregation", "flow"}}));
  const std::optional<json> listed = by_code(as("thcs.tanmy").get("/api/v1/dataelements").json()["dataelements"], "clubs_ge");
  ASSERT_TRUE(listed.has_value());
  EXPECT_EQ((*listed)["aggregation"], "flow");

  // Defaults: stock, not by sex.
  auto plain = manager.json("POST", "/api/v1/dataelements",
                            {{"code", "rooms_ge"}, {"name", "Phòng tư vấn"}, {"value_type", "number"}});
  ASSERT_EQ(plain.status, 201) << plain.body;
  EXPECT_EQ(plain.json()["aggregation"], "stock");
  EXPECT_EQ(plain.json()["by_sex"], false);

  auto post = [&](HttpClient& c, json body) { return c.json("POST", "/api/v1/dataelements", body); };
  const json ok = {{"code", "x_ge"}, {"name", "X"}, {"value_type", "count"}};
  auto editor = as("thcs.tanmy");
  expect_error(post(editor, ok), 403, "");
  expect_error(post(manager, {{"code", "clubs_ge"}, {"name", "X"}, {"value_type", "count"}}), 409, "code");
  expect_error(post(manager, {{"code", "x_ge"}, {"name", "X"}, {"value_type", "percent"}}), 422, "value_type");
  expect_error(post(manager, {{"code", "x_ge"}, {"name", "X"}, {"value_type", "count"}, {"aggregation", "sum"}}), 422,
               "aggregation");
  expect_error(post(manager, {{"code", "x_ge"}, {"name", "X"}, {"value_type", "count"}, {"by_sex", "yes"}}), 400,
               "by_sex");
  expect_error(post(manager, {{"code", "x_ge"}, {"name", "X"}, {"value_type", "count"}, {"unit", "người"}}), 400,
               "unit");
  expect_error(post(manager, {{"code", "x ge"}, {"name", "X"}, {"value_type", "count"}}), 422, "code");
  EXPECT_FALSE(by_code(manager.get("/api/v1/dataelements").json()["dataelements"], "x_ge").has_value());
}

TEST_F(CatalogApi, IndicatorsAreCheckedBeforeTheyAreStored) {
  auto manager = as("so.quanly");
  auto r = manager.json("POST", "/api/v1/indicators",
                        {{"code", "pct_women_staff"},
                         {"name", "Tỷ lệ nữ cán bộ, giáo viên"},
                         {"expression", "#{staff_total.female} / #{staff_total} * 100"},
                         {"unit", "percent"}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json(), (json{{"code", "pct_women_staff"}, {"name", "Tỷ lệ nữ cán bộ, giáo viên"},
                            {"expression", "#{staff_total.female} / #{staff_total} * 100"}, {"unit", "percent"}}));
  EXPECT_TRUE(by_code(manager.get("/api/v1/indicators").json()["indicators"], "pct_women_staff").has_value());
  // Usable at once by the analytics.
  auto value = manager.get("/api/v1/analytics?indicator=pct_women_staff&org=SGD-AL&period=2025");
  EXPECT_EQ(value.status, 200) << value.body;

  auto post = [&](json body) {
    json base = {{"code", "pct_x"}, {"name", "Chỉ số X"}, {"expression", "#{staff_total} * 1"}, {"unit", "count"}};
    for (auto& [k, v] : body.items()) base[k] = v;
    return manager.json("POST", "/api/v1/indicators", base);
  };
  auto broken = post({{"expression", "#{staff_total.female} / (#{staff_total} * 100"}});
  expect_error(broken, 422, "expression");
  auto unknown = post({{"expression", "#{khong_co} * 100"}});
  expect_error(unknown, 422, "expression");
  EXPECT_NE(unknown.json()["error"]["message"].get<std::string>().find("khong_co"), std::string::npos);
  auto bad_syntax = post({{"expression", "#{staff_total} * * 100"}});
  expect_error(bad_syntax, 422, "expression");
  EXPECT_NE(bad_syntax.json()["error"]["message"].get<std::string>().find("vị trí"), std::string::npos)
      << bad_syntax.body;
  expect_error(post({{"unit", "người"}}), 422, "unit");
  expect_error(post({{"code", "pct_women_staff"}}), 409, "code");
  expect_error(post({{"scope", "all"}}), 400, "scope");
  expect_error(as("so.xem").json("POST", "/api/v1/indicators",
                                 {{"code", "pct_x"}, {"name", "X"}, {"expression", "#{staff_total}"}, {"unit", "count"}}),
               403, "");
  EXPECT_FALSE(by_code(manager.get("/api/v1/indicators").json()["indicators"], "pct_x").has_value());
}

TEST_F(CatalogApi, TargetsOfAUnitAreSeenAboveAndBelowButNotBeside) {
  auto school = as("thcs.tanmy");
  const json target = {{"code", "T_TANMY_MANAGERS"}, {"name", "Nữ cán bộ quản lý của trường"},
                       {"indicator", "pct_women_managers"}, {"comparator", "ge"}, {"value", 50},
                       {"when", "by_year"}, {"year", 2027}, {"org", "THCS-TANMY"}};
  auto r = school.json("POST", "/api/v1/targets", target);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["code"], "T_TANMY_MANAGERS");
  EXPECT_EQ(r.json()["indicator"], "pct_women_managers");
  EXPECT_EQ(r.json()["value"], 50.0);
  EXPECT_EQ(r.json()["year"], 2027);
  EXPECT_EQ(r.json()["applies_to"], "");

  EXPECT_TRUE(by_code(school.get("/api/v1/targets").json()["targets"], "T_TANMY_MANAGERS").has_value());
  EXPECT_TRUE(by_code(as("so.xem").get("/api/v1/targets").json()["targets"], "T_TANMY_MANAGERS").has_value())
      << "the department sees its schools' targets";
  EXPECT_FALSE(by_code(as("thpt.anlac").get("/api/v1/targets").json()["targets"], "T_TANMY_MANAGERS").has_value())
      << "another school does not";

  auto post = [&](HttpClient& c, json body) {
    json base = target;
    base["code"] = "T_OTHER";
    for (auto& [k, v] : body.items()) base[k] = v;
    return c.json("POST", "/api/v1/targets", base);
  };
  expect_error(post(school, {{"value", "50"}}), 400, "value");
  expect_error(post(school, {{"value", nullptr}}), 400, "value");
  expect_error(post(school, {{"year", 2027.5}}), 400, "year");
  expect_error(post(school, {{"comparator", "khoảng"}}), 422, "comparator");
  expect_error(post(school, {{"when", "someday"}}), 422, "when");
  expect_error(post(school, {{"year", nullptr}}), 422, "year");
  expect_error(post(school, {{"applies_to", "castle"}}), 422, "applies_to");
  expect_error(post(school, {{"indicator", "khong_co"}}), 422, "indicator");
  expect_error(post(school, {{"org", "KHONG-CO"}}), 422, "org");
  expect_error(post(school, {{"code", "T_TANMY_MANAGERS"}}), 409, "code");
  expect_error(post(school, {{"org", "THPT-ANLAC"}}), 403, "");
  // Every year needs no year; a comparator may be written as a symbol.
  auto yearly = post(school, {{"when", "every_year"}, {"year", nullptr}, {"value", 12.5}, {"comparator", "<="}});
  ASSERT_EQ(yearly.status, 201) << yearly.body;
  EXPECT_EQ(yearly.json()["year"], 0);
  EXPECT_EQ(yearly.json()["value"], 12.5);
  EXPECT_EQ(yearly.json()["comparator"], "le");
}

}  // namespace
}  // namespace bd::test
