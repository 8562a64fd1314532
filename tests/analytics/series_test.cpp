#include "analytics/series.h"

#include <gtest/gtest.h>

#include <cmath>

namespace bd::analytics {
namespace {

Period P(const char* code) { return *parse_period(code); }

// Writes one value through the three steps the engine uses.
void write(ElementData& e, int option, size_t unit, const char* period, float v) {
  install(e, option, plan_write(e, option, P(period), 2, !std::isnan(v)));
  WriteChain(e, option, P(period)).apply(unit, v);
}

float effective(const ElementData& e, int option, size_t unit, const char* period) {
  const Slot* s = e.slot(option, P(period));
  return s ? s->effective.at(unit) : NAN;
}

TEST(SeriesTest, HalfYearValuesStayWhenQuartersArriveLater) {
  ElementData e({1, Aggregation::kStock, 1});
  write(e, 0, 0, "2025S1", 10);
  write(e, 0, 1, "2025S1", 20);
  ASSERT_FALSE(e.slot(0, P("2025S1"))->derived);
  write(e, 0, 0, "2025Q1", 5);  // S1 now also rolls up quarters
  EXPECT_TRUE(e.slot(0, P("2025S1"))->derived);
  EXPECT_EQ(effective(e, 0, 0, "2025S1"), 10);  // its own value wins
  EXPECT_EQ(effective(e, 0, 1, "2025S1"), 20);
  write(e, 0, 1, "2025Q2", 7);
  EXPECT_EQ(effective(e, 0, 1, "2025S1"), 20);
  write(e, 0, 1, "2025S1", NAN);
  EXPECT_EQ(effective(e, 0, 1, "2025S1"), 7);
  EXPECT_EQ(effective(e, 0, 1, "2025"), 7);
  EXPECT_EQ(e.stored, 3);
  EXPECT_EQ(e.presence.at(P("2025S1"))->count(0, 1), 2);
}

TEST(SeriesTest, FlowQuarterValueWinsOverItsMonths) {
  ElementData e({1, Aggregation::kFlow, 1});
  write(e, 0, 0, "2025Q1", 10);
  write(e, 0, 0, "202501", 3);
  write(e, 0, 0, "202502", 4);
  EXPECT_EQ(effective(e, 0, 0, "2025Q1"), 10);
  EXPECT_EQ(effective(e, 0, 0, "2025"), 10);
  write(e, 0, 0, "2025Q1", NAN);
  EXPECT_EQ(effective(e, 0, 0, "2025Q1"), 7);
  EXPECT_EQ(effective(e, 0, 0, "2025S1"), 7);
  EXPECT_EQ(effective(e, 0, 0, "2025"), 7);
}

TEST(SeriesTest, PlansOnlyWhatIsMissing) {
  ElementData e({1, Aggregation::kFlow, 2});
  WritePlan first = plan_write(e, 1, P("202503"), 4, true);
  EXPECT_EQ(first.new_slots.size(), 4u);  // month, quarter, half, year
  EXPECT_EQ(first.new_presence.size(), 4u);
  install(e, 1, std::move(first));
  const WritePlan again = plan_write(e, 1, P("202503"), 4, true);
  EXPECT_TRUE(again.new_slots.empty());
  EXPECT_TRUE(again.new_presence.empty());
  EXPECT_TRUE(again.direct.empty());
  // The other option shares the presence but has its own slots.
  EXPECT_EQ(plan_write(e, 0, P("202503"), 4, true).new_slots.size(), 4u);
  EXPECT_TRUE(plan_write(e, 0, P("202503"), 4, true).new_presence.empty());
}

TEST(SeriesTest, RemapAndRedeclareKeepStoredValues) {
  ElementData e({1, Aggregation::kStock, 1});
  write(e, 0, 0, "2025S1", 1);
  write(e, 0, 1, "2025S2", 2);
  const auto swapped = remap_element(e, {1, 0});
  EXPECT_EQ(swapped->slot(0, P("2025S2"))->effective.at(0), 2);
  EXPECT_EQ(swapped->slot(0, P("2025"))->effective.sum(0, 1).sum, 3);
  EXPECT_EQ(swapped->stored, 2);
  const auto flow = redeclare_element(e, {1, Aggregation::kFlow, 1}, 2);
  EXPECT_EQ(flow->slot(0, P("2025"))->effective.sum(0, 1).sum, 3);
  EXPECT_EQ(flow->stored, 2);
}

}  // namespace
}  // namespace bd::analytics
