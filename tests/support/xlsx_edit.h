// Fills cells of an .xlsx in tests, as a person would in Excel: the sheet's
// XML is edited in place (numbers as <v>, other text as inline strings) and
// the package zipped again. Sheets are found by name in workbook order
// (xl/worksheets/sheetN.xml, as libxlsxwriter and LibreOffice name them).
#pragma once

#include <charconv>
#include <sstream>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include "documents/xlsx_reader.h"
#include "documents/zip_reader.h"
#include "documents/zip_writer.h"

namespace bd::test {

inline std::string sheet_part(const std::map<std::string, std::string>& files, const std::string& sheet) {
  pugi::xml_document wb;
  wb.load_string(files.at("xl/workbook.xml").c_str());
  int i = 1;
  for (auto s : wb.child("workbook").child("sheets").children("sheet")) {
    if (sheet == s.attribute("name").value()) return "xl/worksheets/sheet" + std::to_string(i) + ".xml";
    ++i;
  }
  ADD_FAILURE() << "no sheet " << sheet;
  return "";
}

// Sets `cells` ("D7" → "12", "Nữ", or "" to clear) on `sheet`.
inline std::string fill_cells(const std::string& xlsx, const std::string& sheet,
                              const std::map<std::string, std::string>& cells) {
  auto files = documents::read_zip(xlsx);
  if (!files.ok()) return "";
  const std::string part = sheet_part(*files, sheet);
  pugi::xml_document doc;
  doc.load_string((*files)[part].c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  auto data = doc.child("worksheet").child("sheetData");
  for (const auto& [ref, value] : cells) {
    const auto pos = *documents::parse_cell_ref(ref);
    const std::string r = std::to_string(pos.row + 1);
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
      const auto cp = *documents::parse_cell_ref(c.attribute("r").value());
      if (cp.col == pos.col) cell = c;
      if (cell || cp.col > pos.col) {
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
    double number = 0;
    const auto res = std::from_chars(value.data(), value.data() + value.size(), number);
    if (value.empty()) continue;
    if (res.ec == std::errc() && res.ptr == value.data() + value.size()) {
      cell.append_child("v").text() = value.c_str();
    } else {
      cell.append_attribute("t") = "inlineStr";
      cell.append_child("is").append_child("t").text() = value.c_str();
    }
  }
  std::ostringstream out;
  doc.save(out, "", pugi::format_raw);
  (*files)[part] = out.str();
  documents::ZipWriter zip;
  for (const auto& [name, bytes] : *files) zip.add(name, bytes);
  return *zip.finish();
}

}  // namespace bd::test
