// Hand-made workbooks for the .xlsx tests: the smallest package around a
// worksheet's XML, so that each case shows the XML it is about.
#pragma once

#include <string>

#include "documents/zip_writer.h"

namespace bd::documents::testing {

inline ZipWriter minimal_workbook(const std::string& sheet_data, const std::string& shared = "",
                                  const std::string& styles = "") {
  ZipWriter zip;
  zip.add("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
  zip.add("_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
  zip.add("xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
          "<sheet name=\"Dữ liệu\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
  std::string rels =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "worksheet\" Target=\"worksheets/sheet1.xml\"/>";
  if (!shared.empty())
    rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "sharedStrings\" Target=\"sharedStrings.xml\"/>";
  if (!styles.empty())
    rels += "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            "styles\" Target=\"/xl/styles.xml\"/>";
  zip.add("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  zip.add("xl/worksheets/sheet1.xml",
          "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheet_data +
              "</sheetData></worksheet>");
  if (!shared.empty()) zip.add("xl/sharedStrings.xml", shared);
  if (!styles.empty()) zip.add("xl/styles.xml", styles);
  return zip;
}

inline std::string workbook_bytes(const std::string& sheet_data, const std::string& shared = "",
                                  const std::string& styles = "") {
  return *minimal_workbook(sheet_data, shared, styles).finish();
}

}  // namespace bd::documents::testing
