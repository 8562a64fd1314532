// WordprocessingML (ECMA-376) building blocks that append XML to a string:
// runs, paragraphs, short rules and tables, with their properties written in
// the order the schema requires (w:pPr, w:rPr, w:tblPr, w:tcPr), so that Word
// opens the result without a repair prompt. Every run names Times New Roman
// for all four font slots and is black. Text is escaped (xml_escape.h) and
// NFC-normalised; "\n" in text becomes a line break, "\t" a tab.
// Measures: twips (1/20 pt) for lengths, half-points for font sizes.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bd::documents::wml {

inline constexpr std::string_view kFont = "Times New Roman";

struct Run {
  std::string_view text;
  int size = 28;  // half-points: 28 = 14 pt
  bool bold = false;
  bool italic = false;
};

enum class Align { kLeft, kCenter, kRight, kBoth };

struct Para {
  std::string_view style;  // w:pStyle id ("Heading1"); empty for none
  Align align = Align::kLeft;
  int before = 0;            // space before, twips
  int after = 0;             // space after, twips
  int line = 240;            // line spacing: 240ths of a line, or twips if exact
  bool exact = false;        // line is an exact height in twips
  int left = 0;              // indents, twips
  int right = 0;
  int first_line = 0;
  bool keep_next = false;    // keep with the next paragraph
  bool keep_lines = false;   // do not split across pages
  bool page_break_before = false;
  int bottom_border = 0;     // a solid line under the paragraph, 1/8 pt; 0: none
  int outline_level = -1;    // 0.. for headings; -1: none
  int mark_size = 0;         // paragraph mark size in half-points; 0: inherit
};

// <w:r>…</w:r> for `run` (nothing for empty text).
void append_run(std::string& out, const Run& run);

// <w:p><w:pPr>…</w:pPr> — close it with close_paragraph() after the runs.
void open_paragraph(std::string& out, const Para& para);
void close_paragraph(std::string& out);

// A whole paragraph of one run.
void append_paragraph(std::string& out, const Para& para, const Run& run);

// A short solid line centred in a space `available` twips wide, `width` twips
// long: an empty paragraph 3 pt high with a bottom border between indents,
// then `after` twips of space. Nothing when `width` is not positive.
void append_rule(std::string& out, int width, int available, int after = 0);

// Empty paragraph holding a page break.
void append_page_break(std::string& out);

// Tables. open_table writes w:tbl, its properties (fixed layout, total width,
// left/right cell margins, single 1/2 pt borders or none) and w:tblGrid.
struct Table {
  std::vector<int> widths;  // column widths, twips
  bool borders = true;
  int cell_margin = 108;    // left and right cell margins, twips
};
void open_table(std::string& out, const Table& table);
void close_table(std::string& out);

// header: repeat the row at the top of each page. cant_split: keep it on one page.
void open_row(std::string& out, bool header, bool cant_split);
void close_row(std::string& out);

enum class VAlign { kTop, kCenter };
void open_cell(std::string& out, int width, VAlign valign = VAlign::kTop);
void close_cell(std::string& out);  // the cell must hold at least one paragraph

// Column widths that add up to `total`, proportional to `relative` (equal
// when it is empty, shorter than `columns` or has a non-positive entry).
std::vector<int> scale_widths(const std::vector<int>& relative, size_t columns, int total);

}  // namespace bd::documents::wml
