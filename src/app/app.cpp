#include "app/app.h"

#include "app/audit.h"
#include "app/secrets.h"

namespace bd::app {

App::App(storage::Store& store, Config config, const Clock* clock)
    : store_(store),
      config_(config),
      clock_(clock ? clock : &system_clock_),
      analytics_(store_),
      orgs_(store_, *clock_, [this] { changed({"tree"}); }),
      users_(store_, *clock_, config_),
      auth_(store_, *clock_, config_),
      catalog_(store_, analytics_, *clock_),
      values_(store_, analytics_, *clock_),
      data_entry_(store_, catalog_, values_, analytics_, *clock_),
      dashboard_(store_, analytics_),
      unit_dashboard_(store_, analytics_, *clock_),
      plans_(store_, *clock_),
      reports_(store_, dashboard_, *clock_),
      calendar_(store_),
      consolidations_(store_, analytics_),
      spreadsheets_(store_, analytics_, values_, *clock_),
      rosters_(store_, analytics_, values_),
      committee_(store_, values_, *clock_),
      commendations_(store_, *clock_),
      inspections_(store_, *clock_),
      services_(store_, values_, *clock_),
      incidents_(store_, *clock_),
      activities_(store_, values_, *clock_),
      evidence_(store_, *clock_, config_.evidence_dir),
      explorer_(store_, analytics_),
      saved_views_(store_, *clock_),
      home_(store_, reports_, dashboard_, *clock_),
      bulk_(store_, analytics_, *clock_, [this](const std::string& notice) { changed({notice}); }),
      value_import_(store_, analytics_, values_, *clock_),
      value_export_(store_, analytics_),
      external_ids_(store_, analytics_, *clock_) {
  init_secrets();
}

Status App::start() {
  if (!listener_) listener_ = store_.listen([this](const std::vector<std::string>& notices) { changed(notices); });
  return analytics_.load();
}

void App::changed(const std::vector<std::string>& notices) {
  analytics_.on_notices(notices);
  for (const auto& notice : notices) reports_.board().on_notice(notice);
}

Result<InitResult> initialize(App& app, const InitOptions& options) {
  InitResult out;
  if (Status s = app.store().migrate(); !s) return s.error();
  out.schema_version = app.store().schema_version();
  bool have_root = false, have_admin = false;
  Status st = app.store().read([&](storage::Tx& tx) -> Status {
    have_root = !tx.org_roots().empty();
    have_admin = tx.user_by_username("admin").has_value();
    return Status::Ok();
  });
  if (!st) return st.error();
  if (!have_root) {
    auto root = app.orgs().create_root(
        {options.root_code, options.root_name, options.root_short_name, options.root_type, "", "", ""});
    if (!root) return root.error();
    out.created_root = true;
  }
  if (!have_admin) {
    std::string password = options.admin_password;
    if (password.empty()) out.admin_password = password = random_password();
    std::string root_code;
    st = app.store().read([&](storage::Tx& tx) -> Status {
      root_code = tx.org_roots().front().code;
      return Status::Ok();
    });
    if (!st) return st.error();
    auto admin = app.users().create(Actor::System(),
                                    {"admin", "Quản trị hệ thống", root_code, password, {"admin"}});
    if (!admin) return admin.error();
    out.created_admin = true;
  }
  if (Status s = load_builtin_catalog(app.store(), app.clock().now()); !s) return s.error();
  if (Status s = app.services().ensure_national(); !s) return s.error();
  if (Status s = app.start(); !s) return s.error();
  return out;
}

}  // namespace bd::app
