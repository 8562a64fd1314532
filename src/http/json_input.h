// Reading JSON request bodies strictly: an object, only known fields, each of
// the right type. Every failure is a 400 naming the field.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace bd::http {

// The one parse of a JSON request body: valid UTF-8, valid JSON (every
// parse failure, a number too large included, is a 400 with the position),
// an object, and no string holding a control character or a bidirectional
// override (text::forbidden_character: refused, never altered). An empty
// body is the empty object.
Result<nlohmann::json> parse_json_object(const std::string& body);

class JsonBody {
 public:
  // Parses `body` as a JSON object whose keys are all in `allowed`.
  static Result<JsonBody> parse(const std::string& body, std::initializer_list<const char*> allowed);

  // The same checks over an already parsed value (e.g. an item of a list).
  static Result<JsonBody> of(nlohmann::json j, std::initializer_list<const char*> allowed);

  bool has(const char* key) const { return j_.contains(key); }
  // Readers take null as absent; a field whose absence means something (a
  // default of false) refuses null with this.
  bool is_null(const char* key) const { return j_.contains(key) && j_[key].is_null(); }
  // Type errors are collected; check status() after reading every field.
  std::optional<std::string> str(const char* key);
  std::string str_or(const char* key, const std::string& fallback = {});
  std::optional<bool> boolean(const char* key);
  std::optional<std::vector<std::string>> str_list(const char* key);
  std::optional<int64_t> integer(const char* key);
  // Any JSON number (an integer or not).
  std::optional<double> number(const char* key);
  // A list of JSON objects (read each with JsonBody::of).
  std::optional<std::vector<nlohmann::json>> objects(const char* key);
  Status status() const;

 private:
  nlohmann::json j_;
  std::optional<Error> error_;
};

}  // namespace bd::http
