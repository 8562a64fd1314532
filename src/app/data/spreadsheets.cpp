#include "app/data/spreadsheets.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "app/access.h"
#include "app/data/workbook_meta.h"
#include "core/dates.h"
#include "core/indicator.h"
#include "documents/xlsx_reader.h"
#include "documents/xlsx_writer.h"

namespace bd::app {
namespace {

constexpr const char* kVersion = "1";
constexpr int kHeaderRow = 3;  // row 4: STT | Chỉ tiêu | Nữ | Nam | Tổng | Mã
constexpr int kFirstRow = 4;
constexpr int kFemale = 2, kMale = 3, kTotal = 4, kCode = 5;

struct Unit {
  OrgUnit org;
  Period period;
  std::vector<DataSet> sets;  // due from the unit for the period
  std::map<std::string, StoredValue> values;  // "element.option"
};

// The unit, the period and what is due, checked against the actor's rights.
Result<Unit> load_unit(storage::Store& store, const Analytics& analytics, const Actor& a, const std::string& org,
                       const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  std::optional<Unit> out;
  Status st = store.read([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org);
    if (!unit) return Error::NotFound("Không tìm thấy đơn vị mã \"" + org + "\".", "org");
    if (Status s = can_enter_data(a, *unit); !s) return s;
    out = Unit{*unit, *p, {}, {}};
    for (const auto& s : tx.data_sets())
      if (s.period_type == p->type && s.applies_to(unit->type)) out->sets.push_back(s);
    std::map<int64_t, std::string> codes;
    for (const auto& e : analytics.elements()) codes[e.id] = e.code;
    for (const auto& v : tx.values_of(unit->id, p->code()))
      if (codes.count(v.element_id)) out->values[codes[v.element_id] + "." + v.option] = v;
    return Status::Ok();
  });
  if (!st) return st.error();
  return std::move(*out);
}

void write_set(documents::XlsxWriter& w, const Formats& f, const Unit& u, const DataSet& set, const std::string& name,
               const Analytics& analytics) {
  const int s = w.sheet(name);
  w.column(s, 0, 0, 5);
  w.column(s, 1, 1, 62);
  w.column(s, kFemale, kTotal, 12);
  w.column(s, kCode, kCode, 20, -1, true);
  w.merge(s, {0, 0, 0, kTotal}, "Biểu " + set.code + ": " + set.name_vi, f.title);
  auto due = set.deadline.due(u.period);
  w.merge(s, {1, 0, 1, kTotal},
          u.org.name + " — " + u.period.label_vi() + (due ? " — hạn nộp " + format_vi(*due) : ""), f.note);
  const char* heads[] = {"STT", "Chỉ tiêu", "Nữ", "Nam", "Tổng", "Mã chỉ tiêu"};
  for (int c = 0; c <= kCode; ++c) w.text(s, kHeaderRow, c, heads[c], f.header);
  int row = kFirstRow;
  for (const auto& code : set.elements) {
    auto e = analytics.element_by_code(code);
    if (!e) continue;
    auto value = [&](const std::string& option) -> const StoredValue* {
      auto it = u.values.find(code + "." + option);
      return it == u.values.end() ? nullptr : &it->second;
    };
    auto put = [&](int col, const std::string& option) {
      const StoredValue* v = value(option);
      if (e->value_type == ValueType::kBoolean) {
        if (v && v->number) w.text(s, row, col, *v->number != 0 ? "Có" : "Không", f.input);
        else w.blank(s, row, col, f.input);
      } else if (e->value_type == ValueType::kText) {
        if (v) w.text(s, row, col, v->text, f.input_text);
        else w.blank(s, row, col, f.input_text);
      } else if (v && v->number) {
        w.number(s, row, col, *v->number, f.input);
      } else {
        w.blank(s, row, col, f.input);
      }
    };
    w.number(s, row, 0, row - kFirstRow + 1, f.label);
    w.text(s, row, 1, e->name_vi, f.label);
    const documents::XlsxRange input{row, e->by_sex() ? kFemale : kTotal, row, e->by_sex() ? kMale : kTotal};
    if (e->by_sex()) {
      put(kFemale, "female");
      put(kMale, "male");
      double sum = 0;
      for (const char* o : {"female", "male"})
        if (const auto* v = value(o); v && v->number) sum += *v->number;
      const std::string r = std::to_string(row + 1);
      w.formula(s, row, kTotal, "=SUM(C" + r + ":D" + r + ")", sum, f.total);
    } else {
      w.text(s, row, kFemale, "—", f.off);
      w.text(s, row, kMale, "—", f.off);
      put(kTotal, "");
    }
    if (e->value_type == ValueType::kCount)
      w.whole_at_least(s, input, 0, "Nhập số nguyên không âm (số người, số vụ việc).");
    else if (e->value_type == ValueType::kBoolean)
      w.list(s, input, {"Có", "Không"}, "Chọn Có hoặc Không.");
    w.text(s, row, kCode, code);
    ++row;
  }
  w.freeze(s, kFirstRow, 2);
  w.row_height(s, 1, 32);  // a merged cell does not grow with its wrapped text
  // On paper: one page wide, the title and column heads on every page.
  w.print(s, {.repeat_first = 0, .repeat_last = kHeaderRow});
  w.protect(s);
}

std::vector<std::string> guide_steps() {
  return {
      "Mỗi sheet là một biểu đơn vị cần báo cáo trong kỳ; mỗi dòng là một chỉ tiêu.",
      "Chỉ nhập vào các ô nền vàng. Chỉ tiêu chia theo giới tính: nhập cột Nữ và cột Nam, cột Tổng tự tính.",
      "Chỉ tiêu không chia theo giới tính: nhập vào cột Tổng. Chỉ tiêu Có/Không: chọn trong danh sách.",
      "Số người, số vụ việc là số nguyên không âm. Ô để trống sẽ xóa giá trị đã lưu trước đó.",
      "Không đổi tên, thêm, xóa sheet, dòng hoặc cột; không sửa sheet ẩn.",
      "Tải tệp lên tại trang Nhập số liệu, mục Nhập từ Excel. Hệ thống kiểm tra cả tệp: nếu có lỗi, "
      "không giá trị nào được lưu và mỗi lỗi ghi rõ sheet, ô cần sửa.",
      "Biểu mẫu chỉ dùng cho đơn vị và kỳ báo cáo nêu trên.",
  };
}

// "values[12]" → 12, or -1.
int value_index(const std::string& field) {
  if (!field.starts_with("values[") || !field.ends_with("]")) return -1;
  try {
    return std::stoi(field.substr(7, field.size() - 8));
  } catch (...) {
    return -1;
  }
}

}  // namespace

