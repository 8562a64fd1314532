#include <map>
#include <set>

#include "app/catalog/builtin_catalog.h"
#include "demo/national.h"
#include "gtest/gtest.h"

namespace bd::test {
namespace {

// The built-in catalog with ids 1, 2, … as stored.
std::vector<DataElement> catalog() {
  auto v = app::builtin_elements();
  for (size_t i = 0; i < v.size(); ++i) v[i].id = static_cast<int64_t>(i) + 1;
  return v;
}

const DataElement& by_id(const std::vector<DataElement>& els, int64_t id) { return els[static_cast<size_t>(id - 1)]; }

std::vector<app::NationalUnit> tree() {
  app::NationalShape shape;
  shape.departments = 2;
  shape.communes = 20;
  shape.schools = 400;
  return app::national_tree(shape);
}

TEST(NationalFigures, EachUnitHasTheFormsItsTypeReports) {
  const auto els = catalog();
  const app::NationalFigures figures(els, app::builtin_data_sets(), 2017, 2026);
  const auto units = tree();
  std::map<OrgType, std::set<std::string>> elements_of;
  size_t schools = 0, values = 0;
  for (size_t i = 0; i < units.size(); ++i) {
    std::vector<StoredValue> out;
    figures.of_unit(units[i], static_cast<int64_t>(i) + 100, out);
    if (units[i].type == OrgType::kDepartment) EXPECT_TRUE(out.empty());
    for (const auto& v : out) {
      EXPECT_EQ(v.org_id, static_cast<int64_t>(i) + 100);
      auto p = parse_period(v.period);
      ASSERT_TRUE(p) << v.period;
      EXPECT_GE(p->year, 2017);
      EXPECT_LE(p->year, 2026);
      ASSERT_TRUE(v.number);
      const DataElement& e = by_id(els, v.element_id);
      EXPECT_EQ(v.option.empty(), e.category.empty()) << e.code;
      EXPECT_GE(*v.number, 0) << e.code;
      EXPECT_EQ(*v.number, std::floor(*v.number)) << e.code;
      if (e.value_type == ValueType::kBoolean) EXPECT_LE(*v.number, 1) << e.code;
      elements_of[units[i].type].insert(e.code);
    }
    if (is_school(units[i].type)) {
      ++schools;
      values += out.size();
    }
  }
  EXPECT_EQ(elements_of[OrgType::kCommune], (std::set<std::string>{"youth_15_18", "youth_15_18_lower_secondary"}));
  EXPECT_EQ(elements_of[OrgType::kSchoolPrimary].size(), 30u);
  // 38 values a half-year and 12 a year, ten years; about 1.5% of forms missing.
  const double full = static_cast<double>(schools) * 10 * (2 * 38 + 12);
  EXPECT_LT(values, full);
  EXPECT_GT(values, full * 0.97);
}

// The catalog's validation rules (a part never above its whole) hold, so the
// figures look like entered ones; shares of women leaders rise.
TEST(NationalFigures, FiguresKeepTheCatalogsRules) {
  const auto els = catalog();
  const app::NationalFigures figures(els, app::builtin_data_sets(), 2017, 2026);
  const auto units = tree();
  std::map<std::string, int64_t> code_id;
  for (const auto& e : els) code_id[e.code] = e.id;
  double women_managers[2] = {0, 0}, managers[2] = {0, 0};
  for (size_t i = 0; i < units.size(); ++i) {
    std::vector<StoredValue> out;
    figures.of_unit(units[i], 1, out);
    std::map<std::pair<std::string, std::string>, double> totals;  // (period, element code) → all options
    for (const auto& v : out) totals[{v.period, by_id(els, v.element_id).code}] += *v.number;
    for (const auto& r : app::builtin_rules())
      for (const auto& [key, left] : totals) {
        if (key.second != r.left) continue;
        auto right = totals.find({key.first, r.right});
        if (right == totals.end()) continue;
        EXPECT_TRUE(rule_holds(r.op, left, right->second)) << r.code << " at " << units[i].code << " " << key.first;
      }
    for (const auto& v : out) {
      if (v.element_id != code_id["staff_managers"]) continue;
      const int k = v.period == "2017S2" ? 0 : v.period == "2026S2" ? 1 : -1;
      if (k < 0) continue;
      managers[k] += *v.number;
      if (v.option == "female") women_managers[k] += *v.number;
    }
  }
  ASSERT_GT(managers[0], 0);
  EXPECT_LT(women_managers[0] / managers[0] + 0.08, women_managers[1] / managers[1]);
}

TEST(NationalFigures, TheSameUnitGivesTheSameFigures) {
  const auto els = catalog();
  const app::NationalFigures figures(els, app::builtin_data_sets(), 2025, 2026);
  const auto units = tree();
  std::vector<StoredValue> a, b;
  figures.of_unit(units.back(), 7, a);
  figures.of_unit(units.back(), 7, b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].number, b[i].number);
}

}  // namespace
}  // namespace bd::test
