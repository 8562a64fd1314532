// Throwaway databases for tests: a SQLite file in a temp dir, or the
// PostgreSQL cluster started by scripts/with-postgres.sh (BINHDANG_TEST_PG),
// wiped before each use.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/app.h"
#include "storage/store.h"

namespace bd::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The PostgreSQL URL from the environment, or "" when not set.
std::string postgres_url();
// Empties the PostgreSQL test database (drops and recreates schema public).
void wipe_postgres(const std::string& url);

// URLs of the engines to run contract tests on: "sqlite" always, and
// "postgresql" when BINHDANG_TEST_PG is set.
std::vector<std::string> engines();

// A migrated, initialised database with its App (admin password "admin-pass-1").
struct TestApp {
  std::unique_ptr<TempDir> dir;
  std::string url;
  std::unique_ptr<storage::Store> store;
  std::unique_ptr<app::App> app;
};
inline constexpr const char* kAdminPassword = "admin-pass-1";
// engine: "sqlite" or "postgresql". `demo` also loads the demo dataset.
TestApp make_app(const std::string& engine = "sqlite", bool demo = false, const app::Clock* clock = nullptr);

// Fixed clock for tests; `now` may be changed.
class FakeClock final : public app::Clock {
 public:
  int64_t t = 1767225600;  // 2026-01-01 00:00 UTC
  int64_t now() const override { return t; }
};

// Unix seconds of 9 o'clock in the morning, Vietnam time (UTC+7), of `iso_date`.
inline int64_t vietnam_morning(const std::string& iso_date) {
  return days_from_civil(*parse_date(iso_date)) * 86400 + 2 * 3600;
}

}  // namespace bd::test
