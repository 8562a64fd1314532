// Importing data value sets on the demo: each format's fixture, every
// option, every conflict code, scope and locks; on SQLite and PostgreSQL.
#include "app/fixture.h"
#include "app/interop/value_import.h"
#include "support/exchange_fixtures.h"

namespace bd::test {
namespace {

using documents::ExchangeFormat;

class Import : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    t_ = make_app(GetParam(), true, &clock_);
    add_user(*t_.app, "tm.editor", "THCS-TANMY", "editor");
    add_user(*t_.app, "tm.viewer", "THCS-TANMY", "viewer");
    // A text element in the staff form, as a department might add one.
    auto e = t_.app->catalog().create_element(as("admin"), {"ge_note", "Ghi chú về bình đẳng giới", "", "text", "stock"});
    ASSERT_TRUE(e) << e.error().message;
    ASSERT_TRUE(t_.store->write([&](storage::Tx& tx) {
      for (auto d : tx.data_sets())
        if (d.code == "NHANSU") {
          d.elements.push_back("ge_note");
          tx.upsert_data_set(d);
        }
      return Status::Ok();
    }));
  }
  app::Actor as(const std::string& u) { return actor_of(*t_.app, u, u == "admin" ? kAdminPassword : "password-123"); }
  app::ImportSummary run(const std::string& user, std::string_view bytes, ExchangeFormat f,
                         std::map<std::string, std::string> params = {}) {
    auto o = app::ImportOptions::parse(params);
    EXPECT_TRUE(o) << o.error().message;
    auto r = t_.app->value_import().run(as(user), bytes, f, *o);
    EXPECT_TRUE(r) << r.error().message;
    return r ? *r : app::ImportSummary{};
  }
  std::map<std::string, std::string> stored(const std::string& org = "THCS-TANMY", const std::string& period = "2026S1") {
    std::map<std::string, std::string> out;
    auto r = t_.app->values().get(as("admin"), org, period);
    EXPECT_TRUE(r);
    for (const auto& v : *r)
      out[v.element + (v.option.empty() ? "" : "." + v.option)] = v.number ? std::to_string(int(*v.number)) : v.text;
    return out;
  }
  const app::ImportConflict* conflict(const app::ImportSummary& s, const std::string& code) {
    for (const auto& c : s.conflicts)
      if (c.error_code == code) return &c;
    return nullptr;
  }
  FakeClock clock_;
  TestApp t_;
};

TEST_P(Import, EachFormatsFixtureSavesTheSameFiveValues) {
  for (auto [bytes, f] : {std::pair{exchange::kJson, ExchangeFormat::kJson}, {exchange::kCsv, ExchangeFormat::kCsv},
                          {exchange::kXml, ExchangeFormat::kXml}, {exchange::kAdx, ExchangeFormat::kAdx}}) {
    auto erase = run("tm.editor", bytes, f, {{"importStrategy", "DELETE"}});
    auto s = run("tm.editor", bytes, f);
    EXPECT_EQ(s.status, "SUCCESS") << static_cast<int>(f) << ": " << s.description();
    EXPECT_EQ(s.imported, 5) << static_cast<int>(f);
    auto v = stored();
    EXPECT_EQ(v["staff_managers.female"], "3");
    EXPECT_EQ(v["staff_managers.male"], "4");
    EXPECT_EQ(v["staff_total.female"], "25");
    EXPECT_EQ(v["staff_total.male"], "12");
    EXPECT_EQ(v["ge_note"], "Tổ chức 2 buổi \"nói chuyện\", ngày 08/3");
  }
  // What is written once is then unchanged, and the engine has it.
  auto again = run("tm.editor", exchange::kAdx, ExchangeFormat::kAdx);
  EXPECT_EQ(again.imported + again.updated, 0);
  EXPECT_EQ(again.ignored, 5);
  EXPECT_EQ(t_.app->analytics().element("staff_total", "", id_of(t_, "THCS-TANMY"), *parse_period("2026S1")), 37);
}

