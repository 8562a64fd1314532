#include "documents/docx.h"

#include <algorithm>
#include <stdexcept>

#include "core/text.h"
#include "documents/docx_parts.h"
#include "documents/text_metrics.h"
#include "documents/wordml.h"
#include "documents/zip_writer.h"

namespace bd::documents {
namespace {

using wml::Align;
using wml::Para;
using wml::Run;

// The two columns of the header and closing tables: the right one starts at
// the middle of the page, so the national name and the signature sit in the
// right half. Cells have no side margins. The header's right column reaches
// 2.5 mm into the right margin so that the national name (12 pt bold, about
// 250 pt) stays on one line even where the font is a little wider than Times
// New Roman; the text itself ends about at the margin.
constexpr int kLeftColumn = kPageWidth / 2 - kMarginLeft;
constexpr int kRightColumn = kTextWidth - kLeftColumn;
constexpr int kHeaderRightColumn = kRightColumn + 142;

constexpr int kBody = 28;       // 14 pt
constexpr int kHeaderSize = 26; // 13 pt
constexpr int kBodyLine = 288;  // 1.2 lines
constexpr int kParaGap = 120;   // 6 pt
constexpr int kIndent = 720;    // 1.27 cm

// Width of the widest line of `text` (lines split at "\n").
int widest_line(std::string_view text, int size, bool bold) {
  int widest = 0;
  while (true) {
    const size_t cut = text.find('\n');
    widest = std::max(widest, text_width_twips(text.substr(0, cut), size, bold));
    if (cut == std::string_view::npos) return widest;
    text.remove_prefix(cut + 1);
  }
}

// A short rule under a line of text: 40% of its width (Decree: 1/3 to 1/2).
int short_rule(std::string_view text, int size, int available) {
  return std::min(widest_line(text, size, true), available) * 2 / 5;
}

Para centred(int before = 0) {
  Para p;
  p.align = Align::kCenter;
  p.before = before;
  return p;
}

}  // namespace

std::string header_name(const std::string& name, bool bold) {
  return fit_name(text::upper_vi(name), kHeaderSize, bold, kLeftColumn);
}

namespace {

void header_table(std::string& out, const OfficialDocument& doc) {
  wml::open_table(out, {{kLeftColumn, kHeaderRightColumn}, false, 0});
  wml::open_row(out, false, true);
  wml::open_cell(out, kLeftColumn);
  if (!doc.governing_body.empty())
    wml::append_paragraph(out, centred(), {header_name(doc.governing_body, false), kHeaderSize});
  const std::string issuer = header_name(doc.issuing_body, true);
  wml::append_paragraph(out, centred(), {issuer, kHeaderSize, true});
  wml::append_rule(out, short_rule(issuer, kHeaderSize, kLeftColumn), kLeftColumn);
  wml::close_cell(out);
  wml::open_cell(out, kHeaderRightColumn);
  wml::append_paragraph(out, centred(), {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 24, true});
  constexpr std::string_view kMotto = "Độc lập - Tự do - Hạnh phúc";
  wml::append_paragraph(out, centred(), {kMotto, kHeaderSize, true});
  wml::append_rule(out, text_width_twips(kMotto, kHeaderSize, true), kHeaderRightColumn);
  wml::close_cell(out);
  wml::close_row(out);

  wml::open_row(out, false, true);
  wml::open_cell(out, kLeftColumn);
  wml::append_paragraph(out, centred(kParaGap), {doc.number_line, kHeaderSize});
  wml::close_cell(out);
  wml::open_cell(out, kHeaderRightColumn);
  wml::append_paragraph(out, centred(kParaGap), {doc.place_date, kBody, false, true});
  wml::close_cell(out);
  wml::close_row(out);
  wml::close_table(out);
}

void title_block(std::string& out, const OfficialDocument& doc) {
  Para title = centred(480);
  title.keep_next = true;
  wml::append_paragraph(out, title, {text::upper_vi(doc.type_title), kBody, true});
  Para subject = centred();
  subject.keep_next = true;
  wml::append_paragraph(out, subject, {doc.subject, kBody, true});
  const bool addressed = !doc.addressee.empty();
  wml::append_rule(out, short_rule(doc.subject, kBody, kTextWidth), kTextWidth, addressed ? 0 : 240);
  if (addressed) wml::append_paragraph(out, centred(240), {doc.addressee, kBody});
}

Para body_para(bool page_break) {
  Para p;
  p.align = Align::kBoth;
  p.before = kParaGap;
  p.line = kBodyLine;
  p.first_line = kIndent;
  p.page_break_before = page_break;
  return p;
}

// Sequence numbers ("1", "12", "1.2") are centred in their cells.
bool numeric(std::string_view s) {
  return !s.empty() && s.size() <= 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

void body_table(std::string& out, const Block& block) {
  size_t columns = 0;
  for (const auto& row : block.rows) columns = std::max(columns, row.size());
  if (columns == 0) return;
  const std::vector<int> widths = wml::scale_widths(block.widths, columns, kTextWidth);
  wml::open_table(out, {widths, true, 85});
  for (size_t r = 0; r < block.rows.size(); ++r) {
    const bool header = r == 0;
    wml::open_row(out, header, true);
    for (size_t c = 0; c < columns; ++c) {
      wml::open_cell(out, widths[c], header ? wml::VAlign::kCenter : wml::VAlign::kTop);
      std::string_view text;
      if (c < block.rows[r].size()) text = block.rows[r][c];
      Para p;
      p.align = header || numeric(text) ? Align::kCenter : Align::kLeft;
      p.before = 40;
      p.after = 40;
      wml::append_paragraph(out, p, {text, kHeaderSize, header});
      wml::close_cell(out);
    }
    wml::close_row(out);
  }
  wml::close_table(out);
  // Keeps two tables apart (Word would merge them) and leaves 6 pt after.
  Para gap;
  gap.line = kParaGap;
  gap.exact = true;
  gap.mark_size = 4;
  wml::append_paragraph(out, gap, {});
}

void body(std::string& out, const std::vector<Block>& blocks) {
  bool page_break = false;  // pending: put on the next paragraph
  for (const Block& b : blocks) {
    Para p = body_para(page_break);
    Run run{b.text, kBody};
    std::string bullet;
    switch (b.kind) {
      case Block::Kind::kPageBreak:
        if (page_break) wml::append_page_break(out);
        page_break = true;
        continue;
      case Block::Kind::kTable:
        if (page_break) wml::append_page_break(out);
        page_break = false;
        body_table(out, b);
        continue;
      case Block::Kind::kHeading1:
      case Block::Kind::kHeading2:
      case Block::Kind::kHeading3: {
        const int level = b.kind == Block::Kind::kHeading1 ? 1 : b.kind == Block::Kind::kHeading2 ? 2 : 3;
        p.style = level == 1 ? "Heading1" : level == 2 ? "Heading2" : "Heading3";
        p.keep_next = true;
        p.outline_level = level - 1;
        run.bold = true;
        run.italic = level == 3;
        break;
      }
      case Block::Kind::kBullet:
        if (!b.text.starts_with("- ")) {
          bullet = "- " + b.text;
          run.text = bullet;
        }
        break;
      case Block::Kind::kItalic:
        run.italic = true;
        break;
      case Block::Kind::kCentered:
      case Block::Kind::kCenteredItalic:
        p.align = Align::kCenter;
        p.first_line = 0;
        p.keep_next = true;
        run.bold = b.kind == Block::Kind::kCentered;
        run.italic = b.kind == Block::Kind::kCenteredItalic;
        break;
      case Block::Kind::kParagraph:
        break;
    }
    wml::append_paragraph(out, p, run);
    page_break = false;
  }
  if (page_break) wml::append_page_break(out);
}

// A document (or a cell) must not end with a table: a tiny last paragraph.
void end_paragraph(std::string& out) {
  Para end;
  end.line = 20;
  end.exact = true;
  end.mark_size = 2;
  wml::append_paragraph(out, end, {});
}

void closing_table(std::string& out, const OfficialDocument& doc) {
  Para gap;
  gap.before = 240;
  gap.mark_size = kBody;
  wml::append_paragraph(out, gap, {});

  wml::open_table(out, {{kLeftColumn, kRightColumn}, false, 0});
  wml::open_row(out, false, true);
  wml::open_cell(out, kLeftColumn);
  Para left;
  left.keep_next = true;
  wml::append_paragraph(out, left, {"Nơi nhận:", 24, true, true});
  for (const auto& line : doc.recipients) wml::append_paragraph(out, left, {line, 22});
  wml::close_cell(out);

  wml::open_cell(out, kRightColumn);
  Para right = centred();
  right.keep_next = true;
  if (!doc.signer_authority.empty())
    wml::append_paragraph(out, right, {text::upper_vi(doc.signer_authority), kBody, true});
  wml::append_paragraph(out, right, {text::upper_vi(doc.signer_title), kBody, true});
  right.mark_size = kBody;
  for (int i = 0; i < 4; ++i) wml::append_paragraph(out, right, {});  // room to sign
  wml::append_paragraph(out, centred(), {doc.signer_name, kBody, true});
  wml::close_cell(out);
  wml::close_row(out);
  wml::close_table(out);

  end_paragraph(out);
}

// The annexes after the signature, from a new page.
void annexes(std::string& out, const std::vector<Block>& annex) {
  if (annex.empty()) return;
  std::vector<Block> blocks{{Block::Kind::kPageBreak, "", {}, {}}};
  blocks.insert(blocks.end(), annex.begin(), annex.end());
  body(out, blocks);
  end_paragraph(out);
}

void section(std::string& out) {
  out += "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"";
  out += parts::kHeaderDefaultId;
  out += "\"/><w:headerReference w:type=\"first\" r:id=\"";
  out += parts::kHeaderFirstId;
  out += "\"/><w:pgSz w:w=\"" + std::to_string(kPageWidth) + "\" w:h=\"" + std::to_string(kPageHeight) +
         "\"/><w:pgMar w:top=\"" + std::to_string(kMarginTop) + "\" w:right=\"" +
         std::to_string(kMarginRight) + "\" w:bottom=\"" + std::to_string(kMarginBottom) +
         "\" w:left=\"" + std::to_string(kMarginLeft) +
         "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/><w:cols w:space=\"720\"/>"
         "<w:titlePg/><w:docGrid w:linePitch=\"360\"/></w:sectPr>";
}

}  // namespace

std::string document_xml(const OfficialDocument& doc) {
  std::string out;
  out.reserve(4096 + doc.body.size() * 600);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
         " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>";
  header_table(out, doc);
  title_block(out, doc);
  body(out, doc.body);
  closing_table(out, doc);
  annexes(out, doc.annex);
  section(out);
  out += "</w:body></w:document>";
  return out;
}

std::string write_docx(const OfficialDocument& doc) {
  ZipWriter zip;
  zip.add("[Content_Types].xml", parts::content_types());
  zip.add("_rels/.rels", parts::package_rels());
  zip.add("word/document.xml", document_xml(doc));
  zip.add("word/_rels/document.xml.rels", parts::document_rels());
  zip.add("word/styles.xml", parts::styles());
  zip.add("word/settings.xml", parts::settings());
  zip.add("word/header1.xml", parts::header_first_page(doc.draft));
  zip.add("word/header2.xml", parts::header_page_number(doc.draft));
  zip.add("docProps/core.xml", parts::core_properties(text::upper_vi(doc.type_title), doc.subject));
  zip.add("docProps/app.xml", parts::app_properties());
  Result<std::string> bytes = zip.finish();
  if (!bytes) throw std::runtime_error(bytes.error().message);
  return std::move(bytes.value());
}

}  // namespace bd::documents
