// The synthetic dataset of `binhdang bench`: an education tree (ministry →
// departments → communes → schools) and ten years of half-yearly,
// sex-disaggregated counts (2016S1..2025S2) for 40 data elements at every
// school.
//
// Contracts:
// - Deterministic: the same scale always gives the same units, ids and
//   values (a hash of school, element, option and half-year; no global RNG).
// - Streamed: values are computed on demand, never stored, so the ~86M values
//   of the national scale cost no memory here.
// - Ids are the units' depth-first positions + 1 (children in id order, as
//   the engine orders them), so a unit's subtree is the id range [id, last].
// - About 2% of (school, element, half-year) reports are missing, for both
//   sexes at once; a stock's year value is then S1 when S2 is missing.
//
// Thread-safety: a Dataset is immutable once built.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/engine.h"
#include "core/org.h"
#include "core/period.h"

namespace bd::bench {

enum class Scale { kSmall, kProvince, kNational };
std::optional<Scale> parse_scale(std::string_view name);  // "small", "province", "national"
const char* scale_name(Scale s);

inline constexpr int kFirstYear = 2016, kYears = 10, kHalves = 2 * kYears;
inline constexpr int kElements = 40, kOptions = 2;
inline constexpr int kFemale = 0, kMale = 1;  // option indexes, as the product's "sex" category

struct Unit {
  int64_t id = 0;
  int64_t parent = 0;  // 0 for the root
  OrgType type = OrgType::kOther;
  int depth = 0;       // 0 ministry, 1 department, 2 commune, 3 school
  int64_t last = 0;    // last id of the subtree (itself for a school)
};

struct Element {
  int64_t id = 0;      // index + 1
  std::string code;    // "E00".."E39"
  bool flow = false;   // every fourth element (index % 4 == 3): 10 flows, 30 stocks
};

// A built-in-like indicator: 100 × (sum of the female values of `numerator`)
// ÷ (sum of all options of `denominator`), as an expression too.
struct Indicator {
  int64_t id = 0;
  std::string code;
  std::string expression;            // "100 * (#{E00.female} + …) / (#{E02} + …)"
  std::vector<int> numerator;        // element indexes, female option
  std::vector<int> denominator;      // element indexes, all options
};

// One stored value. `half` is 1 or 2.
struct Value {
  int element = 0;  // index 0..kElements-1
  int year = 0;
  int64_t org = 0;
  int option = 0;
  int half = 0;
  float value = 0;
};

struct Shape {
  int departments = 0, communes = 0, schools = 0;
};
Shape shape_of(Scale s);

class Dataset {
 public:
  explicit Dataset(Scale scale);

  Scale scale() const { return scale_; }
  const std::vector<Unit>& units() const { return units_; }  // in id order; units()[id - 1]
  const Unit& unit(int64_t id) const { return units_[static_cast<size_t>(id - 1)]; }
  std::vector<analytics::UnitNode> tree() const;
  int64_t root() const { return 1; }
  std::vector<int64_t> departments() const;  // depth 1, in order
  const std::vector<int64_t>& schools() const { return schools_; }
  const std::vector<Element>& elements() const { return elements_; }
  const std::vector<Indicator>& indicators() const { return indicators_; }
  // The element the single-indicator query uses ("managers", a stock).
  int managers_element() const { return 1; }

  // The value school `school` (an index into schools()) reported, nullopt when
  // it did not. half_index 0..kHalves-1 is (year - kFirstYear) * 2 + half - 1.
  std::optional<float> value(size_t school, int element, int option, int half_index) const;

  // Every value, one engine column at a time: element, then option, then
  // half-year; within a column, schools in id order (put_many's shape).
  void for_each_column(
      const std::function<void(int element, int option, const Period& half,
                               const std::vector<analytics::Engine::UnitValue>& values)>& fn) const;
  // Every value ordered by (element, year, option, org, half): the SQL key.
  void for_each_value(const std::function<void(const Value&)>& fn) const;
  // Number of values for_each_value() produces.
  size_t value_count() const;

 private:
  Scale scale_;
  std::vector<Unit> units_;
  std::vector<int64_t> schools_;
  std::vector<Element> elements_;
  std::vector<Indicator> indicators_;
};

// Declares the elements, sets the tree and puts every value into `engine`.
void load_engine(const Dataset& data, analytics::Engine& engine);

}  // namespace bd::bench
