#include "cli/exchange.h"

#include <fstream>
#include <iterator>
#include <sstream>

#include "app/app.h"
#include "app/phrasing.h"
#include "cli/shared.h"

namespace bd::cli {
namespace {

using documents::ExchangeFormat;

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::BadRequest("không đọc được tệp " + path + ".");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// The format named, else the file's extension.
std::optional<ExchangeFormat> format_for(const std::string& named, const std::string& path,
                                         const std::string& bytes) {
  if (!named.empty()) return documents::format_of_name(named);
  return documents::format_of_file(path, bytes);
}

// "[##########..........]  50% 500.000/1.000.000 giá trị", redrawn in place.
void draw_progress(std::ostream& out, size_t done, size_t total) {
  const int width = 30;
  const int filled = total ? static_cast<int>(done * width / total) : width;
  out << "\r[" << std::string(filled, '#') << std::string(width - filled, '.') << "] " << (total ? done * 100 / total : 100)
      << "% " << app::count_of(static_cast<long long>(done), "") << "/"
      << app::count_of(static_cast<long long>(total), "giá trị") << std::flush;
}

// Opens the database and the application on it, or says why not.
Result<std::pair<std::unique_ptr<storage::Store>, std::unique_ptr<app::App>>> open_app(const std::string& db) {
  auto store = open_store(db);
  if (!store) return store.error();
  if ((*store)->schema_version() == 0)
    return Error::BadRequest("cơ sở dữ liệu chưa được khởi tạo; chạy binhdang init trước.");
  auto application = std::make_unique<app::App>(**store, config_for(db));
  if (Status s = application->start(); !s) return s.error();
  return std::make_pair(std::move(*store), std::move(application));
}

int cmd_import(const ExchangeCommands& x, std::ostream& out, std::ostream& err) {
  auto bytes = read_file(x.file);
  if (!bytes) return fail(err, bytes.error().message);
  auto format = format_for(x.format, x.file, *bytes);
  if (!format) return fail(err, "không nhận ra định dạng của " + x.file + "; chọn --format json, csv, xml hoặc adx.");
  auto options = app::ImportOptions::parse({{"dryRun", x.dry_run ? "true" : "false"},
                                            {"importStrategy", x.strategy},
                                            {"atomicMode", x.atomic},
                                            {"idScheme", x.id_scheme}});
  if (!options) return fail(err, options.error().message);
  out << "Đang mở cơ sở dữ liệu…\n" << std::flush;
  auto opened = open_app(x.db);
  if (!opened) return fail(err, opened.error().message);
  auto& application = *opened->second;
  auto r = application.value_import().run(app::Actor::System(), *bytes, *format, *options,
                                           [&](size_t done, size_t total) { draw_progress(out, done, total); });
  out << "\n";
  if (!r) return fail(err, r.error().message);
  out << r->description() << "\n";
  for (const auto& c : r->conflicts)
    out << "  " << c.error_code << " " << c.object << ": " << c.value << " (" << c.indexes.size()
        << (c.indexes.size() == 1 ? " giá trị, thứ " + std::to_string(c.indexes[0] + 1) : " giá trị") << ")\n";
  return r->status == "ERROR" ? 1 : 0;
}

int cmd_export(const ExchangeCommands& x, std::ostream& out, std::ostream& err) {
  auto format = documents::format_of_name(x.format.empty() ? "csv" : x.format);
  if (!format) return fail(err, "định dạng phải là json, csv, xml hoặc adx.");
  auto query = app::ExportQuery::parse({{"dataSet", x.data_set}, {"orgUnit", x.org}, {"period", x.period},
                                        {"startDate", x.start}, {"endDate", x.end},
                                        {"children", x.children ? "true" : "false"}, {"idScheme", x.id_scheme}});
  if (!query) return fail(err, query.error().message);
  auto opened = open_app(x.db);
  if (!opened) return fail(err, opened.error().message);
  auto& application = *opened->second;
  const auto system = app::Actor::System();
  if (Status s = application.value_export().check(system, *query); !s) return fail(err, s.error().message);
  std::ofstream file(x.out_file, std::ios::binary);
  if (!file) return fail(err, "không ghi được tệp " + x.out_file + ".");
  const int64_t now = application.clock().now();
  auto n = application.value_export().write(system, *query, *format, file,
                                            iso(date_from_unix(now)) + "T00:00:00Z");
  if (!n) return fail(err, n.error().message);
  file.close();
  out << "Đã xuất " << app::count_of(static_cast<long long>(*n), "giá trị") << " vào " << x.out_file << ".\n";
  return 0;
}

int cmd_external_ids(const ExchangeCommands& x, std::ostream& out, std::ostream& err) {
  auto bytes = read_file(x.file);
  if (!bytes) return fail(err, bytes.error().message);
  auto rows = app::ExternalIds::parse_csv(*bytes);
  if (!rows) return fail(err, rows.error().message);
  auto opened = open_app(x.db);
  if (!opened) return fail(err, opened.error().message);
  auto r = opened->second->external_ids().put(app::Actor::System(), x.system, *rows);
  if (!r) {
    std::string msg = r.error().message;
    for (const auto& [field, detail] : r.error().details) msg += "\n  " + field + ": " + detail;
    return fail(err, msg);
  }
  out << "Đã lưu bảng mã " << x.system << ": " << app::count_of(*r, "mã") << " thay đổi trong "
      << rows->size() << " dòng.\n";
  return 0;
}

}  // namespace

void add_exchange_commands(CLI::App& cli, ExchangeCommands& x, const std::string& db_help) {
  const std::string scheme_help = "Cách gọi mã: code (mặc định), id hoặc attribute:TÊN_HỆ_THỐNG";
  x.import_cmd = cli.add_subcommand("import", "Nhập tệp số liệu DHIS2 (JSON, CSV, XML) hoặc ADX");
  x.import_cmd->add_option("--db", x.db, db_help)->required();
  x.import_cmd->add_option("file", x.file, "Tệp số liệu")->required();
  x.import_cmd->add_option("--format", x.format, "json, csv, xml hoặc adx (mặc định theo đuôi tệp)")
      ->check(CLI::IsMember({"json", "csv", "xml", "adx"}));
  x.import_cmd->add_flag("--dry-run", x.dry_run, "Chỉ kiểm tra, không lưu");
  x.import_cmd->add_option("--strategy", x.strategy, "CREATE_AND_UPDATE (mặc định), CREATE, UPDATE hoặc DELETE");
  x.import_cmd->add_option("--atomic", x.atomic, "ALL (mặc định: có lỗi thì không lưu gì) hoặc NONE");
  x.import_cmd->add_option("--id-scheme", x.id_scheme, scheme_help);

  x.export_cmd = cli.add_subcommand("export", "Xuất số liệu thành tệp DHIS2 (JSON, CSV, XML) hoặc ADX");
  x.export_cmd->add_option("--db", x.db, db_help)->required();
  x.export_cmd->add_option("--data-set", x.data_set, "Mã bộ biểu mẫu (nhiều mã cách nhau dấu phẩy)")->required();
  x.export_cmd->add_option("--org", x.org, "Mã đơn vị")->required();
  x.export_cmd->add_flag("--children", x.children, "Cả các đơn vị cấp dưới");
  x.export_cmd->add_option("--period", x.period, "Kỳ, ví dụ 2025S1 (nhiều kỳ cách nhau dấu phẩy)");
  x.export_cmd->add_option("--start", x.start, "Từ ngày YYYY-MM-DD (thay cho --period)");
  x.export_cmd->add_option("--end", x.end, "Đến ngày YYYY-MM-DD");
  x.export_cmd->add_option("--format", x.format, "json, csv (mặc định), xml hoặc adx")
      ->check(CLI::IsMember({"json", "csv", "xml", "adx"}));
  x.export_cmd->add_option("--id-scheme", x.id_scheme, scheme_help);
  x.export_cmd->add_option("--out", x.out_file, "Tệp ghi ra")->required();

  x.ids_cmd = cli.add_subcommand("external-ids", "Nạp bảng mã của một hệ thống ngoài từ tệp CSV kind,code,external");
  x.ids_cmd->add_option("--db", x.db, db_help)->required();
  x.ids_cmd->add_option("--system", x.system, "Tên hệ thống ngoài, ví dụ DHIS2-TINH")->required();
  x.ids_cmd->add_option("file", x.file, "Tệp CSV")->required();
}

int run_exchange_command(const ExchangeCommands& x, std::ostream& out, std::ostream& err) {
  if (x.import_cmd && *x.import_cmd) return cmd_import(x, out, err);
  if (x.export_cmd && *x.export_cmd) return cmd_export(x, out, err);
  if (x.ids_cmd && *x.ids_cmd) return cmd_external_ids(x, out, err);
  return -1;
}

}  // namespace bd::cli
