// What the workbooks we hand out share: the hidden sheet that says what a
// workbook is (kind, version, unit, period, which sheet holds which data
// set), the "Hướng dẫn" sheet, and the cell formats. Pure functions over
// documents::XlsxWriter and documents::XlsxWorkbook.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "documents/xlsx_reader.h"
#include "documents/xlsx_writer.h"

namespace bd::app {

inline constexpr const char* kMetaSheet = "_binhdang";
inline constexpr const char* kGuideSheet = "Hướng dẫn";

struct WorkbookMeta {
  std::string kind;     // "data" (a data entry template) or "roster"
  std::string version;  // of the layout; a workbook of another version is refused
  std::string org, period;
  std::vector<std::pair<std::string, std::string>> sheets;  // sheet name → data set code
};

// Writes `meta` on a new hidden sheet (call after the visible sheets).
void write_meta(documents::XlsxWriter& w, const WorkbookMeta& meta);
// Reads the hidden sheet back; refuses a workbook of another kind or version
// with a message saying what to do.
Result<WorkbookMeta> read_meta(const documents::XlsxWorkbook& wb, const std::string& kind, const std::string& version);

// The "Hướng dẫn" sheet: a title, lines of facts ("Đơn vị: …") and numbered steps.
void write_guide(documents::XlsxWriter& w, int sheet, const std::string& title,
                 const std::vector<std::string>& facts, const std::vector<std::string>& steps);

// A data set's name made a valid, unique sheet name (at most 31 characters,
// cut at a word, none of []:*?/\).
std::string sheet_name(const std::string& name, const std::vector<std::string>& taken);

struct Formats {
  int title, note, header, label, input, input_text, total, off;
  static Formats add(documents::XlsxWriter& w);
};

}  // namespace bd::app
