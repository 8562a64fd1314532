// Indicator expressions, DHIS2-style, compiled once and evaluated many times.
//
//   #{CODE}          a data element, all options summed
//   #{CODE.female}   one option (female or male)
//   N{school}        open schools of any school type (types "school_…")
//   N{TYPE}          open units of one type, e.g. N{school_primary}
//   N{all}           every open unit
//   numbers, + - * / ^, parentheses, min(…) max(…) abs(x),
//   gpi(f, m) = f/m, gpia(f, m) = f/m if f/m <= 1 else 2 - m/f
//
// CODE is [A-Za-z0-9_-]+ ('-' inside #{} is part of the code). The arithmetic
// is muParser's; references become variables v0…, c0… before it sees them.
// Compile errors are plain Vietnamese Error::Validation(…, "expression")
// values naming the 1-based character position in the original text and the
// offending token.
//
// Evaluation: missing values count as 0, but the result is nullopt when
// every referenced element value is missing, or when it is not finite
// (division by zero gives no value, not an error).
//
// Thread-safety: a compiled Expression is immutable; evaluate() may be called
// from any number of threads at once (each call borrows one of a few
// parsers, see expression.cpp). Copies share the compiled form.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/org.h"
#include "core/result.h"

namespace bd::analytics {

struct ElementRef {
  std::string code;
  std::string option;  // "" = all options summed, else "female" or "male"
  bool operator==(const ElementRef&) const = default;
};

struct UnitCountRef {
  std::string spec;             // as written: "school", "all", "school_primary"
  std::vector<OrgType> types;   // empty = every type
};

class Expression {
 public:
  static Result<Expression> compile(std::string_view text);

  // Distinct references, in order of first appearance.
  const std::vector<ElementRef>& elements() const;
  const std::vector<UnitCountRef>& unit_counts() const;

  // values[i] belongs to elements()[i] (nullopt = missing); counts[j] to
  // unit_counts()[j]. REQUIRES: sizes match (otherwise nullopt).
  std::optional<double> evaluate(const std::vector<std::optional<double>>& values,
                                 const std::vector<double>& counts) const;
  const std::string& text() const;

  struct Compiled;  // the compiled form; defined in expression.cpp

 private:
  explicit Expression(std::shared_ptr<const Compiled> c) : c_(std::move(c)) {}
  std::shared_ptr<const Compiled> c_;
};

// A parity index written as a whole expression, gpi(F, M) or gpia(F, M):
// the function's name and the texts of its two sides, female first, trimmed.
struct ParityParts {
  std::string function;  // "gpi" or "gpia"
  std::string female, male;
};
// nullopt when the expression is not one call of gpi or gpia with two
// arguments (e.g. "gpi(a, b) * 100"). Each side compiles on its own when the
// whole did.
std::optional<ParityParts> parity_parts(std::string_view text);

}  // namespace bd::analytics
