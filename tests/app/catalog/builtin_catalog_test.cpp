#include "app/catalog/builtin_catalog.h"

#include <gtest/gtest.h>

#include <set>

#include "analytics/expression.h"

namespace bd::test {
namespace {

TEST(BuiltinCatalog, EveryIndicatorCompilesAndNamesKnownElements) {
  std::set<std::string> codes;
  for (const auto& e : app::builtin_elements()) codes.insert(e.code);
  for (const auto& i : app::builtin_indicators()) {
    auto e = analytics::Expression::compile(i.expression);
    ASSERT_TRUE(e.ok()) << i.code << ": " << e.error().message;
    for (const auto& ref : e->elements()) EXPECT_TRUE(codes.count(ref.code)) << i.code << " uses " << ref.code;
    EXPECT_TRUE(valid_indicator_unit(i.unit)) << i.code;
  }
  for (const auto& s : app::builtin_data_sets())
    for (const auto& code : s.elements) EXPECT_TRUE(codes.count(code)) << s.code << " lists " << code;
  std::set<std::string> indicators;
  for (const auto& i : app::builtin_indicators()) indicators.insert(i.code);
  for (const auto& t : app::builtin_targets()) EXPECT_TRUE(indicators.count(t.indicator)) << t.def.code;
  EXPECT_GE(app::builtin_targets().size(), 24u) << "every target of the domain table";
}

TEST(BuiltinCatalog, CodesAreUniqueAndDataSetsHaveDeadlines) {
  std::set<std::string> elements, indicators, targets;
  for (const auto& e : app::builtin_elements()) EXPECT_TRUE(elements.insert(e.code).second) << e.code;
  for (const auto& i : app::builtin_indicators()) EXPECT_TRUE(indicators.insert(i.code).second) << i.code;
  for (const auto& t : app::builtin_targets()) EXPECT_TRUE(targets.insert(t.def.code).second) << t.def.code;
  for (const auto& s : app::builtin_data_sets()) {
    const Period p{s.period_type, 2025, 1};
    EXPECT_TRUE(s.deadline.due(p)) << s.code;
  }
  EXPECT_EQ(iso(*app::builtin_data_sets()[0].deadline.due(*parse_period("2025S2"))), "2025-11-10");
}

TEST(BuiltinCatalog, NothingIsRequiredUntilAnAdministratorSaysSo) {
  // A required element blocks every report that lacks it (submission_check.h):
  // a choice for each deployment (PUT /api/v1/datasets/{code}/required).
  for (const auto& s : app::builtin_data_sets()) EXPECT_TRUE(s.required.empty()) << s.code;
}

}  // namespace
}  // namespace bd::test
