// A plan laid out as an official document (Decree 30): header lines derived
// from the tree, numbered parts, the schedule annex, recipients, signature.
#include "app/access.h"
#include "app/plans/access.h"
#include "app/plans/plans.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;
using documents::Block;

const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

std::string str(const json& j, const char* key) { return j.value(key, std::string()); }

// Basis lines end with ';', the last with '.'.
std::vector<std::string> punctuate(const std::vector<std::string>& lines, char last) {
  std::vector<std::string> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string s = lines[i];
    while (!s.empty() && (s.back() == ';' || s.back() == '.' || s.back() == ',')) s.pop_back();
    out.push_back(s + (i + 1 == lines.size() ? last : ';'));
  }
  return out;
}

void add(std::vector<Block>& body, Block::Kind kind, const std::string& text) {
  if (!text.empty()) body.push_back({kind, text, {}, {}});
}

void add_paragraphs(std::vector<Block>& body, const std::string& text) {
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    add(body, Block::Kind::kParagraph, text.substr(start, end - start));
    start = end + 1;
  }
}

// "2. Tập huấn", or the title alone when a part has a single item (no lone "1.").
std::string numbered(int n, size_t count, const std::string& title) {
  return count == 1 ? title : std::to_string(n) + ". " + title;
}

void objectives_part(std::vector<Block>& body, const json& c, int& part) {
  add(body, Block::Kind::kHeading1, std::string(kRoman[part++]) + ". MỤC TIÊU");
  const bool general = !str(c, "general_objective").empty();
  if (general) {
    add(body, Block::Kind::kHeading2, "1. Mục tiêu chung");
    add_paragraphs(body, str(c, "general_objective"));
  }
  add(body, Block::Kind::kHeading2, numbered(general ? 2 : 1, general ? 2 : 1, "Mục tiêu cụ thể"));
  int n = 1;
  const json objectives = c.value("objectives", json::array());
  for (const auto& o : objectives) {
    // A lone objective gets no number ("Mục tiêu: …").
    add(body, Block::Kind::kHeading3,
        (objectives.size() == 1 ? std::string("Mục tiêu") : "Mục tiêu " + std::to_string(n++)) + ": " + str(o, "title"));
    for (const auto& t : o.value("targets", json::array()))
      add(body, Block::Kind::kBullet, "- Chỉ tiêu: " + str(t, "text"));
  }
}

void tasks_part(std::vector<Block>& body, const json& c, int& part) {
  const json tasks = c.value("tasks", json::array());
  if (tasks.empty()) return;
  add(body, Block::Kind::kHeading1, std::string(kRoman[part++]) + ". NHIỆM VỤ VÀ GIẢI PHÁP");
  int n = 1;
  for (const auto& t : tasks) {
    add(body, Block::Kind::kHeading2, numbered(n++, tasks.size(), str(t, "title")));
    for (const auto& a : t.value("actions", json::array())) add(body, Block::Kind::kBullet, "- " + a.get<std::string>());
    if (!str(t, "responsible").empty()) add(body, Block::Kind::kParagraph, "Đơn vị thực hiện: " + str(t, "responsible") + ".");
    if (!str(t, "timeframe").empty()) add(body, Block::Kind::kParagraph, "Thời gian thực hiện: " + str(t, "timeframe") + ".");
  }
}

void organisation_part(std::vector<Block>& body, const json& c, int& part) {
  const json duties = c.value("duties", json::array());
  if (duties.empty() && str(c, "reporting").empty()) return;
  add(body, Block::Kind::kHeading1, std::string(kRoman[part++]) + ". TỔ CHỨC THỰC HIỆN");
  const size_t items = duties.size() + (str(c, "reporting").empty() ? 0 : 1);
  int n = 1;
  for (const auto& d : duties) {
    add(body, Block::Kind::kHeading2, numbered(n++, items, str(d, "unit")));
    add_paragraphs(body, str(d, "text"));
  }
  if (!str(c, "reporting").empty()) {
    add(body, Block::Kind::kHeading2, numbered(n, items, "Chế độ báo cáo"));
    add_paragraphs(body, str(c, "reporting"));
  }
}

