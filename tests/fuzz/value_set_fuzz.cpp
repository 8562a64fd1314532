// read_value_set on any bytes, the first byte choosing the format (JSON,
// CSV, DHIS2 XML, ADX). A file read is written back in its format and read
// again: the same values in the same order, with the same element, unit,
// period and value wherever they hold no character XML cannot carry.
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "core/text.h"
#include "documents/value_sets.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
// Text every format carries as it is: no control or bidirectional character
// (refused by our text rules) and no U+FFFE or U+FFFF, which XML 1.0 forbids
// and the XML writers drop.
bool carried(const std::string& s) {
  return bd::text::forbidden_character(s).empty() && s.find('\r') == std::string::npos &&
         s.find("\xEF\xBF\xBE") == std::string::npos && s.find("\xEF\xBF\xBF") == std::string::npos;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using bd::documents::ExchangeFormat;
  const auto format = static_cast<ExchangeFormat>(data[0] % 4);
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto first = bd::documents::read_value_set(bytes, format);
  if (!first) {
    require(first.error().code == bd::ErrorCode::kBadRequest && !first.error().message.empty());
    return 0;
  }
  require(first->values.size() <= bd::documents::kMaxExchangeValues);
  std::ostringstream out;
  auto w = bd::documents::value_set_writer(format, out, first->header);
  for (const auto& v : first->values) w->add(v);
  w->finish();
  auto again = bd::documents::read_value_set(out.str(), format);
  require(again.ok());
  require(again->values.size() == first->values.size());
  for (size_t i = 0; i < first->values.size(); ++i) {
    const auto& a = first->values[i];
    const auto& b = again->values[i];
    require(a.data_element == b.data_element || !carried(a.data_element));
    require(a.org_unit == b.org_unit || !carried(a.org_unit));
    require(a.period == b.period || !carried(a.period));
    if (carried(a.value)) require(a.value == b.value);
  }
  return 0;
}
