// Record ids as they arrive in paths, forms and keys: one parser for all.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace bd {

// A positive decimal id of at most 18 digits and nothing else ("42"), or
// nullopt ("", "0", "-1", "12abc", " 7", "1e3", 19 digits or more).
std::optional<int64_t> parse_id(std::string_view s);

}  // namespace bd
