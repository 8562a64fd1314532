// Numbers written the Vietnamese way. One reading everywhere a number comes
// in as text (API strings, page forms, plan targets), so that the same text
// never means 1500 in one place and 1,5 in another:
//   - "." or a space separates groups of three digits: "1.500",
//     "12.345.678", "1 500" (one kind of separator per number);
//   - "," is the decimal separator: "2,5", "1.500,25";
//   - an optional leading "-".
// Anything else ("2.5", "12.34.5", "1.50", "0x10", "1e3", "+3") is refused,
// with a message that shows how to write the number.
#pragma once

#include <string_view>

#include "core/result.h"

namespace bd {

// The message says how to write a number; callers put it after the text
// that was typed ("\"2.5\" <message>").
Result<double> parse_vi_number(std::string_view text);

// The same, for whole numbers only (no decimal part; a decimal part is
// refused with "phải là số nguyên").
Result<double> parse_vi_whole(std::string_view text);

}  // namespace bd
