// Periods in ISO 8601 start/duration form, as ADX writes them (IHE ADX,
// namespace urn:ihe:qrph:adx:2015): "2025-01-01/P1Y" (a year),
// "2024-09-01/P1Y" (a school year), "2025-07-01/P6M" (a half-year),
// "2025-04-01/P3M" (a quarter), "2025-03-01/P1M" (a month).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/period.h"

namespace bd {

std::string iso_period(const Period& p);
// Only the five forms above, with the start a period of ours begins on; any
// other start or duration is nullopt (never rounded to a nearby period).
std::optional<Period> parse_iso_period(std::string_view s);

}  // namespace bd
