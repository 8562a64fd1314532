#include "documents/xlsx_reader.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <set>

#include <pugixml.hpp>

#include "documents/zip_reader.h"

namespace bd::documents {
namespace {

using Files = std::map<std::string, std::string>;

constexpr int kMaxColumns = 16384;  // XFD, Excel's last column
constexpr int64_t kSerialOfUnixEpoch = 25569;  // 1970-01-01 in the 1900 date system
constexpr double kDate1904Offset = 1462;       // 1904 system serial + this = 1900 system serial

Error broken(const std::string& what) { return Error::BadRequest("Tệp Excel bị hỏng: " + what + "."); }

// Element name without its namespace prefix ("x:row" → "row").
const char* local(const pugi::xml_node& n) {
  const char* name = n.name();
  const char* colon = std::strchr(name, ':');
  return colon ? colon + 1 : name;
}

pugi::xml_node child(const pugi::xml_node& n, const char* name) {
  for (auto c : n.children())
    if (std::strcmp(local(c), name) == 0) return c;
  return {};
}

// An attribute by local name ("r:id" matches "id" only when asked for "r:id" or any "…:id").
const char* attr(const pugi::xml_node& n, const char* name) {
  for (auto a : n.attributes()) {
    const char* an = a.name();
    if (std::strcmp(an, name) == 0) return a.value();
  }
  if (const char* colon = std::strchr(name, ':'))
    for (auto a : n.attributes()) {
      const char* ac = std::strchr(a.name(), ':');
      if (ac && std::strcmp(ac, colon) == 0) return a.value();
    }
  return "";
}

Result<pugi::xml_document*> parse(pugi::xml_document& doc, const Files& files, const std::string& part) {
  auto it = files.find(part);
  if (it == files.end()) return broken("thiếu phần \"" + part + "\"");
  const auto r = doc.load_buffer(it->second.data(), it->second.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!r) return broken("phần \"" + part + "\" không phải XML hợp lệ (" + r.description() + ", vị trí " +
                        std::to_string(r.offset) + ")");
  return &doc;
}

// All the text of an <si> or <is>: its <t>, or the <t> of each rich run <r>
// (phonetic runs <rPh> are left out).
std::string rich_text(const pugi::xml_node& n) {
  std::string out;
  for (auto c : n.children()) {
    if (std::strcmp(local(c), "t") == 0) out += c.text().get();
    else if (std::strcmp(local(c), "r") == 0) out += child(c, "t").text().get();
  }
  return out;
}

std::string resolve(const std::string& base_dir, std::string target) {
  if (target.starts_with("/")) return target.substr(1);
  std::string dir = base_dir;
  while (target.starts_with("../")) {
    target = target.substr(3);
    const size_t slash = dir.find_last_of('/', dir.size() >= 2 ? dir.size() - 2 : 0);
    dir = slash == std::string::npos ? "" : dir.substr(0, slash + 1);
  }
  return dir + target;
}

// Targets of a .rels part by relationship id; `type_suffix` filters ("" = all).
std::map<std::string, std::string> relationships(const pugi::xml_document& doc, const std::string& base_dir,
                                                 const char* type_suffix) {
  std::map<std::string, std::string> out;
  for (auto rel : child(doc, "Relationships").children()) {
    const std::string type = attr(rel, "Type");
    if (*type_suffix && !type.ends_with(type_suffix)) continue;
    out[attr(rel, "Id")] = resolve(base_dir, attr(rel, "Target"));
  }
  return out;
}

bool builtin_date_format(int id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

// A number format code showing a date or time: d, m, y, h or s outside
// quoted text, escapes and [brackets] (colours, locales).
bool date_format_code(std::string_view code) {
  bool quoted = false, bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (quoted) { quoted = c != '"'; continue; }
    if (bracket) { bracket = c != ']'; continue; }
    if (c == '"') quoted = true;
    else if (c == '[') bracket = true;
    else if (c == '\\' || c == '_' || c == '*') ++i;
    else if (std::strchr("dDmMyYhHsS", c)) return code != "General";
  }
  return false;
}

// Which cell styles (indexes of cellXfs) show dates.
std::vector<bool> date_styles(const Files& files, const std::string& styles_part) {
  std::vector<bool> out;
  pugi::xml_document doc;
  if (!files.count(styles_part) || !parse(doc, files, styles_part)) return out;
  const auto sheet = child(doc, "styleSheet");
  std::set<int> custom_dates;
  for (auto f : child(sheet, "numFmts").children())
    if (date_format_code(attr(f, "formatCode"))) custom_dates.insert(std::atoi(attr(f, "numFmtId")));
  for (auto xf : child(sheet, "cellXfs").children()) {
    const int id = std::atoi(attr(xf, "numFmtId"));
    out.push_back(builtin_date_format(id) || custom_dates.count(id));
  }
  return out;
}

bool parse_number(std::string_view s, double& out) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
}

struct SheetContext {
  const std::vector<std::string>& shared;
  const std::vector<bool>& dates;
  bool date1904 = false;
  const XlsxLimits& limits;
  uint64_t& cells;
};

Status read_cell(const pugi::xml_node& c, const CellPos& pos, const SheetContext& ctx, XlsxSheet& sheet) {
  const std::string t = attr(c, "t");
  const auto v = child(c, "v");
  XlsxCell cell;
  cell.formula = static_cast<bool>(child(c, "f"));
  const std::string raw = v.text().get();
  const std::string where = "sheet \"" + sheet.name + "\", ô " + cell_ref(pos.row, pos.col);
  if (t == "inlineStr") {
    cell.text = rich_text(child(c, "is"));
  } else if (!v || (raw.empty() && t != "str")) {
    // A styled blank, or an empty cached value (openpyxl writes <v></v> after
    // every formula it has not calculated): an empty cell.
    return Status::Ok();
  } else if (t == "s") {
    int idx = -1;
    auto r = std::from_chars(raw.data(), raw.data() + raw.size(), idx);
    if (r.ec != std::errc() || idx < 0 || static_cast<size_t>(idx) >= ctx.shared.size())
      return broken(where + " trỏ tới chuỗi không có trong bảng chuỗi dùng chung");
    cell.text = ctx.shared[static_cast<size_t>(idx)];
  } else if (t == "str") {
    cell.text = raw;
  } else if (t == "b") {
    cell.type = XlsxCell::Type::kBoolean;
    cell.number = raw == "1" || raw == "true" ? 1 : 0;
  } else if (t == "e") {
    cell.type = XlsxCell::Type::kError;
    cell.text = raw;
  } else if (t == "d") {
    auto d = parse_date(std::string_view(raw).substr(0, 10));
    if (!d) return broken(where + " có ngày không hợp lệ");
    cell.type = XlsxCell::Type::kDate;
    cell.number = static_cast<double>(days_from_civil(*d) + kSerialOfUnixEpoch);
  } else {
    if (!parse_number(raw, cell.number)) return broken(where + " có số không hợp lệ \"" + raw + "\"");
    cell.type = XlsxCell::Type::kNumber;
    const int style = std::atoi(attr(c, "s"));
    if (style >= 0 && static_cast<size_t>(style) < ctx.dates.size() && ctx.dates[static_cast<size_t>(style)]) {
      cell.type = XlsxCell::Type::kDate;
      if (ctx.date1904) cell.number += kDate1904Offset;
    }
  }
  if (++ctx.cells > ctx.limits.max_cells)
    return Error::BadRequest("Tệp Excel có quá nhiều ô (tối đa " + std::to_string(ctx.limits.max_cells) + ").");
  sheet.cells[pos] = std::move(cell);
  return Status::Ok();
}

Status read_sheet(const Files& files, const std::string& part, const SheetContext& ctx, XlsxSheet& sheet) {
  pugi::xml_document doc;
  if (auto p = parse(doc, files, part); !p) return p.error();
  int row = -1;
  for (auto r : child(child(doc, "worksheet"), "sheetData").children()) {
    if (std::strcmp(local(r), "row") != 0) continue;
    const char* rn = attr(r, "r");
    row = *rn ? std::atoi(rn) - 1 : row + 1;
    if (row < 0) return broken("sheet \"" + sheet.name + "\" có số dòng không hợp lệ");
    if (row >= ctx.limits.max_rows)
      return Error::BadRequest("Sheet \"" + sheet.name + "\" quá lớn (tối đa " + std::to_string(ctx.limits.max_rows) +
                               " dòng).");
    int col = -1;
    for (auto c : r.children()) {
      if (std::strcmp(local(c), "c") != 0) continue;
      const char* ref = attr(c, "r");
      if (*ref) {
        auto pos = parse_cell_ref(ref);
        if (!pos || pos->row != row) return broken("sheet \"" + sheet.name + "\" có địa chỉ ô không hợp lệ \"" + ref + "\"");
        col = pos->col;
      } else if (++col >= kMaxColumns) {
        return broken("sheet \"" + sheet.name + "\" có quá nhiều cột");
      }
      if (Status s = read_cell(c, {row, col}, ctx, sheet); !s) return s;
    }
  }
  return Status::Ok();
}

}  // namespace

