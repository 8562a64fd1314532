#include "cli/shared.h"

#include <filesystem>
#include <fstream>

namespace bd::cli {
namespace fs = std::filesystem;

int fail(std::ostream& err, const std::string& msg) {
  err << "binhdang: " << msg << "\n";
  return 1;
}

Result<std::string> read_secret(const std::string& file) {
  std::ifstream in(file);
  if (!in) return Error::BadRequest("không đọc được tệp mật khẩu " + file + ".");
  std::string s;
  std::getline(in, s);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.pop_back();
  if (s.empty()) return Error::BadRequest("tệp mật khẩu " + file + " trống.");
  return s;
}

Result<std::unique_ptr<storage::Store>> open_store(const std::string& url) {
  auto parsed = storage::parse_db_url(url);
  if (!parsed) return parsed.error();
  if (parsed->engine == storage::Engine::kSqlite) {
    const fs::path dir = fs::path(parsed->target).parent_path();
    std::error_code ec;
    if (!dir.empty()) fs::create_directories(dir, ec);
  }
  return storage::Store::open(url);
}

app::Config config_for(const std::string& url) {
  app::Config c;
  auto parsed = storage::parse_db_url(url);
  if (parsed && parsed->engine == storage::Engine::kSqlite) {
    const fs::path dir = fs::path(parsed->target).parent_path();
    c.evidence_dir = (dir.empty() ? fs::path("evidence") : dir / "evidence").string();
  }
  return c;
}

}  // namespace bd::cli
