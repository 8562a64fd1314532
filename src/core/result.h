// Expected failures as values (leveldb-style Status / Result<T>).
// An Error carries a machine code, a Vietnamese message for people, and the
// input field it concerns (may be empty). The HTTP layer maps ErrorCode to a
// status code in exactly one place (http/errors.cpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bd {

enum class ErrorCode {
  kBadRequest,       // malformed input (400)
  kUnauthenticated,  // no or bad credentials (401)
  kForbidden,        // outside the user's scope or role (403)
  kNotFound,         // (404)
  kConflict,         // duplicate, locked, wrong state (409)
  kTooLarge,         // body over the limit (413)
  kUnsupportedMediaType,  // content of a kind not accepted (415)
  kValidation,       // well-formed but breaks a rule (422)
  kTooManyRequests,  // throttled (429)
  kInternal,         // bug or database failure (500)
};

// Stable string for the JSON error code ("bad_request", "forbidden", ...).
const char* error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;
  // Every problem of a batch (field, message) when one error stands for many.
  std::vector<std::pair<std::string, std::string>> details;

  static Error BadRequest(std::string msg, std::string field = {}) { return {ErrorCode::kBadRequest, std::move(msg), std::move(field), {}}; }
  static Error Unauthenticated(std::string msg) { return {ErrorCode::kUnauthenticated, std::move(msg), {}, {}}; }
  static Error Forbidden(std::string msg) { return {ErrorCode::kForbidden, std::move(msg), {}, {}}; }
  static Error NotFound(std::string msg, std::string field = {}) { return {ErrorCode::kNotFound, std::move(msg), std::move(field), {}}; }
  static Error Conflict(std::string msg, std::string field = {}) { return {ErrorCode::kConflict, std::move(msg), std::move(field), {}}; }
  static Error Validation(std::string msg, std::string field = {}) { return {ErrorCode::kValidation, std::move(msg), std::move(field), {}}; }
  static Error TooMany(std::string msg) { return {ErrorCode::kTooManyRequests, std::move(msg), {}, {}}; }
  static Error Internal(std::string msg) { return {ErrorCode::kInternal, std::move(msg), {}, {}}; }
};

// Status: success or an Error.
class Status {
 public:
  Status() = default;
  Status(Error e) : error_(std::move(e)) {}  // NOLINT: implicit by design
  static Status Ok() { return {}; }
  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  // REQUIRES: !ok()
  const Error& error() const { return *error_; }

 private:
  std::optional<Error> error_;
};

// Result<T>: a value or an Error.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT
  Result(Error e) : v_(std::move(e)) {}      // NOLINT
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  // REQUIRES: ok()
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  // REQUIRES: !ok()
  const Error& error() const { return std::get<Error>(v_); }
  Status status() const { return ok() ? Status::Ok() : Status(error()); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace bd
