#include "documents/wordml.h"

#include <numeric>

#include "core/text.h"
#include "documents/xml_escape.h"

namespace bd::documents::wml {
namespace {

void attr_int(std::string& out, std::string_view name, int value) {
  out += ' ';
  out += name;
  out += "=\"";
  out += std::to_string(value);
  out += '"';
}

const char* align_name(Align a) {
  switch (a) {
    case Align::kCenter: return "center";
    case Align::kRight: return "right";
    case Align::kBoth: return "both";
    case Align::kLeft: break;
  }
  return "left";
}

void append_run_props(std::string& out, int size, bool bold, bool italic) {
  out += "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
         " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>";
  if (bold) out += "<w:b/><w:bCs/>";
  if (italic) out += "<w:i/><w:iCs/>";
  out += "<w:color w:val=\"000000\"/><w:sz";
  attr_int(out, "w:val", size);
  out += "/><w:szCs";
  attr_int(out, "w:val", size);
  out += "/></w:rPr>";
}

void append_text(std::string& out, std::string_view text) {
  out += "<w:t xml:space=\"preserve\">";
  append_xml_escaped(out, text);
  out += "</w:t>";
}

}  // namespace

void append_run(std::string& out, const Run& run) {
  if (run.text.empty()) return;
  const std::string nfc = bd::text::nfc(run.text);
  out += "<w:r>";
  append_run_props(out, run.size, run.bold, run.italic);
  std::string_view rest = nfc;
  // Text between line breaks and tabs goes in w:t; the separators become
  // w:br and w:tab (a literal newline in w:t would print as a space).
  while (!rest.empty()) {
    const size_t cut = rest.find_first_of("\n\t");
    if (cut > 0) append_text(out, rest.substr(0, cut));
    if (cut == std::string_view::npos) break;
    out += rest[cut] == '\n' ? "<w:br/>" : "<w:tab/>";
    rest.remove_prefix(cut + 1);
  }
  out += "</w:r>";
}

void open_paragraph(std::string& out, const Para& p) {
  out += "<w:p><w:pPr>";
  if (!p.style.empty()) {
    out += "<w:pStyle w:val=\"";
    append_xml_escaped(out, p.style);
    out += "\"/>";
  }
  if (p.keep_next) out += "<w:keepNext/>";
  if (p.keep_lines) out += "<w:keepLines/>";
  if (p.page_break_before) out += "<w:pageBreakBefore/>";
  if (p.bottom_border > 0) {
    out += "<w:pBdr><w:bottom w:val=\"single\"";
    attr_int(out, "w:sz", p.bottom_border);
    out += " w:space=\"1\" w:color=\"000000\"/></w:pBdr>";
  }
  out += "<w:spacing";
  attr_int(out, "w:before", p.before);
  attr_int(out, "w:after", p.after);
  attr_int(out, "w:line", p.line);
  out += p.exact ? " w:lineRule=\"exact\"/>" : " w:lineRule=\"auto\"/>";
  if (p.left || p.right || p.first_line) {
    out += "<w:ind";
    attr_int(out, "w:left", p.left);
    attr_int(out, "w:right", p.right);
    attr_int(out, "w:firstLine", p.first_line);
    out += "/>";
  }
  out += "<w:jc w:val=\"";
  out += align_name(p.align);
  out += "\"/>";
  if (p.outline_level >= 0) {
    out += "<w:outlineLvl";
    attr_int(out, "w:val", p.outline_level);
    out += "/>";
  }
  if (p.mark_size > 0) {
    out += "<w:rPr><w:sz";
    attr_int(out, "w:val", p.mark_size);
    out += "/><w:szCs";
    attr_int(out, "w:val", p.mark_size);
    out += "/></w:rPr>";
  }
  out += "</w:pPr>";
}

void close_paragraph(std::string& out) { out += "</w:p>"; }

void append_paragraph(std::string& out, const Para& para, const Run& run) {
  open_paragraph(out, para);
  append_run(out, run);
  close_paragraph(out);
}

void append_rule(std::string& out, int width, int available, int after) {
  if (width <= 0) return;  // nothing to underline
  const int indent = available > width ? (available - width) / 2 : 0;
  Para p;
  p.align = Align::kCenter;
  p.line = 60;  // 3 pt
  p.after = after;
  p.exact = true;
  p.left = indent;
  p.right = indent;
  p.bottom_border = 6;  // 3/4 pt
  p.mark_size = 4;
  open_paragraph(out, p);
  close_paragraph(out);
}

void append_page_break(std::string& out) {
  out += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
}

void open_table(std::string& out, const Table& t) {
  const int total = std::accumulate(t.widths.begin(), t.widths.end(), 0);
  out += "<w:tbl><w:tblPr><w:tblW";
  attr_int(out, "w:w", total);
  out += " w:type=\"dxa\"/><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblBorders>";
  const char* edges[] = {"top", "left", "bottom", "right", "insideH", "insideV"};
  for (const char* e : edges) {
    out += "<w:";
    out += e;
    out += t.borders ? " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
                     : " w:val=\"nil\"/>";
  }
  out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>"
         "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left";
  attr_int(out, "w:w", t.cell_margin);
  out += " w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right";
  attr_int(out, "w:w", t.cell_margin);
  out += " w:type=\"dxa\"/></w:tblCellMar><w:tblLook w:val=\"0000\" w:firstRow=\"0\""
         " w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\""
         " w:noVBand=\"1\"/></w:tblPr><w:tblGrid>";
  for (int w : t.widths) {
    out += "<w:gridCol";
    attr_int(out, "w:w", w);
    out += "/>";
  }
  out += "</w:tblGrid>";
}

void close_table(std::string& out) { out += "</w:tbl>"; }

void open_row(std::string& out, bool header, bool cant_split) {
  out += "<w:tr>";
  if (header || cant_split) {
    out += "<w:trPr>";
    if (cant_split) out += "<w:cantSplit/>";
    if (header) out += "<w:tblHeader/>";
    out += "</w:trPr>";
  }
}

void close_row(std::string& out) { out += "</w:tr>"; }

void open_cell(std::string& out, int width, VAlign valign) {
  out += "<w:tc><w:tcPr><w:tcW";
  attr_int(out, "w:w", width);
  out += " w:type=\"dxa\"/>";
  out += valign == VAlign::kCenter ? "<w:vAlign w:val=\"center\"/>" : "<w:vAlign w:val=\"top\"/>";
  out += "</w:tcPr>";
}

void close_cell(std::string& out) { out += "</w:tc>"; }

std::vector<int> scale_widths(const std::vector<int>& relative, size_t columns, int total) {
  std::vector<int> out;
  if (columns == 0) return out;
  bool usable = relative.size() >= columns;
  long long sum = 0;
  for (size_t i = 0; usable && i < columns; ++i) {
    usable = relative[i] > 0;
    sum += relative[i];
  }
  long long given = 0;
  for (size_t i = 0; i < columns; ++i) {
    const int w = usable ? static_cast<int>(relative[i] * static_cast<long long>(total) / sum)
                         : total / static_cast<int>(columns);
    out.push_back(w);
    given += w;
  }
  out.back() += static_cast<int>(total - given);  // rounding goes to the last column
  return out;
}

}  // namespace bd::documents::wml
