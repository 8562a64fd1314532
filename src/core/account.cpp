#include "core/account.h"

#include <algorithm>

#include "core/text.h"

namespace bd {

std::string normalize_username(std::string_view s) {
  std::string out(s);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  out.erase(0, out.find_first_not_of(' ') == std::string::npos ? out.size() : out.find_first_not_of(' '));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

Status validate_username(std::string_view u) {
  if (u.size() < 3 || u.size() > kMaxUsernameLength)
    return Error::Validation("Tên đăng nhập phải dài từ 3 đến 64 ký tự.", "username");
  for (char c : u) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok)
      return Error::Validation("Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số và các dấu . _ -", "username");
  }
  if (u.front() == '.' || u.front() == '_' || u.front() == '-')
    return Error::Validation("Tên đăng nhập phải bắt đầu bằng chữ cái hoặc chữ số.", "username");
  return Status::Ok();
}

Status validate_password(std::string_view p, std::string_view field) {
  if (!text::valid_utf8(p)) return Error::BadRequest("Mật khẩu không đúng mã UTF-8.", std::string(field));
  const size_t n = text::length(p);
  if (n < kMinPasswordLength) return Error::Validation("Mật khẩu phải có ít nhất 8 ký tự.", std::string(field));
  if (n > kMaxPasswordLength) return Error::Validation("Mật khẩu dài quá 128 ký tự.", std::string(field));
  // Compare whole code points, not bytes: "đđđđđđđđ" is all one character.
  const auto lead = static_cast<unsigned char>(p.front());
  const size_t k = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  bool all_same = p.size() % k == 0;
  for (size_t i = k; all_same && i < p.size(); i += k) all_same = p.substr(i, k) == p.substr(0, k);
  if (all_same)
    return Error::Validation("Mật khẩu quá đơn giản.", std::string(field));
  return Status::Ok();
}

}  // namespace bd
