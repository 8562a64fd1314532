// The .docx writer for official documents (Decree 30/2020/NĐ-CP, Appendix I).
// write_docx lays out an OfficialDocument on A4 portrait (margins top 20,
// bottom 20, left 30, right 15 mm), Times New Roman, black, body 14 pt:
//   - a borderless two-column header table: governing body (13 pt regular
//     capitals) over issuing body (13 pt bold capitals) over a short rule, and
//     "Số: …" (13 pt) below; national name (12 pt bold) over the motto (13 pt
//     bold) over a rule as wide as the motto, and the place and date (14 pt
//     italic) on the same line as the number;
//   - the title (type_title, bold capitals) and subject (bold) centred, with
//     a short rule under, then "Kính gửi: …" when there is an addressee;
//   - the body blocks (headings, justified paragraphs with a 1.27 cm first-line
//     indent, 6 pt between paragraphs, line spacing 1.2, bullets as "- …"
//     paragraphs (the dash is added unless the text starts with "- "), italic
//     basis lines, bordered tables whose first row is bold and repeats on each
//     page, page breaks, centred bold lines);
//   - a borderless two-column closing table: "Nơi nhận:" (12 pt bold italic)
//     and the recipients (11 pt, one a line) on the left; signer authority and
//     title (14 pt bold capitals), room to sign, and the name (14 pt bold) on
//     the right;
//   - page numbers centred at the top (13 pt), not on the first page.
// Capitals are enforced (Vietnamese upper-casing) for the bodies, type title
// and signer lines; other text is written as given (NFC, XML-escaped; "\n"
// is a line break within the paragraph, e.g. a two-line subject).
// Returns the bytes of the .docx. Deterministic: equal documents give equal
// bytes. Thread-safe. Throws std::runtime_error only if libzip fails (out of
// memory).
#pragma once

#include <string>

#include "documents/official_document.h"

namespace bd::documents {

std::string write_docx(const OfficialDocument& doc);

// word/document.xml alone (what write_docx packages), for tests and tools.
std::string document_xml(const OfficialDocument& doc);

// A body's name as the header's left column prints it: in capitals, fitted
// to the column (fit_name: "UBND" for "ỦY BAN NHÂN DÂN", then two lines
// broken before the locality). The governing body regular, the issuing body
// bold. The HTML preview shows the same lines.
std::string header_name(const std::string& name, bool bold);

// Page geometry in twips (1/20 pt; 1 mm ≈ 56.7 twips).
inline constexpr int kPageWidth = 11906;   // A4: 210 mm
inline constexpr int kPageHeight = 16838;  // 297 mm
inline constexpr int kMarginTop = 1134;    // 20 mm
inline constexpr int kMarginBottom = 1134; // 20 mm
inline constexpr int kMarginLeft = 1701;   // 30 mm
inline constexpr int kMarginRight = 850;   // 15 mm
inline constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;

}  // namespace bd::documents
