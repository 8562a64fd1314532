#include "storage/row.h"

#include <algorithm>
#include <cstdlib>

namespace bd::storage {

std::optional<int64_t> get_opt_int(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer: return r.get<int>(i);
    case soci::dt_long_long: return r.get<long long>(i);
    case soci::dt_unsigned_long_long: return static_cast<int64_t>(r.get<unsigned long long>(i));
    case soci::dt_double: return static_cast<int64_t>(r.get<double>(i));
    case soci::dt_string: return std::strtoll(r.get<std::string>(i).c_str(), nullptr, 10);
    default: return std::nullopt;
  }
}

int64_t get_int(const soci::row& r, std::size_t i) { return get_opt_int(r, i).value_or(0); }

std::optional<double> get_double(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_double: return r.get<double>(i);
    case soci::dt_string: return std::strtod(r.get<std::string>(i).c_str(), nullptr);
    default: return static_cast<double>(get_int(r, i));
  }
}

std::string get_str(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return {};
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_string:
    case soci::dt_xml:
    case soci::dt_blob: return r.get<std::string>(i);
    default: return std::to_string(get_int(r, i));
  }
}

std::size_t rows_per_statement(soci::session& sql) {
  return sql.get_backend_name() == "postgresql" ? kRowsPerStatement : 1;
}

void insert_rows(soci::session& sql, const std::string& head, const std::string& tail, std::size_t count,
                 int columns, const std::function<void(soci::statement&, std::size_t)>& bind) {
  const std::size_t per = rows_per_statement(sql);
  for (std::size_t first = 0; first < count; first += per) {
    const std::size_t last = std::min(count, first + per);
    std::string text = head + " VALUES ";
    int n = 0;
    for (std::size_t i = first; i < last; ++i) {
      text += i == first ? "(" : ", (";
      for (int c = 0; c < columns; ++c) text += (c ? ", :p" : ":p") + std::to_string(n++);
      text += ")";
    }
    text += tail;
    soci::statement st(sql);
    st.alloc();
    st.prepare(text, soci::details::st_one_time_query);
    for (std::size_t i = first; i < last; ++i) bind(st, i);
    st.define_and_bind();
    st.execute(true);
  }
}

}  // namespace bd::storage
