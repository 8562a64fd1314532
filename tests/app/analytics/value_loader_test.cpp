// The bulk load of the engine gives what one put() per row gave before it.
#include "app/analytics/value_loader.h"

#include <gtest/gtest.h>

#include <random>

namespace bd::test {
namespace {

using analytics::Engine;

// A root, two departments and twelve schools (ids 1..15).
std::vector<analytics::UnitNode> tree() {
  std::vector<analytics::UnitNode> t{{1, std::nullopt, OrgType::kMinistry, false},
                                     {2, 1, OrgType::kDepartment, false},
                                     {3, 1, OrgType::kDepartment, false}};
  for (int64_t s = 4; s <= 15; ++s) t.push_back({s, s % 2 ? 2 : 3, OrgType::kSchoolPrimary, s == 9});
  return t;
}

std::vector<DataElement> elements() {
  std::vector<DataElement> v(4);
  v[0].id = 10, v[0].code = "staff", v[0].category = "sex", v[0].aggregation = TimeAggregation::kStock;
  v[1].id = 11, v[1].code = "trained", v[1].category = "sex", v[1].aggregation = TimeAggregation::kFlow;
  v[2].id = 12, v[2].code = "parents", v[2].aggregation = TimeAggregation::kStock;
  v[3].id = 13, v[3].code = "odd", v[3].category = "no_such_category", v[3].aggregation = TimeAggregation::kFlow;
  return v;
}

Engine declared() {
  Engine e;
  e.set_tree(tree());
  for (const auto& d : elements())
    e.set_element({d.id, d.aggregation == TimeAggregation::kStock ? analytics::Aggregation::kStock
                                                                  : analytics::Aggregation::kFlow,
                   d.option_count()});
  return e;
}

struct Row {
  int64_t element;
  std::string option;
  int64_t org;
  std::string period;
  double number;
};

// The engine's old load: one put() per row, the option looked up each time.
void put_one_by_one(Engine& e, const std::vector<Row>& rows) {
  for (const Row& r : rows) {
    const auto els = elements();
    auto it = std::find_if(els.begin(), els.end(), [&](const DataElement& d) { return d.id == r.element; });
    auto p = parse_period(r.period);
    if (it == els.end() || !p) continue;
    int option = 0;
    if (!it->category.empty()) {
      const Category* c = find_category(it->category);
      const int i = c ? option_index(*c, r.option) : -1;
      option = i < 0 ? analytics::kAllOptions : i;
    }
    e.put(r.element, option, r.org, *p, r.number);
  }
}

// Rows over every period type of 2023–2025, in a shuffled order, with rows
// the load must skip: unknown elements, options, periods and units.
std::vector<Row> rows() {
  std::vector<std::string> periods;
  for (int y = 2023; y <= 2025; ++y) {
    const std::string ys = std::to_string(y);
    periods.insert(periods.end(), {ys, ys + "S1", ys + "S2", ys + "Q1", ys + "Q3", ys + "02", ys + "11"});
  }
  periods.push_back("2024AprilX");  // unreadable
  std::mt19937 rng(7);
  std::vector<Row> out;
  std::set<std::tuple<int64_t, std::string, int64_t, std::string>> keys;  // unique, as stored
  for (int i = 0; i < 4000; ++i) {
    const int64_t element = 10 + static_cast<int64_t>(rng() % 5);  // 14 is unknown
    std::string option = element == 12 ? "" : rng() % 9 == 0 ? "other" : rng() % 2 ? "female" : "male";
    const int64_t org = 1 + static_cast<int64_t>(rng() % 16);     // 16 is not in the tree
    const std::string period = periods[rng() % periods.size()];
    if (keys.insert({element, option, org, period}).second)
      out.push_back({element, option, org, period, static_cast<double>(rng() % 50)});
  }
  return out;
}

TEST(ValueLoader, GivesWhatOnePutPerRowGave) {
  const auto all = rows();
  for (size_t buffer : {size_t{1}, size_t{7}, size_t{333}, app::ValueLoader::kDefaultBuffer}) {
    Engine old_way = declared(), new_way = declared();
    put_one_by_one(old_way, all);
    app::ValueLoader loader(new_way, elements(), buffer);
    for (const Row& r : all) loader.add(r.element, r.option, r.org, r.period, r.number);
    loader.flush();
    EXPECT_EQ(loader.rows(), all.size());
    EXPECT_GT(loader.skipped(), 0u);
    EXPECT_EQ(new_way.stored_values(), old_way.stored_values()) << "buffer " << buffer;
    int compared = 0;
    for (int y = 2023; y <= 2025; ++y)
      for (int k = 0; k < 19; ++k) {
        const Period p = k == 0  ? Period{PeriodType::kYear, y, 1}
                         : k < 3 ? Period{PeriodType::kHalfYear, y, k}
                         : k < 7 ? Period{PeriodType::kQuarter, y, k - 2}
                                 : Period{PeriodType::kMonth, y, k - 6};
        for (int64_t element = 10; element <= 13; ++element)
          for (int option : {analytics::kAllOptions, 0, 1})
            for (int64_t unit = 1; unit <= 15; ++unit) {
              ASSERT_EQ(new_way.value(element, option, unit, p), old_way.value(element, option, unit, p))
                  << "buffer " << buffer << ", element " << element << ", option " << option << ", unit " << unit
                  << ", " << p.code();
              ++compared;
            }
      }
    EXPECT_EQ(compared, 3 * 19 * 4 * 3 * 15);
  }
}

TEST(ValueLoader, SkipsWhatTheEngineCannotHold) {
  Engine e = declared();
  app::ValueLoader loader(e, elements());
  loader.add(10, "female", 4, "2025S1", 3);  // kept
  loader.add(10, "other", 4, "2025S1", 5);   // no such option of "sex"
  loader.add(12, "female", 4, "2025S1", 7);  // an element without options takes any as its one
  loader.add(13, "", 4, "2025S1", 9);        // its category is unknown
  loader.add(99, "", 4, "2025S1", 11);       // no such element
  loader.add(10, "male", 4, "2025-1", 13);   // unreadable period
  loader.add(10, "male", 99, "2025S1", 17);  // no such unit: the engine ignores it
  EXPECT_FALSE(e.value(10, analytics::kAllOptions, 1, *parse_period("2025"))) << "nothing before flush";
  loader.flush();
  EXPECT_EQ(loader.rows(), 7u);
  EXPECT_EQ(loader.skipped(), 4u);
  EXPECT_EQ(e.value(10, analytics::kAllOptions, 1, *parse_period("2025")), 3);
  EXPECT_EQ(e.value(12, 0, 4, *parse_period("2025S1")), 7);
  EXPECT_EQ(e.stored_values(), 2u);
}

// A full buffer is written by another thread while rows keep coming: the rows
// of one group can be split over several hand-offs, and a loader given up
// half-way (a scan that failed) waits for the write under way and drops the
// rest.
TEST(ValueLoader, WritesFullBuffersWhileRowsKeepComing) {
  Engine e = declared();
  {
    app::ValueLoader loader(e, elements(), 2);
    for (int64_t unit = 4; unit <= 8; ++unit) loader.add(10, "female", unit, "2025S1", static_cast<double>(unit));
    loader.flush();
    EXPECT_EQ(e.stored_values(), 5u);
    EXPECT_EQ(e.value(10, 0, 5, *parse_period("2025S1")), 5);
    EXPECT_EQ(e.value(10, 0, 1, *parse_period("2025S1")), 4 + 5 + 6 + 7 + 8) << "the ministry sums its schools";
    loader.add(10, "male", 8, "2025S1", 9);  // after a flush, the loader goes on
    loader.flush();
    EXPECT_EQ(e.stored_values(), 6u);
  }
  {
    app::ValueLoader abandoned(e, elements(), 2);
    for (int64_t unit = 4; unit <= 8; ++unit) abandoned.add(10, "male", unit, "2024S1", 1);
  }
  EXPECT_EQ(e.stored_values(), 10u) << "the two full buffers were written, the fifth row dropped";
}

}  // namespace
}  // namespace bd::test
