// parse_multipart (evidence and workbook uploads) on any bytes: the first
// line is the Content-Type header, the rest the body. Parsed parts are slices
// of the body, never more than the limit, each named; written out again with
// the same boundary they parse to the same parts.
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/multipart.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}
std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
bool plain(std::string_view s) { return s.find_first_of("\"\r\n;\\") == std::string_view::npos; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t eol = in.find('\n');
  const std::string_view content_type = in.substr(0, eol);
  const std::string_view body = eol == std::string_view::npos ? std::string_view() : in.substr(eol + 1);
  bd::http::MultipartLimits limits;
  limits.max_parts = 4;
  limits.max_header_bytes = 256;
  auto parts = bd::http::parse_multipart(body, content_type, limits);
  if (!parts) return 0;
  require(bd::http::is_multipart(content_type) && parts->size() <= limits.max_parts);
  bool rewritable = true;
  for (const auto& p : *parts) {
    require(!p.name.empty() && body.find(p.data) != std::string_view::npos);
    require(bd::http::find_part(*parts, p.name) != nullptr);
    rewritable = rewritable && plain(p.name) && plain(p.filename) && plain(p.content_type) &&
                 p.content_type.find_first_of(" \t") != 0 && p.name.find_first_of(" \t") != 0 &&
                 p.filename.find_first_of(" \t") != 0;
  }
  if (!rewritable || content_type.find_first_of("\"\r") != std::string_view::npos) return 0;
  // The boundary as the parser reads it: the first "; boundary=" parameter.
  std::string_view boundary;
  for (size_t pos = content_type.find(';'); pos != std::string_view::npos; pos = content_type.find(';', pos + 1)) {
    std::string_view rest = trim(content_type.substr(pos + 1));
    const size_t eq = rest.find('=');
    if (eq == std::string_view::npos || lower(trim(rest.substr(0, eq))) != "boundary") continue;
    boundary = trim(rest.substr(eq + 1));
    boundary = boundary.substr(0, boundary.find(';'));
    break;
  }
  if (boundary.empty() || boundary.find_first_of(" \t") != std::string_view::npos) return 0;
  std::string out = "--" + std::string(boundary);
  for (const auto& p : *parts) {
    out += "\r\nContent-Disposition: form-data; name=\"" + p.name + "\"";
    if (!p.filename.empty()) out += "; filename=\"" + p.filename + "\"";
    if (!p.content_type.empty()) out += "\r\nContent-Type: " + p.content_type;
    out += "\r\n\r\n" + p.data + "\r\n--" + std::string(boundary);
  }
  out += "--\r\n";
  bd::http::MultipartLimits roomy;
  roomy.max_parts = limits.max_parts;
  auto again = bd::http::parse_multipart(out, "multipart/form-data; boundary=" + std::string(boundary), roomy);
  require(again.ok() && again->size() == parts->size());
  for (size_t i = 0; i < parts->size(); ++i) {
    const auto& a = (*parts)[i];
    const auto& b = (*again)[i];
    require(a.name == b.name && a.filename == b.filename && a.content_type == b.content_type && a.data == b.data);
  }
  return 0;
}
