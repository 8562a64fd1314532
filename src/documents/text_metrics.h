// Estimated printed width of a line of text in Times New Roman, used to size
// the short rules under the issuing body, the motto and the subject. Widths
// are the font's advance widths (Times New Roman and its metric twin
// Liberation Serif) for ASCII; a Vietnamese letter counts as its base letter
// (ộ as o, Đ as D), combining marks as nothing, anything else as 0.5 em.
// Kerning is ignored: expect a few percent of error. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace bd::documents {

// Width in twips (1/20 pt) of `utf8` set at `half_points` (28 = 14 pt);
// regular or bold upright. Line breaks are not considered: pass one line.
int text_width_twips(std::string_view utf8, int half_points, bool bold);

// A name in capitals (a header line) laid out to fit `width` twips without
// breaking inside a name: as it is when it fits; else with "ỦY BAN NHÂN DÂN"
// shortened to "UBND"; else on two lines ("\n"), broken before the locality
// ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH AN LẠC") or, failing that, at the last space
// that fits. A name that cannot fit either way is returned shortened.
std::string fit_name(std::string_view upper, int half_points, bool bold, int width);

}  // namespace bd::documents
