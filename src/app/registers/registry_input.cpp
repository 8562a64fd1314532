#include "app/registers/registry_input.h"

#include "core/text.h"

namespace bd::app {

Status text_field(std::string& value, const char* field, const char* label, size_t max_len, bool required) {
  if (!text::valid_utf8(value)) return Error::BadRequest(std::string(label) + ": văn bản không đúng mã UTF-8.", field);
  value = text::clean(value);
  if (required && value.empty()) return Error::Validation(std::string(label) + " không được để trống.", field);
  if (text::length(value) > max_len)
    return Error::Validation(std::string(label) + " dài quá " + std::to_string(max_len) + " ký tự.", field);
  return Status::Ok();
}

Status date_field(std::string& value, const char* field, const char* label, bool required) {
  value = text::clean(value);
  if (value.empty()) {
    if (required) return Error::Validation(std::string(label) + " không được để trống.", field);
    return Status::Ok();
  }
  auto d = parse_date(value);
  if (!d) return Error::Validation(std::string(label) + " không hợp lệ (dd/mm/yyyy).", field);
  value = iso(*d);
  return Status::Ok();
}

Status choice_field(const std::string& value, const std::vector<Choice>& choices, const char* field,
                    const char* label) {
  if (is_choice(choices, value)) return Status::Ok();
  if (value.empty()) return Error::Validation(std::string(label) + " chưa được chọn.", field);
  std::string allowed;
  for (const auto& c : choices) allowed += (allowed.empty() ? "" : ", ") + std::string(c.code);
  return Error::Validation(std::string(label) + " phải là một trong: " + allowed + ".", field);
}

Status phone_field(std::string& value, const char* field, bool required) {
  value = text::clean(value);
  if (value.empty()) {
    if (required) return Error::Validation("Số điện thoại không được để trống.", field);
    return Status::Ok();
  }
  int digits = 0;
  bool ok = value.size() <= 20;
  for (size_t i = 0; i < value.size() && ok; ++i) {
    char c = value[i];
    if (c >= '0' && c <= '9')
      ++digits;
    else
      ok = c == ' ' || c == '.' || c == '-' || (c == '+' && i == 0);
  }
  if (!ok || digits < 3) return Error::Validation("Số điện thoại không hợp lệ (chỉ gồm chữ số, tối đa 20 ký tự).", field);
  return Status::Ok();
}

Date vietnam_today(int64_t unix_now) { return date_from_unix(unix_now + 7 * 3600); }

}  // namespace bd::app