TEST_P(Import, DryRunSaysWhatWouldHappenAndSavesNothing) {
  auto s = run("tm.editor", exchange::kJson, ExchangeFormat::kJson, {{"dryRun", "true"}});
  EXPECT_EQ(s.status, "SUCCESS");
  EXPECT_TRUE(s.dry_run);
  EXPECT_EQ(s.imported, 5);
  EXPECT_TRUE(stored().empty());
  EXPECT_NE(s.description().find("Chạy thử"), std::string::npos);
}

TEST_P(Import, StrategiesCreateUpdateAndDelete) {
  const std::string one = "staff_total,2026S1,THCS-TANMY,female,,25\nstaff_total,2026S1,THCS-TANMY,male,,12\n";
  const std::string changed = "staff_total,2026S1,THCS-TANMY,female,,30\nstaff_total,2026S1,THCS-TANMY,male,,12\n"
                              "staff_managers,2026S1,THCS-TANMY,female,,2\n";
  EXPECT_EQ(run("tm.editor", one, ExchangeFormat::kCsv, {{"importStrategy", "UPDATE"}}).imported, 0)
      << "UPDATE adds nothing new";
  EXPECT_TRUE(stored().empty());
  EXPECT_EQ(run("tm.editor", one, ExchangeFormat::kCsv, {{"importStrategy", "CREATE"}}).imported, 2);
  auto create = run("tm.editor", changed, ExchangeFormat::kCsv, {{"importStrategy", "CREATE"}});
  EXPECT_EQ(create.imported, 1);
  EXPECT_EQ(create.updated, 0);
  EXPECT_EQ(stored()["staff_total.female"], "25") << "CREATE leaves stored values";
  auto update = run("tm.editor", changed, ExchangeFormat::kCsv, {{"importStrategy", "UPDATE"}});
  EXPECT_EQ(update.updated, 1);
  EXPECT_EQ(stored()["staff_total.female"], "30");
  auto del = run("tm.editor", one, ExchangeFormat::kCsv, {{"importStrategy", "DELETE"}});
  EXPECT_EQ(del.deleted, 2);
  EXPECT_EQ(stored().size(), 1u);
}

TEST_P(Import, EveryConflictHasItsCodeAndAllOrNothingSavesNothing) {
  const std::string csv =
      "staff_total,2026S1,THCS-TANMY,female,,25\n"   // 0: fine
      "khong_co,2026S1,THCS-TANMY,female,,1\n"       // 1: E7601
      "staff_total,2026S1,KHONG-CO,female,,1\n"      // 2: E7602
      "staff_total,2026S1,THCS-TANMY,other,,1\n"     // 3: E7603
      "staff_total,2026S1,THCS-TANMY,female,X,1\n"   // 4: E7604
      "staff_total,2026H1,THCS-TANMY,male,,1\n"      // 5: E7605
      "staff_total,2026,THCS-TANMY,male,,1\n"        // 6: E7606 (a half-year form)
      "staff_total,2026S1,THCS-LONGSON,male,,1\n"    // 7: E7607 (another school)
      "staff_total,2025S1,THCS-TANMY,male,,1\n"      // 8: E7608 if 2025S1 is approved (below)
      "staff_total,2026S1,THCS-TANMY,male,,2.5\n"    // 9: E7609
      "staff_managers,2026S1,THCS-TANMY,female,,90\n";  // 10: E7610 (more managers than staff)
  // Lock 2025S1 of the school as an approved report does.
  ASSERT_TRUE(t_.store->write([&](storage::Tx& tx) {
    tx.set_locked(id_of(t_, "THCS-TANMY"), "2025S1", true);
    return Status::Ok();
  }));
  auto s = run("tm.editor", csv, ExchangeFormat::kCsv);
  EXPECT_EQ(s.status, "ERROR");
  EXPECT_EQ(s.imported, 0);
  EXPECT_EQ(s.ignored, 11);
  EXPECT_TRUE(stored().empty()) << "all or nothing";
  const std::pair<const char*, size_t> expected[] = {
      {app::conflict::kDataElement, 1}, {app::conflict::kOrgUnit, 2},    {app::conflict::kOption, 3},
      {app::conflict::kAttributeOption, 4}, {app::conflict::kPeriod, 5}, {app::conflict::kPeriodType, 6},
      {app::conflict::kScope, 7},       {app::conflict::kLocked, 8},     {app::conflict::kValueType, 9}};
  for (const auto& [code, index] : expected) {
    auto* c = conflict(s, code);
    ASSERT_TRUE(c) << code;
    EXPECT_EQ(c->indexes, std::vector<size_t>{index}) << code << ": " << c->value;
    EXPECT_FALSE(c->value.empty());
  }
  // The rule is only checked on what passed the rest; with NONE it is found.
  auto none = run("tm.editor", csv, ExchangeFormat::kCsv, {{"atomicMode", "NONE"}});
  EXPECT_EQ(none.status, "WARNING");
  EXPECT_EQ(none.imported, 1);
  auto* rule = conflict(none, app::conflict::kRule);
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->indexes, std::vector<size_t>{10});
  EXPECT_NE(rule->value.find("cán bộ quản lý"), std::string::npos) << rule->value;
  EXPECT_EQ(none.rejected.size(), 10u);
  EXPECT_EQ(stored()["staff_total.female"], "25") << "the valid value is saved";
  EXPECT_EQ(none.to_json()["rejectedIndexes"].size(), 10u);
  EXPECT_EQ(none.to_json()["importCount"]["imported"], 1);
}

