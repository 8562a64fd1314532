// An official document (Decree 30/2020/NĐ-CP, Appendix I) as data: the
// header block, the title, the body, the recipients and the signature. The
// .docx writer lays it out; plans (KH) and reports (BC) fill it in.
#pragma once

#include <string>
#include <vector>

namespace bd::documents {

// One block of the body, in order.
struct Block {
  enum class Kind {
    kHeading1,   // "I. MỤC TIÊU": bold capitals, numbered by the author
    kHeading2,   // "1. Mục tiêu chung": bold
    kHeading3,   // "a) …": bold italic
    kParagraph,  // justified, first-line indent
    kBullet,     // "- …" item
    kItalic,     // italic paragraph (basis lines)
    kTable,      // rows × cells; the first row is the header
    kPageBreak,  // e.g. before an annex
    kCentered,   // centred bold line (annex titles)
    kCenteredItalic,  // centred italic line: "(Kèm theo Kế hoạch số …)"
  };
  Kind kind = Kind::kParagraph;
  std::string text;
  std::vector<std::vector<std::string>> rows;  // kTable only
  std::vector<int> widths;                     // kTable: relative column widths (optional)
};

struct OfficialDocument {
  std::string governing_body;  // top left, capitals, regular: "UBND XÃ TÂN MỸ" (may be empty)
  std::string issuing_body;    // below it, capitals, bold, short line under: "TRƯỜNG THCS TÂN MỸ"
  std::string number_line;     // "Số: 05/KH-THCSTM"
  std::string place_date;      // italic, right column: "Tân Mỹ, ngày 05 tháng 01 năm 2026"
  std::string type_title;      // "KẾ HOẠCH" / "BÁO CÁO"
  std::string subject;         // bold line(s) under the title; short line under it
  std::string addressee;       // "Kính gửi: Sở Giáo dục và Đào tạo" (reports), optional
  std::vector<Block> body;
  // Annexes ("PHỤ LỤC"), after the signature, from a new page.
  std::vector<Block> annex;
  // Not yet issued: "DỰ THẢO" at the top right of every page.
  bool draft = false;
  std::vector<std::string> recipients;  // lines after "Nơi nhận:", each "- …;" the last "- Lưu: VT, …."
  std::string signer_authority;         // "KT. HIỆU TRƯỞNG" (may be empty)
  std::string signer_title;             // "PHÓ HIỆU TRƯỞNG"
  std::string signer_name;              // "Nguyễn Thị Lan"
};

}  // namespace bd::documents
