// Contract: the catalog (data elements, data sets, validation rules,
// indicators, targets) on both engines.
#include "storage/engine_fixture.h"

namespace bd::test {
namespace {

DataElement element(const std::string& code, const std::string& name_vi, ValueType type, const std::string& category,
                    TimeAggregation aggregation) {
  return {0, code, name_vi, "", type, category, aggregation};
}

// A target of 40.5% women managers by 2030 for each school under `org_id`.
TargetDef target(const std::string& code, int64_t indicator_id, int64_t org_id) {
  return {0, code, "Đến năm 2030, 40,5% cán bộ quản lý là nữ", indicator_id, "", "ge", 40.5, "by_year", 2030,
          org_id, "school"};
}

class CatalogStore : public EngineTest {
 protected:
  IndicatorDef add_indicator(const std::string& code) {
    IndicatorDef i{0, code, "Tỷ lệ nữ cán bộ quản lý", "Share of women managers",
                   "#{staff_managers.female} / #{staff_managers} * 100", "percent",
                   "Theo Chiến lược quốc gia về bình đẳng giới 2021–2030"};
    write([&](storage::Tx& tx) { tx.upsert_indicator(i); });
    return i;
  }
};

TEST_P(CatalogStore, DataElementsRoundTripWithVietnameseNames) {
  DataElement a = element("staff_managers", "Cán bộ quản lý (nữ/nam)", ValueType::kCount, "sex", TimeAggregation::kStock);
  a.name_en = "EN staff_managers";
  DataElement b = element("note", "Ghi chú của trường – Đắk Lắk", ValueType::kText, "", TimeAggregation::kFlow);
  write([&](storage::Tx& tx) {
    tx.upsert_data_element(a);
    tx.upsert_data_element(b);
  });
  EXPECT_GT(a.id, 0);
  EXPECT_GT(b.id, a.id);
  read([&](storage::Tx& tx) {
    auto all = tx.data_elements();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].id, a.id);
    EXPECT_EQ(all[0].name_vi, "Cán bộ quản lý (nữ/nam)");
    EXPECT_EQ(all[0].name_en, "EN staff_managers");
    EXPECT_EQ(all[0].value_type, ValueType::kCount);
    EXPECT_TRUE(all[0].by_sex());
    EXPECT_EQ(all[0].aggregation, TimeAggregation::kStock);
    EXPECT_EQ(all[1].name_vi, "Ghi chú của trường – Đắk Lắk");
    EXPECT_EQ(all[1].value_type, ValueType::kText);
    EXPECT_EQ(all[1].category, "");
    EXPECT_EQ(all[1].aggregation, TimeAggregation::kFlow);
  });
}

TEST_P(CatalogStore, UpsertDataElementUpdatesByCodeWithoutDuplicate) {
  DataElement a = element("teachers", "Giáo viên", ValueType::kCount, "sex", TimeAggregation::kStock);
  write([&](storage::Tx& tx) { tx.upsert_data_element(a); });
  const int64_t first_id = a.id;
  DataElement again = element("teachers", "Giáo viên (đã sửa)", ValueType::kNumber, "", TimeAggregation::kFlow);
  write([&](storage::Tx& tx) { tx.upsert_data_element(again); });
  EXPECT_EQ(again.id, first_id);  // the id of the existing row comes back
  read([&](storage::Tx& tx) {
    auto all = tx.data_elements();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].id, first_id);
    EXPECT_EQ(all[0].name_vi, "Giáo viên (đã sửa)");
    EXPECT_EQ(all[0].value_type, ValueType::kNumber);
    EXPECT_EQ(all[0].category, "");
    EXPECT_EQ(all[0].aggregation, TimeAggregation::kFlow);
  });
}

TEST_P(CatalogStore, DataSetsRoundTripElementsUnitTypesAndDeadline) {
  DataSet s{0, "GE_HALF", "Báo cáo bình đẳng giới 6 tháng", "", PeriodType::kHalfYear,
            *DeadlineRule::parse("S1:06-10,S2:11-10"), {"staff_managers", "teachers", "students"},
            {OrgType::kSchoolPrimary, OrgType::kSchoolLowerSecondary}, {"staff_managers", "students"}};
  DataSet y{0, "GE_YEAR", "Báo cáo năm", "", PeriodType::kSchoolYear, *DeadlineRule::parse("Y:12-20"), {}, {}, {}};
  write([&](storage::Tx& tx) {
    tx.upsert_data_set(s);
    tx.upsert_data_set(y);
  });
  read([&](storage::Tx& tx) {
    auto all = tx.data_sets();
    ASSERT_EQ(all.size(), 2u);
    const DataSet& got = all[0];
    EXPECT_EQ(got.id, s.id);
    EXPECT_EQ(got.name_vi, "Báo cáo bình đẳng giới 6 tháng");
    EXPECT_EQ(got.period_type, PeriodType::kHalfYear);
    EXPECT_EQ(got.deadline.text, "S1:06-10,S2:11-10");
    EXPECT_EQ(got.deadline.due(*parse_period("2025S2")), (Date{2025, 11, 10}));
    EXPECT_EQ(got.elements, s.elements);
    EXPECT_EQ(got.unit_types, s.unit_types);
    EXPECT_EQ(got.required, s.required);
    EXPECT_TRUE(all[1].required.empty());
    EXPECT_EQ(all[1].period_type, PeriodType::kSchoolYear);
    EXPECT_EQ(all[1].deadline.text, "Y:12-20");
    EXPECT_TRUE(all[1].elements.empty());
    EXPECT_TRUE(all[1].unit_types.empty());  // every unit
  });
  s.elements = {"teachers"};
  s.unit_types = {};
  s.required = {"teachers"};
  s.deadline = *DeadlineRule::parse("S1:07-01,S2:12-01");
  const int64_t first_id = s.id;
  write([&](storage::Tx& tx) { tx.upsert_data_set(s); });
  EXPECT_EQ(s.id, first_id);
  read([&](storage::Tx& tx) {
    auto all = tx.data_sets();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].elements, (std::vector<std::string>{"teachers"}));
    EXPECT_TRUE(all[0].unit_types.empty());
    EXPECT_EQ(all[0].required, (std::vector<std::string>{"teachers"}));
    EXPECT_EQ(all[0].deadline.text, "S1:07-01,S2:12-01");
  });
}