// An ADX annotation may hold U+FFFF (the XML reader takes it), which no XML
// export could write back: it is refused as a wrong value, not stored and
// silently lost later (reliability, fuzzing finding 3).
TEST_P(Import, TextAnXmlExportCouldNotCarryIsRefused) {
  std::string adx(exchange::kAdx);
  const std::string note = "ngày 08/3";
  adx.replace(adx.find(note), note.size(), note + "\xEF\xBF\xBF");
  auto s = run("tm.editor", adx, ExchangeFormat::kAdx);
  EXPECT_EQ(s.status, "ERROR");
  auto* c = conflict(s, app::conflict::kValueType);
  ASSERT_TRUE(c) << s.description();
  EXPECT_NE(c->value.find("U+FFFF"), std::string::npos) << c->value;
  EXPECT_TRUE(stored().empty());
}

TEST_P(Import, AnUnknownDataSetIsAConflictOfEveryValue) {
  std::string json(exchange::kJson);
  json.replace(json.find("NHANSU"), 6, "KHONGCO");
  auto s = run("tm.editor", json, ExchangeFormat::kJson);
  EXPECT_EQ(s.status, "ERROR");
  ASSERT_TRUE(conflict(s, app::conflict::kDataSet));
  EXPECT_EQ(conflict(s, app::conflict::kDataSet)->indexes.size(), 5u);
}

TEST_P(Import, AViewerMayNotImportAndABadFileIsRefusedWhole) {
  auto o = app::ImportOptions::parse({});
  auto r = t_.app->value_import().run(as("tm.viewer"), exchange::kJson, ExchangeFormat::kJson, *o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kForbidden);
  const std::string adx(exchange::kAdx);
  r = t_.app->value_import().run(as("tm.editor"), adx.substr(0, adx.size() / 2), ExchangeFormat::kAdx, *o);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kBadRequest);
  EXPECT_TRUE(stored().empty());
}

TEST(ImportOptions, AreReadAsDhis2NamesThem) {
  EXPECT_FALSE(app::ImportOptions::parse({{"importStrategy", "MERGE"}}));
  EXPECT_FALSE(app::ImportOptions::parse({{"atomicMode", "SOME"}}));
  EXPECT_FALSE(app::ImportOptions::parse({{"dryRun", "yes"}}));
  EXPECT_FALSE(app::ImportOptions::parse({{"idScheme", "name"}}));
  auto o = app::ImportOptions::parse({{"idScheme", "attribute:DHIS2"}, {"orgUnitIdScheme", "code"}});
  ASSERT_TRUE(o);
  EXPECT_EQ(o->schemes.data_element.text(), "attribute:DHIS2");
  EXPECT_EQ(o->schemes.org_unit.text(), "code");
}

INSTANTIATE_TEST_SUITE_P(Engines, Import, ::testing::ValuesIn(engines()), [](const auto& i) { return i.param; });

}  // namespace
}  // namespace bd::test
