// DeadlineRule::parse on any text. A parsed rule keeps its text, every entry
// names a period index that exists (1–12) and a real month and day, and its
// due dates, for periods of every type around the year, are real dates on or
// after the period's start.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/catalog.h"
#include "core/period.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
// "Y", "S", "Q", "M" alone, or S/Q/M and an index of that period type.
bool good_key(std::string_view key, bool dated) {
  if (key == "Y") return true;
  if (key.empty() || (key[0] != 'S' && key[0] != 'Q' && key[0] != 'M')) return false;
  if (key.size() == 1) return !dated;
  const int most = key[0] == 'S' ? 2 : key[0] == 'Q' ? 4 : 12;
  int n = 0;
  for (char c : key.substr(1)) {
    if (c < '0' || c > '9' || n > 12) return false;
    n = n * 10 + (c - '0');
  }
  return n >= 1 && n <= most;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto rule = bd::DeadlineRule::parse(text);
  if (!rule) return 0;
  require(rule->text == text);
  require(!rule->entries.empty() || rule->days_after_end >= 0);
  for (std::string_view rest = text; !rest.empty();) {
    const size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    const size_t colon = item.find(':');
    require(colon != std::string_view::npos);
    require(good_key(item.substr(0, colon), item.substr(colon + 1).find('+') != 0));
  }
  for (const auto& e : rule->entries)
    require(e.index >= 1 && e.index <= 12 && e.month >= 1 && e.month <= 12 && e.day >= 1 && e.day <= 31);
  for (const char* code : {"2024", "2025S1", "2025S2", "2024Q1", "2024Q4", "202402", "202312", "2024Sep"}) {
    const auto p = bd::parse_period(code);
    require(p.has_value());
    if (auto d = rule->due(*p)) {
      require(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= bd::days_in_month(d->year, d->month));
      require(d->year >= p->year && d->year <= p->year + 2);
    }
  }
  return 0;
}
