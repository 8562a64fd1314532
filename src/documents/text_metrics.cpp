#include "documents/text_metrics.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace bd::documents {
namespace {

// Advance widths in 1/1000 em of U+0020..U+007E.
constexpr int16_t kRegular[95] = {
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541
};
constexpr int16_t kBold[95] = {
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520
};

int ascii_width(UChar32 c, bool bold) { return (bold ? kBold : kRegular)[c - 0x20]; }

// Width of one code point in 1/1000 em.
int code_point_width(UChar32 c, bool bold) {
  if (c >= 0x20 && c < 0x7F) return ascii_width(c, bold);
  if (c < 0x20) return 0;
  if (c == 0x0110) return ascii_width('D', bold);  // Đ
  if (c == 0x0111) return bold ? 556 : 500;        // đ
  const int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) return 0;
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString d;
  if (nfd && nfd->getDecomposition(c, d) && d.length() > 0) {
    const UChar32 base = d.char32At(0);  // ộ → o, Ư → U
    if (base >= 0x20 && base < 0x7F) return ascii_width(base, bold);
  }
  return 500;
}

}  // namespace

int text_width_twips(std::string_view utf8, int half_points, bool bold) {
  int64_t milli_em = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    milli_em += c < 0 ? 500 : code_point_width(c, bold);
  }
  // half_points / 2 pt per em, 20 twips per pt.
  return static_cast<int>((milli_em * half_points * 10 + 500) / 1000);
}

std::string fit_name(std::string_view upper, int half_points, bool bold, int width) {
  auto fits = [&](std::string_view t) { return text_width_twips(t, half_points, bold) <= width; };
  std::string text(upper);
  if (fits(text)) return text;
  constexpr std::string_view kCommittee = "ỦY BAN NHÂN DÂN";
  if (size_t at = text.find(kCommittee); at != std::string::npos) text.replace(at, kCommittee.size(), "UBND");
  if (fits(text)) return text;
  auto split = [&](size_t space) -> std::optional<std::string> {
    const std::string_view head = std::string_view(text).substr(0, space), tail = std::string_view(text).substr(space + 1);
    if (!fits(head) || !fits(tail)) return std::nullopt;
    return std::string(head) + "\n" + std::string(tail);
  };
  // Before the first locality word: the name of a place stays whole.
  static constexpr std::string_view kPlaces[] = {" TỈNH ",   " THÀNH PHỐ ", " HUYỆN ", " QUẬN ",
                                                 " THỊ XÃ ", " THỊ TRẤN ",  " XÃ ",    " PHƯỜNG "};
  size_t place = std::string::npos;
  for (auto w : kPlaces) place = std::min(place, text.find(w));
  if (place != std::string::npos)
    if (auto two = split(place)) return *two;
  for (size_t space = text.rfind(' '); space != std::string::npos && space > 0; space = text.rfind(' ', space - 1))
    if (auto two = split(space)) return *two;
  return text;
}

}  // namespace bd::documents
