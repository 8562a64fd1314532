// The one place where errors become HTTP: status codes and the JSON body
// {"error":{"code","message","field"}} of CONTRACT.md.
#pragma once

#include "core/result.h"
#include "http/request.h"

namespace bd::http {

int http_status(ErrorCode code);
Response json_error(const Error& e);
std::string error_json(const Error& e);

// The 400 for a field whose text holds a character that is refused
// (text::forbidden_character, e.g. "U+0000").
Error forbidden_character_error(const std::string& field, const std::string& character);

}  // namespace bd::http
