// PostgreSQL: the engine for national scale; the URI goes to libpq as is.
#include <soci/postgresql/soci-postgresql.h>

#include "storage/engine.h"

namespace bd::storage {
namespace {

std::string percent_decode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// libpq keyword value, quoted.
std::string kv(const std::string& key, const std::string& value) {
  std::string v;
  for (char c : value) {
    if (c == '\\' || c == '\'') v += '\\';
    v += c;
  }
  return key + "='" + v + "' ";
}

}  // namespace

// SOCI reads its connection string as keyword=value pairs, so the URI is
// turned into that form: postgresql://USER[:PASS]@HOST[:PORT]/DB[?k=v&...].
std::string postgres_keywords(const std::string& uri) {
  std::string rest = uri.substr(uri.find("://") + 3);
  std::string query;
  if (auto q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest.resize(q);
  }
  std::string out;
  std::string authority = rest, db;
  if (auto slash = rest.find('/'); slash != std::string::npos) {
    authority = rest.substr(0, slash);
    db = rest.substr(slash + 1);
  }
  if (auto at = authority.rfind('@'); at != std::string::npos) {
    const std::string userinfo = authority.substr(0, at);
    authority = authority.substr(at + 1);
    const auto colon = userinfo.find(':');
    out += kv("user", percent_decode(userinfo.substr(0, colon)));
    if (colon != std::string::npos) out += kv("password", percent_decode(userinfo.substr(colon + 1)));
  }
  std::string host = authority, port;
  if (!authority.empty() && authority.front() == '[') {  // [::1]:5432
    const auto close = authority.find(']');
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size() && authority[close + 1] == ':') port = authority.substr(close + 2);
  } else if (auto colon = authority.rfind(':'); colon != std::string::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
  }
  if (!host.empty()) out += kv("host", percent_decode(host));
  if (!port.empty()) out += kv("port", port);
  if (!db.empty()) out += kv("dbname", percent_decode(db));
  for (size_t start = 0; start < query.size();) {
    size_t end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(start, end - start);
    if (auto eq = pair.find('='); eq != std::string::npos)
      out += kv(percent_decode(pair.substr(0, eq)), percent_decode(pair.substr(eq + 1)));
    start = end + 1;
  }
  if (!out.empty()) out.pop_back();
  return out;
}

std::unique_ptr<soci::connection_pool> open_postgres_pool(const std::string& uri, const StoreOptions& options) {
  const std::string keywords = postgres_keywords(uri);
  auto pool = std::make_unique<soci::connection_pool>(options.pool_size);
  for (int i = 0; i < options.pool_size; ++i) {
    soci::session& s = pool->at(i);
    s.open(*soci::factory_postgresql(), keywords);
    s << "SET client_min_messages TO WARNING";
  }
  return pool;
}

EngineSetup postgres_setup() {
  return {Engine::kPostgres, Dialect{"BIGSERIAL PRIMARY KEY", " text_pattern_ops", "{POSTGRES}"}, "BEGIN", "BEGIN"};
}

}  // namespace bd::storage
