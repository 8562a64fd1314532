// A consolidation laid out as an official report (BC): who reported, the
// figures by sex with the share of women, each child's figures and the
// unit's targets.
#include "analytics/targets.h"
#include "app/phrasing.h"
#include "app/reports/consolidation.h"
#include "app/reports/narrative_draft.h"
#include "core/indicator.h"
#include "core/plan.h"
#include "core/text.h"

namespace bd::app {
namespace {

using documents::Block;

std::string num(const std::optional<double>& v) { return v ? format_number_vi(*v, 2) : "–"; }
std::string pct(const std::optional<double>& v) { return v ? format_indicator_value(*v, "percent") : "–"; }

void add(std::vector<Block>& body, Block::Kind k, std::string text) { body.push_back({k, std::move(text), {}, {}}); }

}  // namespace

documents::OfficialDocument consolidation_document(const Consolidation& c) {
  documents::OfficialDocument doc;
  doc.governing_body = text::upper_vi(c.governing_body);
  doc.issuing_body = text::upper_vi(c.unit.name);
  doc.number_line = draft_number_line(document_symbol("BC", c.unit.short_name));
  const DocumentSignature& sig = c.signature;
  doc.place_date = (sig.place.empty() ? "" : sig.place + ", ") + "ngày      tháng      năm " + std::to_string(c.period.year);
  doc.type_title = "BÁO CÁO";
  doc.subject = "Kết quả hoạt động vì bình đẳng giới và sự tiến bộ của phụ nữ (tổng hợp), " + c.period.label_vi();
  if (c.parent) doc.addressee = "Kính gửi: " + c.parent->name;

  auto& b = doc.body;
  add(b, Block::Kind::kHeading1, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
  add(b, Block::Kind::kParagraph,
      "Số liệu tổng hợp từ " + std::to_string(c.counted) + "/" + std::to_string(c.expected) + " đơn vị có báo cáo " +
          (c.include_submitted ? "đã nộp hoặc đã được phê duyệt." : "đã được phê duyệt."));
  if (!c.children.empty()) {
    Block t{Block::Kind::kTable, "", {{"Đơn vị", "Báo cáo được tổng hợp"}}, {70, 30}};
    for (const auto& ch : c.children)
      t.rows.push_back({ch.unit.name, ch.expected == 0 ? "Không phải nộp"
                                                       : std::to_string(ch.counted) + "/" + std::to_string(ch.expected)});
    b.push_back(std::move(t));
    std::vector<std::string> short_of;
    for (const auto& ch : c.children)
      if (ch.counted < ch.expected) short_of.push_back(ch.unit.name);
    add(b, Block::Kind::kParagraph,
        short_of.empty() ? std::string("Đã tổng hợp đủ số liệu của tất cả các đơn vị phải báo cáo.")
                         : "Chưa tổng hợp đủ số liệu của " + std::to_string(short_of.size()) + " đơn vị: " +
                               name_list(short_of) + ".");
  }

  add(b, Block::Kind::kHeading1, "II. SỐ LIỆU TỔNG HỢP");
  int n = 1;
  for (size_t s = 0; s < c.sets.size(); ++s) {
    const auto& set = c.sets[s];
    add(b, Block::Kind::kHeading2, std::to_string(n++) + ". " + set.set.name_vi);
    Block t{Block::Kind::kTable, "", {{"Nội dung", "Nữ", "Nam", "Tổng số", "Tỷ lệ nữ"}}, {44, 14, 14, 14, 14}};
    for (const auto& r : set.rows) {
      const Figure& f = r.figure;
      if (r.element.by_sex())
        t.rows.push_back({r.element.name_vi, num(f.female), num(f.male), num(f.total), pct(female_share(f))});
      else
        t.rows.push_back({r.element.name_vi, "", "", num(f.total), ""});
    }
    b.push_back(std::move(t));
  }

  if (!c.targets.empty()) {
    add(b, Block::Kind::kHeading1, "III. KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
    Block t{Block::Kind::kTable, "", {{"Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"}}, {46, 18, 18, 18}};
    for (const auto& s : c.targets) {
      const std::string goal = goal_text(s);
      const std::string verdict = s.status == "met" ? "Đạt" : s.status == "not_met" ? "Chưa đạt" : "Chưa có số liệu";
      t.rows.push_back({s.target.name_vi, goal, s.value ? format_indicator_value(*s.value, s.indicator.unit) : "–",
                        verdict});
    }
    b.push_back(std::move(t));
    // The table in words (narrative_draft.h), from the same figures.
    for (size_t i = 0; i < c.targets.size(); ++i) {
      const TargetFact f{c.targets[i], i < c.year_before.size() ? c.year_before[i] : std::nullopt,
                         i < c.previous.size() ? c.previous[i] : std::nullopt,
                         i < c.standing.size() ? c.standing[i] : std::nullopt};
      if (f.state.status == "met") add(b, Block::Kind::kParagraph, "- " + met_sentence(f, c.period));
      if (f.state.status == "not_met") add(b, Block::Kind::kParagraph, "- " + unmet_sentence(f, c.period));
      if (f.state.status != "no_data")
        if (auto k = children_sentence(f); !k.empty()) add(b, Block::Kind::kParagraph, "- " + k);
    }
  }
  // The closing line; "./." marks where the body ends (Decree 30).
  add(b, Block::Kind::kParagraph,
      c.unit.name + " báo cáo tổng hợp công tác " + c.period.label_vi() + " như trên" +
          (c.parent ? "; kính báo cáo " + c.parent->name + " xem xét, chỉ đạo./." : "./."));
  doc.recipients = {"- Như trên;", "- Lưu: VT."};
  if (sig.title.empty()) {
    doc.signer_title = "THỦ TRƯỞNG ĐƠN VỊ";
  } else {
    doc.signer_authority = sig.authority;
    doc.signer_title = sig.title;
    doc.signer_name = sig.name;
  }
  return doc;
}

}  // namespace bd::app
