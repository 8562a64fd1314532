// /api/v1/orgunits over the real server: the list in the user's scope
// (search without diacritics, closed units on request, another root), one
// unit with its ancestors and subunits, and a manager adding, changing,
// moving and closing units, with the refusals and their fields.
#include <gtest/gtest.h>

#include <optional>
#include <set>

#include "support/http_client.h"

namespace bd::test {
namespace {

using nlohmann::json;

class OrgunitsApi : public LiveServerTest<OrgunitsApi> {
 protected:
  static std::vector<std::string> codes(const HttpResult& r) {
    std::vector<std::string> out;
    const json j = r.json();
    for (const auto& u : j["orgunits"]) out.push_back(u["code"]);
    return out;
  }
  static std::set<std::string> code_set(const HttpResult& r) {
    const auto v = codes(r);
    return {v.begin(), v.end()};
  }
  // A copy of the unit of `list` with `code`.
  static std::optional<json> find(const json& list, const std::string& code) {
    for (const auto& u : list)
      if (u["code"] == code) return u;
    return std::nullopt;
  }
  static void expect_error(const HttpResult& r, int status, const std::string& field) {
    EXPECT_EQ(r.status, status) << r.body;
    if (r.status == status && !field.empty()) {
      EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
    }
  }
};

TEST_F(OrgunitsApi, TheListIsTheUsersSubtree) {
  auto c = as("so.xem");
  auto r = c.get("/api/v1/orgunits");
  ASSERT_EQ(r.status, 200) << r.body;
  const json list = r.json()["orgunits"];
  ASSERT_FALSE(list.empty());
  EXPECT_EQ(list[0]["code"], "SGD-AL");
  EXPECT_EQ(list[0]["depth"], 0);
  EXPECT_EQ(list[0]["parent"], "BGDDT");
  EXPECT_GT(list[0]["children"].get<int>(), 10);
  const std::optional<json> school = find(list, "THCS-TANMY");
  ASSERT_TRUE(school.has_value());
  EXPECT_EQ((*school)["name"], "Trường THCS Tân Mỹ");
  EXPECT_EQ((*school)["short_name"], "THCSTM");
  EXPECT_EQ((*school)["type"], "school_lower_secondary");
  EXPECT_EQ((*school)["parent"], "SGD-AL");
  EXPECT_EQ((*school)["governor"], "UBND-XA-TANMY");
  EXPECT_EQ((*school)["depth"], 1);
  EXPECT_TRUE((*school)["closed"].is_null());
  const auto all = code_set(r);
  EXPECT_FALSE(all.count("BGDDT")) << "above the user";
  EXPECT_FALSE(all.count("PGD-NGOCKHE")) << "closed";

  auto with_closed = c.get("/api/v1/orgunits?include_closed=true");
  ASSERT_EQ(with_closed.status, 200);
  const std::optional<json> office = find(with_closed.json()["orgunits"], "PGD-NGOCKHE");
  ASSERT_TRUE(office.has_value());
  EXPECT_EQ((*office)["closed"], "2025-07-01");
  EXPECT_EQ(code_set(c.get("/api/v1/orgunits?include_closed=yes")), all) << "only \"true\" includes them";
}

TEST_F(OrgunitsApi, SearchIgnoresCaseAndDiacriticsAndRootNarrows) {
  auto c = as("so.xem");
  EXPECT_EQ(code_set(c.get("/api/v1/orgunits?q=tan%20my")),
            (std::set<std::string>{"UBND-XA-TANMY", "TH-TANMY", "THCS-TANMY"}));
  EXPECT_EQ(code_set(c.get("/api/v1/orgunits?q=T%C3%82N%20M%E1%BB%B8")), code_set(c.get("/api/v1/orgunits?q=tan%20my")));
  EXPECT_EQ(codes(c.get("/api/v1/orgunits?q=thptcal")), std::vector<std::string>{"THPT-ANLAC"}) << "short names too";
  EXPECT_TRUE(codes(c.get("/api/v1/orgunits?q=khong%20co%20dau")).empty());

  auto school = c.get("/api/v1/orgunits?root=THCS-TANMY");
  ASSERT_EQ(school.status, 200);
  EXPECT_EQ(codes(school), std::vector<std::string>{"THCS-TANMY"});
  EXPECT_EQ(school.json()["orgunits"][0]["depth"], 0) << "depth counts from the root asked for";
  EXPECT_EQ(c.get("/api/v1/orgunits?root=KHONG-CO").status, 404);
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/orgunits?root=SGD-AL").status, 403);
  EXPECT_EQ(codes(as("thcs.tanmy").get("/api/v1/orgunits")), std::vector<std::string>{"THCS-TANMY"});
}

TEST_F(OrgunitsApi, OneUnitWithItsAncestorsAndSubunits) {
  auto admin = as("admin");
  auto r = admin.get("/api/v1/orgunits/THCS-TANMY");
  ASSERT_EQ(r.status, 200) << r.body;
  const json u = r.json();
  EXPECT_EQ(u["code"], "THCS-TANMY");
  EXPECT_EQ(u["ancestors"], json::parse(R"([{"code":"BGDDT","name":"Bộ Giáo dục và Đào tạo"},
                                             {"code":"SGD-AL","name":"Sở Giáo dục và Đào tạo tỉnh An Lạc"}])"));
  EXPECT_EQ(u["subunits"], json::array());

  auto dept = as("so.xem").get("/api/v1/orgunits/SGD-AL");
  ASSERT_EQ(dept.status, 200);
  EXPECT_EQ(dept.json()["ancestors"], json::array()) << "the ministry is out of the viewer's scope";
  const json subunits = dept.json()["subunits"];
  const std::optional<json> school = find(subunits, "THCS-TANMY");
  ASSERT_TRUE(school.has_value());
  EXPECT_EQ((*school)["depth"], 1);

  EXPECT_EQ(admin.get("/api/v1/orgunits/KHONG-CO").status, 404);
  EXPECT_EQ(as("thcs.tanmy").get("/api/v1/orgunits/THPT-ANLAC").status, 403);
}

TEST_F(OrgunitsApi, AManagerAddsChangesMovesAndClosesAUnit) {
  auto manager = as("so.quanly");
  auto created = manager.json("POST", "/api/v1/orgunits",
                              {{"code", "TH-SAOMAI"}, {"name", "  Trường Tiểu học   Sao Mai "}, {"short_name", "THSM"},
                               {"type", "school_primary"}, {"parent", "SGD-AL"}, {"governor", "UBND-XA-TANMY"},
                               {"opened", "01/09/2026"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["name"], "Trường Tiểu học Sao Mai");
  EXPECT_EQ(created.json()["parent"], "SGD-AL");
  EXPECT_EQ(created.json()["governor"], "UBND-XA-TANMY");
  EXPECT_EQ(created.json()["opened"], "2026-09-01");
  EXPECT_TRUE(created.json()["closed"].is_null());
  EXPECT_TRUE(code_set(manager.get("/api/v1/orgunits")).count("TH-SAOMAI"));

  auto renamed = manager.json("PATCH", "/api/v1/orgunits/TH-SAOMAI",
                              {{"code", "TH-SAOMAI"}, {"name", "Trường Tiểu học Sao Mai mới"}, {"governor", ""}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name"], "Trường Tiểu học Sao Mai mới");
  EXPECT_TRUE(renamed.json()["governor"].is_null()) << "an empty governor clears it";
  EXPECT_EQ(renamed.json()["short_name"], "THSM") << "fields not sent stay";
  auto kept = manager.json("PATCH", "/api/v1/orgunits/TH-SAOMAI", {{"short_name", "THSMM"}});
  ASSERT_EQ(kept.status, 200);
  EXPECT_TRUE(kept.json()["governor"].is_null()) << "a missing governor is not a change";
  expect_error(manager.json("PATCH", "/api/v1/orgunits/TH-SAOMAI", {{"code", "TH-KHAC"}}), 400, "code");

  auto moved = manager.json("PATCH", "/api/v1/orgunits/TH-SAOMAI", {{"parent", "UBND-XA-TANMY"}});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["parent"], "UBND-XA-TANMY");
  EXPECT_TRUE(find(manager.get("/api/v1/orgunits/UBND-XA-TANMY").json()["subunits"], "TH-SAOMAI").has_value());
  expect_error(manager.json("PATCH", "/api/v1/orgunits/UBND-XA-TANMY", {{"parent", "TH-SAOMAI"}}), 422, "parent");

  // A unit with open subunits is not closed; its subunit first.
  expect_error(manager.json("DELETE", "/api/v1/orgunits/UBND-XA-TANMY", nullptr), 409, "");
  auto closed = manager.json("DELETE", "/api/v1/orgunits/TH-SAOMAI", {{"closed", "31/12/2026"}});
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(closed.json()["closed"], "2026-12-31");
  EXPECT_FALSE(code_set(manager.get("/api/v1/orgunits")).count("TH-SAOMAI"));
  EXPECT_TRUE(code_set(manager.get("/api/v1/orgunits?include_closed=true")).count("TH-SAOMAI"));
  expect_error(manager.json("DELETE", "/api/v1/orgunits/TH-SAOMAI", nullptr), 409, "");
  expect_error(manager.json("PATCH", "/api/v1/orgunits/TH-SAOMAI", {{"name", "Mở lại"}}), 409, "");
}

TEST_F(OrgunitsApi, ClosingWithoutABodyClosesToday) {
  auto manager = as("so.quanly");
  ASSERT_EQ(manager.json("POST", "/api/v1/orgunits",
                         {{"code", "MN-TAMTHOI"}, {"name", "Trường Mầm non Tạm Thời"}, {"type", "school_preschool"},
                          {"parent", "SGD-AL"}})
                .status,
            201);
  expect_error(manager.json("DELETE", "/api/v1/orgunits/MN-TAMTHOI", {{"closed", "31/02/2026"}}), 422, "closed");
  expect_error(manager.json("DELETE", "/api/v1/orgunits/MN-TAMTHOI", {{"reason", "sáp nhập"}}), 400, "reason");
  auto r = manager.json("DELETE", "/api/v1/orgunits/MN-TAMTHOI", nullptr);
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string day = r.json()["closed"];
  EXPECT_EQ(day.size(), 10u) << day;
  EXPECT_EQ(r.json()["opened"], day) << "opened and closed today";
  EXPECT_EQ(manager.json("DELETE", "/api/v1/orgunits/KHONG-CO", nullptr).status, 404);
}

TEST_F(OrgunitsApi, CreateRefusals) {
  auto manager = as("so.quanly");
  auto post = [&](HttpClient& c, json body) {
    json base = {{"code", "TH-MOI"}, {"name", "Trường Tiểu học Mới"}, {"type", "school_primary"}, {"parent", "SGD-AL"}};
    for (auto& [k, v] : body.items()) base[k] = v;
    return c.json("POST", "/api/v1/orgunits", base);
  };
  expect_error(post(manager, {{"code", "TH MOI"}}), 422, "code");
  expect_error(post(manager, {{"code", "THCS-TANMY"}}), 409, "code");
  expect_error(post(manager, {{"type", "castle"}}), 422, "type");
  expect_error(post(manager, {{"parent", "KHONG-CO"}}), 422, "parent");
  expect_error(post(manager, {{"parent", ""}}), 422, "parent");
  expect_error(post(manager, {{"parent", "PGD-NGOCKHE"}}), 409, "parent");
  expect_error(post(manager, {{"governor", "KHONG-CO"}}), 422, "governor");
  expect_error(post(manager, {{"opened", "hôm nay"}}), 422, "opened");
  expect_error(post(manager, {{"name", 5}}), 400, "name");
  expect_error(post(manager, {{"colour", "xanh"}}), 400, "colour");
  expect_error(post(manager, {{"parent", "BGDDT"}}), 403, "");
  auto editor = as("thcs.tanmy");
  expect_error(post(editor, {{"parent", "THCS-TANMY"}}), 403, "");
  // A manager's own unit is its superior's to change.
  expect_error(manager.json("PATCH", "/api/v1/orgunits/SGD-AL", {{"name", "Sở mới"}}), 403, "");
  EXPECT_EQ(manager.get("/api/v1/orgunits/TH-MOI").status, 404) << "nothing was created";
}

}  // namespace
}  // namespace bd::test