TEST_P(CatalogStore, ValidationRulesRoundTripEveryOp) {
  const std::vector<std::pair<std::string, RuleOp>> ops{
      {"r_le", RuleOp::kLe}, {"r_lt", RuleOp::kLt}, {"r_ge", RuleOp::kGe}, {"r_gt", RuleOp::kGt}, {"r_eq", RuleOp::kEq}};
  write([&](storage::Tx& tx) {
    for (const auto& [code, op] : ops)
      tx.upsert_validation_rule({code, "staff_managers.female", "staff_managers", op,
                                 "Số cán bộ quản lý nữ không được lớn hơn tổng số cán bộ quản lý"});
  });
  read([&](storage::Tx& tx) {
    auto all = tx.validation_rules();
    ASSERT_EQ(all.size(), ops.size());
    for (size_t i = 0; i < ops.size(); ++i) {
      EXPECT_EQ(all[i].code, ops[i].first);
      EXPECT_EQ(all[i].op, ops[i].second) << ops[i].first;
    }
    EXPECT_EQ(all[0].left, "staff_managers.female");
    EXPECT_EQ(all[0].right, "staff_managers");
    EXPECT_EQ(all[0].message_vi, "Số cán bộ quản lý nữ không được lớn hơn tổng số cán bộ quản lý");
  });
  write([&](storage::Tx& tx) { tx.upsert_validation_rule({"r_le", "a", "100", RuleOp::kGt, "Sửa"}); });
  read([&](storage::Tx& tx) {
    auto all = tx.validation_rules();
    ASSERT_EQ(all.size(), ops.size());
    EXPECT_EQ(all[0].op, RuleOp::kGt);
    EXPECT_EQ(all[0].left + all[0].right + all[0].message_vi, "a100Sửa");
  });
}

TEST_P(CatalogStore, IndicatorsRoundTripAndUpdateByCode) {
  IndicatorDef i = add_indicator("women_managers_pct");
  EXPECT_GT(i.id, 0);
  read([&](storage::Tx& tx) {
    auto all = tx.indicators();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].id, i.id);
    EXPECT_EQ(all[0].name_vi, "Tỷ lệ nữ cán bộ quản lý");
    EXPECT_EQ(all[0].expression, "#{staff_managers.female} / #{staff_managers} * 100");
    EXPECT_EQ(all[0].unit, "percent");
    EXPECT_EQ(all[0].description, i.description);
  });
  i.unit = "per100";
  i.expression = "#{a} / #{b}";
  const int64_t first_id = i.id;
  write([&](storage::Tx& tx) { tx.upsert_indicator(i); });
  EXPECT_EQ(i.id, first_id);
  read([&](storage::Tx& tx) {
    auto all = tx.indicators();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].unit + " " + all[0].expression, "per100 #{a} / #{b}");
  });
}

TEST_P(CatalogStore, TargetsRoundTripWithIndicatorCode) {
  OrgUnit root = add_org("MOET", std::nullopt, OrgType::kMinistry);
  IndicatorDef ind = add_indicator("women_managers_pct");
  TargetDef t = target("T2030", ind.id, root.id);
  write([&](storage::Tx& tx) { tx.upsert_target(t); });
  EXPECT_GT(t.id, 0);
  read([&](storage::Tx& tx) {
    auto all = tx.targets();
    ASSERT_EQ(all.size(), 1u);
    const TargetDef& got = all[0];
    EXPECT_EQ(got.id, t.id);
    EXPECT_EQ(got.name_vi, t.name_vi);
    EXPECT_EQ(got.indicator_id, ind.id);
    EXPECT_EQ(got.indicator_code, "women_managers_pct");
    EXPECT_EQ(got.comparator, "ge");
    EXPECT_DOUBLE_EQ(got.value, 40.5);
    EXPECT_EQ(got.when, "by_year");
    EXPECT_EQ(got.year, 2030);
    EXPECT_EQ(got.org_id, root.id);
    EXPECT_EQ(got.applies_to, "school");
  });
  t.value = 50;
  t.applies_to = "";
  const int64_t first_id = t.id;
  write([&](storage::Tx& tx) { tx.upsert_target(t); });
  EXPECT_EQ(t.id, first_id);
  read([&](storage::Tx& tx) {
    auto all = tx.targets();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_DOUBLE_EQ(all[0].value, 50.0);
    EXPECT_EQ(all[0].applies_to, "");
  });
}

BD_ENGINES(CatalogStore);

}  // namespace
}  // namespace bd::test
