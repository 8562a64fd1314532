#include "core/numbers.h"

#include <charconv>
#include <cmath>
#include <string>

namespace bd {
namespace {

constexpr const char* kHowNumber =
    "chưa đúng cách viết số: hàng nghìn tách bằng dấu chấm hoặc khoảng trắng (1.500 hoặc 1 500), "
    "phần thập phân sau dấu phẩy (2,5)";
constexpr const char* kHowWhole =
    "chưa đúng cách viết số nguyên: viết liền (1500) hoặc tách hàng nghìn bằng dấu chấm hoặc "
    "khoảng trắng (1.500 hoặc 1 500)";

bool digit(char c) { return c >= '0' && c <= '9'; }

struct Parts {
  bool negative = false;
  std::string whole;     // digits only
  std::string fraction;  // digits only; empty when there is no ","
  bool has_comma = false;
};

// Splits text into sign, whole digits and fraction digits, checking the
// grouping. nullopt when the text is not a well-formed number.
std::optional<Parts> split(std::string_view s) {
  Parts p;
  if (!s.empty() && s.front() == '-') {
    p.negative = true;
    s.remove_prefix(1);
  }
  const size_t comma = s.find(',');
  std::string_view head = s.substr(0, comma);
  if (comma != std::string_view::npos) {
    p.has_comma = true;
    std::string_view tail = s.substr(comma + 1);
    if (tail.empty()) return std::nullopt;
    for (char c : tail)
      if (!digit(c)) return std::nullopt;
    p.fraction = tail;
  }
  if (head.empty()) return std::nullopt;
  char sep = 0;
  size_t group = 0;       // digits in the current group
  bool grouped = false;   // a separator was seen
  for (size_t i = 0; i < head.size(); ++i) {
    const char c = head[i];
    if (digit(c)) {
      p.whole += c;
      ++group;
      continue;
    }
    if (c != '.' && c != ' ') return std::nullopt;
    if (sep && c != sep) return std::nullopt;  // "1.500 000"
    sep = c;
    // The first group has 1 to 3 digits and no leading zero; the others 3.
    if (!grouped ? (group == 0 || group > 3 || head[0] == '0') : group != 3) return std::nullopt;
    grouped = true;
    group = 0;
  }
  if (grouped && group != 3) return std::nullopt;
  return p;
}

Result<double> to_double(const Parts& p) {
  const std::string text = p.whole + (p.has_comma ? "." + p.fraction : "");
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
    return Error::Validation("quá lớn");
  return p.negative ? -v : v;
}

}  // namespace

Result<double> parse_vi_number(std::string_view text) {
  auto p = split(text);
  if (!p) return Error::Validation(kHowNumber);
  return to_double(*p);
}

Result<double> parse_vi_whole(std::string_view text) {
  auto p = split(text);
  if (!p) return Error::Validation(kHowWhole);
  if (p->has_comma && p->fraction.find_first_not_of('0') != std::string::npos)
    return Error::Validation("phải là số nguyên");
  return to_double(*p);
}

}  // namespace bd
