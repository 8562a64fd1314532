// A small, strict multipart/form-data parser (RFC 7578) for uploads: CRLF
// line ends only, a boundary of 1–70 characters, a Content-Disposition of
// form-data with a name on every part, at most kMaxParts parts and
// kMaxPartHeaderBytes of headers per part. The caller bounds the body size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace bd::http {

inline constexpr size_t kMaxParts = 32;
inline constexpr size_t kMaxPartHeaderBytes = 4096;

struct MultipartPart {
  std::string name;          // form field name
  std::string filename;      // as sent (unsanitised); "" for plain fields
  std::string content_type;  // as sent; never trusted for files
  std::string data;
  bool is_file() const { return !filename.empty(); }
};

// The boundary of a "multipart/form-data; boundary=…" Content-Type, or an error.
Result<std::string> multipart_boundary(std::string_view content_type);
// Every part of `body`. Errors are 400 with a Vietnamese message.
Result<std::vector<MultipartPart>> parse_multipart(std::string_view content_type, std::string_view body);
// The first part named `name`, or null.
const MultipartPart* find_part(const std::vector<MultipartPart>& parts, std::string_view name);

}  // namespace bd::http
