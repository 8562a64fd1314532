// Expression::compile on any text (indicator formulas typed by managers).
// A compiled expression keeps its text, compiles again to the same
// references, evaluates the same way twice and through its copy, and gives
// no value when every referenced value is missing.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include "analytics/expression.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
bool same(std::optional<double> a, std::optional<double> b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || *a == *b || (std::isnan(*a) && std::isnan(*b));
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto e = bd::analytics::Expression::compile(text);
  if (!e) {
    require(!e.error().message.empty());
    return 0;
  }
  require(e->text() == text);
  auto again = bd::analytics::Expression::compile(e->text());
  require(again.ok() && again->elements() == e->elements() && again->unit_counts().size() == e->unit_counts().size());
  for (const auto& r : e->elements()) require(!r.code.empty() && (r.option.empty() || r.option == "female" || r.option == "male"));

  const size_t n = e->elements().size(), m = e->unit_counts().size();
  std::vector<std::optional<double>> values(n), missing(n);
  std::vector<double> counts(m);
  for (size_t i = 0; i < n; ++i) values[i] = static_cast<double>(i % 7) - 2.5;
  for (size_t j = 0; j < m; ++j) counts[j] = static_cast<double>(j + 3);
  const auto v = e->evaluate(values, counts);
  require(!v || std::isfinite(*v));
  require(same(v, e->evaluate(values, counts)));
  require(same(v, again->evaluate(values, counts)));
  const bd::analytics::Expression copy = *e;
  require(same(v, copy.evaluate(values, counts)));
  if (n > 0) require(!e->evaluate(missing, counts).has_value());
  // Wrong sizes are refused, not read out of bounds.
  values.push_back(1.0);
  require(!e->evaluate(values, counts).has_value());
  return 0;
}
