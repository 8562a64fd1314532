// The import target's input: edits of a workbook's cells, one a line,
// "S!REF=VALUE" (S the 1-based sheet in workbook order, REF like D7, VALUE a
// number or text; empty clears). apply_edits writes them into the sheet XML
// (numbers as <v>, text inline), as a person editing in Excel would, and
// zips the package again. Lines that are not edits are skipped.
#pragma once

#include <charconv>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "documents/xlsx_reader.h"
#include "documents/zip_reader.h"
#include "documents/zip_writer.h"

namespace bd::fuzz {

inline void set_cell(pugi::xml_node data, documents::CellPos pos, const std::string& value) {
  const std::string r = std::to_string(pos.row + 1), ref = documents::cell_ref(pos.row, pos.col);
  pugi::xml_node row;
  for (auto n : data.children("row")) {
    const int at = n.attribute("r").as_int();
    if (at == pos.row + 1) row = n;
    if (row || at > pos.row + 1) {
      if (!row) row = data.insert_child_before("row", n);
      break;
    }
  }
  if (!row) row = data.append_child("row");
  if (!row.attribute("r")) row.append_attribute("r") = r.c_str();
  pugi::xml_node cell;
  for (auto c : row.children("c")) {
    const auto cp = documents::parse_cell_ref(c.attribute("r").value());
    if (cp && cp->col == pos.col) cell = c;
    if (cell || (cp && cp->col > pos.col)) {
      if (!cell) cell = row.insert_child_before("c", c);
      break;
    }
  }
  if (!cell) cell = row.append_child("c");
  const std::string style = cell.attribute("s").value();
  cell.remove_children();
  cell.remove_attributes();
  cell.append_attribute("r") = ref.c_str();
  if (!style.empty()) cell.append_attribute("s") = style.c_str();
  if (value.empty()) return;
  double number = 0;
  const auto res = std::from_chars(value.data(), value.data() + value.size(), number);
  if (res.ec == std::errc() && res.ptr == value.data() + value.size()) {
    cell.append_child("v").text() = value.c_str();
  } else {
    cell.append_attribute("t") = "inlineStr";
    cell.append_child("is").append_child("t").text() = value.c_str();
  }
}

// The workbook `xlsx` with `edits` applied ("" when it cannot be read).
inline std::string apply_edits(const std::string& xlsx, std::string_view edits) {
  auto files = documents::read_zip(xlsx);
  if (!files) return "";
  std::map<int, pugi::xml_document> sheets;
  while (!edits.empty()) {
    const size_t eol = edits.find('\n');
    const std::string_view line = edits.substr(0, eol);
    edits = eol == std::string_view::npos ? std::string_view() : edits.substr(eol + 1);
    const size_t bang = line.find('!'), eq = line.find('=');
    if (bang != 1 || eq == std::string_view::npos || eq < bang || line[0] < '1' || line[0] > '9') continue;
    const auto pos = documents::parse_cell_ref(line.substr(2, eq - 2));
    if (!pos || pos->row > 200 || pos->col > 30) continue;
    const int sheet = line[0] - '0';
    const std::string part = "xl/worksheets/sheet" + std::to_string(sheet) + ".xml";
    if (!files->count(part)) continue;
    auto [it, fresh] = sheets.try_emplace(sheet);
    if (fresh) it->second.load_string((*files)[part].c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single);
    set_cell(it->second.child("worksheet").child("sheetData"), *pos, std::string(line.substr(eq + 1)));
  }
  for (auto& [sheet, doc] : sheets) {
    std::ostringstream out;
    doc.save(out, "", pugi::format_raw);
    (*files)["xl/worksheets/sheet" + std::to_string(sheet) + ".xml"] = out.str();
  }
  documents::ZipWriter zip;
  for (const auto& [name, bytes] : *files) zip.add(name, bytes);
  auto out = zip.finish();
  return out ? *out : "";
}

}  // namespace bd::fuzz
