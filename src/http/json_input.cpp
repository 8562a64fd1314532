#include "http/json_input.h"

#include "core/text.h"
#include "http/errors.h"

namespace bd::http {

namespace {

// The first string (key or value) holding a forbidden character, as an
// error naming its place ("values[2].value").
std::optional<Error> forbidden_in(const nlohmann::json& j, const std::string& at) {
  auto refuse = [&](const std::string& where, const std::string& ch) {
    return forbidden_character_error(where.empty() ? "nội dung" : where, ch);
  };
  if (j.is_string()) {
    if (auto ch = text::forbidden_character(j.get_ref<const std::string&>()); !ch.empty()) return refuse(at, ch);
  } else if (j.is_object()) {
    for (const auto& [k, v] : j.items()) {
      const std::string where = at.empty() ? k : at + "." + k;
      if (auto ch = text::forbidden_character(k); !ch.empty()) return refuse(where, ch);
      if (auto e = forbidden_in(v, where)) return e;
    }
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i)
      if (auto e = forbidden_in(j[i], at + "[" + std::to_string(i) + "]")) return e;
  }
  return std::nullopt;
}

}  // namespace

Result<nlohmann::json> parse_json_object(const std::string& body) {
  if (!text::valid_utf8(body)) return Error::BadRequest("Nội dung gửi lên không đúng mã UTF-8.");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body.empty() ? std::string("{}") : body);
  } catch (const nlohmann::json::parse_error& e) {
    return Error::BadRequest("JSON không hợp lệ (vị trí " + std::to_string(e.byte) + ").");
  } catch (const nlohmann::json::exception&) {  // e.g. a number too large for a double
    return Error::BadRequest("JSON không hợp lệ (có số quá lớn).");
  }
  if (!j.is_object()) return Error::BadRequest("Nội dung phải là một đối tượng JSON.");
  if (auto e = forbidden_in(j, "")) return *e;
  return j;
}

Result<JsonBody> JsonBody::parse(const std::string& body, std::initializer_list<const char*> allowed) {
  auto j = parse_json_object(body);
  if (!j) return j.error();
  return of(std::move(*j), allowed);
}

Result<JsonBody> JsonBody::of(nlohmann::json j, std::initializer_list<const char*> allowed) {
  JsonBody b;
  b.j_ = std::move(j);
  if (!b.j_.is_object()) return Error::BadRequest("Nội dung phải là một đối tượng JSON.");
  for (const auto& [key, value] : b.j_.items()) {
    bool known = false;
    for (const char* a : allowed) known = known || key == a;
    if (!known) return Error::BadRequest("Trường không được hỗ trợ: " + key + ".", key);
  }
  return b;
}

std::optional<int64_t> JsonBody::integer(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  if (!j_[key].is_number_integer()) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là số nguyên.", key);
    return std::nullopt;
  }
  return j_[key].get<int64_t>();
}

std::optional<double> JsonBody::number(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  if (!j_[key].is_number()) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là số.", key);
    return std::nullopt;
  }
  return j_[key].get<double>();
}

std::optional<std::vector<nlohmann::json>> JsonBody::objects(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  const auto& v = j_[key];
  bool ok = v.is_array();
  if (ok)
    for (const auto& x : v) ok = ok && x.is_object();
  if (!ok) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là danh sách đối tượng.", key);
    return std::nullopt;
  }
  return v.get<std::vector<nlohmann::json>>();
}

std::optional<std::string> JsonBody::str(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  if (!j_[key].is_string()) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là chuỗi ký tự.", key);
    return std::nullopt;
  }
  return j_[key].get<std::string>();
}

std::string JsonBody::str_or(const char* key, const std::string& fallback) { return str(key).value_or(fallback); }

std::optional<bool> JsonBody::boolean(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  if (!j_[key].is_boolean()) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là true hoặc false.", key);
    return std::nullopt;
  }
  return j_[key].get<bool>();
}

std::optional<std::vector<std::string>> JsonBody::str_list(const char* key) {
  if (!j_.contains(key) || j_[key].is_null()) return std::nullopt;
  const auto& v = j_[key];
  bool ok = v.is_array();
  if (ok)
    for (const auto& x : v) ok = ok && x.is_string();
  if (!ok) {
    if (!error_) error_ = Error::BadRequest(std::string("Trường ") + key + " phải là danh sách chuỗi.", key);
    return std::nullopt;
  }
  return v.get<std::vector<std::string>>();
}

Status JsonBody::status() const { return error_ ? Status(*error_) : Status::Ok(); }

}  // namespace bd::http
