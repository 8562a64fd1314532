#include "http/pages/plans/document_view.h"

#include "documents/docx.h"

namespace bd::http::pages {
namespace {

using nlohmann::json;
using documents::Block;

const char* kind_flag(Block::Kind k) {
  switch (k) {
    case Block::Kind::kHeading1: return "h1";
    case Block::Kind::kHeading2: return "h2";
    case Block::Kind::kHeading3: return "h3";
    case Block::Kind::kParagraph: return "p";
    case Block::Kind::kBullet: return "bullet";
    case Block::Kind::kItalic: return "italic";
    case Block::Kind::kTable: return "table";
    case Block::Kind::kPageBreak: return "page_break";
    case Block::Kind::kCentered: return "centered";
    case Block::Kind::kCenteredItalic: return "centered_italic";
  }
  return "p";
}

json table_model(const Block& b) {
  json rows = json::array();
  for (size_t i = 1; i < b.rows.size(); ++i) {
    json cells = json::array();
    for (const auto& c : b.rows[i]) cells.push_back({{"text", c}});
    rows.push_back({{"cells", cells}});
  }
  json head = json::array();
  if (!b.rows.empty())
    for (const auto& c : b.rows.front()) head.push_back({{"text", c}});
  return {{"head", head}, {"rows", rows}};
}

json blocks_model(const std::vector<Block>& in) {
  json blocks = json::array();
  for (const auto& b : in) {
    json j = {{kind_flag(b.kind), true}, {"text", b.text}};
    if (b.kind == Block::Kind::kTable) j["table"] = table_model(b);
    blocks.push_back(std::move(j));
  }
  return blocks;
}

}  // namespace

json document_model(const documents::OfficialDocument& doc) {
  const json blocks = blocks_model(doc.body);
  json recipients = json::array();
  for (const auto& r : doc.recipients) recipients.push_back(r);
  json annex = nullptr;  // a section only when there is one
  if (!doc.annex.empty()) annex = {{"blocks", blocks_model(doc.annex)}};
  // The header's names as the .docx prints them: capitals, fitted, "UBND".
  return {{"governing_body", doc.governing_body.empty() ? "" : documents::header_name(doc.governing_body, false)},
          {"draft", doc.draft},
          {"annex", annex},
          {"issuing_body", documents::header_name(doc.issuing_body, true)},
          {"number_line", doc.number_line},
          {"place_date", doc.place_date},
          {"type_title", doc.type_title},
          {"subject", doc.subject},
          {"addressee", doc.addressee},
          {"blocks", blocks},
          {"recipients", recipients},
          {"has_recipients", !recipients.empty()},
          {"signer_authority", doc.signer_authority},
          {"signer_title", doc.signer_title},
          {"signer_name", doc.signer_name}};
}

}  // namespace bd::http::pages
