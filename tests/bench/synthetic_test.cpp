// The benchmark's synthetic dataset: shapes, depth-first ids, determinism,
// streaming orders, and that the engine loaded from it answers what the
// generator's own values add up to (the stock rule: S2, else S1).
#include "bench/synthetic.h"

#include <gtest/gtest.h>

#include <map>
#include <tuple>

#include "analytics/expression.h"

namespace bd::bench {
namespace {

TEST(Synthetic, ScalesParseByName) {
  EXPECT_EQ(parse_scale("small"), Scale::kSmall);
  EXPECT_EQ(parse_scale("province"), Scale::kProvince);
  EXPECT_EQ(parse_scale("national"), Scale::kNational);
  EXPECT_FALSE(parse_scale("huge"));
  EXPECT_STREQ(scale_name(Scale::kNational), "national");
}

TEST(Synthetic, NationalTreeHasTheRequestedShape) {
  const Dataset d(Scale::kNational);
  std::map<int, int> per_depth;
  for (const Unit& u : d.units()) ++per_depth[u.depth];
  EXPECT_EQ(per_depth, (std::map<int, int>{{0, 1}, {1, 34}, {2, 3300}, {3, 54000}}));
  EXPECT_EQ(d.schools().size(), 54000u);
  EXPECT_EQ(d.departments().size(), 34u);
}

TEST(Synthetic, IdsAreDepthFirstPositionsAndSubtreesNest) {
  const Dataset d(Scale::kSmall);
  ASSERT_EQ(d.units().size(), 1u + 2 + 20 + 200);
  for (size_t i = 0; i < d.units().size(); ++i) {
    const Unit& u = d.units()[i];
    EXPECT_EQ(u.id, static_cast<int64_t>(i) + 1);
    EXPECT_GE(u.last, u.id);
    if (u.parent == 0) {
      EXPECT_EQ(u.id, d.root());
      EXPECT_EQ(u.last, static_cast<int64_t>(d.units().size()));
      continue;
    }
    const Unit& p = d.unit(u.parent);
    EXPECT_EQ(u.depth, p.depth + 1);
    EXPECT_GT(u.id, p.id);
    EXPECT_LE(u.last, p.last) << "a subtree lies inside its parent's";
    if (u.depth == 3) {
      EXPECT_EQ(u.last, u.id);
      EXPECT_TRUE(is_school(u.type));
    }
  }
}

TEST(Synthetic, ValuesAreDeterministicAndAboutTwoPercentMissing) {
  const Dataset a(Scale::kSmall), b(Scale::kSmall);
  size_t missing = 0, total = 0;
  for (size_t s = 0; s < a.schools().size(); ++s)
    for (int e = 0; e < kElements; ++e)
      for (int h = 0; h < kHalves; ++h) {
        const auto female = a.value(s, e, kFemale, h), male = a.value(s, e, kMale, h);
        ASSERT_EQ(female, b.value(s, e, kFemale, h));
        EXPECT_EQ(female.has_value(), male.has_value()) << "a report is missing for both sexes";
        ++total;
        if (!female) ++missing;
        else EXPECT_TRUE(*female >= 0 && *female < 300) << *female;
      }
  EXPECT_GT(missing, total / 100);
  EXPECT_LT(missing, total * 3 / 100);
}

TEST(Synthetic, ElementsAndIndicators) {
  const Dataset d(Scale::kSmall);
  ASSERT_EQ(d.elements().size(), static_cast<size_t>(kElements));
  int flows = 0;
  for (const Element& e : d.elements()) flows += e.flow;
  EXPECT_EQ(flows, 10);
  EXPECT_FALSE(d.elements()[static_cast<size_t>(d.managers_element())].flow);
  ASSERT_EQ(d.indicators().size(), 10u);
  for (const Indicator& i : d.indicators()) {
    auto x = analytics::Expression::compile(i.expression);
    ASSERT_TRUE(x) << i.expression;
    EXPECT_EQ(x->elements().size(), 4u) << i.expression;
  }
}

TEST(Synthetic, StreamsGiveEveryValueOnceInTheirOrder) {
  const Dataset d(Scale::kSmall);
  size_t rows = 0;
  bool ordered = true;
  std::tuple<int, int, int, int64_t, int> last{-1, 0, 0, 0, 0};
  d.for_each_value([&](const Value& v) {
    const std::tuple<int, int, int, int64_t, int> k{v.element, v.year, v.option, v.org, v.half};
    ordered = ordered && last < k;
    last = k;
    ++rows;
  });
  EXPECT_TRUE(ordered) << "key order (element, year, option, org, half)";
  EXPECT_EQ(rows, d.value_count());
  size_t in_columns = 0, columns = 0;
  d.for_each_column([&](int, int, const Period& p, const std::vector<analytics::Engine::UnitValue>& values) {
    EXPECT_EQ(p.type, PeriodType::kHalfYear);
    in_columns += values.size();
    ++columns;
  });
  EXPECT_EQ(in_columns, rows);
  EXPECT_EQ(columns, static_cast<size_t>(kElements * kOptions * kHalves));
}

TEST(Synthetic, TheEngineLoadedFromItMatchesTheValuesSummedByHand) {
  const Dataset d(Scale::kSmall);
  analytics::Engine engine;
  load_engine(d, engine);
  EXPECT_EQ(engine.stored_values(), d.value_count());
  const int year = 2025, y = year - kFirstYear;
  for (int e : {d.managers_element(), 3}) {  // a stock and a flow
    const bool flow = d.elements()[static_cast<size_t>(e)].flow;
    ASSERT_EQ(flow, e == 3);
    double expected = 0;
    int s1_only = 0;
    for (size_t s = 0; s < d.schools().size(); ++s) {
      const auto s1 = d.value(s, e, kFemale, 2 * y), s2 = d.value(s, e, kFemale, 2 * y + 1);
      if (flow) expected += s1.value_or(0) + s2.value_or(0);
      else expected += s2 ? *s2 : s1.value_or(0);
      s1_only += !s2 && s1;
    }
    if (!flow) EXPECT_GT(s1_only, 0) << "the dataset exercises the S1 fallback";
    const auto got = engine.value(d.elements()[static_cast<size_t>(e)].id, kFemale, d.root(),
                                  Period{PeriodType::kYear, year, 1});
    ASSERT_TRUE(got);
    EXPECT_DOUBLE_EQ(*got, expected) << d.elements()[static_cast<size_t>(e)].code;
  }
}

}  // namespace
}  // namespace bd::bench
