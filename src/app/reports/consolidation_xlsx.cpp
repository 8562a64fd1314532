// A consolidation as a workbook: the summary by sex with the share of women,
// one sheet per form with a row per child and the total, and the targets.
#include <set>

#include "app/reports/consolidation.h"
#include "documents/xlsx_writer.h"

namespace bd::app {
namespace {

using documents::XlsxFormat;
using documents::XlsxWriter;

// A sheet name Excel accepts: at most 31 characters (code points), none of
// []:*?/\, unique in the workbook.
std::string sheet_name(const std::string& want, std::set<std::string>& used) {
  std::string clean;
  size_t points = 0;
  for (size_t i = 0; i < want.size() && points < 28;) {
    const unsigned char c = static_cast<unsigned char>(want[i]);
    const size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (std::string("[]:*?/\\").find(want[i]) == std::string::npos) clean += want.substr(i, len);
    i += len;
    ++points;
  }
  std::string name = clean;
  for (int n = 2; used.contains(name); ++n) name = clean + " " + std::to_string(n);
  used.insert(name);
  return name;
}

void put(XlsxWriter& w, int sheet, int row, int col, const std::optional<double>& v, int fmt) {
  if (v)
    w.number(sheet, row, col, *v, fmt);
  else
    w.blank(sheet, row, col, fmt);
}

}  // namespace

Result<std::string> consolidation_xlsx(const Consolidation& c) {
  XlsxWriter w;
  const int head = w.format({.bold = true, .wrap = true, .border = true, .center = true, .fill = 0xF2DCE6});
  const int title = w.format({.bold = true, .font_size = 13});
  const int cell = w.format({.border = true, .num_format = "#,##0"});
  const int label = w.format({.wrap = true, .border = true});
  const int share = w.format({.border = true, .num_format = "0.0"});
  const int total = w.format({.bold = true, .border = true, .num_format = "#,##0"});
  std::set<std::string> used;

  const int sum = w.sheet(sheet_name("Tổng hợp", used));
  w.text(sum, 0, 0, "Báo cáo tổng hợp: " + c.unit.name + ", " + c.period.label_vi(), title);
  w.text(sum, 1, 0,
         "Tổng hợp từ " + std::to_string(c.counted) + "/" + std::to_string(c.expected) + " đơn vị có báo cáo " +
             (c.include_submitted ? "đã nộp hoặc đã được phê duyệt." : "đã được phê duyệt."));
  w.column(sum, 0, 0, 52);
  w.column(sum, 1, 4, 12);
  int row = 3;
  for (const auto& s : c.sets) {
    w.text(sum, row++, 0, s.set.name_vi, title);
    int col = 0;
    for (const char* h : {"Nội dung", "Nữ", "Nam", "Tổng số", "Tỷ lệ nữ (%)"}) w.text(sum, row, col++, h, head);
    ++row;
    for (const auto& r : s.rows) {
      w.text(sum, row, 0, r.element.name_vi, label);
      put(w, sum, row, 1, r.element.by_sex() ? r.figure.female : std::nullopt, cell);
      put(w, sum, row, 2, r.element.by_sex() ? r.figure.male : std::nullopt, cell);
      put(w, sum, row, 3, r.figure.total, cell);
      put(w, sum, row, 4, r.element.by_sex() ? female_share(r.figure) : std::nullopt, share);
      ++row;
    }
    ++row;
  }

  for (size_t si = 0; si < c.sets.size(); ++si) {
    const auto& s = c.sets[si];
    const int sh = w.sheet(sheet_name(s.set.name_vi, used));
    w.text(sh, 0, 0, s.set.name_vi + " — " + c.period.label_vi(), title);
    w.text(sh, 2, 0, "Đơn vị", head);
    w.text(sh, 2, 1, "Báo cáo được tổng hợp", head);
    w.column(sh, 0, 0, 38);
    w.column(sh, 1, 1, 14);
    int col = 2;
    std::vector<int> first_col;  // of each element
    for (const auto& r : s.rows) {
      first_col.push_back(col);
      const int span = r.element.by_sex() ? 3 : 1;
      if (span > 1)
        w.merge(sh, {1, col, 1, col + span - 1}, r.element.name_vi, head);
      else
        w.text(sh, 1, col, r.element.name_vi, head);
      if (r.element.by_sex())
        for (const char* h : {"Nữ", "Nam", "Tổng"}) w.text(sh, 2, col++, h, head);
      else
        w.text(sh, 2, col++, "Số", head);
    }
    w.row_height(sh, 1, 60);
    w.column(sh, 2, std::max(2, col - 1), 10);
    w.freeze(sh, 3, 2);
    int r = 3;
    for (const auto& ch : c.children) {
      w.text(sh, r, 0, ch.unit.name, label);
      w.text(sh, r, 1, ch.expected == 0 ? "Không phải nộp" : std::to_string(ch.counted) + "/" + std::to_string(ch.expected),
             label);
      for (size_t e = 0; e < s.rows.size(); ++e) {
        const Figure& f = ch.figures[si][e];
        if (s.rows[e].element.by_sex()) {
          put(w, sh, r, first_col[e], f.female, cell);
          put(w, sh, r, first_col[e] + 1, f.male, cell);
          put(w, sh, r, first_col[e] + 2, f.total, cell);
        } else {
          put(w, sh, r, first_col[e], f.total, cell);
        }
      }
      ++r;
    }
    w.text(sh, r, 0, "Cộng", total);
    w.blank(sh, r, 1, total);
    for (size_t e = 0; e < s.rows.size(); ++e) {
      const Figure& f = s.rows[e].figure;
      if (s.rows[e].element.by_sex()) {
        put(w, sh, r, first_col[e], f.female, total);
        put(w, sh, r, first_col[e] + 1, f.male, total);
        put(w, sh, r, first_col[e] + 2, f.total, total);
      } else {
        put(w, sh, r, first_col[e], f.total, total);
      }
    }
  }

  const int tg = w.sheet(sheet_name("Chỉ tiêu", used));
  int col = 0;
  for (const char* h : {"Chỉ tiêu", "Mục tiêu", "Kết quả", "Đánh giá"}) w.text(tg, 0, col++, h, head);
  w.column(tg, 0, 0, 60);
  w.column(tg, 1, 3, 14);
  int tr = 1;
  for (const auto& t : c.targets) {
    w.text(tg, tr, 0, t.target.name_vi, label);
    w.text(tg, tr, 1, goal_text(t), label);  // its comparator with it: "≥ 40%"
    put(w, tg, tr, 2, t.value, share);
    w.text(tg, tr, 3, t.status == "met" ? "Đạt" : t.status == "not_met" ? "Chưa đạt" : "Chưa có số liệu", label);
    ++tr;
  }
  w.activate(sum);
  return w.finish();
}

Result<std::string> Consolidations::workbook(const Actor& a, const std::string& org, const std::string& period,
                                             bool include_submitted) {
  auto c = build(a, org, period, include_submitted);
  if (!c) return c.error();
  return consolidation_xlsx(*c);
}

}  // namespace bd::app
