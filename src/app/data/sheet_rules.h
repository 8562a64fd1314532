// The validation rules between the values of one unit and period, prepared
// once per batch: each side is an element (by id) or a constant, and a sheet
// is keyed by element id and option place, so checking a province's sheets
// builds no text per lookup.
#pragma once

#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/catalog.h"

namespace bd::app {

// An element and one of its options: the option's place in the element's
// category, or kNoOption for an element without one.
inline constexpr int kNoOption = -1;
using SheetKey = std::pair<int64_t, int>;
// The numbers of one unit and period.
using Sheet = std::map<SheetKey, double>;

// A rule the sheet breaks, for one option of its left element ("female",
// "male") or for the total (""), with both sides' values. `field` is the
// left side's cell: the option's, or for the total the element's with
// `option_place` kNoOption.
struct BrokenRule {
  const ValidationRule* rule = nullptr;
  std::string option;
  SheetKey field;
  double left = 0, right = 0;
};

class SheetRules {
 public:
  SheetRules(std::vector<ValidationRule> rules, std::vector<DataElement> elements);
  // It points into its own elements: not copied or moved.
  SheetRules(const SheetRules&) = delete;
  SheetRules& operator=(const SheetRules&) = delete;

  // The cell of an element and option ("" for none); nullopt when the
  // element is unknown or has no such option.
  std::optional<SheetKey> key(int64_t element_id, std::string_view option) const;
  // Every rule the sheet breaks, in the rules' order. A rule on a by-sex
  // element is checked for the women, the men and the total; when it fails
  // for one sex, the total's failure is the same mistake and is not listed.
  std::vector<BrokenRule> broken(const Sheet& sheet) const;

 private:
  struct Side {
    std::optional<double> constant;
    const DataElement* element = nullptr;
  };
  struct Prepared {
    ValidationRule rule;
    Side left, right;
  };
  Side side(const std::string& text) const;
  std::optional<double> value(const Sheet& sheet, const Side& s, const std::string& option) const;

  std::vector<DataElement> elements_;
  std::unordered_map<int64_t, const DataElement*> by_id_;
  std::vector<Prepared> rules_;
};

}  // namespace bd::app
