// Reading SOCI rows the same way on both engines (their column types differ:
// SQLite reports what it stored, PostgreSQL what the column was declared).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <soci/soci.h>

namespace bd::storage {

int64_t get_int(const soci::row& r, std::size_t i);  // null → 0
std::optional<int64_t> get_opt_int(const soci::row& r, std::size_t i);
std::string get_str(const soci::row& r, std::size_t i);  // null → ""
std::optional<double> get_double(const soci::row& r, std::size_t i);  // null → nullopt

// Binds an optional integer as a nullable parameter.
struct NullableInt {
  long long value = 0;
  soci::indicator ind = soci::i_null;
  explicit NullableInt(std::optional<int64_t> v) {
    if (v) {
      value = *v;
      ind = soci::i_ok;
    }
  }
};

}  // namespace bd::storage
