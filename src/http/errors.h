// The one place where errors become HTTP: status codes and the JSON body
// {"error":{"code","message","field"}} of CONTRACT.md.
#pragma once

#include "core/result.h"
#include "http/request.h"

namespace bd::http {

int http_status(ErrorCode code);
Response json_error(const Error& e);
std::string error_json(const Error& e);

}  // namespace bd::http
