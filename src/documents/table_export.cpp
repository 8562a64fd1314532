#include "documents/table_export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "documents/xlsx_writer.h"

namespace bd::documents {
namespace {

std::string number_format(const TableCell& c) {
  std::string f = "#,##0";
  if (c.decimals > 0) f += "." + std::string(static_cast<size_t>(c.decimals), '0');
  if (c.percent) f += "\"%\"";
  return f;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(";\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string cell_text(const TableCell& c) {
  if (!c.number) return c.text;
  return csv_number(*c.number, c.decimals) + (c.percent ? "%" : "");
}

}  // namespace

std::string csv_number(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::clamp(decimals, 0, 6), v);
  std::string s = buf;
  if (s.starts_with("-") && std::stod(s) == 0) s.erase(0, 1);  // no "-0,0"
  std::replace(s.begin(), s.end(), '.', ',');
  return s;
}

Result<std::string> table_xlsx(const ExportTable& t, const std::string& sheet) {
  XlsxWriter w;
  const int ws = w.sheet(sheet);
  const int title = w.format({.bold = true, .font_size = 13});
  const int head = w.format({.bold = true, .wrap = true, .border = true, .center = true, .fill = 0xEDE7F0});
  const int text = w.format({.border = true});
  const int text_bold = w.format({.bold = true, .border = true});
  int row = 0;
  w.text(ws, row++, 0, t.title, title);
  for (const auto& n : t.notes) w.text(ws, row++, 0, n);
  ++row;
  const int header_row = row;
  for (size_t c = 0; c < t.headers.size(); ++c) w.text(ws, row, static_cast<int>(c), t.headers[c], head);
  ++row;
  std::vector<std::pair<std::string, int>> formats;  // number format + bold → handle
  auto number_fmt = [&](const TableCell& c, bool bold) {
    const std::string key = number_format(c) + (bold ? "|b" : "");
    for (const auto& [k, h] : formats)
      if (k == key) return h;
    XlsxFormat f{.bold = bold, .border = true};
    f.num_format = number_format(c);
    const int h = w.format(f);
    formats.emplace_back(key, h);
    return h;
  };
  for (const auto& r : t.rows) {
    for (size_t c = 0; c < r.cells.size(); ++c) {
      const auto& cell = r.cells[c];
      if (cell.number)
        w.number(ws, row, static_cast<int>(c), *cell.number, number_fmt(cell, r.emphasis));
      else
        w.text(ws, row, static_cast<int>(c), cell.text, r.emphasis ? text_bold : text);
    }
    ++row;
  }
  if (!t.headers.empty()) {
    w.column(ws, 0, 0, 12);
    w.column(ws, 1, 1, 40);
    if (t.headers.size() > 2) w.column(ws, 2, static_cast<int>(t.headers.size()) - 1, 14);
  }
  w.freeze(ws, header_row + 1, 2);
  return w.finish();
}

std::string table_csv(const ExportTable& t) {
  std::string out = "\xEF\xBB\xBF";
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? ";" : "") + csv_field(fields[i]);
    out += "\r\n";
  };
  line({t.title});
  for (const auto& n : t.notes) line({n});
  line(t.headers);
  for (const auto& r : t.rows) {
    std::vector<std::string> fields;
    for (const auto& c : r.cells) fields.push_back(cell_text(c));
    line(fields);
  }
  return out;
}

}  // namespace bd::documents
