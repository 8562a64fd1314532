// read_xlsx (uploaded data and roster workbooks) on any bytes, held to small
// limits. A workbook read keeps its limits; every cell has a reference that
// parses back to its position and a display text; dates are real days.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/dates.h"
#include "documents/xlsx_reader.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bd::documents::XlsxLimits limits;
  limits.max_entries = 64;
  limits.max_total_bytes = 4u << 20;
  limits.max_rows = 2000;
  limits.max_cells = 20000;
  auto wb = bd::documents::read_xlsx(bytes, limits);
  if (!wb) {
    require(wb.error().code == bd::ErrorCode::kBadRequest && !wb.error().message.empty());
    return 0;
  }
  uint64_t cells = 0;
  for (const auto& sheet : wb->sheets) {
    require(wb->sheet(sheet.name) != nullptr);
    cells += sheet.cells.size();
    require(sheet.row_count() <= limits.max_rows);
    for (const auto& [pos, cell] : sheet.cells) {
      require(pos.row >= 0 && pos.col >= 0);
      const std::string ref = bd::documents::cell_ref(pos.row, pos.col);
      const auto back = bd::documents::parse_cell_ref(ref);
      require(back && *back == pos && sheet.at(ref) == &cell);
      cell.display();
      if (auto d = cell.date()) require(d->month >= 1 && d->month <= 12 && d->day >= 1 && d->day <= bd::days_in_month(d->year, d->month));
    }
  }
  require(cells <= limits.max_cells);
  return 0;
}
