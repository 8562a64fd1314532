// The Excel imports: the data workbook (Spreadsheets::import) and the staff
// roster (Rosters::import), through the real use cases on a SQLite database
// made once per process (an initialised catalog, one primary school, the
// admin). The first byte picks the workbook: even, the school's data
// workbook for 2026S1; odd, the roster. The rest is either a whole .xlsx
// ("PK…") or cell edits of the downloaded template (cell_edits.h), so the
// fuzzer reaches the import rules and not only the zip layer.
//
// Checked: an import succeeds or fails with a message (and details that name
// a sheet or row); an accepted roster counts no more people than its rows and
// each count by sex is at most the staff total.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "app/app.h"
#include "fuzz/cell_edits.h"

namespace {

void require(bool ok) {
  if (!ok) std::abort();
}

struct World {
  std::string dir;
  std::unique_ptr<bd::storage::Store> store;
  std::unique_ptr<bd::app::App> app;
  bd::app::Actor admin;
  std::string data_xlsx, roster_xlsx;
};

World& world() {
  static World* w = [] {
    auto* w = new World;
    std::string tmpl = (std::filesystem::temp_directory_path() / "binhdang-fuzz-XXXXXX").string();
    require(mkdtemp(tmpl.data()) != nullptr);
    w->dir = tmpl;
    auto store = bd::storage::Store::open("sqlite:" + w->dir + "/fuzz.db");
    require(store.ok());
    w->store = std::move(*store);
    bd::app::Config config;
    config.evidence_dir = w->dir + "/evidence";
    w->app = std::make_unique<bd::app::App>(*w->store, config);
    bd::app::InitOptions opts;
    opts.admin_password = "admin-pass-1";
    require(bd::app::initialize(*w->app, opts).ok());
    const auto sys = bd::app::Actor::System();
    require(w->app->orgs().create(sys, {"DEPT", "Sở Giáo dục và Đào tạo", "", "department", "BGDDT", "", ""}).ok());
    require(w->app->orgs().create(sys, {"OFFICE", "Phòng Giáo dục", "", "office", "DEPT", "", ""}).ok());
    require(w->app->orgs().create(sys, {"S1", "Trường Tiểu học An Bình", "", "school_primary", "OFFICE", "", ""}).ok());
    auto login = w->app->auth().login("admin", "admin-pass-1", "127.0.0.1");
    require(login.ok());
    auto session = w->app->auth().from_session(login->session_token);
    require(session.ok());
    w->admin = session->actor;
    auto data = w->app->spreadsheets().template_for(w->admin, "S1", "2026S1");
    auto roster = w->app->rosters().template_file(w->admin);
    require(data.ok() && roster.ok());
    w->data_xlsx = data->bytes;
    w->roster_xlsx = roster->bytes;
    std::atexit([] { std::filesystem::remove_all(world().dir); });
    return w;
  }();
  return *w;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  world();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  World& w = world();
  const bool roster = data[0] & 1;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string bytes = rest.starts_with("PK") ? std::string(rest)
                                                    : bd::fuzz::apply_edits(roster ? w.roster_xlsx : w.data_xlsx, rest);
  if (roster) {
    auto r = w.app->rosters().import(w.admin, "S1", "2026S1", bytes);
    if (!r) {
      require(!r.error().message.empty());
      return 0;
    }
    int total_f = -1, total_m = -1;
    for (const auto& c : r->counts)
      if (c.element == "staff_total") total_f = c.female, total_m = c.male;
    require(r->people > 0 && (total_f < 0 || total_f + total_m == r->people));
    for (const auto& c : r->counts)
      require(c.female >= 0 && c.male >= 0 && c.female + c.male <= r->people && (total_f < 0 || (c.female <= total_f && c.male <= total_m)));
  } else {
    auto r = w.app->spreadsheets().import(w.admin, bytes);
    if (!r) {
      require(!r.error().message.empty());
      for (const auto& [field, message] : r.error().details) require(!message.empty());
      return 0;
    }
    require(r->org == "S1" && r->period == "2026S1" && r->saved <= r->received);
  }
  return 0;
}