Result<SpreadsheetFile> Spreadsheets::template_for(const Actor& a, const std::string& org, const std::string& period) {
  auto u = load_unit(store_, analytics_, a, org, period);
  if (!u) return u.error();
  if (u->sets.empty())
    return Error::Validation("Không có biểu nào " + u->org.name + " phải báo cáo cho " + u->period.label_vi() + ".",
                             "period");
  documents::XlsxWriter w;
  const Formats f = Formats::add(w);
  const int guide = w.sheet(kGuideSheet);
  WorkbookMeta meta{"data", kVersion, u->org.code, u->period.code(), {}};
  std::vector<std::string> taken{kGuideSheet, kMetaSheet};
  for (const auto& set : u->sets) {
    const std::string name = sheet_name(set.name_vi, taken);
    taken.push_back(name);
    meta.sheets.emplace_back(name, set.code);
    write_set(w, f, *u, set, name, analytics_);
  }
  std::vector<std::string> facts{"Đơn vị: " + u->org.name + " (mã " + u->org.code + ")",
                                 "Kỳ báo cáo: " + u->period.label_vi(),
                                 "Ngày tạo biểu mẫu: " + format_vi(date_from_unix(clock_.now() + 7 * 3600))};
  for (const auto& [name, code] : meta.sheets) facts.push_back("Sheet \"" + name + "\": biểu " + code);
  write_guide(w, guide, "BIỂU MẪU NHẬP SỐ LIỆU BÌNH ĐẲNG GIỚI", facts, guide_steps());
  write_meta(w, meta);
  w.activate(guide);
  auto bytes = w.finish();
  if (!bytes) return bytes.error();
  return SpreadsheetFile{"bieu-mau-" + u->org.code + "-" + u->period.code() + ".xlsx", std::move(*bytes)};
}

