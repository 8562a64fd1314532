// The explorer over the demo: columns per item, period and sex, rows to a
// depth with each group's subtotal and the unit's total, all equal to the
// engine's own figures; the limits and the rights.
#include "app/explorer/explorer.h"

#include "app/fixture.h"

namespace bd::test {
namespace {

using Params = std::multimap<std::string, std::string>;

class Explorer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { t_ = new TestApp(make_app("sqlite", true)); }
  static void TearDownTestSuite() { delete t_; }
  app::Actor admin() { return actor_of(*t_->app, "admin", kAdminPassword); }
  static app::ExplorerQuery query(const Params& p) {
    auto q = app::ExplorerQuery::parse(p);
    EXPECT_TRUE(q) << (q ? "" : q.error().message);
    return q ? *q : app::ExplorerQuery{};
  }
  static TestApp* t_;
};
TestApp* Explorer::t_ = nullptr;

TEST_F(Explorer, QueryReadsListsEitherWayAndRefusesWhatItCannotShow) {
  auto q = query({{"items", "pct_women_managers, staff_managers"}, {"item", "staff_managers"}, {"item", "staff_total"},
                  {"org", "SGD-AL"}, {"periods", "2024,2025"}, {"depth", "2"}, {"sex", "1"}, {"chart", "line"}});
  EXPECT_EQ(q.items, (std::vector<std::string>{"pct_women_managers", "staff_managers", "staff_total"}));
  EXPECT_EQ(q.periods, (std::vector<std::string>{"2024", "2025"}));
  EXPECT_EQ(q.depth, 2);
  EXPECT_TRUE(q.by_sex);
  EXPECT_EQ(q.chart, "line");
  auto again = app::ExplorerQuery::parse({{"items", "pct_women_managers,staff_managers,staff_total"}, {"org", "SGD-AL"},
                                          {"depth", "2"}, {"periods", "2024,2025"}, {"sex", "1"}, {"chart", "line"}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->to_query(), q.to_query()) << "the text form reads back the same";

  auto refused = [](const Params& p) {
    auto r = app::ExplorerQuery::parse(p);
    return r ? std::string() : r.error().field;
  };
  EXPECT_EQ(refused({{"org", "SGD-AL"}, {"periods", "2025"}}), "items");
  EXPECT_EQ(refused({{"items", "staff_total"}, {"org", "SGD-AL"}}), "periods");
  EXPECT_EQ(refused({{"items", "staff_total"}, {"periods", "2025X"}}), "periods");
  EXPECT_EQ(refused({{"items", "staff_total"}, {"periods", "2025"}, {"depth", "4"}}), "depth");
  EXPECT_EQ(refused({{"items", "staff_total"}, {"periods", "2025"}, {"chart", "pie"}}), "chart");
  std::string many;
  for (int y = 2010; y <= 2020; ++y) many += std::to_string(y) + ",";
  EXPECT_EQ(refused({{"items", "staff_total"}, {"periods", many}}), "periods") << "11 periods";
}

TEST_F(Explorer, TableHasSubtotalsAndTotalsStraightFromTheEngine) {
  auto q = query({{"items", "pct_women_managers,staff_managers"}, {"org", "BGDDT"}, {"periods", "2024,2025"},
                  {"depth", "2"}, {"sex", "1"}});
  auto t = t_->app->explorer().run(admin(), q);
  ASSERT_TRUE(t) << t.error().message;
  // pct × 2 periods, then staff_managers × 2 periods × (female, male, both).
  ASSERT_EQ(t->columns.size(), 8u);
  EXPECT_TRUE(t->columns[0].indicator);
  EXPECT_EQ(t->columns[0].unit, "percent");
  EXPECT_EQ(t->columns[1].period, "2025");
  EXPECT_EQ(t->columns[2].sex, "female");
  EXPECT_EQ(t->columns[3].sex, "male");
  EXPECT_EQ(t->columns[4].sex, "");
  EXPECT_EQ(t->columns[4].period, "2024");

  ASSERT_GE(t->rows.size(), 12u);
  const auto& total = t->rows.back();
  EXPECT_EQ(total.kind, "total");
  EXPECT_EQ(total.code, "BGDDT");
  const auto& subtotal = t->rows[t->rows.size() - 2];
  EXPECT_EQ(subtotal.kind, "subtotal");
  EXPECT_EQ(subtotal.code, "SGD-AL");
  EXPECT_EQ(subtotal.level, 1);
  EXPECT_EQ(t->units, t->rows.size() - 2);

  // Counts add up from the schools to the department; sexes add up to both.
  double female = 0, both = 0;
  for (const auto& r : t->rows)
    if (r.kind == "unit") {
      EXPECT_EQ(r.level, 2);
      female += r.values[5].value_or(0);
      both += r.values[7].value_or(0);
      if (r.values[7] && r.values[5] && r.values[6]) EXPECT_DOUBLE_EQ(*r.values[5] + *r.values[6], *r.values[7]);
    }
  ASSERT_TRUE(subtotal.values[7]);
  EXPECT_GT(both, 0);
  EXPECT_DOUBLE_EQ(*subtotal.values[7], both);
  EXPECT_DOUBLE_EQ(*subtotal.values[5], female);
  // A rate of a group is the engine's rate, never a sum of rates.
  auto dept = t_->app->dashboard().indicator(admin(), "pct_women_managers", "SGD-AL", "2025", false);
  ASSERT_TRUE(dept && (*dept)[0].value);
  EXPECT_DOUBLE_EQ(*subtotal.values[1], *(*dept)[0].value);
  EXPECT_LE(*subtotal.values[1], 100);
}

TEST_F(Explorer, AUnitWithNothingBelowIsARowNotASubtotal) {
  // Two levels under the department: its schools and communes have no units
  // below them in the tree, so each is a row of its own (and the chart, drawn
  // from the unit rows, has something to draw).
  auto q = query({{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2025"}, {"depth", "2"}});
  auto t = t_->app->explorer().run(admin(), q);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_GT(t->units, 0u);
  size_t units = 0;
  for (size_t i = 0; i < t->rows.size(); ++i) {
    const auto& r = t->rows[i];
    units += r.kind == "unit";
    if (r.kind != "subtotal") continue;
    // A group's subtotal comes right after its last unit, one level deeper.
    ASSERT_GT(i, 0u) << r.code;
    EXPECT_EQ(t->rows[i - 1].level, r.level + 1) << r.code << " is a subtotal of nothing";
  }
  EXPECT_EQ(units, t->units);
}

TEST_F(Explorer, EachPeriodFollowsItsOwnTreeOrTodaysWhenAsked) {
  // The demo's reform: PGD-NGOCKHE's schools went to the department on
  // 01/07/2025 and the office closed that day.
  auto rows_of = [&](const Params& p) {
    auto t = t_->app->explorer().run(admin(), query(p));
    EXPECT_TRUE(t) << t.error().message;
    return t ? *t : app::ExplorerTable{};
  };
  auto row = [](const app::ExplorerTable& t, const std::string& code) -> const app::ExplorerRow* {
    for (const auto& r : t.rows)
      if (r.code == code) return &r;
    return nullptr;
  };
  const auto y2024 = rows_of({{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2024"}});
  ASSERT_TRUE(row(y2024, "PGD-NGOCKHE")) << "2024 has the office, with its schools";
  EXPECT_FALSE(row(y2024, "THCS-TANMY")) << "then under the office";
  EXPECT_TRUE(row(y2024, "PGD-NGOCKHE")->values[0]);
  EXPECT_FALSE(y2024.mixed_trees);
  EXPECT_EQ(y2024.rows_period, "2024");

  const auto both = rows_of({{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2024,2025"}});
  EXPECT_EQ(both.rows_period, "2025");
  EXPECT_TRUE(both.mixed_trees) << "2024 and 2025 follow two trees";
  EXPECT_FALSE(row(both, "PGD-NGOCKHE")) << "closed in the tree of 2025";
  ASSERT_TRUE(row(both, "THCS-TANMY"));

  const auto today = rows_of(
      {{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2024"}, {"structure", "current"}});
  EXPECT_FALSE(today.mixed_trees);
  EXPECT_EQ(today.rows_period, "");
  EXPECT_FALSE(row(today, "PGD-NGOCKHE"));
  ASSERT_TRUE(row(today, "THCS-TANMY")) << "2024 over today's tree: the school under the department";
  EXPECT_EQ(row(today, "THCS-TANMY")->values[0],
            t_->app->analytics().element("staff_total", "", id_of(*t_, "THCS-TANMY"), *parse_period("2024")));
  // Whatever the tree, the department's whole is the same.
  EXPECT_EQ(today.rows.back().values[0], y2024.rows.back().values[0]);
  EXPECT_TRUE(today.rows.back().values[0]);
  // Today's tree is part of the view's text form.
  auto q = query({{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2024"}, {"structure", "current"}});
  EXPECT_NE(q.to_query().find("&structure=current"), std::string::npos);
  EXPECT_EQ(query({{"items", "staff_total"}, {"periods", "2024"}}).to_query().find("structure"), std::string::npos);
  auto bad = app::ExplorerQuery::parse({{"items", "staff_total"}, {"periods", "2024"}, {"structure", "tree"}});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "structure");
}

TEST_F(Explorer, ItemsOfferIndicatorsAndNumericElements) {
  const auto items = t_->app->explorer().items();
  ASSERT_FALSE(items.empty());
  EXPECT_TRUE(items.front().indicator);
  bool managers = false;
  for (const auto& i : items) {
    if (i.code == "staff_managers") managers = i.by_sex && !i.indicator;
    EXPECT_NE(i.code, "hotline_displayed") << "a yes/no is not offered";
  }
  EXPECT_TRUE(managers);
  auto q = query({{"items", "hotline_displayed"}, {"org", "SGD-AL"}, {"periods", "2025"}});
  auto r = t_->app->explorer().run(admin(), q);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "items");
}

TEST_F(Explorer, KeepsToTheUsersScopeAndToItsSize) {
  auto school = actor_of(*t_->app, "thcs.tanmy", kAdminPassword);
  auto q = query({{"items", "staff_total"}, {"org", "SGD-AL"}, {"periods", "2025"}});
  auto r = t_->app->explorer().run(school, q);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::kForbidden);
  q.org = "THCS-TANMY";
  EXPECT_TRUE(t_->app->explorer().run(school, q)) << "her own school, which has no units under it";
  q.org = "NOPE";
  EXPECT_EQ(t_->app->explorer().run(admin(), q).error().code, ErrorCode::kNotFound);

  app::Explorer small(t_->app->store(), t_->app->analytics(), 5);
  q.org = "SGD-AL";
  auto big = small.run(admin(), q);
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().field, "depth");
  EXPECT_NE(big.error().message.find("quá 5 dòng"), std::string::npos) << big.error().message;
}

}  // namespace
}  // namespace bd::test
