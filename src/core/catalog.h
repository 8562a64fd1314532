// The catalog of what units report: data elements, their category options,
// data sets (forms) with deadlines, validation rules. Pure data and rules.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/org.h"
#include "core/period.h"
#include "core/result.h"

namespace bd {

enum class ValueType { kCount, kNumber, kBoolean, kText };
enum class TimeAggregation { kStock, kFlow };

std::string_view value_type_code(ValueType t);  // "count", "number", "boolean", "text"
std::optional<ValueType> parse_value_type(std::string_view s);
std::string_view aggregation_code(TimeAggregation a);  // "stock", "flow"
std::optional<TimeAggregation> parse_aggregation(std::string_view s);

// A disaggregation: "sex" with options female, male. Another (school level,
// age group) is one more entry in categories(); elements name theirs.
struct CategoryOption {
  std::string code, name_vi, name_en;
};
struct Category {
  std::string code;
  std::vector<CategoryOption> options;
};
const std::vector<Category>& categories();
const Category* find_category(std::string_view code);
// Index of `option` in `category` (-1 when absent).
int option_index(const Category& category, std::string_view option);

struct DataElement {
  int64_t id = 0;
  std::string code, name_vi, name_en;
  ValueType value_type = ValueType::kCount;
  std::string category;  // "" (no disaggregation) or a category code ("sex")
  TimeAggregation aggregation = TimeAggregation::kStock;
  bool by_sex() const { return category == "sex"; }
  int option_count() const;  // 1 without category
};

// A deadline rule: for each period index (half 1–2, quarter 1–4, month 1–12,
// 1 for years) the due date, as month and day in the period's year (+1 year
// when `next_year`). Text form: "S1:06-10,S2:11-10", "Y:12-20", "Q:+15"
// (15 days after each quarter's end).
struct DeadlineRule {
  struct Entry {
    int index = 1, month = 1, day = 1;
    bool next_year = false;
  };
  std::vector<Entry> entries;
  int days_after_end = -1;  // when >= 0: due that many days after the period ends
  std::string text;

  static Result<DeadlineRule> parse(std::string_view text);
  // The due date of `p` (nullopt when the rule has no entry for its index).
  std::optional<Date> due(const Period& p) const;
};

struct DataSet {
  int64_t id = 0;
  std::string code, name_vi, name_en;
  PeriodType period_type = PeriodType::kHalfYear;
  DeadlineRule deadline;
  std::vector<std::string> elements;  // data element codes, in form order
  std::vector<OrgType> unit_types;    // who reports it (empty: every unit)
  // Elements that must be filled (every option) before the unit's report for
  // the period can be submitted; a subset of `elements`.
  std::vector<std::string> required;
  bool applies_to(OrgType t) const;
};

// A rule between two values of the same unit and period: left OP right,
// where each side is "CODE" (all options) or "CODE.option" or a number.
enum class RuleOp { kLe, kLt, kGe, kGt, kEq };
struct ValidationRule {
  std::string code;
  std::string left, right;
  RuleOp op = RuleOp::kLe;
  std::string message_vi;  // "Số cán bộ quản lý nữ không được lớn hơn tổng số cán bộ quản lý"
};
std::optional<RuleOp> parse_rule_op(std::string_view s);  // "<=", "<", ">=", ">", "="
bool rule_holds(RuleOp op, double left, double right);

}  // namespace bd
