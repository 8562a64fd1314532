#include "app/data/rosters.h"

#include <algorithm>
#include <array>
#include <map>

#include "app/access.h"
#include "app/data/workbook_meta.h"
#include "core/text.h"
#include "documents/xlsx_reader.h"
#include "documents/xlsx_writer.h"

namespace bd::app {
namespace {

constexpr const char* kVersion = "1";
constexpr const char* kSheet = "Danh sách";
constexpr int kHeaderRow = 3, kFirstRow = 4;
constexpr int kMaxPeople = 20000;
constexpr size_t kMaxListedErrors = 100;
constexpr int kOldestBirthYear = 1940, kYoungestStaffAge = 15;

enum Col { kNo, kName, kSex, kBirth, kPosition, kManager, kManagerTrained, kTeacher, kStandard, kDegree, kParty,
           kMassOrg, kTrainedGe, kHealth, kColumns };

struct Column {
  const char* header;
  double width;
};
const std::array<Column, kColumns> kCols{{
    {"STT", 5},
    {"Họ và tên", 26},
    {"Giới tính (Nữ/Nam)", 10},
    {"Năm sinh", 9},
    {"Chức vụ", 18},
    {"Cán bộ quản lý", 10},
    {"CBQL đã bồi dưỡng lý luận chính trị, quản lý nhà nước hoặc quản lý giáo dục", 16},
    {"Giáo viên", 10},
    {"Chuẩn trình độ đào tạo (giáo viên)", 13},
    {"Trình độ đào tạo", 15},
    {"Đảng viên", 10},
    {"Cán bộ chủ chốt Công đoàn, Đoàn Thanh niên", 14},
    {"Đã dự tập huấn về bình đẳng giới", 12},
    {"Được khám sức khỏe định kỳ", 12},
}};
const std::vector<std::string> kStandards{"Dưới chuẩn", "Đạt chuẩn", "Trên chuẩn"};
const std::vector<std::string> kDegrees{"Tiến sĩ", "Thạc sĩ", "Đang học thạc sĩ", "Đại học", "Cao đẳng", "Trung cấp", "Khác"};
// The elements a roster counts, in the order they are listed.
const std::vector<std::string> kElements{"staff_total",    "staff_managers",          "staff_managers_trained",
                                         "staff_teachers", "staff_teachers_standard", "staff_teachers_above",
                                         "staff_masters",  "staff_phd",               "staff_party",
                                         "mass_org_leaders", "staff_trained_ge",      "staff_health_checked"};

// Index of `value` in `options`, or -1. Case does not matter, and a value
// written without any diacritics ("nu", "Dai hoc") stands for the option it
// spells; a value with other diacritics ("Nụ", "Thác sĩ") is another word.
int pick(const std::string& value, const std::vector<std::string>& options) {
  const bool ascii = std::all_of(value.begin(), value.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  const std::string f = text::fold(value), upper = text::upper_vi(value);
  for (size_t i = 0; i < options.size(); ++i)
    if (value == options[i] || upper == text::upper_vi(options[i]) || (ascii && f == text::fold(options[i])))
      return static_cast<int>(i);
  return -1;
}

class RowReader {
 public:
  RowReader(const documents::XlsxSheet& s, int row, int max_birth, std::vector<std::string>& errors)
      : s_(s), row_(row), max_birth_(max_birth), errors_(errors) {}

  std::string text(int col) const {
    const auto* c = s_.at(row_, col);
    return c ? text::clean(c->display()) : "";
  }
  bool empty() const {
    for (int c = kName; c < kColumns; ++c)
      if (!text(c).empty()) return false;
    return true;
  }
  void fail(const std::string& msg) { errors_.push_back("Dòng " + std::to_string(row_ + 1) + ": " + msg); }
  bool yes(int col) {
    const std::string t = text(col);
    if (t.empty() || t == "Không") return false;
    if (t == "Có") return true;
    auto v = parse_value(ValueType::kBoolean, t);
    if (!v) fail("cột \"" + std::string(kCols[col].header) + "\" phải là Có hoặc Không (đang ghi \"" + t + "\")");
    return v && *v != 0;
  }
  void birth_year() {
    const auto* c = s_.at(row_, kBirth);
    if (!c || text(kBirth).empty()) return;
    int year = 0;
    if (auto d = c->type == documents::XlsxCell::Type::kDate ? c->date() : std::nullopt) year = d->year;
    else if (auto v = parse_value(ValueType::kCount, text(kBirth))) year = static_cast<int>(*v);
    if (year < kOldestBirthYear || year > max_birth_)
      fail("năm sinh phải là số từ " + std::to_string(kOldestBirthYear) + " đến " + std::to_string(max_birth_));
  }

 private:
  const documents::XlsxSheet& s_;
  int row_, max_birth_;
  std::vector<std::string>& errors_;
};

// The elements one person counts in (empty when the row has errors).
std::vector<std::string> count_person(RowReader& r, bool& female) {
  std::vector<std::string> in{"staff_total"};
  if (r.text(kName).empty()) r.fail("thiếu họ và tên");
  const int sex = pick(r.text(kSex), {"Nữ", "Nam"});
  if (sex < 0) r.fail("giới tính phải là Nữ hoặc Nam (đang ghi \"" + r.text(kSex) + "\")");
  female = sex == 0;
  r.birth_year();
  const bool manager = r.yes(kManager), trained = r.yes(kManagerTrained), teacher = r.yes(kTeacher);
  if (manager) in.push_back("staff_managers");
  if (trained && !manager) r.fail("chỉ ghi Có ở cột bồi dưỡng của cán bộ quản lý khi người đó là cán bộ quản lý");
  if (trained && manager) in.push_back("staff_managers_trained");
  if (teacher) in.push_back("staff_teachers");
  if (const std::string st = r.text(kStandard); !st.empty()) {
    const int level = pick(st, kStandards);
    if (level < 0) r.fail("chuẩn trình độ đào tạo phải là Dưới chuẩn, Đạt chuẩn hoặc Trên chuẩn (đang ghi \"" + st + "\")");
    else if (!teacher) r.fail("chỉ ghi chuẩn trình độ đào tạo cho giáo viên");
    if (teacher && level >= 1) in.push_back("staff_teachers_standard");  // above the standard meets it too
    if (teacher && level == 2) in.push_back("staff_teachers_above");
  }
  if (const std::string deg = r.text(kDegree); !deg.empty()) {
    const int d = pick(deg, kDegrees);
    if (d < 0)
      r.fail("trình độ đào tạo phải là một trong: Tiến sĩ, Thạc sĩ, Đang học thạc sĩ, Đại học, Cao đẳng, Trung cấp, Khác (đang ghi \"" +
             deg + "\")");
    if (d == 0) in.push_back("staff_phd");
    if (d == 1 || d == 2) in.push_back("staff_masters");
  }
  if (r.yes(kParty)) in.push_back("staff_party");
  if (r.yes(kMassOrg)) in.push_back("mass_org_leaders");
  if (r.yes(kTrainedGe)) in.push_back("staff_trained_ge");
  if (r.yes(kHealth)) in.push_back("staff_health_checked");
  return in;
}

}  // namespace

Result<SpreadsheetFile> Rosters::template_file(const Actor& a) {
  documents::XlsxWriter w;
  const Formats f = Formats::add(w);
  const int guide = w.sheet(kGuideSheet);
  const int s = w.sheet(kSheet);
  for (int c = 0; c < kColumns; ++c)
    w.column(s, c, c, kCols[c].width, c == kNo ? -1 : c == kName || c == kPosition ? f.input_text : f.input);
  w.merge(s, {0, 0, 0, kColumns - 1}, "DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN", f.title);
  w.merge(s, {1, 0, 1, kColumns - 1},
          "Mỗi dòng một người, từ dòng " + std::to_string(kFirstRow + 1) +
              ". Hệ thống chỉ đếm số người theo giới tính; họ tên không được lưu.",
          f.note);
  w.row_height(s, kHeaderRow, 75);
  for (int c = 0; c < kColumns; ++c) w.text(s, kHeaderRow, c, kCols[c].header, f.header);
  const int last = kFirstRow + kMaxPeople - 1;
  w.list(s, {kFirstRow, kSex, last, kSex}, {"Nữ", "Nam"}, "Chọn Nữ hoặc Nam.");
  w.whole_between(s, {kFirstRow, kBirth, last, kBirth}, kOldestBirthYear, 2100, "Nhập năm sinh, ví dụ 1985.");
  for (int c : {kManager, kManagerTrained, kTeacher, kParty, kMassOrg, kTrainedGe, kHealth})
    w.list(s, {kFirstRow, c, last, c}, {"Có", "Không"}, "Chọn Có hoặc Không (để trống là Không).");
  w.list(s, {kFirstRow, kStandard, last, kStandard}, kStandards, "Chọn trong danh sách (chỉ với giáo viên).");
  w.list(s, {kFirstRow, kDegree, last, kDegree}, kDegrees, "Chọn trong danh sách.");
  w.freeze(s, kFirstRow, 2);
  w.print(s, {.landscape = true, .repeat_first = 0, .repeat_last = kHeaderRow});
  write_guide(w, guide, "MẪU DANH SÁCH CÁN BỘ, GIÁO VIÊN, NHÂN VIÊN",
              {"Dùng để hệ thống tự đếm số cán bộ, giáo viên, nhân viên theo giới tính cho biểu Nhân sự và các chỉ "
               "tiêu liên quan; không cần cộng tay."},
              {"Điền sheet \"" + std::string(kSheet) + "\": mỗi dòng một người, bắt đầu từ dòng " +
                   std::to_string(kFirstRow + 1) + "; có thể dán từ danh sách sẵn có (chỉ dán giá trị).",
               "Bắt buộc: họ và tên, giới tính (Nữ hoặc Nam). Các cột Có/Không để trống được hiểu là Không.",
               "Chuẩn trình độ đào tạo chỉ ghi cho giáo viên; giáo viên trên chuẩn cũng được tính là đạt chuẩn.",
               "Không đổi tên sheet, không thêm, xóa hoặc đổi thứ tự cột; không sửa sheet ẩn.",
               "Tải tệp lên tại trang Nhập số liệu, mục Nhập từ Excel, chọn đơn vị và kỳ báo cáo. Có lỗi ở dòng nào "
               "thì không số liệu nào được lưu; mỗi lỗi ghi rõ số dòng.",
               "Bảo vệ dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): hệ thống chỉ lưu số lượng theo giới tính, không "
               "lưu họ tên hay thông tin của từng người. Đơn vị tự quản lý tệp danh sách của mình."});
  write_meta(w, {"roster", kVersion, "", "", {}});
  w.activate(s);
  auto bytes = w.finish();
  if (!bytes) return bytes.error();
  return SpreadsheetFile{"danh-sach-can-bo.xlsx", std::move(*bytes)};
}

Result<RosterResult> Rosters::import(const Actor& a, const std::string& org, const std::string& period,
                                     std::string_view bytes) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  std::optional<OrgUnit> unit;
  std::vector<std::string> wanted;  // roster elements due from the unit for the period
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    unit = tx.org_by_code(org);
    if (!unit) return Error::NotFound("Không tìm thấy đơn vị mã \"" + org + "\".", "org");
    if (Status s = can_enter_data(a, *unit); !s) return s;
    const auto sets = tx.data_sets();
    for (const auto& e : kElements)
      for (const auto& s : sets)
        if (s.period_type == p->type && s.applies_to(unit->type) &&
            std::find(s.elements.begin(), s.elements.end(), e) != s.elements.end() &&
            std::find(wanted.begin(), wanted.end(), e) == wanted.end())
          wanted.push_back(e);
    return Status::Ok();
  });
  if (!st) return st.error();
  if (wanted.empty())
    return Error::Validation("Trong " + p->label_vi() + ", " + unit->name +
                                 " không có biểu nào lấy số liệu từ danh sách cán bộ. Hãy chọn kỳ 6 tháng hoặc cả năm.",
                             "period");
  documents::XlsxLimits limits;
  limits.max_rows = kFirstRow + kMaxPeople + 1000;  // blank formatted rows below are allowed
  auto wb = documents::read_xlsx(bytes, limits);
  if (!wb) return wb.error();
  if (auto meta = read_meta(*wb, "roster", kVersion); !meta) return meta.error();
  const auto* s = wb->sheet(kSheet);
  if (!s) return Error::Validation("Thiếu sheet \"" + std::string(kSheet) + "\"; hãy tải mẫu mới.", "file");
  for (int c = 0; c < kColumns; ++c) {
    const auto* h = s->at(kHeaderRow, c);
    if (!h || text::clean(h->display()) != kCols[c].header)
      return Error::Validation("Dòng tiêu đề đã bị sửa: ô " + documents::cell_ref(kHeaderRow, c) + " phải là \"" +
                                   kCols[c].header + "\". Hãy dùng mẫu mới, không thêm, xóa hay đổi thứ tự cột.",
                               "file");
  }
  std::map<std::string, std::pair<int, int>> tally;
  std::vector<std::string> errors;
  int people = 0;
  const int max_birth = p->start().year - kYoungestStaffAge;
  for (int row = kFirstRow; row < s->row_count(); ++row) {
    RowReader r(*s, row, max_birth, errors);
    if (r.empty()) continue;
    if (++people > kMaxPeople)
      return Error::Validation("Danh sách quá dài (tối đa " + std::to_string(kMaxPeople) + " người).", "file");
    bool female = false;
    const size_t before = errors.size();
    const auto in = count_person(r, female);
    if (errors.size() != before) continue;
    for (const auto& e : in) ++(female ? tally[e].first : tally[e].second);
  }
  if (people == 0 && errors.empty()) errors.push_back("Danh sách chưa có ai (điền từ dòng " + std::to_string(kFirstRow + 1) + ").");
  if (!errors.empty()) {
    Error e = Error::Validation(errors.size() == 1 ? errors[0]
                                                   : "Danh sách có " + std::to_string(errors.size()) +
                                                         " lỗi; chưa lưu số liệu nào.",
                                "file");
    for (size_t i = 0; i < errors.size() && i < kMaxListedErrors; ++i) e.details.emplace_back("file", errors[i]);
    if (errors.size() > kMaxListedErrors)
      e.details.emplace_back("file", "… và " + std::to_string(errors.size() - kMaxListedErrors) + " lỗi khác.");
    return e;
  }
  RosterResult out{unit->code, p->code(), people, 0, {}};
  std::vector<ValueInput> values;
  for (const auto& code : wanted) {
    const auto [f, m] = tally[code];
    values.push_back({code, "female", unit->code, p->code(), std::to_string(f)});
    values.push_back({code, "male", unit->code, p->code(), std::to_string(m)});
    auto e = analytics_.element_by_code(code);
    out.counts.push_back({code, e ? e->name_vi : code, f, m});
  }
  auto saved = values_.save(a, values);
  if (!saved) return saved.error();
  out.saved = *saved;
  return out;
}

}  // namespace bd::app
