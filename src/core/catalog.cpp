#include "core/catalog.h"

#include <charconv>

namespace bd {

std::string_view value_type_code(ValueType t) {
  switch (t) {
    case ValueType::kCount: return "count";
    case ValueType::kNumber: return "number";
    case ValueType::kBoolean: return "boolean";
    case ValueType::kText: return "text";
  }
  return "count";
}

std::optional<ValueType> parse_value_type(std::string_view s) {
  for (auto t : {ValueType::kCount, ValueType::kNumber, ValueType::kBoolean, ValueType::kText})
    if (value_type_code(t) == s) return t;
  return std::nullopt;
}

std::string_view aggregation_code(TimeAggregation a) { return a == TimeAggregation::kStock ? "stock" : "flow"; }

std::optional<TimeAggregation> parse_aggregation(std::string_view s) {
  if (s == "stock") return TimeAggregation::kStock;
  if (s == "flow") return TimeAggregation::kFlow;
  return std::nullopt;
}

const std::vector<Category>& categories() {
  static const std::vector<Category> all{
      {"sex", {{"female", "Nữ", "Female"}, {"male", "Nam", "Male"}}},
  };
  return all;
}

const Category* find_category(std::string_view code) {
  for (const auto& c : categories())
    if (c.code == code) return &c;
  return nullptr;
}

int option_index(const Category& category, std::string_view option) {
  for (size_t i = 0; i < category.options.size(); ++i)
    if (category.options[i].code == option) return static_cast<int>(i);
  return -1;
}

int DataElement::option_count() const {
  const Category* c = category.empty() ? nullptr : find_category(category);
  return c ? static_cast<int>(c->options.size()) : 1;
}

namespace {

bool read_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace

Result<DeadlineRule> DeadlineRule::parse(std::string_view text) {
  DeadlineRule rule;
  rule.text = std::string(text);
  const auto bad = [&] {
    return Error::Validation("Quy tắc hạn nộp không hợp lệ: \"" + std::string(text) +
                                 "\" (ví dụ: S1:06-10,S2:11-10 hoặc Y:12-20 hoặc Q:+15).",
                             "deadline");
  };
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(',', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view item = text.substr(start, end - start);
    start = end + 1;
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos || colon == 0) return bad();
    std::string_view key = item.substr(0, colon), when = item.substr(colon + 1);
    // Y, or S (halves 1–2), Q (quarters 1–4), M (months 1–12): alone before
    // "+days", with the index before a date.
    const int most = key[0] == 'Y' ? 1 : key[0] == 'S' ? 2 : key[0] == 'Q' ? 4 : key[0] == 'M' ? 12 : 0;
    if (most == 0 || (key[0] == 'Y' && key.size() > 1)) return bad();
    if (!when.empty() && when[0] == '+') {
      int days = 0;
      if (key.size() > 1 || !read_int(when.substr(1), days) || days < 0 || days > 366) return bad();
      rule.days_after_end = days;
      continue;
    }
    Entry e;
    if (key != "Y" && (!read_int(key.substr(1), e.index) || key[1] < '0' || key[1] > '9' || e.index < 1 ||
                       e.index > most))
      return bad();
    if (!when.empty() && when.back() == '+') {  // "01-15+" : next year
      e.next_year = true;
      when.remove_suffix(1);
    }
    if (when.size() != 5 || when[2] != '-' || !read_int(when.substr(0, 2), e.month) ||
        !read_int(when.substr(3, 2), e.day) || e.month < 1 || e.month > 12 || e.day < 1 ||
        e.day > days_in_month(2024, e.month))
      return bad();
    rule.entries.push_back(e);
  }
  if (rule.entries.empty() && rule.days_after_end < 0) return bad();
  return rule;
}

std::optional<Date> DeadlineRule::due(const Period& p) const {
  for (const auto& e : entries)
    if (e.index == p.index) {
      const int year = p.year + (e.next_year ? 1 : 0);
      return Date{year, e.month, std::min(e.day, days_in_month(year, e.month))};
    }
  if (days_after_end >= 0) return civil_from_days(days_from_civil(p.end()) + days_after_end);
  return std::nullopt;
}

bool DataSet::applies_to(OrgType t) const {
  if (unit_types.empty()) return true;
  for (auto u : unit_types)
    if (u == t) return true;
  return false;
}

std::optional<RuleOp> parse_rule_op(std::string_view s) {
  if (s == "<=") return RuleOp::kLe;
  if (s == "<") return RuleOp::kLt;
  if (s == ">=") return RuleOp::kGe;
  if (s == ">") return RuleOp::kGt;
  if (s == "=") return RuleOp::kEq;
  return std::nullopt;
}

bool rule_holds(RuleOp op, double l, double r) {
  switch (op) {
    case RuleOp::kLe: return l <= r;
    case RuleOp::kLt: return l < r;
    case RuleOp::kGe: return l >= r;
    case RuleOp::kGt: return l > r;
    case RuleOp::kEq: return l == r;
  }
  return false;
}

}  // namespace bd