// The monthly schedule as the plan's annex (after its signature), with the
// line that ties it to the plan: "(Kèm theo Kế hoạch số 05/KH-THCSTM ngày 05/01/2026)".
void schedule_annex(std::vector<Block>& annex, const json& c, int year, const std::string& number_line,
                    const std::string& issued_on) {
  const json schedule = c.value("schedule", json::array());
  if (schedule.empty()) return;
  add(annex, Block::Kind::kCentered, "PHỤ LỤC");
  add(annex, Block::Kind::kCentered, "LỊCH HOẠT ĐỘNG NĂM " + std::to_string(year));
  // "Số: 05/KH-THCSTM" → " 05/KH-THCSTM"; a draft keeps its blank: "      /KH-THCSTM".
  const std::string prefix = "Số:";
  const std::string number = number_line.rfind(prefix, 0) == 0 ? number_line.substr(prefix.size()) : " " + number_line;
  const auto day = parse_date(issued_on);
  add(annex, Block::Kind::kCenteredItalic,
      "(Kèm theo Kế hoạch số" + number + " ngày " +
          (day ? format_vi(*day) : "     /     /" + std::to_string(year)) + ")");
  Block table{Block::Kind::kTable, "", {{"Tháng", "Nội dung công việc", "Người, bộ phận thực hiện"}}, {12, 58, 30}};
  for (const auto& s : schedule)
    table.rows.push_back({"Tháng " + std::to_string(s.value("month", 1)), str(s, "work"), str(s, "responsible")});
  annex.push_back(std::move(table));
}

}  // namespace

Result<documents::OfficialDocument> Plans::document(const Actor& a, int64_t id) {
  documents::OfficialDocument doc;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto p = tx.plan_by_id(id);
    if (!p) return Error::NotFound("Không tìm thấy kế hoạch.");
    auto org = tx.org_by_id(p->org_id);
    if (!org) return Error::NotFound("Không tìm thấy đơn vị.");
    if (Status s = can_read_plan(a, *p, *org); !s) return s;
    const PlanView v = get_view(tx, *p);
    const json& c = v.content;
    // An issued plan as it was issued; a draft as the tree is now.
    const auto header = issued_header(c);
    doc.governing_body = text::upper_vi(header ? header->governing_body : governing_body_of(tx, *org, c));
    doc.issuing_body = text::upper_vi(header ? header->issuer : org->name);
    doc.number_line = v.number_line;
    const std::string place = str(c, "place");
    doc.place_date = (place.empty() ? "" : place + ", ") +
                     (p->issued_on.empty() ? "ngày      tháng      năm " + std::to_string(p->year)
                                           : format_decree30(*parse_date(p->issued_on)));
    doc.type_title = "KẾ HOẠCH";
    doc.subject = str(c, "subject");
    std::vector<std::string> basis;
    for (const auto& b : c.value("basis", json::array())) basis.push_back(b.get<std::string>());
    for (const auto& line : punctuate(basis, '.')) add(doc.body, Block::Kind::kItalic, line);
    int part = 0;
    objectives_part(doc.body, c, part);
    tasks_part(doc.body, c, part);
    organisation_part(doc.body, c, part);
    add_paragraphs(doc.body, str(c, "closing"));
    std::vector<std::string> recipients;
    for (const auto& r : c.value("recipients", json::array())) recipients.push_back(r.get<std::string>());
    for (auto& r : punctuate(recipients, '.')) doc.recipients.push_back("- " + r);
    const DocumentSignature sig = signature_of(c);
    doc.signer_authority = sig.authority;
    doc.signer_title = sig.title;
    doc.signer_name = sig.name;
    schedule_annex(doc.annex, c, p->year, v.number_line, p->issued_on);
    doc.draft = p->issued_on.empty();
    return Status::Ok();
  });
  if (!st) return st.error();
  return doc;
}

DocumentSignature signature_of(const json& c) {
  DocumentSignature out;
  out.place = str(c, "place");
  const json signer = c.value("signer", json::object());
  const std::string authority = str(signer, "authority"), title = text::upper_vi(str(signer, "title"));
  if (!authority.empty()) {  // "KT. HIỆU TRƯỞNG" above the deputy's own title
    out.authority = authority + " " + title;
    out.title = text::upper_vi(str(signer, "deputy_title"));
  } else {
    out.title = title;
  }
  out.name = str(signer, "name");
  return out;
}

DocumentSignature document_signature(storage::Tx& tx, const OrgUnit& org) {
  const auto plans = tx.plans_of(org.id);  // newest first
  auto pick = plans.end();
  for (auto it = plans.begin(); it != plans.end(); ++it)
    if (it->status == PlanStatus::kIssued || it->status == PlanStatus::kSuperseded) {
      pick = it;
      break;
    }
  if (pick == plans.end() && !plans.empty()) pick = plans.begin();
  if (pick == plans.end() || pick->content.empty()) return {};
  const json c = json::parse(pick->content, nullptr, false);
  return c.is_object() ? signature_of(c) : DocumentSignature{};
}

}  // namespace bd::app
