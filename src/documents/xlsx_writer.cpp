#include "documents/xlsx_writer.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace bd::documents {
namespace {

std::string temp_path() {
  const char* base = std::getenv("TMPDIR");
  std::string tmpl = std::string(base && *base ? base : "/tmp") + "/bd-xlsx-XXXXXX";
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return "";
  ::close(fd);
  return tmpl;
}

lxw_data_validation validation(const std::string& message) {
  lxw_data_validation v{};
  v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
  v.error_title = const_cast<char*>("Giá trị không hợp lệ");
  v.error_message = const_cast<char*>(message.c_str());
  return v;
}

}  // namespace

XlsxWriter::XlsxWriter() : path_(temp_path()) {
  if (path_.empty()) {
    error_ = "không tạo được tệp tạm";
    return;
  }
  wb_ = workbook_new(path_.c_str());
  if (!wb_) error_ = "không tạo được bảng tính";
}

XlsxWriter::~XlsxWriter() {
  if (wb_) lxw_workbook_free(wb_);
  if (!path_.empty()) std::remove(path_.c_str());
}

void XlsxWriter::check(int error, const char* what) {
  if (error != LXW_NO_ERROR && error_.empty())
    error_ = std::string(what) + ": " + lxw_strerror(static_cast<lxw_error>(error));
}

lxw_worksheet* XlsxWriter::ws(int sheet) {
  if (sheet < 0 || static_cast<size_t>(sheet) >= sheets_.size() || !sheets_[static_cast<size_t>(sheet)]) {
    if (error_.empty()) error_ = "sheet không tồn tại";
    return nullptr;
  }
  return sheets_[static_cast<size_t>(sheet)];
}

lxw_format* XlsxWriter::fmt(int handle) {
  return handle >= 0 && static_cast<size_t>(handle) < formats_.size() ? formats_[static_cast<size_t>(handle)] : nullptr;
}

int XlsxWriter::sheet(const std::string& name) {
  lxw_worksheet* s = wb_ ? workbook_add_worksheet(wb_, name.c_str()) : nullptr;
  if (!s && error_.empty()) error_ = "tên sheet không hợp lệ: " + name;
  sheets_.push_back(s);
  return static_cast<int>(sheets_.size()) - 1;
}

int XlsxWriter::format(const XlsxFormat& f) {
  lxw_format* x = wb_ ? workbook_add_format(wb_) : nullptr;
  if (x) {
    if (f.bold) format_set_bold(x);
    if (f.italic) format_set_italic(x);
    if (f.wrap) format_set_text_wrap(x);
    if (f.border) format_set_border(x, LXW_BORDER_THIN);
    if (f.center) format_set_align(x, LXW_ALIGN_CENTER);
    format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
    if (f.unlocked) format_set_unlocked(x);
    if (f.fill) format_set_bg_color(x, f.fill);
    if (f.color) format_set_font_color(x, f.color);
    if (f.font_size > 0) format_set_font_size(x, f.font_size);
    if (!f.num_format.empty()) format_set_num_format(x, f.num_format.c_str());
  }
  formats_.push_back(x);
  return static_cast<int>(formats_.size()) - 1;
}

void XlsxWriter::text(int sheet, int row, int col, const std::string& s, int f) {
  if (auto* w = ws(sheet)) check(worksheet_write_string(w, row, static_cast<lxw_col_t>(col), s.c_str(), fmt(f)), "ghi chữ");
}

void XlsxWriter::number(int sheet, int row, int col, double v, int f) {
  if (auto* w = ws(sheet)) check(worksheet_write_number(w, row, static_cast<lxw_col_t>(col), v, fmt(f)), "ghi số");
}

void XlsxWriter::formula(int sheet, int row, int col, const std::string& formula, double cached, int f) {
  if (auto* w = ws(sheet))
    check(worksheet_write_formula_num(w, row, static_cast<lxw_col_t>(col), formula.c_str(), fmt(f), cached),
          "ghi công thức");
}

void XlsxWriter::blank(int sheet, int row, int col, int f) {
  if (auto* w = ws(sheet)) check(worksheet_write_blank(w, row, static_cast<lxw_col_t>(col), fmt(f)), "ghi ô trống");
}

void XlsxWriter::merge(int sheet, const XlsxRange& r, const std::string& s, int f) {
  if (auto* w = ws(sheet))
    check(worksheet_merge_range(w, r.first_row, static_cast<lxw_col_t>(r.first_col), r.last_row,
                                static_cast<lxw_col_t>(r.last_col), s.c_str(), fmt(f)),
          "gộp ô");
}