std::string cell_ref(int row, int col) {
  std::string letters;
  for (int c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row + 1);
}

std::optional<CellPos> parse_cell_ref(std::string_view ref) {
  size_t i = 0;
  int col = 0, row = 0;
  while (i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) && i < 3)
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i++])) - 'A' + 1);
  if (i == 0 || i == ref.size()) return std::nullopt;
  auto r = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (r.ec != std::errc() || r.ptr != ref.data() + ref.size() || row < 1 || col > kMaxColumns) return std::nullopt;
  return CellPos{row - 1, col - 1};
}

std::optional<Date> XlsxCell::date() const {
  if (type != Type::kDate && type != Type::kNumber) return std::nullopt;
  if (number < 1 || number > 2958465) return std::nullopt;  // 9999-12-31
  auto serial = static_cast<int64_t>(std::floor(number));
  if (serial < 61) ++serial;  // before Excel's fictitious 29/02/1900
  return civil_from_days(serial - kSerialOfUnixEpoch);
}

std::string XlsxCell::display() const {
  switch (type) {
    case Type::kText:
    case Type::kError:
      return text;
    case Type::kBoolean:
      return number != 0 ? "Có" : "Không";
    case Type::kDate:
      if (auto d = date()) return format_vi(*d);
      [[fallthrough]];
    case Type::kNumber: {
      char buf[64];
      auto r = std::to_chars(buf, buf + sizeof buf, number);
      std::string s(buf, r.ptr);
      for (char& ch : s)
        if (ch == '.') ch = ',';
      return s;
    }
  }
  return text;
}

