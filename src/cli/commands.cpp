#include "cli/commands.h"

#include <CLI/CLI.hpp>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <pthread.h>
#include <unistd.h>

#include "app/app.h"
#include "demo/demo.h"
#include "demo/national.h"
#include "bench/runner.h"
#include "cli/exchange.h"
#include "cli/shared.h"
#include "http/server.h"

namespace bd::cli {
namespace {
namespace fs = std::filesystem;

struct Options {
  std::string db = "sqlite:data/binhdang.db";
  std::string admin_password_file;
  std::string listen = "127.0.0.1:8080";
  std::string web_dir;
  int threads = 1024;
  int running = 0;
  bool secure_cookies = false;
  std::vector<std::string> trusted_proxies;
  std::string username, org, role, full_name, password_file;
  std::string backup_out;
  std::string bench_scale = "small", bench_json, bench_pg;
  std::string demo_scale = "province";
  int demo_schools = 0;  // 0: the scale's own size
  std::string units_file, parent, governor, effective;
  bool clear_governor = false, close_emptied = false, apply = false;
};

std::string find_web_dir(const std::string& given) {
  if (!given.empty()) return given;
  if (const char* env = std::getenv("BINHDANG_WEB_DIR")) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec).parent_path();
  for (const fs::path& p : {exe / "web", exe / "../share/binhdang/web", fs::path("build/web")})
    if (fs::is_directory(p / "templates", ec)) return p.string();
  return (exe / "web").string();
}

int cmd_init(const Options& o, bool demo, std::ostream& out, std::ostream& err) {
  if (demo && o.demo_schools > 0 && o.demo_scale != "national")
    return fail(err, "--schools chỉ dùng với --scale national.");
  app::InitOptions init;
  if (!o.admin_password_file.empty()) {
    auto pw = read_secret(o.admin_password_file);
    if (!pw) return fail(err, pw.error().message);
    init.admin_password = *pw;
  }
  auto store = open_store(o.db);
  if (!store) return fail(err, store.error().message);
  app::App app(**store, config_for(o.db));
  if (!demo) {
    auto r = app::initialize(app, init);
    if (!r) return fail(err, r.error().message);
    out << "Cơ sở dữ liệu sẵn sàng (lược đồ phiên bản " << r->schema_version << ").\n";
    if (r->created_root) out << "Đã tạo đơn vị gốc " << init.root_code << " — " << init.root_name << ".\n";
    if (r->created_admin)
      out << "Đã tạo tài khoản admin" << (r->admin_password.empty() ? "" : " với mật khẩu: " + r->admin_password)
          << "\n";
    return 0;
  }
  const bool national = o.demo_scale == "national";
  if (national) out << "Đang tạo dữ liệu mẫu quy mô toàn quốc…\n" << std::flush;
  auto r = national ? app::build_national_demo(app, init,
                                               o.demo_schools > 0 ? app::NationalShape::with_schools(o.demo_schools)
                                                                  : app::NationalShape{},
                                               &out)
                    : app::build_demo(app, init);
  if (!r) return fail(err, r.error().message);
  if (!r->created) {
    out << "Dữ liệu mẫu đã có sẵn; không thêm lại.\n";
    return 0;
  }
  if (national)
    out << "Đã tạo dữ liệu mẫu toàn quốc (hư cấu): " << r->units << " đơn vị, " << r->values
        << " giá trị số liệu của mười năm, " << r->reports << " báo cáo 6 tháng của năm cuối.\n";
  else
    out << "Đã tạo dữ liệu mẫu: " << r->units << " đơn vị của tỉnh An Lạc (hư cấu), " << r->values
        << " giá trị số liệu của ba năm 2023–2025, " << r->plans << " kế hoạch (đã ban hành và dự thảo).\n";
  out << "Tài khoản (cùng mật khẩu " << (o.admin_password_file.empty() ? r->password : "trong " + o.admin_password_file)
      << "):\n";
  out << "  admin — quản trị hệ thống\n";
  for (const auto& a : r->accounts) out << "  " << a.username << " — " << a.role << " — " << a.org_name << "\n";
  return 0;
}

int cmd_serve(const Options& o, std::ostream& out, std::ostream& err) {
  auto store = open_store(o.db);
  if (!store) return fail(err, store.error().message);
  if ((*store)->schema_version() < storage::latest_schema_version())
    if (Status s = (*store)->migrate(); !s) return fail(err, s.error().message);
  app::App app(**store, config_for(o.db));
  if (Status s = app::load_builtin_catalog(**store, app.clock().now()); !s) return fail(err, s.error().message);
  if (Status s = app.start(); !s) return fail(err, s.error().message);
  // Block the stop signals before Poco starts its threads; wait for them here.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  http::ServerOptions opts;
  opts.threads = o.threads;
  opts.running = o.running;
  opts.secure_cookies = o.secure_cookies;
  auto proxies = http::TrustedProxies::parse(o.trusted_proxies);
  if (!proxies) return fail(err, proxies.error().message);
  opts.trusted_proxies = *proxies;
  auto server = http::Server::create(app, find_web_dir(o.web_dir), o.listen, opts);
  if (!server) return fail(err, server.error().message);
  (*server)->start();
  out << "Bình Đẳng đang phục vụ tại http://" << o.listen.substr(0, o.listen.rfind(':')) << ":" << (*server)->port()
      << "/ (Ctrl+C để dừng)\n"
      << std::flush;
  int sig = 0;
  sigwait(&signals, &sig);
  out << "Đang dừng...\n";
  (*server)->stop();
  return 0;
}

int cmd_user_add(const Options& o, std::ostream& out, std::ostream& err) {
  auto pw = read_secret(o.password_file);
  if (!pw) return fail(err, pw.error().message);
  auto store = open_store(o.db);
  if (!store) return fail(err, store.error().message);
  if ((*store)->schema_version() == 0) return fail(err, "cơ sở dữ liệu chưa được khởi tạo; chạy binhdang init trước.");
  app::App app(**store, config_for(o.db));
  auto r = app.users().create(app::Actor::System(),
                              {o.username, o.full_name.empty() ? o.username : o.full_name, o.org, *pw, {o.role}});
  if (!r) return fail(err, r.error().message + (r.error().field.empty() ? "" : " (" + r.error().field + ")"));
  out << "Đã thêm tài khoản " << r->user.username << " (" << o.role << ") thuộc " << r->org_name << ".\n";
  return 0;
}

// A restructuring from a file of unit codes (one per line, or separated by
// commas, semicolons or spaces): a preview, or with --apply the change.
int cmd_restructure(const Options& o, std::ostream& out, std::ostream& err) {
  std::ifstream file(o.units_file);
  if (!file) return fail(err, "không đọc được tệp mã đơn vị " + o.units_file + ".");
  app::ReformInput in;
  for (std::string word; file >> word;) {
    for (char& ch : word)
      if (ch == ',' || ch == ';') ch = ' ';
    std::istringstream parts(word);
    for (std::string code; parts >> code;) in.units.push_back(code);
  }
  in.parent = o.parent;
  if (o.clear_governor) in.governor = "";
  else if (!o.governor.empty()) in.governor = o.governor;
  in.effective = o.effective;
  in.close_emptied = o.close_emptied;
  auto store = open_store(o.db);
  if (!store) return fail(err, store.error().message);
  if ((*store)->schema_version() == 0) return fail(err, "cơ sở dữ liệu chưa được khởi tạo; chạy binhdang init trước.");
  out << "Đang nạp dữ liệu và kiểm tra " << in.units.size() << " mã đơn vị…\n" << std::flush;
  app::App app(**store, config_for(o.db));
  auto plan = o.apply ? app.orgs().apply_reform(app::Actor::System(), in)
                      : app.orgs().preview_reform(app::Actor::System(), in);
  if (!plan) return fail(err, plan.error().message + (plan.error().field.empty() ? "" : " (" + plan.error().field + ")"));
  for (const auto& line : app::reform_summary(*plan)) out << line << "\n";
  if (!o.apply) out << "Chưa thay đổi gì: chạy lại với --apply để chuyển.\n";
  return 0;
}

int cmd_backup(const Options& o, std::ostream& out, std::ostream& err) {
  std::error_code ec;
  if (fs::exists(o.backup_out, ec)) return fail(err, "tệp " + o.backup_out + " đã tồn tại; chọn tên khác.");
  auto store = open_store(o.db);
  if (!store) return fail(err, store.error().message);
  if (Status s = (*store)->backup_to(o.backup_out); !s) return fail(err, s.error().message);
  out << "Đã sao lưu vào " << o.backup_out << ".\n";
  return 0;
}

// The PostgreSQL side of the benchmark: --pg, else BINHDANG_BENCH_PG, else
// BINHDANG_TEST_PG (what scripts/with-postgres.sh exports); none = SQLite only.
std::string bench_postgres_url(const Options& o) {
  if (!o.bench_pg.empty()) return o.bench_pg;
  for (const char* name : {"BINHDANG_BENCH_PG", "BINHDANG_TEST_PG"})
    if (const char* v = std::getenv(name); v && *v) return v;
  return "";
}

// Exit 0 when every answer agreed, 1 on a mismatch or when it could not run.
int cmd_bench(const Options& o, std::ostream& out, std::ostream& err) {
  bench::RunOptions opts;
  opts.scale = *bench::parse_scale(o.bench_scale);  // CLI11 checked the name
  opts.postgres_url = bench_postgres_url(o);
  if (!opts.postgres_url.empty()) {
    auto url = storage::parse_db_url(opts.postgres_url);
    if (!url || url->engine != storage::Engine::kPostgres)
      return fail(err, "--pg cần một địa chỉ postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL.");
  }
  std::ofstream json;
  if (!o.bench_json.empty()) {
    json.open(o.bench_json, std::ios::trunc);
    if (!json) return fail(err, "không ghi được tệp " + o.bench_json + ".");
  }
  auto report = bench::run(opts, out);
  if (!report) return fail(err, report.error().message);
  bench::print(*report, out);
  if (json.is_open()) {
    json << bench::to_json(*report);
    json.close();
    if (!json) return fail(err, "không ghi được tệp " + o.bench_json + ".");
  }
  if (!report->all_equal())
    for (const auto& q : report->queries)
      if (!q.equal) return fail(err, "kết quả SQL khác kết quả bộ máy phân tích ở truy vấn " + q.name + ".");
  return 0;
}

}  // namespace

