// The id schemes: parsed as DHIS2 names them, and IdMap naming elements,
// units, options and data sets both ways, never guessing.
#include "app/fixture.h"
#include "app/interop/id_schemes.h"

namespace bd::test {
namespace {

TEST(IdSchemes, ParsedAsDhis2NamesThem) {
  EXPECT_EQ(app::IdScheme::parse("CODE", "idScheme")->text(), "code");
  EXPECT_EQ(app::IdScheme::parse("UID", "idScheme")->text(), "id");
  EXPECT_EQ(app::IdScheme::parse("attribute:DHIS2-TINH", "idScheme")->text(), "attribute:DHIS2-TINH");
  auto bad = app::IdScheme::parse("name", "orgUnitIdScheme");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "orgUnitIdScheme");
  EXPECT_FALSE(app::IdScheme::parse("attribute:", "idScheme"));
  auto all = app::IdSchemes::parse({{"idScheme", "id"}, {"orgUnitIdScheme", "code"}});
  ASSERT_TRUE(all);
  EXPECT_EQ(all->data_element.text(), "id");
  EXPECT_EQ(all->org_unit.text(), "code");
  EXPECT_EQ(all->option.text(), "id");
  EXPECT_TRUE(app::is_id_kind("categoryOption"));
  EXPECT_FALSE(app::is_id_kind("user"));
}

class IdMaps : public ::testing::Test {
 protected:
  void SetUp() override { t_ = make_app("sqlite", false); }
  // Runs `fn` with an IdMap of `params` in a read transaction.
  void with_map(std::map<std::string, std::string> params, const std::function<void(app::IdMap&)>& fn) {
    auto schemes = app::IdSchemes::parse(params);
    ASSERT_TRUE(schemes);
    ASSERT_TRUE(t_.store->read([&](storage::Tx& tx) {
      app::IdMap ids(tx, t_.app->analytics(), *schemes);
      fn(ids);
      return Status::Ok();
    }));
  }
  TestApp t_;
};

TEST_F(IdMaps, CodesAndIdsNameOurOwnItems) {
  with_map({}, [&](app::IdMap& ids) {
    EXPECT_EQ(ids.element("staff_total")->code, "staff_total");
    EXPECT_FALSE(ids.element("khong_co"));
    EXPECT_EQ(ids.org("BGDDT")->code, "BGDDT");
    EXPECT_EQ(*ids.option("default"), "");
    EXPECT_EQ(*ids.option(""), "");
    EXPECT_EQ(*ids.option("female"), "female");
    EXPECT_FALSE(ids.option("FEMALE")) << "codes are exact";
    EXPECT_EQ(*ids.category("sex"), "sex");
    EXPECT_EQ(ids.data_set("NHANSU")->code, "NHANSU");
    EXPECT_EQ(*ids.option_out(""), "default");
  });
  const int64_t root = id_of(t_, "BGDDT");
  const int64_t el = t_.app->analytics().element_by_code("staff_total")->id;
  with_map({{"idScheme", "id"}}, [&](app::IdMap& ids) {
    EXPECT_EQ(ids.element(std::to_string(el))->code, "staff_total");
    EXPECT_FALSE(ids.element("staff_total")) << "by id, a code names nothing";
    EXPECT_EQ(ids.org(std::to_string(root))->code, "BGDDT");
    EXPECT_EQ(*ids.element_out(*ids.element(std::to_string(el))), std::to_string(el));
  });
}

TEST_F(IdMaps, AnotherSystemsIdentifiersGoBothWaysAndTheUnmappedAreUnknown) {
  ASSERT_TRUE(t_.app->external_ids().put(app::Actor::System(), "DHIS2",
                                         {{"dataElement", "staff_total", "cYeuwXTCPkU"},
                                          {"orgUnit", "BGDDT", "MOET"},
                                          {"categoryOption", "female", "FEMALE"},
                                          {"categoryOption", "default", "HllvX50cXC0"},
                                          {"category", "sex", "SEX"},
                                          {"dataSet", "NHANSU", "BfMAe6Itzgt"}}));
  with_map({{"idScheme", "attribute:DHIS2"}}, [&](app::IdMap& ids) {
    EXPECT_EQ(ids.element("cYeuwXTCPkU")->code, "staff_total");
    EXPECT_FALSE(ids.element("staff_total"));
    EXPECT_FALSE(ids.element("fbfJHSPpUQD"));
    EXPECT_EQ(ids.org("MOET")->code, "BGDDT");
    EXPECT_EQ(*ids.option("FEMALE"), "female");
    EXPECT_FALSE(ids.option("MALE")) << "male has no identifier there";
    EXPECT_EQ(*ids.option("HllvX50cXC0"), "") << "their default combination";
    EXPECT_EQ(*ids.category("SEX"), "sex");
    EXPECT_EQ(ids.data_set("BfMAe6Itzgt")->code, "NHANSU");
    EXPECT_EQ(*ids.element_out(*t_.app->analytics().element_by_code("staff_total")), "cYeuwXTCPkU");
    EXPECT_FALSE(ids.element_out(*t_.app->analytics().element_by_code("staff_managers")));
    EXPECT_EQ(*ids.option_out("female"), "FEMALE");
    EXPECT_FALSE(ids.option_out("male"));
    EXPECT_EQ(*ids.option_out(""), "HllvX50cXC0");
    EXPECT_EQ(*ids.category_out("sex"), "SEX");
  });
  with_map({{"idScheme", "attribute:KHAC"}}, [&](app::IdMap& ids) {
    EXPECT_FALSE(ids.element("cYeuwXTCPkU")) << "another system's table is not read";
    EXPECT_EQ(*ids.option_out(""), "default");
  });
}

}  // namespace
}  // namespace bd::test
