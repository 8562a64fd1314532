// Reads the cells of an .xlsx workbook held in memory (libzip + pugixml):
// every worksheet by name, each cell typed — text (shared or inline strings),
// number, boolean, date (a number whose cell style has a date format), error
// — with formulas giving their cached values. Reads what Excel, LibreOffice
// and libxlsxwriter write.
//
// Untrusted input: the archive is held to XlsxLimits (entries, inflated
// size, compression ratio, rows and cells); a file that is not a workbook, a
// missing part or malformed XML gives kBadRequest with a Vietnamese message
// and never a crash. Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/dates.h"
#include "core/result.h"

namespace bd::documents {

struct XlsxLimits {
  uint64_t max_entries = 500;               // entries in the zip
  uint64_t max_total_bytes = 50ull << 20;   // all parts, inflated
  uint64_t max_ratio = 200;                 // inflated/compressed, parts over 1 MB
  int max_rows = 100000;                    // highest row number of a sheet
  uint64_t max_cells = 2000000;             // cells of the whole workbook
};

struct XlsxCell {
  enum class Type { kText, kNumber, kBoolean, kDate, kError };
  Type type = Type::kText;
  std::string text;     // kText: the text; kError: "#DIV/0!" and the like
  double number = 0;    // kNumber; kBoolean 0/1; kDate: the serial day number
  bool formula = false; // the value is a formula's cached result
  std::optional<Date> date() const;  // kDate (and a date-like number): the day
  // What a person would read: the text, "12" / "12,5" (decimal comma, no
  // grouping), "Có"/"Không", "dd/mm/yyyy", the error code.
  std::string display() const;
};

// Row and column are 0-based: A1 is {0, 0}.
struct CellPos {
  int row = 0, col = 0;
  auto operator<=>(const CellPos&) const = default;
};
std::string cell_ref(int row, int col);                        // {6, 3} → "D7"
std::optional<CellPos> parse_cell_ref(std::string_view ref);   // "D7" → {6, 3}

struct XlsxSheet {
  std::string name;
  bool hidden = false;  // hidden or very hidden
  std::map<CellPos, XlsxCell> cells;  // in row, then column order
  const XlsxCell* at(int row, int col) const;
  const XlsxCell* at(std::string_view ref) const;
  int row_count() const;  // 1 + the last row holding a cell (0 when empty)
};

struct XlsxWorkbook {
  std::vector<XlsxSheet> sheets;  // in the workbook's order
  const XlsxSheet* sheet(std::string_view name) const;
};

Result<XlsxWorkbook> read_xlsx(std::string_view bytes, const XlsxLimits& limits = {});

}  // namespace bd::documents
