// parse_value (the figures typed in the /data grid, sent as text to the API,
// read from Excel) on any text, for every value type. The first byte picks
// the type, the rest is the text. Always checked: a value is finite, a count
// is a whole number from 0 to 10^9, a boolean is 0 or 1.
// Also checked: text that is a count is the same number when read as a
// number, and a count is never written with an exponent or in hexadecimal.
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "app/data/datavalues.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const bd::ValueType types[] = {bd::ValueType::kCount, bd::ValueType::kNumber, bd::ValueType::kBoolean, bd::ValueType::kText};
  const bd::ValueType type = types[data[0] % 4];
  auto v = bd::app::parse_value(type, text);
  if (v) require(std::isfinite(*v));
  if (v && type == bd::ValueType::kCount) require(*v >= 0 && *v <= 1e9 && *v == std::floor(*v));
  if (v && type == bd::ValueType::kBoolean) require(*v == 0 || *v == 1);
  if (!v) require(!v.error().message.empty());
  if (v && type == bd::ValueType::kCount) {
    require(text.find_first_of("eExX") == std::string::npos);
    auto as_number = bd::app::parse_value(bd::ValueType::kNumber, text);
    require(as_number && *as_number == *v);
  }
  return 0;
}
