#include "support/temp_db.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "demo/demo.h"

namespace bd::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "binhdang-test-XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  path_ = tmpl;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string postgres_url() {
  const char* v = std::getenv("BINHDANG_TEST_PG");
  return v ? v : "";
}

void wipe_postgres(const std::string& url) {
  const std::string cmd = "psql -q -v ON_ERROR_STOP=1 '" + url +
                          "' -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' >/dev/null 2>&1";
  if (std::system(cmd.c_str()) != 0) throw std::runtime_error("could not wipe PostgreSQL test database");
}

std::vector<std::string> engines() {
  std::vector<std::string> out{"sqlite"};
  if (!postgres_url().empty()) out.push_back("postgresql");
  return out;
}

TestApp make_app(const std::string& engine, bool demo, const app::Clock* clock) {
  TestApp t;
  t.dir = std::make_unique<TempDir>();
  if (engine == "postgresql") {
    t.url = postgres_url();
    if (t.url.empty()) throw std::runtime_error("BINHDANG_TEST_PG is not set");
    wipe_postgres(t.url);
  } else {
    t.url = "sqlite:" + t.dir->path() + "/test.db";
  }
  auto store = storage::Store::open(t.url);
  if (!store) throw std::runtime_error(store.error().message);
  t.store = std::move(*store);
  app::Config config;
  config.evidence_dir = t.dir->path() + "/evidence";
  t.app = std::make_unique<app::App>(*t.store, config, clock);
  app::InitOptions opts;
  opts.admin_password = kAdminPassword;
  if (demo) {
    auto r = app::build_demo(*t.app, opts);
    if (!r) throw std::runtime_error(r.error().message);
  } else {
    auto r = app::initialize(*t.app, opts);
    if (!r) throw std::runtime_error(r.error().message);
  }
  return t;
}

}  // namespace bd::test
