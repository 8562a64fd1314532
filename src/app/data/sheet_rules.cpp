#include "app/data/sheet_rules.h"

#include <cstdlib>

namespace bd::app {

SheetRules::SheetRules(std::vector<ValidationRule> rules, std::vector<DataElement> elements)
    : elements_(std::move(elements)) {
  for (const auto& e : elements_) by_id_.emplace(e.id, &e);
  rules_.reserve(rules.size());
  for (auto& r : rules) {
    Prepared p{std::move(r), {}, {}};
    p.left = side(p.rule.left);
    p.right = side(p.rule.right);
    rules_.push_back(std::move(p));
  }
}

SheetRules::Side SheetRules::side(const std::string& text) const {
  Side s;
  char* end = nullptr;
  const double constant = std::strtod(text.c_str(), &end);
  if (!text.empty() && end && *end == '\0') {
    s.constant = constant;
    return s;
  }
  for (const auto& e : elements_)
    if (e.code == text) s.element = &e;
  return s;
}

std::optional<SheetKey> SheetRules::key(int64_t element_id, std::string_view option) const {
  auto it = by_id_.find(element_id);
  if (it == by_id_.end()) return std::nullopt;
  const DataElement& e = *it->second;
  if (e.category.empty()) {
    if (!option.empty()) return std::nullopt;
    return SheetKey{element_id, kNoOption};
  }
  const Category* c = find_category(e.category);
  const int place = c ? option_index(*c, option) : -1;
  if (place < 0) return std::nullopt;
  return SheetKey{element_id, place};
}

std::optional<double> SheetRules::value(const Sheet& sheet, const Side& s, const std::string& option) const {
  if (s.constant) return s.constant;
  if (!s.element) return std::nullopt;
  if (!option.empty()) {
    // One option: the element's own cell for it (an element without
    // options takes its only cell).
    auto k = key(s.element->id, s.element->category.empty() ? "" : option);
    if (!k) return std::nullopt;
    auto it = sheet.find(*k);
    if (it == sheet.end()) return std::nullopt;
    return it->second;
  }
  std::optional<double> sum;  // the total: every cell of the element
  for (auto it = sheet.lower_bound({s.element->id, INT_MIN}); it != sheet.end() && it->first.first == s.element->id; ++it)
    sum = sum.value_or(0) + it->second;
  return sum;
}

std::vector<BrokenRule> SheetRules::broken(const Sheet& sheet) const {
  std::vector<BrokenRule> out;
  for (const auto& p : rules_) {
    std::vector<std::string> options{""};
    if (p.left.element && p.left.element->by_sex()) {
      options.clear();
      for (const auto& o : find_category(p.left.element->category)->options) options.push_back(o.code);
      options.push_back("");
    }
    bool by_sex_failed = false;
    for (const auto& option : options) {
      auto l = value(sheet, p.left, option), r = value(sheet, p.right, option);
      if (!l || !r || rule_holds(p.rule.op, *l, *r)) continue;
      if (option.empty() && by_sex_failed) continue;
      by_sex_failed = !option.empty();
      SheetKey field{p.left.element ? p.left.element->id : 0, kNoOption};
      if (!option.empty())
        if (auto k = key(field.first, option)) field = *k;
      out.push_back({&p.rule, option, field, *l, *r});
    }
  }
  return out;
}

}  // namespace bd::app
