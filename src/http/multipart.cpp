#include "http/multipart.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "core/text.h"
#include "http/errors.h"

namespace bd::http {
namespace {

constexpr size_t kMaxBoundary = 70;  // RFC 2046

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The value of `key` among "; key=value" parameters (quotes removed), or nullopt.
std::optional<std::string> param(std::string_view header, std::string_view key) {
  size_t pos = 0;
  while ((pos = header.find(';', pos)) != std::string_view::npos) {
    std::string_view rest = trim(header.substr(pos + 1));
    const size_t eq = rest.find('=');
    ++pos;
    if (eq == std::string_view::npos || lower(trim(rest.substr(0, eq))) != key) continue;
    std::string_view v = trim(rest.substr(eq + 1));
    if (v.starts_with('"')) {
      const size_t close = v.find('"', 1);
      if (close == std::string_view::npos) return std::nullopt;
      return std::string(v.substr(1, close - 1));
    }
    return std::string(v.substr(0, v.find(';')));
  }
  return std::nullopt;
}

Error bad(const std::string& what) { return Error::BadRequest("Dữ liệu biểu mẫu gửi lên không hợp lệ: " + what + "."); }

}  // namespace

bool is_multipart(std::string_view content_type) { return lower(content_type).starts_with("multipart/form-data"); }

Result<std::vector<FormPart>> parse_multipart(std::string_view body, std::string_view content_type,
                                              const MultipartLimits& limits) {
  if (!is_multipart(content_type)) return bad("cần multipart/form-data");
  const auto boundary = param(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > kMaxBoundary) return bad("thiếu hoặc sai boundary");
  const std::string delim = "--" + *boundary;
  if (!body.starts_with(delim)) return bad("nội dung không bắt đầu bằng boundary");
  const std::string next = "\r\n" + delim;
  size_t pos = delim.size();
  std::vector<FormPart> parts;
  for (;;) {
    if (body.substr(pos, 2) == "--") {  // the closing delimiter
      std::string_view tail = body.substr(pos + 2);
      if (!tail.empty() && tail != "\r\n") return bad("có nội dung sau boundary kết thúc");
      break;
    }
    if (body.substr(pos, 2) != "\r\n") return bad("boundary không kết thúc dòng");
    pos += 2;
    const size_t header_end = body.find("\r\n\r\n", pos);
    if (header_end == std::string_view::npos || header_end - pos > limits.max_header_bytes)
      return bad("phần đầu của một mục quá dài hoặc không kết thúc");
    if (parts.size() >= limits.max_parts) return bad("quá nhiều mục");
    FormPart part;
    bool disposition = false;
    std::string_view headers = body.substr(pos, header_end - pos);
    while (!headers.empty()) {
      const size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos) return bad("dòng tiêu đề không hợp lệ");
      const std::string name = lower(trim(line.substr(0, colon)));
      const std::string_view value = trim(line.substr(colon + 1));
      if (name == "content-disposition") {
        if (!lower(value).starts_with("form-data")) return bad("Content-Disposition phải là form-data");
        auto n = param(value, "name");
        if (!n || n->empty()) return bad("một mục không có tên");
        part.name = *n;
        part.filename = param(value, "filename").value_or("");
        disposition = true;
      } else if (name == "content-type") {
        part.content_type = std::string(value);
      }
    }
    if (!disposition) return bad("một mục thiếu Content-Disposition");
    const size_t data_start = header_end + 4;
    const size_t data_end = body.find(next, data_start);
    if (data_end == std::string_view::npos) return bad("thiếu boundary kết thúc");
    part.data = std::string(body.substr(data_start, data_end - data_start));
    if (part.filename.empty())
      if (auto ch = text::forbidden_character(part.data); !ch.empty()) return forbidden_character_error(part.name, ch);
    parts.push_back(std::move(part));
    pos = data_end + next.size();
  }
  return parts;
}

const FormPart* find_part(const std::vector<FormPart>& parts, std::string_view name) {
  for (const auto& p : parts)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace bd::http
