// Vietnamese text rules: NFC storage, `vi` collation, accent-insensitive search.
// Thread-safe: every function may be called from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bd::text {

// True if `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);

// The first character of `s` (valid UTF-8) that no text we keep may hold,
// as "U+0000", or "" when there is none: control characters other than tab,
// line feed and carriage return (C0, DEL, C1), and the bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069),
// which make text display other than it reads, and the noncharacters
// (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF), which XML 1.0 cannot carry (U+FFFE,
// U+FFFF) and no text exchanged may hold. Inputs are refused with it rather
// than altered.
std::string forbidden_character(std::string_view s);

// NFC-normalises valid UTF-8 (input that is not UTF-8 is returned unchanged;
// validate first).
std::string nfc(std::string_view s);

// Trims ASCII and Unicode white space at both ends and folds inner runs of
// white space (and of control characters, which inputs refuse before this;
// see forbidden_character) into one space, then NFC. Other characters, the
// invisible format characters included, are kept as they are.
std::string clean(std::string_view s);

// Search key: lower case, no diacritics, `đ` → `d` ("Đào" → "dao").
std::string fold(std::string_view s);

// True if `needle` occurs in `haystack` ignoring case and accents.
bool matches(std::string_view haystack, std::string_view needle);

// Number of Unicode code points (for length limits).
size_t length(std::string_view s);

// Compares with the Vietnamese collation: <0, 0, >0.
int compare_vi(std::string_view a, std::string_view b);

// Sorts `items` by `key(item)` with the Vietnamese collation.
template <class T, class KeyFn>
void sort_vi(std::vector<T>& items, KeyFn key);

// Upper case with Vietnamese rules ("Phòng giáo dục" → "PHÒNG GIÁO DỤC").
std::string upper_vi(std::string_view s);

}  // namespace bd::text

#include <algorithm>

namespace bd::text {
template <class T, class KeyFn>
void sort_vi(std::vector<T>& items, KeyFn key) {
  std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
    return compare_vi(key(a), key(b)) < 0;
  });
}
}  // namespace bd::text