void XlsxWriter::column(int sheet, int first, int last, double width, int f, bool hidden) {
  lxw_row_col_options o{};
  o.hidden = hidden ? 1 : 0;
  if (auto* w = ws(sheet))
    check(worksheet_set_column_opt(w, static_cast<lxw_col_t>(first), static_cast<lxw_col_t>(last), width, fmt(f), &o),
          "đặt cột");
}

void XlsxWriter::row_height(int sheet, int row, double height) {
  if (auto* w = ws(sheet)) check(worksheet_set_row(w, row, height, nullptr), "đặt dòng");
}

void XlsxWriter::freeze(int sheet, int row, int col) {
  if (auto* w = ws(sheet)) worksheet_freeze_panes(w, row, static_cast<lxw_col_t>(col));
}

void XlsxWriter::print(int sheet, const XlsxPrint& p) {
  lxw_worksheet* w = ws(sheet);
  if (!w) return;
  worksheet_set_paper(w, 9);  // A4
  if (p.landscape) worksheet_set_landscape(w);
  else worksheet_set_portrait(w);
  worksheet_fit_to_pages(w, 1, 0);
  worksheet_center_horizontally(w);
  worksheet_set_margins(w, 0.5, 0.5, 0.6, 0.6);
  if (p.repeat_first >= 0)
    check(worksheet_repeat_rows(w, static_cast<lxw_row_t>(p.repeat_first), static_cast<lxw_row_t>(p.repeat_last)),
          "repeat_rows");
}

void XlsxWriter::protect(int sheet, const std::string& password) {
  lxw_protection p{};
  p.format_columns = 1;
  p.format_rows = 1;
  if (auto* w = ws(sheet)) worksheet_protect(w, password.empty() ? nullptr : password.c_str(), &p);
}

void XlsxWriter::whole_between(int sheet, const XlsxRange& r, int minimum, int maximum, const std::string& message) {
  auto v = validation(message);
  v.validate = LXW_VALIDATION_TYPE_INTEGER;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = minimum;
  v.maximum_number = maximum;
  if (auto* w = ws(sheet))
    check(worksheet_data_validation_range(w, r.first_row, static_cast<lxw_col_t>(r.first_col), r.last_row,
                                          static_cast<lxw_col_t>(r.last_col), &v),
          "kiểm tra dữ liệu");
}

void XlsxWriter::whole_at_least(int sheet, const XlsxRange& r, int minimum, const std::string& message) {
  auto v = validation(message);
  v.validate = LXW_VALIDATION_TYPE_INTEGER;
  v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
  v.value_number = minimum;
  if (auto* w = ws(sheet))
    check(worksheet_data_validation_range(w, r.first_row, static_cast<lxw_col_t>(r.first_col), r.last_row,
                                          static_cast<lxw_col_t>(r.last_col), &v),
          "kiểm tra dữ liệu");
}

void XlsxWriter::list(int sheet, const XlsxRange& r, const std::vector<std::string>& items, const std::string& message) {
  std::vector<const char*> values;
  for (const auto& i : items) values.push_back(i.c_str());
  values.push_back(nullptr);
  auto v = validation(message);
  v.validate = LXW_VALIDATION_TYPE_LIST;
  v.value_list = const_cast<char**>(values.data());
  if (auto* w = ws(sheet))
    check(worksheet_data_validation_range(w, r.first_row, static_cast<lxw_col_t>(r.first_col), r.last_row,
                                          static_cast<lxw_col_t>(r.last_col), &v),
          "danh sách chọn");
}

void XlsxWriter::hide(int sheet) {
  if (auto* w = ws(sheet)) worksheet_hide(w);
}

void XlsxWriter::activate(int sheet) {
  if (auto* w = ws(sheet)) worksheet_activate(w);
}

Result<std::string> XlsxWriter::finish() {
  if (!wb_ && error_.empty()) error_ = "bảng tính đã được ghi";
  if (!error_.empty()) return Error::Internal("Không tạo được tệp Excel: " + error_ + ".");
  const lxw_error e = workbook_close(wb_);  // frees the workbook
  wb_ = nullptr;
  if (e != LXW_NO_ERROR) return Error::Internal(std::string("Không tạo được tệp Excel: ") + lxw_strerror(e) + ".");
  std::ifstream in(path_, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Error::Internal("Không đọc lại được tệp Excel vừa tạo.");
  return bytes.str();
}

}  // namespace bd::documents
