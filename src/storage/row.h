// Reading SOCI rows the same way on both engines (their column types differ:
// SQLite reports what it stored, PostgreSQL what the column was declared).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

namespace bd::storage {

int64_t get_int(const soci::row& r, std::size_t i);  // null → 0
std::optional<int64_t> get_opt_int(const soci::row& r, std::size_t i);
std::string get_str(const soci::row& r, std::size_t i);  // null → ""
std::optional<double> get_double(const soci::row& r, std::size_t i);  // null → nullopt

// Runs `text` with the bound values and maps each row with `from_row`.
template <class FromRow, class... Uses>
auto query_all(soci::session& sql, const std::string& text, FromRow from_row, Uses&&... uses) {
  std::vector<decltype(from_row(std::declval<const soci::row&>()))> out;
  soci::rowset<soci::row> rs = ((sql.prepare << text), ..., std::forward<Uses>(uses));
  for (const auto& r : rs) out.push_back(from_row(r));
  return out;
}

// Runs `head VALUES (…), (…) … tail` for `count` rows of `columns` values
// each, up to rows_per_statement(sql) rows per statement, each statement run once
// (never re-executed with new values: SOCI's PostgreSQL backend mishandles
// that with vector binds). `bind(st, i)` exchanges the `columns` uses of
// row i, in column order; what they refer to must outlive the call.
inline constexpr std::size_t kRowsPerStatement = 250;
// kRowsPerStatement on PostgreSQL, where each statement is a round trip; one
// on SQLite, which has no round trips to save and compiles a long statement
// more slowly than it runs short ones (docs/reliability.md).
std::size_t rows_per_statement(soci::session& sql);
void insert_rows(soci::session& sql, const std::string& head, const std::string& tail, std::size_t count,
                 int columns, const std::function<void(soci::statement&, std::size_t)>& bind);

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
