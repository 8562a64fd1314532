// views_bench: the cost of rendering a page, with the locale's strings looked
// up from the copy converted once at load (what Views::render does) against
// the old way, the strings copied into every model and converted again (the
// baseline, run in the same process). Two pages: the error page (small, so
// the strings are most of the work) and an explorer table of 270 units ×
// 200 columns (a department's table on the national database).
//   BINHDANG_WEB_DIR=build/web build/bench/views_bench
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "http/views.h"

namespace {

double median_ms(int runs, const std::function<void()>& fn) {
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

nlohmann::json explorer_model(int units, int columns) {
  nlohmann::json cols = nlohmann::json::array(), rows = nlohmann::json::array();
  for (int c = 0; c < columns; ++c) cols.push_back({{"label", "Chỉ tiêu " + std::to_string(c)}, {"period", "2026"}});
  for (int u = 0; u < units; ++u) {
    nlohmann::json cells = nlohmann::json::array();
    for (int c = 0; c < columns; ++c) cells.push_back({{"number", std::to_string(u * c % 1000) + ",5"}});
    rows.push_back({{"name", "Trường THCS số " + std::to_string(u)}, {"level", 2}, {"cells", cells}});
  }
  return {{"table", {{"columns", cols}, {"rows", rows}}}};
}

void compare(const bd::http::Views& views, const char* page, const nlohmann::json& model, int runs) {
  size_t bytes = 0;
  const double now = median_ms(runs, [&] { bytes = views.render(page, model, "vi").size(); });
  nlohmann::json with_strings = model;
  with_strings["t"] = views.strings("vi");
  const double before = median_ms(runs, [&] { views.render(page, with_strings, "vi"); });
  std::printf("%-28s strings copied %8.2f ms   looked up %8.2f ms   copied/looked up %5.2fx   (%zu bytes)\n", page,
              before, now, before / now, bytes);
}

}  // namespace

int main() {
  const char* dir = std::getenv("BINHDANG_WEB_DIR");
  bd::http::Views views;
  if (auto st = views.load(dir ? dir : "build/web"); !st) {
    std::fprintf(stderr, "views_bench: %s\n", st.error().message.c_str());
    return 1;
  }
  std::printf("page render, median of the runs\n");
  compare(views, "error", {{"title", "Không tìm thấy"}, {"message", "Không có trang này."}}, 200);
  compare(views, "explorer", explorer_model(270, 200), 5);
  return 0;
}
