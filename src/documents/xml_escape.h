// XML text for WordprocessingML parts. append_xml_escaped appends `text` to
// `out` so that it is safe as element content or as an attribute value in
// double or single quotes: & < > " ' become entities; bytes that are not
// well-formed UTF-8 become U+FFFD; characters XML 1.0 forbids (C0 controls
// other than tab, line feed and carriage return, U+FFFE, U+FFFF) are dropped.
// Everything else, including NFC Vietnamese, is copied byte for byte.
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace bd::documents {

void append_xml_escaped(std::string& out, std::string_view text);

std::string xml_escape(std::string_view text);

}  // namespace bd::documents
