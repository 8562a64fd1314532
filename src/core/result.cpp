#include "core/result.h"

namespace bd {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest: return "bad_request";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kUnsupportedMediaType: return "unsupported_media_type";
    case ErrorCode::kValidation: return "validation";
    case ErrorCode::kTooManyRequests: return "too_many_requests";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace bd
