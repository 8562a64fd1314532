#include "app/data/workbook_meta.h"

#include <algorithm>

#include "core/text.h"

namespace bd::app {
namespace {

constexpr uint32_t kInputFill = 0xFFF2CC;  // pale yellow: where people type
constexpr uint32_t kHeaderFill = 0xD9E2F3;
constexpr uint32_t kOffFill = 0xEDEDED;
constexpr size_t kMaxSheetName = 31;

std::string cell_text(const documents::XlsxSheet& s, int row, int col) {
  const auto* c = s.at(row, col);
  return c ? text::clean(c->display()) : "";
}

}  // namespace

void write_meta(documents::XlsxWriter& w, const WorkbookMeta& meta) {
  const int s = w.sheet(kMetaSheet);
  const std::vector<std::pair<std::string, std::string>> head{
      {"kind", meta.kind}, {"version", meta.version}, {"org", meta.org}, {"period", meta.period}};
  int row = 0;
  for (const auto& [k, v] : head) {
    w.text(s, row, 0, k);
    w.text(s, row++, 1, v);
  }
  for (const auto& [sheet, set] : meta.sheets) {
    w.text(s, row, 0, "sheet");
    w.text(s, row, 1, sheet);
    w.text(s, row++, 2, set);
  }
  w.protect(s);
  w.hide(s);
}

Result<WorkbookMeta> read_meta(const documents::XlsxWorkbook& wb, const std::string& kind, const std::string& version) {
  const auto* s = wb.sheet(kMetaSheet);
  const std::string what = kind == "roster" ? "mẫu danh sách cán bộ" : "biểu mẫu nhập số liệu";
  if (!s)
    return Error::Validation("Tệp này không phải là " + what + " tải từ hệ thống Bình Đẳng (thiếu sheet ẩn " +
                             kMetaSheet + "). Hãy tải mẫu từ trang Nhập từ Excel, điền rồi tải lên lại.");
  WorkbookMeta m;
  for (int row = 0; row < s->row_count(); ++row) {
    const std::string key = cell_text(*s, row, 0), value = cell_text(*s, row, 1);
    if (key == "kind") m.kind = value;
    else if (key == "version") m.version = value;
    else if (key == "org") m.org = value;
    else if (key == "period") m.period = value;
    else if (key == "sheet") m.sheets.emplace_back(value, cell_text(*s, row, 2));
  }
  if (m.kind != kind)
    return Error::Validation(m.kind == "roster" ? "Đây là danh sách cán bộ; hãy tải lên ở mục Danh sách cán bộ."
                                                : "Đây là biểu mẫu nhập số liệu; hãy tải lên ở mục Biểu mẫu nhập số liệu.");
  if (m.version != version)
    return Error::Validation("Tệp dùng " + what + " phiên bản \"" + m.version + "\", không còn được hỗ trợ (phiên bản hiện hành: " +
                             version + "). Hãy tải mẫu mới và điền lại.");
  return m;
}

void write_guide(documents::XlsxWriter& w, int sheet, const std::string& title, const std::vector<std::string>& facts,
                 const std::vector<std::string>& steps) {
  const Formats f = Formats::add(w);
  w.column(sheet, 0, 0, 110);
  w.text(sheet, 0, 0, title, f.title);
  int row = 2;
  for (const auto& fact : facts) w.text(sheet, row++, 0, fact);
  ++row;
  w.text(sheet, row++, 0, "Cách điền:", f.header);
  int n = 1;
  for (const auto& step : steps) w.text(sheet, row++, 0, std::to_string(n++) + ". " + step, f.note);
  w.protect(sheet);
}

std::string sheet_name(const std::string& name, const std::vector<std::string>& taken) {
  std::string clean;
  for (char c : text::clean(name)) clean += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '-';
  // Cut to whole words within the limit (code points, not bytes).
  std::string out;
  std::string word;
  auto flush = [&] {
    const std::string next = out.empty() ? word : out + " " + word;
    if (text::length(next) <= kMaxSheetName) out = next;
    word.clear();
    return text::length(next) <= kMaxSheetName;
  };
  bool fits = true;
  for (char c : clean) {
    if (c == ' ') {
      if (!(fits = flush())) break;
    } else {
      word += c;
    }
  }
  if (fits && !word.empty()) flush();
  while (!out.empty() && (out.back() == ',' || out.back() == '-' || out.back() == ' ')) out.pop_back();
  if (out.empty() || out == kGuideSheet || out == kMetaSheet) out = "Biểu";
  std::string unique = out;
  for (int i = 2; std::find(taken.begin(), taken.end(), unique) != taken.end(); ++i)
    unique = out.substr(0, kMaxSheetName - 5) + " (" + std::to_string(i) + ")";
  return unique;
}

Formats Formats::add(documents::XlsxWriter& w) {
  Formats f{};
  f.title = w.format({.bold = true, .font_size = 13});
  f.note = w.format({.wrap = true});
  f.header = w.format({.bold = true, .wrap = true, .border = true, .center = true, .fill = kHeaderFill});
  f.label = w.format({.wrap = true, .border = true});
  f.input = w.format({.border = true, .unlocked = true, .fill = kInputFill});
  f.input_text = w.format({.wrap = true, .border = true, .unlocked = true, .fill = kInputFill, .num_format = "@"});
  f.total = w.format({.bold = true, .border = true});
  f.off = w.format({.border = true, .center = true, .fill = kOffFill});
  return f;
}

}  // namespace bd::app
