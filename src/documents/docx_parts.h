// The fixed parts of a .docx package (OPC) around word/document.xml: content
// types, relationships, styles (Normal: Times New Roman 14 pt, black,
// Vietnamese; Heading1–3; no theme fonts), settings, the page headers (the
// default one holds a centred 13 pt PAGE field; the first page's is empty),
// and the core and app properties. Relationship ids used by document.xml are
// below. Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace bd::documents::parts {

inline constexpr std::string_view kHeaderFirstId = "rIdHeader1";    // word/header1.xml
inline constexpr std::string_view kHeaderDefaultId = "rIdHeader2";  // word/header2.xml

std::string content_types();      // [Content_Types].xml
std::string package_rels();       // _rels/.rels
std::string document_rels();      // word/_rels/document.xml.rels
std::string styles();             // word/styles.xml
std::string settings();           // word/settings.xml
// The headers; a draft (not yet issued) says "DỰ THẢO" at the top right of
// every page.
std::string header_first_page(bool draft = false);   // word/header1.xml: empty
std::string header_page_number(bool draft = false);  // word/header2.xml: centred PAGE field, 13 pt
// docProps/core.xml: title and subject escaped; creator "binhdang".
std::string core_properties(std::string_view title, std::string_view subject);
std::string app_properties();     // docProps/app.xml

}  // namespace bd::documents::parts
