#include "http/errors.h"

#include <nlohmann/json.hpp>

namespace bd::http {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kUnsupportedMediaType: return 415;
    case ErrorCode::kValidation: return 422;
    case ErrorCode::kTooManyRequests: return 429;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

std::string error_json(const Error& e) {
  nlohmann::json j = {{"error", {{"code", error_code_name(e.code)}, {"message", e.message}}}};
  if (!e.field.empty()) j["error"]["field"] = e.field;
  if (!e.details.empty()) {
    auto& d = j["error"]["details"] = nlohmann::json::array();
    for (const auto& [field, message] : e.details) d.push_back({{"field", field}, {"message", message}});
  }
  // Messages may quote user input; replace invalid UTF-8 instead of throwing.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Response json_error(const Error& e) { return Response::json(http_status(e.code), error_json(e)); }

Error forbidden_character_error(const std::string& field, const std::string& character) {
  return Error::BadRequest("Trường " + field + " có ký tự không được phép (" + character +
                               ": ký tự điều khiển, ký tự đảo chiều văn bản hoặc ký tự không hợp lệ); hãy xóa ký tự đó rồi gửi lại.",
                           field);
}

}  // namespace bd::http
