#include "core/text.h"

#include <cstdio>
#include <memory>

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace bd::text {
namespace {

icu::UnicodeString from_utf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string to_utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

const icu::Normalizer2& nfc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFCInstance(status);
}

const icu::Normalizer2& nfd_instance() {
  UErrorCode status = U_ZERO_ERROR;
  return *icu::Normalizer2::getNFDInstance(status);
}

// One collator per thread: icu::Collator::compare is not documented thread-safe.
icu::Collator& collator_vi() {
  thread_local std::unique_ptr<icu::Collator> coll = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status) || !c) {
      status = U_ZERO_ERROR;
      c.reset(icu::Collator::createInstance(icu::Locale::getRoot(), status));
    }
    return c;
  }();
  return *coll;
}

}  // namespace

bool valid_utf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string forbidden_character(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    const bool control = (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    const bool noncharacter = (c >= 0xFDD0 && c <= 0xFDEF) || (c >= 0 && (c & 0xFFFE) == 0xFFFE);
    if (control || bidi || noncharacter) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
      return buf;
    }
  }
  return "";
}

std::string nfc(std::string_view s) {
  if (!valid_utf8(s)) return std::string(s);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = from_utf8(s);
  if (nfc_instance().isNormalized(u, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = nfc_instance().normalize(u, status);
  return U_SUCCESS(status) ? to_utf8(out) : std::string(s);
}

std::string clean(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || u_charType(c) == U_CONTROL_CHAR) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(' '));
    pending_space = false;
    out.append(c);
  }
  return nfc(to_utf8(out));
}

std::string fold(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString d = nfd_instance().normalize(from_utf8(s), status);
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0111 || c == 0x0110) c = 'd';  // đ Đ
    out.append(u_tolower(c));
  }
  return to_utf8(out);
}

bool matches(std::string_view haystack, std::string_view needle) {
  const std::string n = fold(clean(needle));
  if (n.empty()) return true;
  return fold(haystack).find(n) != std::string::npos;
}

size_t length(std::string_view s) {
  return static_cast<size_t>(from_utf8(s).countChar32());
}

int compare_vi(std::string_view a, std::string_view b) {
  UErrorCode status = U_ZERO_ERROR;
  auto r = collator_vi().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                     icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
  return static_cast<int>(r);
}

std::string upper_vi(std::string_view s) {
  icu::UnicodeString u = from_utf8(s);
  u.toUpper(icu::Locale("vi"));
  return nfc(to_utf8(u));
}

}  // namespace bd::text
