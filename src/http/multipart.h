// A small, strict multipart/form-data parser (RFC 7578) for the forms that
// upload a file. The whole body is in memory already (the pipeline caps it);
// parts are slices of it. Refuses, with a Vietnamese message: a missing or
// odd boundary, a body not framed by it, a part without a
// `Content-Disposition: form-data; name="…"` header, oversized part headers,
// more parts than allowed, and anything after the closing boundary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace bd::http {

struct FormPart {
  std::string name;
  std::string filename;      // "" for a plain field
  std::string content_type;  // "" when the part does not say
  std::string data;
};

struct MultipartLimits {
  size_t max_parts = 16;
  size_t max_header_bytes = 4096;  // of one part's header block
};

bool is_multipart(std::string_view content_type);
Result<std::vector<FormPart>> parse_multipart(std::string_view body, std::string_view content_type,
                                              const MultipartLimits& limits = {});
// The first part named `name`, or nullptr.
const FormPart* find_part(const std::vector<FormPart>& parts, std::string_view name);

}  // namespace bd::http