Result<ImportResult> Spreadsheets::import(const Actor& a, std::string_view bytes) {
  auto wb = documents::read_xlsx(bytes);
  if (!wb) return wb.error();
  auto meta = read_meta(*wb, "data", kVersion);
  if (!meta) return meta.error();
  auto u = load_unit(store_, analytics_, a, meta->org, meta->period);
  if (!u) return u.error();
  Error invalid = Error::Validation("Tệp có lỗi; chưa lưu giá trị nào.", "file");
  std::vector<ValueInput> values;
  std::vector<std::string> where;  // `Sheet "…", ô D7` of each value
  for (const auto& named : meta->sheets) {
    const std::string& name = named.first;  // not a structured binding: `add` captures it (clang 14)
    const std::string& code = named.second;
    const DataSet* set = nullptr;
    for (const auto& s : u->sets)
      if (s.code == code) set = &s;
    const auto* sheet = wb->sheet(name);
    if (!set || !sheet) {
      invalid.details.emplace_back(name, !sheet ? "Thiếu sheet \"" + name + "\" của biểu mẫu; hãy tải biểu mẫu mới."
                                                : "Biểu " + code + " không còn phải báo cáo trong kỳ này; hãy tải biểu mẫu mới.");
      continue;
    }
    for (int row = kFirstRow; row < sheet->row_count(); ++row) {
      const auto* code_cell = sheet->at(row, kCode);
      if (!code_cell) continue;
      const std::string element = code_cell->display();
      auto e = analytics_.element_by_code(element);
      if (!e || std::find(set->elements.begin(), set->elements.end(), element) == set->elements.end()) {
        invalid.details.emplace_back(name, "Sheet \"" + name + "\", dòng " + std::to_string(row + 1) +
                                               ": mã chỉ tiêu \"" + element + "\" không thuộc biểu " + code + ".");
        continue;
      }
      auto add = [&](int col, const std::string& option) {
        const auto* c = sheet->at(row, col);
        ValueInput in{element, option, u->org.code, u->period.code(), c ? c->display() : ""};
        if (c && c->type == documents::XlsxCell::Type::kNumber) in.number = c->number;
        values.push_back(std::move(in));
        where.push_back("Sheet \"" + name + "\", ô " + documents::cell_ref(row, col));
      };
      if (e->by_sex()) {
        add(kFemale, "female");
        add(kMale, "male");
        // A Tổng typed over the formula must agree with Nữ + Nam: it is not
        // stored, so a disagreement would otherwise vanish without a word.
        if (const auto* total = sheet->at(row, kTotal);
            total && !total->formula && total->type == documents::XlsxCell::Type::kNumber) {
          const auto* f = sheet->at(row, kFemale);
          const auto* m = sheet->at(row, kMale);
          auto number = [](const documents::XlsxCell* c) {
            return c && c->type == documents::XlsxCell::Type::kNumber ? std::optional<double>(c->number)
                                                                      : std::nullopt;
          };
          const std::string at = "Sheet \"" + name + "\", ô " + documents::cell_ref(row, kTotal);
          if (!number(f) && !number(m))
            invalid.details.emplace_back(at, at + ": chỉ tiêu này nhập theo Nữ (cột C) và Nam (cột D); cột Tổng tự "
                                                  "tính. Hãy tách số " + format_number_vi(total->number, 2) +
                                                  " vào hai cột đó.");
          else if (const double sum = number(f).value_or(0) + number(m).value_or(0);
                   std::fabs(sum - total->number) > 1e-9)
            invalid.details.emplace_back(
                at, at + ": Tổng " + format_number_vi(total->number, 2) + " khác Nữ + Nam (" +
                        format_number_vi(number(f).value_or(0), 2) + " + " + format_number_vi(number(m).value_or(0), 2) +
                        " = " + format_number_vi(sum, 2) + "). Hãy sửa số ở cột Nữ, Nam hoặc xoá ô Tổng.");
        }
      } else {
        add(kTotal, "");
      }
    }
  }
  if (invalid.details.empty() && values.empty())
    invalid.details.emplace_back("file", "Tệp không có ô số liệu nào để nhập.");
  if (!invalid.details.empty()) {
    if (invalid.details.size() == 1) invalid.message = invalid.details[0].second;
    return invalid;
  }
  auto saved = values_.save(a, values);
  if (!saved) {
    Error e = saved.error();
    for (auto& [field, message] : e.details) {
      const int i = value_index(field);
      if (i < 0 || static_cast<size_t>(i) >= where.size()) continue;
      field = where[static_cast<size_t>(i)];
      message = field + ": " + message;
    }
    if (e.details.size() == 1) e.message = e.details[0].second;
    else if (e.details.empty() && value_index(e.field) >= 0 && static_cast<size_t>(value_index(e.field)) < where.size())
      e.message = where[static_cast<size_t>(value_index(e.field))] + ": " + e.message;
    return e;
  }
  return ImportResult{u->org.code, u->period.code(), static_cast<int>(values.size()), *saved};
}

}  // namespace bd::app
