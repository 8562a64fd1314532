// Exporting stored values: what goes out in each format imports back
// unchanged; units out of view and unmapped items are refused before the
// first byte; another system's identifiers both ways.
#include <set>
#include <sstream>

#include "app/fixture.h"
#include "app/interop/value_export.h"
#include "app/interop/value_import.h"
#include "support/exchange_fixtures.h"

namespace bd::test {
namespace {

using documents::ExchangeFormat;

class Export : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, u == "admin" ? kAdminPassword : "password-123"); }
  app::ExportQuery query(std::map<std::string, std::string> p) {
    auto q = app::ExportQuery::parse(p);
    EXPECT_TRUE(q) << q.error().message;
    return q ? *q : app::ExportQuery{};
  }
  std::string write(const std::string& user, const app::ExportQuery& q, ExchangeFormat f) {
    EXPECT_TRUE(t_.app->value_export().check(as(user), q));
    std::ostringstream out;
    auto n = t_.app->value_export().write(as(user), q, f, out, "2026-01-01T00:00:00Z");
    EXPECT_TRUE(n) << n.error().message;
    return out.str();
  }
  // Every stored value of the staff form (NHANSU) of the units for the
  // periods, by unit|period|element.option.
  std::map<std::string, std::string> snapshot(const std::vector<std::string>& orgs,
                                              const std::vector<std::string>& periods) {
    const app::Actor admin = as("admin");  // one login: each is an Argon2id hash
    std::set<std::string> form;
    const auto sets = t_.app->catalog().data_sets(admin);
    for (const auto& d : *sets)
      if (d.code == "NHANSU") form.insert(d.elements.begin(), d.elements.end());
    std::map<std::string, std::string> out;
    for (const auto& o : orgs)
      for (const auto& p : periods) {
        const auto values = t_.app->values().get(admin, o, p);
        EXPECT_TRUE(values);
        for (const auto& v : *values)
          if (form.count(v.element))
            out[o + "|" + p + "|" + v.element + "." + v.option] = v.number ? std::to_string(*v.number) : v.text;
      }
    return out;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_P(Export, WhatGoesOutInEachFormatComesBackUnchanged) {
  // The province and every unit below it, a half-year of the demo.
  const auto q = query({{"dataSet", "NHANSU"}, {"orgUnit", "SGD-AL"}, {"children", "true"}, {"period", "2025S2"}});
  const auto opts = *app::ImportOptions::parse({{"atomicMode", "NONE"}});
  std::vector<std::string> units;
  (void)t_.store->read([&](storage::Tx& tx) {
    for (const auto& u : tx.orgs_within(tx.org_by_code("SGD-AL")->path)) units.push_back(u.code);
    return Status::Ok();
  });
  const auto before = snapshot(units, {"2025S2"});
  ASSERT_GT(before.size(), 40u) << "the demo has figures to export";
  for (auto f : {ExchangeFormat::kJson, ExchangeFormat::kCsv, ExchangeFormat::kXml, ExchangeFormat::kAdx}) {
    const std::string file = write("admin", q, f);
    auto parsed = documents::read_value_set(file, f);
    ASSERT_TRUE(parsed) << parsed.error().message;
    EXPECT_EQ(parsed->values.size(), before.size()) << static_cast<int>(f);
    // Erase, then import the file back.
    auto erase = t_.app->value_import().run(as("admin"), file, f, *app::ImportOptions::parse({{"importStrategy", "DELETE"}, {"atomicMode", "NONE"}}));
    ASSERT_TRUE(erase);
    EXPECT_EQ(snapshot(units, {"2025S2"}).size(), 0u + (before.size() - erase->deleted))
        << "locked periods stay: " << erase->description();
    auto back = t_.app->value_import().run(as("admin"), file, f, opts);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(snapshot(units, {"2025S2"}), before) << static_cast<int>(f) << ": " << back->description();
  }
}

TEST_P(Export, DateRangesSelectPeriodsWithinAndASchoolSeesOnlyItself) {
  const auto q = query({{"dataSet", "NHANSU"}, {"orgUnit", "THCS-TANMY"}, {"startDate", "2025-01-01"},
                        {"endDate", "2025-06-30"}});
  const std::string csv = write("tm.editor", q, ExchangeFormat::kCsv);
  EXPECT_NE(csv.find(",2025S1,THCS-TANMY,"), std::string::npos);
  EXPECT_EQ(csv.find(",2025S2,"), std::string::npos);
  EXPECT_EQ(csv.find("tm.editor"), std::string::npos) << "no usernames";
  auto up = query({{"dataSet", "NHANSU"}, {"orgUnit", "SGD-AL"}, {"period", "2025S1"}});
  auto st = t_.app->value_export().check(as("tm.editor"), up);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, ErrorCode::kForbidden);
  auto unknown = query({{"dataSet", "KHONGCO"}, {"orgUnit", "THCS-TANMY"}, {"period", "2025S1"}});
  EXPECT_EQ(t_.app->value_export().check(as("tm.editor"), unknown).error().code, ErrorCode::kNotFound);
}

