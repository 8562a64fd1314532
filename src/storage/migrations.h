// Versioned schema migrations, written once for both engines. Dialect
// differences are placeholders filled per engine: {ID} (auto-increment
// primary key) and {PATH_IDX} (index options for prefix search on paths).
#pragma once

#include <string>
#include <vector>

namespace bd::storage {

struct Migration {
  int version;
  const char* description;
  std::vector<std::string> statements;  // with placeholders
};

const std::vector<Migration>& migrations();

struct Dialect {
  std::string id_column;    // e.g. "INTEGER PRIMARY KEY" / "BIGSERIAL PRIMARY KEY"
  std::string path_index;   // "" / " text_pattern_ops"
};

// Replaces the placeholders of one statement.
std::string render_sql(const std::string& statement, const Dialect& d);

}  // namespace bd::storage
