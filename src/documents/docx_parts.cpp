#include "documents/docx_parts.h"

#include "documents/xml_escape.h"

namespace bd::documents::parts {
namespace {

constexpr std::string_view kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string with_decl(std::string_view body) {
  std::string out(kXmlDecl);
  out += body;
  return out;
}

std::string namespaces() {
  return std::string(" xmlns:w=\"") + std::string(kW) + "\" xmlns:r=\"" + std::string(kR) + "\"";
}

// Font, colour, size and language of a style or of the document defaults.
std::string run_props(int size, bool bold, bool italic) {
  std::string r = "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
                  " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>";
  if (bold) r += "<w:b/><w:bCs/>";
  if (italic) r += "<w:i/><w:iCs/>";
  r += "<w:color w:val=\"000000\"/><w:sz w:val=\"" + std::to_string(size) + "\"/><w:szCs w:val=\"" +
       std::to_string(size) + "\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr>";
  return r;
}

std::string heading_style(int level, bool italic) {
  const std::string n = std::to_string(level);
  return "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + n + "\"><w:name w:val=\"heading " + n +
         "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>"
         "<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"0\" w:line=\"288\""
         " w:lineRule=\"auto\"/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/><w:outlineLvl w:val=\"" +
         std::to_string(level - 1) + "\"/></w:pPr>" + run_props(28, true, italic) + "</w:style>";
}

}  // namespace

std::string content_types() {
  return with_decl(
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
      "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
      "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
      "<Override PartName=\"/word/settings.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
      "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
      "<Override PartName=\"/word/header2.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
      "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
      "vnd.openxmlformats-package.core-properties+xml\"/>"
      "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
      "</Types>");
}

std::string package_rels() {
  return with_decl(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"word/document.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
      "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
      "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
      "</Relationships>");
}

std::string document_rels() {
  const std::string base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  return with_decl(
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rIdStyles\" Type=\"" + base + "styles\" Target=\"styles.xml\"/>"
      "<Relationship Id=\"rIdSettings\" Type=\"" + base + "settings\" Target=\"settings.xml\"/>"
      "<Relationship Id=\"" + std::string(kHeaderFirstId) + "\" Type=\"" + base +
      "header\" Target=\"header1.xml\"/>"
      "<Relationship Id=\"" + std::string(kHeaderDefaultId) + "\" Type=\"" + base +
      "header\" Target=\"header2.xml\"/>"
      "</Relationships>");
}

std::string styles() {
  return with_decl(
      "<w:styles" + namespaces() + ">"
      "<w:docDefaults><w:rPrDefault>" + run_props(28, false, false) +
      "</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\""
      " w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
      "<w:qFormat/><w:pPr><w:widowControl/></w:pPr>" + run_props(28, false, false) + "</w:style>" +
      heading_style(1, false) + heading_style(2, false) + heading_style(3, true) +
      "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
      "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/>"
      "<w:unhideWhenUsed/></w:style>"
      "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
      "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>"
      "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
      "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
      "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Header\"><w:name w:val=\"header\"/>"
      "<w:basedOn w:val=\"Normal\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/><w:pPr>"
      "<w:jc w:val=\"center\"/></w:pPr>" + run_props(26, false, false) + "</w:style>"
      "</w:styles>");
}

std::string settings() {
  return with_decl(
      "<w:settings" + namespaces() + ">"
      "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/>"
      "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
      "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
      " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
      "<w:themeFontLang w:val=\"vi-VN\"/>"
      "</w:settings>");
}

namespace {

const std::string kHeaderRun =
    "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""
    " w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:color w:val=\"000000\"/>"
    "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>";

// "DỰ THẢO", bold in a box at the right of the header.
std::string draft_mark() {
  return "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\""
         " w:color=\"000000\"/><w:left w:val=\"single\" w:sz=\"6\" w:space=\"4\" w:color=\"000000\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/><w:right w:val=\"single\""
         " w:sz=\"6\" w:space=\"4\" w:color=\"000000\"/></w:pBdr><w:ind w:left=\"7371\"/>"
         "<w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii=\"Times New Roman\""
         " w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/><w:b/><w:bCs/>"
         "<w:color w:val=\"000000\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t>DỰ THẢO</w:t></w:r></w:p>";
}

}  // namespace

std::string header_first_page(bool draft) {
  return with_decl("<w:hdr" + namespaces() + ">" +
                   (draft ? draft_mark() : "<w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p>") + "</w:hdr>");
}

std::string header_page_number(bool draft) {
  const std::string& rpr = kHeaderRun;
  return with_decl("<w:hdr" + namespaces() + ">" + (draft ? draft_mark() : "") +
                   "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:jc w:val=\"center\"/></w:pPr>"
                   "<w:r>" + rpr + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                   "<w:r>" + rpr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                   "<w:r>" + rpr + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                   "<w:r>" + rpr + "<w:t>2</w:t></w:r>"
                   "<w:r>" + rpr + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                   "</w:p></w:hdr>");
}

std::string core_properties(std::string_view title, std::string_view subject) {
  std::string out(kXmlDecl);
  out += "<cp:coreProperties"
         " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
         " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>";
  append_xml_escaped(out, title);
  out += "</dc:title><dc:subject>";
  append_xml_escaped(out, subject);
  out += "</dc:subject><dc:creator>binhdang</dc:creator><dc:language>vi-VN</dc:language>"
         "</cp:coreProperties>";
  return out;
}

std::string app_properties() {
  return with_decl(
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
      " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
      "<Application>binhdang</Application><DocSecurity>0</DocSecurity></Properties>");
}

}  // namespace bd::documents::parts
