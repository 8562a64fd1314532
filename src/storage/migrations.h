// Versioned schema migrations, written once for both engines. Dialect
// differences are placeholders filled per engine: {ID} (auto-increment
// primary key) and {PATH_IDX} (index options for prefix search on paths).
// A statement that begins with {SQLITE} or {POSTGRES} runs on that engine
// only.
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
  std::string engine_tag;   // "{SQLITE}" / "{POSTGRES}"
};

// Replaces the placeholders of one statement; "" when it is another
// engine's.
std::string render_sql(const std::string& statement, const Dialect& d);

}  // namespace bd::storage
