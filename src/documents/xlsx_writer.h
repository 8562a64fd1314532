// A thin wrapper over libxlsxwriter for the workbooks we hand out: sheets,
// cell formats (locked or unlocked, shaded, bold, wrapped), formulas with
// their cached values, column widths, hidden columns and sheets, sheet
// protection, print setup (one page wide, title rows repeated), and data
// validation (whole numbers in a range, a list).
// libxlsxwriter writes to a file only: finish() writes a temporary file,
// reads it back and removes it. Sheets and formats are named by the
// handles that sheet() and format() return. A failing call is remembered and
// reported by finish(). Not thread-safe; one writer per workbook.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "core/result.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace bd::documents {

struct XlsxFormat {
  bool bold = false;
  bool italic = false;
  bool wrap = false;
  bool border = false;     // a thin border on every side
  bool center = false;     // centred horizontally
  bool unlocked = false;   // editable when the sheet is protected
  uint32_t fill = 0;       // background as 0xRRGGBB; 0 = none
  uint32_t color = 0;      // font colour as 0xRRGGBB; 0 = automatic
  double font_size = 0;    // points; 0 = the default
  std::string num_format{};  // "" = General, "@" = text, "0", "#,##0"
};

// A block of cells, 0-based, inclusive.
struct XlsxRange {
  int first_row = 0, first_col = 0, last_row = 0, last_col = 0;
};

// How a sheet prints: on A4, as wide as one page (scaled down if need be,
// as many pages down as it takes), centred, with the rows `repeat_first` to
// `repeat_last` (0-based; -1 for none) printed again at the top of every page.
struct XlsxPrint {
  bool landscape = false;
  int repeat_first = -1, repeat_last = -1;
};

class XlsxWriter {
 public:
  XlsxWriter();
  ~XlsxWriter();
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  // REQUIRES: `name` at most 31 characters, none of []:*?/\, unique.
  int sheet(const std::string& name);
  int format(const XlsxFormat& f);

  // `fmt` is a handle from format(), or -1 for none.
  void text(int sheet, int row, int col, const std::string& s, int fmt = -1);
  void number(int sheet, int row, int col, double v, int fmt = -1);
  void formula(int sheet, int row, int col, const std::string& formula, double cached, int fmt = -1);
  void blank(int sheet, int row, int col, int fmt);
  void merge(int sheet, const XlsxRange& r, const std::string& s, int fmt = -1);
  void column(int sheet, int first, int last, double width, int fmt = -1, bool hidden = false);
  void row_height(int sheet, int row, double height);
  void freeze(int sheet, int row, int col);
  void print(int sheet, const XlsxPrint& p);

  // Protects a sheet: only unlocked cells can be edited; columns may still be
  // widened. An empty password protects without one.
  void protect(int sheet, const std::string& password = "");
  void whole_between(int sheet, const XlsxRange& r, int minimum, int maximum, const std::string& message);
  void whole_at_least(int sheet, const XlsxRange& r, int minimum, const std::string& message);
  // A drop-down list; the items together at most 255 characters.
  void list(int sheet, const XlsxRange& r, const std::vector<std::string>& items, const std::string& message);

  void hide(int sheet);      // REQUIRES: not the active sheet
  void activate(int sheet);  // the sheet shown on opening

  // The workbook's bytes. Call once.
  Result<std::string> finish();

 private:
  lxw_worksheet* ws(int sheet);
  lxw_format* fmt(int handle);
  void check(int error, const char* what);

  std::string path_;
  lxw_workbook* wb_ = nullptr;
  std::vector<lxw_worksheet*> sheets_;
  std::vector<lxw_format*> formats_;
  std::string error_;
};

}  // namespace bd::documents
