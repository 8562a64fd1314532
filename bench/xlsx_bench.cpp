// Importing a staff roster of 10,000 people from .xlsx. Not part of ctest;
// run by hand:
//   build/bench/xlsx_bench --benchmark_min_time=1
// ReadRoster reads the workbook alone (unzip, XML, cells); ImportRoster is
// the whole use case: read, check every row, count by sex and save the
// counts through DataValues on a SQLite database. Target: under 1 s.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "app/app.h"
#include "documents/xlsx_reader.h"
#include "documents/zip_reader.h"
#include "documents/zip_writer.h"
#include "storage/store.h"

namespace {

constexpr int kPeople = 10000;

std::string inline_cell(const std::string& ref, const std::string& text) {
  return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

// The roster template with kPeople rows filled in, as a person would.
std::string filled_roster(const std::string& template_bytes) {
  auto files = *bd::documents::read_zip(template_bytes);
  const char* yn[] = {"Có", "Không"};
  const char* degrees[] = {"Đại học", "Thạc sĩ", "Cao đẳng", "Đang học thạc sĩ", "Tiến sĩ"};
  const char* standards[] = {"Đạt chuẩn", "Trên chuẩn", "Dưới chuẩn"};
  std::string rows;
  for (int i = 0; i < kPeople; ++i) {
    const std::string r = std::to_string(i + 5);
    const bool teacher = i % 4 != 0;
    rows += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + std::to_string(i + 1) + "</v></c>" +
            inline_cell("B" + r, "Nguyễn Thị Người Thứ " + std::to_string(i + 1)) +
            inline_cell("C" + r, i % 3 ? "Nữ" : "Nam") + "<c r=\"D" + r + "\"><v>" + std::to_string(1960 + i % 40) +
            "</v></c>" + inline_cell("E" + r, teacher ? "Giáo viên" : "Nhân viên") +
            inline_cell("F" + r, yn[i % 10 != 0]) + inline_cell("G" + r, yn[1]) + inline_cell("H" + r, yn[!teacher]) +
            (teacher ? inline_cell("I" + r, standards[i % 3]) : "") + inline_cell("J" + r, degrees[i % 5]) +
            inline_cell("K" + r, yn[i % 2]) + inline_cell("L" + r, yn[i % 7 != 0]) + inline_cell("M" + r, yn[i % 3 == 0]) +
            inline_cell("N" + r, yn[0]) + "</row>";
  }
  std::string& sheet = files.at("xl/worksheets/sheet2.xml");
  sheet.insert(sheet.find("</sheetData>"), rows);
  bd::documents::ZipWriter zip;
  for (auto& [name, bytes] : files) zip.add(name, bytes);
  return *zip.finish();
}

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<bd::storage::Store> store;
  std::unique_ptr<bd::app::App> app;
  std::string roster;

  Fixture() {
    dir = std::filesystem::temp_directory_path() / ("bd-xlsx-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    store = std::move(*bd::storage::Store::open("sqlite:" + (dir / "bench.db").string()));
    app = std::make_unique<bd::app::App>(*store);
    bd::app::InitOptions opts;
    opts.admin_password = "bench-password-1";
    (void)bd::app::initialize(*app, opts);
    (void)app->orgs().create(bd::app::Actor::System(),
                             {"THCS-BENCH", "Trường THCS Thử Tải", "", "school_lower_secondary", "BGDDT", "", ""});
    roster = filled_roster(app->rosters().template_file(bd::app::Actor::System())->bytes);
  }
  ~Fixture() {
    app.reset();
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void ReadRoster(benchmark::State& state) {
  const std::string& bytes = fixture().roster;
  for (auto _ : state) {
    auto wb = bd::documents::read_xlsx(bytes);
    if (!wb) state.SkipWithError(wb.error().message.c_str());
    benchmark::DoNotOptimize(wb);
  }
  state.counters["rows"] = kPeople;
  state.counters["xlsx_kB"] = static_cast<double>(bytes.size()) / 1024;
}
BENCHMARK(ReadRoster)->Unit(benchmark::kMillisecond);

void ImportRoster(benchmark::State& state) {
  Fixture& f = fixture();
  int period = 0;
  for (auto _ : state) {
    // A new period each time, so every count is written.
    const std::string p = std::to_string(2030 + period / 2) + (period % 2 ? "S2" : "S1");
    ++period;
    auto r = f.app->rosters().import(bd::app::Actor::System(), "THCS-BENCH", p, f.roster);
    if (!r) state.SkipWithError(r.error().message.c_str());
    else if (r->people != kPeople) state.SkipWithError("wrong count");
  }
  state.counters["people"] = kPeople;
}
BENCHMARK(ImportRoster)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