const XlsxCell* XlsxSheet::at(int row, int col) const {
  auto it = cells.find({row, col});
  return it == cells.end() ? nullptr : &it->second;
}

const XlsxCell* XlsxSheet::at(std::string_view ref) const {
  auto pos = parse_cell_ref(ref);
  return pos ? at(pos->row, pos->col) : nullptr;
}

int XlsxSheet::row_count() const { return cells.empty() ? 0 : cells.rbegin()->first.row + 1; }

const XlsxSheet* XlsxWorkbook::sheet(std::string_view name) const {
  for (const auto& s : sheets)
    if (s.name == name) return &s;
  return nullptr;
}

Result<XlsxWorkbook> read_xlsx(std::string_view bytes, const XlsxLimits& limits) {
  if (bytes.size() < 4 || bytes.substr(0, 2) != "PK")
    return Error::BadRequest("Tệp tải lên không phải là tệp Excel .xlsx.");
  auto files = read_zip(bytes, {limits.max_entries, limits.max_total_bytes, limits.max_ratio, 1u << 20});
  if (!files) return Error::BadRequest("Tệp Excel không đọc được: " + files.error().message);
  // The workbook part, as the package's relationships name it.
  std::string workbook_part = "xl/workbook.xml";
  pugi::xml_document rels;
  if (files->count("_rels/.rels")) {
    if (auto p = parse(rels, *files, "_rels/.rels"); !p) return p.error();
    for (const auto& [id, target] : relationships(rels, "", "/officeDocument")) workbook_part = target;
  }
  pugi::xml_document wb;
  if (!files->count(workbook_part)) return Error::BadRequest("Tệp không phải là bảng tính Excel (thiếu phần workbook).");
  if (auto p = parse(wb, *files, workbook_part); !p) return p.error();
  const size_t slash = workbook_part.find_last_of('/');
  const std::string dir = slash == std::string::npos ? "" : workbook_part.substr(0, slash + 1);
  const std::string rels_part = dir + "_rels/" + workbook_part.substr(dir.size()) + ".rels";
  pugi::xml_document wb_rels;
  if (auto p = parse(wb_rels, *files, rels_part); !p) return p.error();
  const auto targets = relationships(wb_rels, dir, "");
  std::string shared_part, styles_part;
  for (auto rel : child(wb_rels, "Relationships").children()) {
    const std::string type = attr(rel, "Type");
    if (type.ends_with("/sharedStrings")) shared_part = resolve(dir, attr(rel, "Target"));
    if (type.ends_with("/styles")) styles_part = resolve(dir, attr(rel, "Target"));
  }
  std::vector<std::string> shared;
  if (!shared_part.empty() && files->count(shared_part)) {
    pugi::xml_document sst;
    if (auto p = parse(sst, *files, shared_part); !p) return p.error();
    for (auto si : child(sst, "sst").children())
      if (std::strcmp(local(si), "si") == 0) shared.push_back(rich_text(si));
  }
  const auto dates = date_styles(*files, styles_part);
  const auto wb_root = child(wb, "workbook");
  const std::string date1904 = attr(child(wb_root, "workbookPr"), "date1904");
  uint64_t cells = 0;
  SheetContext ctx{shared, dates, date1904 == "1" || date1904 == "true", limits, cells};
  XlsxWorkbook out;
  for (auto s : child(wb_root, "sheets").children()) {
    XlsxSheet sheet;
    sheet.name = attr(s, "name");
    const std::string state = attr(s, "state");
    sheet.hidden = state == "hidden" || state == "veryHidden";
    auto target = targets.find(attr(s, "r:id"));
    if (target == targets.end()) return broken("không tìm thấy nội dung của sheet \"" + sheet.name + "\"");
    if (target->second.find("chartsheets/") != std::string::npos) continue;  // a chart, no cells
    if (!files->count(target->second))
      return broken("thiếu phần \"" + target->second + "\" của sheet \"" + sheet.name + "\"");
    if (Status st = read_sheet(*files, target->second, ctx, sheet); !st) return st.error();
    out.sheets.push_back(std::move(sheet));
  }
  if (out.sheets.empty()) return Error::BadRequest("Tệp Excel không có sheet nào.");
  return out;
}

}  // namespace bd::documents
