// A table as shown on screen, handed out as a file: an .xlsx workbook
// (numbers stored as numbers, formatted to read 1.234 and 42,9% in a
// Vietnamese Excel) or a CSV file for Excel set to Vietnamese: UTF-8 with a
// byte-order mark, fields separated by ';' (the list separator of the vi-VN
// locale, where ',' is the decimal mark), decimal commas, no digit grouping,
// CRLF line ends, fields quoted when they hold ';', '"' or a line break.
// Knows nothing of what the table means. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

namespace bd::documents {

struct TableCell {
  std::string text;               // shown when there is no number ("" = empty)
  std::optional<double> number;   // a number cell
  int decimals = 0;               // digits after the decimal comma
  bool percent = false;           // a value in per cent (42.9 reads "42,9%")
};

struct TableRow {
  std::vector<TableCell> cells;
  bool emphasis = false;  // a subtotal or total row: bold
};

struct ExportTable {
  std::string title;               // the first line, bold
  std::vector<std::string> notes;  // lines under the title (unit, periods…)
  std::vector<std::string> headers;
  std::vector<TableRow> rows;
};

// REQUIRES: `sheet` at most 31 characters, none of []:*?/\.
Result<std::string> table_xlsx(const ExportTable& t, const std::string& sheet);
std::string table_csv(const ExportTable& t);
// A number as the CSV writes it: "1234", "42,9".
std::string csv_number(double v, int decimals);

}  // namespace bd::documents