int run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App cli{"Bình Đẳng — quản lý kế hoạch, số liệu và báo cáo bình đẳng giới của ngành giáo dục.", "binhdang"};
  cli.require_subcommand(1);
  Options o;
  const std::string db_help = "Cơ sở dữ liệu: sqlite:ĐƯỜNG_DẪN hoặc postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL";

  auto* init = cli.add_subcommand("init", "Tạo hoặc nâng cấp lược đồ, đơn vị gốc và tài khoản admin");
  init->add_option("--db", o.db, db_help)->required();
  init->add_option("--admin-password-file", o.admin_password_file, "Tệp chứa mật khẩu admin (nếu không, in ra một lần)");

  auto* demo = cli.add_subcommand("demo", "Như init, thêm dữ liệu mẫu của một tỉnh hư cấu");
  demo->add_option("--db", o.db, db_help)->required();
  demo->add_option("--admin-password-file", o.admin_password_file, "Tệp chứa mật khẩu admin và các tài khoản mẫu");
  demo->add_option("--scale", o.demo_scale,
                   "Quy mô: province (mặc định, một tỉnh nhỏ) hoặc national (34 sở, ~3.300 xã, ~54.000 trường, "
                   "mười năm số liệu; để đo hiệu năng)")
      ->check(CLI::IsMember({"province", "national"}));
  demo->add_option("--schools", o.demo_schools, "Với --scale national: số trường (thu nhỏ cả số xã, số sở)")
      ->check(CLI::Range(1, 1000000));

  auto* serve = cli.add_subcommand("serve", "Phục vụ giao diện web và API");
  serve->add_option("--db", o.db, db_help)->required();
  serve->add_option("--listen", o.listen, "Địa chỉ MÁY:CỔNG (mặc định 127.0.0.1:8080)");
  serve->add_option("--web-dir", o.web_dir, "Thư mục giao diện (mặc định: web/ cạnh tệp chạy)");
  serve->add_option("--threads", o.threads, "Số kết nối được giữ cùng lúc, mỗi kết nối một luồng (mặc định 1024)")
      ->check(CLI::Range(4, 4096));
  serve->add_option("--running", o.running, "Số yêu cầu được xử lý cùng lúc (mặc định 2 × số nhân CPU)")
      ->check(CLI::Range(1, 1024));
  serve->add_flag("--secure-cookies", o.secure_cookies, "Đặt cờ Secure cho cookie (khi chạy sau HTTPS)");
  serve->add_option("--trusted-proxy", o.trusted_proxies,
                    "Địa chỉ hoặc dải mạng của reverse proxy được tin tiêu đề X-Forwarded-For (lặp lại được), "
                    "ví dụ 127.0.0.1 hoặc 10.0.0.0/8");

  auto* user = cli.add_subcommand("user", "Quản lý tài khoản");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "Thêm tài khoản");
  add->add_option("--db", o.db, db_help)->required();
  add->add_option("--username", o.username, "Tên đăng nhập")->required();
  add->add_option("--org", o.org, "Mã đơn vị")->required();
  add->add_option("--role", o.role, "Vai trò: admin, manager, editor, approver, viewer")->required();
  add->add_option("--password-file", o.password_file, "Tệp chứa mật khẩu")->required();
  add->add_option("--full-name", o.full_name, "Họ và tên");

  auto* backup = cli.add_subcommand("backup", "Sao lưu nhất quán một cơ sở dữ liệu SQLite");
  backup->add_option("--db", o.db, db_help)->required();
  backup->add_option("--out", o.backup_out, "Tệp sao lưu sẽ tạo")->required();

  auto* restructure = cli.add_subcommand(
      "restructure", "Sắp xếp lại đơn vị: chuyển nhiều đơn vị sang đơn vị cấp trên mới từ một ngày hiệu lực "
                     "(mặc định chỉ xem trước)");
  restructure->add_option("--db", o.db, db_help)->required();
  restructure->add_option("--units-file", o.units_file, "Tệp mã các đơn vị chuyển, mỗi dòng một mã")->required();
  restructure->add_option("--parent", o.parent, "Mã đơn vị cấp trên mới")->required();
  auto* governor = restructure->add_option("--governor", o.governor, "Mã cơ quan quản lý mới (mặc định giữ nguyên)");
  restructure->add_flag("--clear-governor", o.clear_governor, "Bỏ cơ quan quản lý riêng (đơn vị cấp trên quản lý)")
      ->excludes(governor);
  restructure->add_option("--effective", o.effective, "Ngày hiệu lực dd/mm/yyyy (mặc định hôm nay)");
  restructure->add_flag("--close-emptied", o.close_emptied, "Đóng đơn vị cấp trên cũ không còn đơn vị trực thuộc");
  restructure->add_flag("--apply", o.apply, "Thực hiện (không có cờ này thì chỉ xem trước)");

  auto* bench = cli.add_subcommand(
      "bench", "Đo hiệu năng: cùng các truy vấn trên bộ máy phân tích, SQLite và PostgreSQL (dữ liệu tổng hợp)");
  bench->add_option("--scale", o.bench_scale, "Quy mô: small, province hoặc national (mặc định small)")
      ->check(CLI::IsMember({"small", "province", "national"}));
  bench->add_option("--json", o.bench_json, "Ghi kết quả dạng JSON vào tệp này");
  bench->add_option("--pg", o.bench_pg,
                    "PostgreSQL để so sánh: postgresql://NGƯỜI_DÙNG@MÁY:CỔNG/CSDL (mặc định: biến môi trường "
                    "BINHDANG_BENCH_PG hoặc BINHDANG_TEST_PG; không có thì chỉ SQLite)");

  ExchangeCommands exchange;
  add_exchange_commands(cli, exchange, db_help);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "binhdang: " << e.what() << " (xem binhdang --help)\n";
    return 2;
  }
  if (*init) return cmd_init(o, false, out, err);
  if (*demo) return cmd_init(o, true, out, err);
  if (*serve) return cmd_serve(o, out, err);
  if (*add) return cmd_user_add(o, out, err);
  if (*backup) return cmd_backup(o, out, err);
  if (*restructure) return cmd_restructure(o, out, err);
  if (*bench) return cmd_bench(o, out, err);
  if (int rc = run_exchange_command(exchange, out, err); rc >= 0) return rc;
  return fail(err, "không rõ lệnh; xem binhdang --help");
}

}  // namespace bd::cli