TEST(ExportQueries, BadQueriesAreRefusedNamingTheParameter) {
  EXPECT_EQ(app::ExportQuery::parse({{"orgUnit", "A"}, {"period", "2025"}}).error().field, "dataSet");
  EXPECT_EQ(app::ExportQuery::parse({{"dataSet", "D"}, {"period", "2025"}}).error().field, "orgUnit");
  EXPECT_EQ(app::ExportQuery::parse({{"dataSet", "D"}, {"orgUnit", "A"}}).error().field, "period");
  EXPECT_EQ(app::ExportQuery::parse({{"dataSet", "D"}, {"orgUnit", "A"}, {"period", "2025X"}}).error().field, "period");
  EXPECT_EQ(app::ExportQuery::parse({{"dataSet", "D"}, {"orgUnit", "A"}, {"startDate", "2025-02-01"},
                                     {"endDate", "2025-01-01"}}).error().field,
            "endDate");
  EXPECT_EQ(app::ExportQuery::parse({{"dataSet", "D"}, {"orgUnit", "A"}, {"period", "2025"}, {"children", "1"}})
                .error().field,
            "children");
}

TEST_P(Export, AnotherSystemsIdentifiersAreUsedBothWaysAndNeverGuessed) {
  auto& ids = t_.app->external_ids();
  auto saved = ids.put(as("admin"), "DHIS2",
                       {{"dataElement", "staff_managers", "fbfJHSPpUQD"},
                        {"dataElement", "staff_total", "cYeuwXTCPkU"},
                        {"orgUnit", "THCS-TANMY", "DiszpKrYNg8"},
                        {"category", "sex", "SEX"},
                        {"categoryOption", "female", "FEMALE"},
                        {"categoryOption", "male", "MALE"},
                        {"dataSet", "NHANSU", "BfMAe6Itzgt"}});
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_EQ(*saved, 7);
  const char* adx = R"(<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-07-01T00:00:00Z">
  <group orgUnit="DiszpKrYNg8" period="2026-01-01/P6M" dataSet="BfMAe6Itzgt">
    <dataValue dataElement="cYeuwXTCPkU" SEX="FEMALE" value="30"/>
    <dataValue dataElement="fbfJHSPpUQD" SEX="FEMALE" value="4"/>
    <dataValue dataElement="staff_total" SEX="MALE" value="9"/>
  </group></adx>)";
  auto o = *app::ImportOptions::parse({{"idScheme", "attribute:DHIS2"}, {"atomicMode", "NONE"}});
  auto r = t_.app->value_import().run(as("tm.editor"), adx, ExchangeFormat::kAdx, o);
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->imported, 2);
  ASSERT_EQ(r->conflicts.size(), 1u) << "our own code is not their identifier";
  EXPECT_EQ(r->conflicts[0].error_code, app::conflict::kDataElement);
  EXPECT_EQ(r->conflicts[0].object, "staff_total");
  // Out again in their identifiers; an element without one is refused before any byte.
  auto q = query({{"dataSet", "BfMAe6Itzgt"}, {"orgUnit", "DiszpKrYNg8"}, {"period", "2026S1"},
                  {"idScheme", "attribute:DHIS2"}});
  auto st = t_.app->value_export().check(as("tm.editor"), q);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().code, ErrorCode::kConflict);
  EXPECT_NE(st.error().message.find("staff_teachers"), std::string::npos) << st.error().message;
  std::vector<app::ExternalIdInput> rest;
  for (const auto& code : {"staff_managers_trained", "staff_teachers", "staff_teachers_standard",
                           "staff_teachers_above", "staff_masters", "staff_phd", "staff_party", "mass_org_leaders"})
    rest.push_back({"dataElement", code, std::string("X") + code});
  ASSERT_TRUE(ids.put(as("admin"), "DHIS2", rest));
  const std::string out = write("tm.editor", q, ExchangeFormat::kAdx);
  EXPECT_NE(out.find("<group orgUnit=\"DiszpKrYNg8\" period=\"2026-01-01/P6M\" dataSet=\"BfMAe6Itzgt\">"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("<dataValue dataElement=\"cYeuwXTCPkU\" SEX=\"FEMALE\" value=\"30\"/>"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Engines, Export, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
