#include "http/multipart.h"

#include <algorithm>
#include <cctype>

namespace bd::http {
namespace {

constexpr size_t kMaxBoundary = 70;

Error bad(const std::string& why) { return Error::BadRequest("Dữ liệu tải lên không hợp lệ: " + why + "."); }

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

// The value of `key` among "; key=value" parameters (quoted or not).
std::optional<std::string> param(std::string_view header, std::string_view key) {
  size_t pos = 0;
  while ((pos = header.find(';', pos)) != std::string_view::npos) {
    ++pos;
    std::string_view rest = trim(header.substr(pos));
    const size_t eq = rest.find('=');
    if (eq == std::string_view::npos) continue;
    if (lower(trim(rest.substr(0, eq))) != key) continue;
    std::string_view v = rest.substr(eq + 1);
    if (!v.empty() && v.front() == '"') {
      std::string out;
      for (size_t i = 1; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) out += v[++i];
        else if (v[i] == '"') return out;
        else out += v[i];
      }
      return std::nullopt;  // unterminated quote
    }
    return std::string(trim(v.substr(0, v.find(';'))));
  }
  return std::nullopt;
}

Result<MultipartPart> parse_part(std::string_view part) {
  const size_t end = part.find("\r\n\r\n");
  if (end == std::string_view::npos || end > kMaxPartHeaderBytes) return bad("thiếu hoặc quá dài phần đầu của mục");
  MultipartPart p;
  bool disposition = false;
  std::string_view headers = part.substr(0, end);
  while (!headers.empty()) {
    const size_t eol = headers.find("\r\n");
    std::string_view line = headers.substr(0, eol);
    headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return bad("dòng tiêu đề sai");
    const std::string name = lower(trim(line.substr(0, colon)));
    const std::string_view value = trim(line.substr(colon + 1));
    if (name == "content-disposition") {
      if (lower(value.substr(0, value.find(';'))) != "form-data") return bad("mục không phải form-data");
      auto n = param(value, "name");
      if (!n || n->empty()) return bad("mục thiếu tên");
      p.name = *n;
      p.filename = param(value, "filename").value_or("");
      disposition = true;
    } else if (name == "content-type") {
      p.content_type = std::string(value);
    }
  }
  if (!disposition) return bad("mục thiếu Content-Disposition");
  p.data = std::string(part.substr(end + 4));
  return p;
}

}  // namespace

Result<std::string> multipart_boundary(std::string_view content_type) {
  if (!lower(content_type).starts_with("multipart/form-data"))
    return Error::BadRequest("Nội dung phải là multipart/form-data.");
  auto b = param(content_type, "boundary");
  if (!b || b->empty() || b->size() > kMaxBoundary) return bad("thiếu hoặc sai boundary");
  return *b;
}

Result<std::vector<MultipartPart>> parse_multipart(std::string_view content_type, std::string_view body) {
  auto boundary = multipart_boundary(content_type);
  if (!boundary) return boundary.error();
  const std::string first = "--" + *boundary + "\r\n";
  const std::string delim = "\r\n--" + *boundary;
  if (!body.starts_with(first)) return bad("không bắt đầu bằng boundary");
  std::vector<MultipartPart> parts;
  size_t pos = first.size();
  while (true) {
    const size_t next = body.find(delim, pos);
    if (next == std::string_view::npos) return bad("thiếu boundary kết thúc");
    if (parts.size() == kMaxParts) return bad("quá nhiều mục");
    auto p = parse_part(body.substr(pos, next - pos));
    if (!p) return p.error();
    parts.push_back(std::move(*p));
    pos = next + delim.size();
    if (body.substr(pos, 2) == "--") {
      const std::string_view tail = body.substr(pos + 2);
      if (!tail.empty() && tail != "\r\n") return bad("có dữ liệu sau boundary kết thúc");
      return parts;
    }
    if (body.substr(pos, 2) != "\r\n") return bad("boundary không kết thúc bằng CRLF");
    pos += 2;
  }
}

const MultipartPart* find_part(const std::vector<MultipartPart>& parts, std::string_view name) {
  for (const auto& p : parts)
    if (p.name == name) return &p;
  return nullptr;
}

}  // namespace bd::http
