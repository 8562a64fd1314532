#include "demo/national.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <ostream>
#include <set>

#include "app/catalog/builtin_catalog.h"
#include "app/secrets.h"
#include "core/dates.h"

namespace bd::app {
namespace {

// Invented province names (places, not people); the first six are cities.
const char* const kProvinces[] = {
    "Bình Sơn",   "Hòa Vân",     "Phú Lâm",   "Tân Hưng",   "Long Thạnh", "Mỹ Xuân",   "Đông Hải",
    "Tây Phong",  "Vĩnh Ngọc",   "Quang Hiệp", "Minh Châu", "Thanh Lộc",  "Xuân Định", "Đức Phong",
    "Kim Sơn",    "Ngọc Khánh",  "Hưng Lâm",  "Thuận Giang", "Phước Hải", "Lạc Hồng",  "Gia Thịnh",
    "Trường Xuân", "Cẩm Vân",    "Hồng Phúc", "Hải Minh",   "Sơn Hòa",    "Nghĩa Lộc", "Định An",
    "Thái Hòa",   "Hậu Thạnh",   "Quảng Phong", "Châu Phú", "Yên Lạc",    "Lâm Giang",
};
constexpr int kCities = 6;

// Syllables of commune names: a first and a second, as in many real places.
const char* const kFirst[] = {"An",   "Bình", "Hòa",   "Phú",   "Tân",  "Long",  "Thạnh", "Mỹ",   "Đông",
                              "Tây",  "Nam",  "Bắc",   "Sơn",   "Hải",  "Hưng",  "Thuận", "Phước", "Vĩnh",
                              "Quang", "Minh", "Thanh", "Xuân",  "Đức",  "Lộc",   "Ninh",  "Yên",  "Khánh",
                              "Phong", "Hà",  "Trung", "Kim",   "Ngọc", "Tiên",  "Vân",   "Cẩm",  "Hồng"};
const char* const kSecond[] = {"An",    "Bình",  "Hòa",  "Phú",   "Lợi",  "Long",  "Thịnh", "Mỹ",   "Đông",
                               "Tây",   "Hiệp",  "Nghĩa", "Sơn",  "Hải",  "Hưng",  "Thuận", "Phước", "Lạc",
                               "Quang", "Minh",  "Thành", "Xuân", "Đức",  "Lộc",   "Định",  "Điền", "Khánh",
                               "Phong", "Lâm",   "Trung", "Tiến", "Ngọc", "Cường", "Vân",   "Châu", "Thái"};

constexpr uint64_t kCommuneSpread = 0x1000000, kSchoolSpread = 0x2000000, kSchoolKind = 0x3000000,
                   kCommuneName = 0x4000000, kWard = 0x5000000;

OrgType school_type(uint64_t h) {
  const int p = static_cast<int>(h % 100);
  if (p < 30) return OrgType::kSchoolPreschool;
  if (p < 60) return OrgType::kSchoolPrimary;
  if (p < 82) return OrgType::kSchoolLowerSecondary;
  if (p < 88) return OrgType::kSchoolUpperSecondary;
  if (p < 95) return OrgType::kSchoolMultilevel;
  return OrgType::kSchoolContinuing;
}

// Name prefix, short-name prefix and code prefix of a school of type t.
struct SchoolKind {
  const char *name, *short_name, *code;
};
SchoolKind kind_of(OrgType t) {
  switch (t) {
    case OrgType::kSchoolPreschool: return {"Trường Mầm non", "MN", "MN"};
    case OrgType::kSchoolPrimary: return {"Trường Tiểu học", "TH", "TH"};
    case OrgType::kSchoolLowerSecondary: return {"Trường THCS", "THCS", "THCS"};
    case OrgType::kSchoolUpperSecondary: return {"Trường THPT", "THPT", "THPT"};
    case OrgType::kSchoolMultilevel: return {"Trường Tiểu học và THCS", "TH&THCS", "TLC"};
    default: return {"Trung tâm GDNN-GDTX", "TTGDTX", "GDTX"};
  }
}

// The first letter of each word: "Tân Mỹ" → "TM".
std::string initials(const std::string& words) {
  std::string out;
  bool start = true;
  for (size_t i = 0; i < words.size(); ++i) {
    const auto c = static_cast<unsigned char>(words[i]);
    if (c == ' ') {
      start = true;
      continue;
    }
    if (start && (c & 0xC0) != 0x80) {
      size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      out += words.substr(i, len);
    }
    start = false;
  }
  return out;
}

std::string padded(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

// Invented people for the demo accounts.
struct NationalUser {
  const char *username, *full_name, *role;
  int level;  // 0 ministry, 1 first department, 2 its first commune, 3 that commune's first school
};
const NationalUser kUsers[] = {
    {"bo.quanly", "Nguyễn Văn Thành", "manager", 0}, {"bo.xem", "Trần Thị Thu Hương", "viewer", 0},
    {"so.quanly", "Lê Minh Khôi", "manager", 1},     {"so.pheduyet", "Phạm Thị Ngọc Diệp", "approver", 1},
    {"xa.quanly", "Hoàng Văn Lực", "manager", 2},    {"xa.pheduyet", "Đặng Thị Hồng Nhung", "approver", 2},
    {"truong.capnhat", "Võ Thị Kim Oanh", "editor", 3},
};

class Steps {
 public:
  explicit Steps(std::ostream* out) : out_(out), t0_(std::chrono::steady_clock::now()) {}
  void done(const std::string& what) {
    const auto now = std::chrono::steady_clock::now();
    if (out_)
      *out_ << "  " << what << " (" << std::chrono::duration<double>(now - t0_).count() << " s)\n" << std::flush;
    t0_ = now;
  }

 private:
  std::ostream* out_;
  std::chrono::steady_clock::time_point t0_;
};

}  // namespace

uint64_t national_mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

NationalShape NationalShape::with_schools(int schools) {
  NationalShape s;
  s.schools = std::max(1, schools);
  s.communes = std::max(1, static_cast<int>(static_cast<int64_t>(s.schools) * 3300 / 54000));
  s.departments = std::clamp(s.communes * 34 / 3300, 1, 34);
  return s;
}

std::vector<NationalUnit> national_tree(const NationalShape& shape) {
  const int departments = std::clamp(shape.departments, 1, static_cast<int>(std::size(kProvinces)));
  const int communes = std::max(shape.communes, 1);
  std::vector<std::vector<int>> communes_of(static_cast<size_t>(departments));
  for (int c = 0; c < communes; ++c)
    communes_of[national_mix(kCommuneSpread + static_cast<uint64_t>(c)) % static_cast<uint64_t>(departments)]
        .push_back(c);
  std::vector<NationalUnit> out;
  std::vector<int> dept_index, commune_index(static_cast<size_t>(communes), -1);
  std::vector<std::string> commune_place(static_cast<size_t>(communes));
  for (int d = 0; d < departments; ++d) {
    const std::string place = kProvinces[d];
    dept_index.push_back(static_cast<int>(out.size()));
    out.push_back({"SGD-" + padded(d + 1, 2),
                   std::string("Sở Giáo dục và Đào tạo ") + (d < kCities ? "thành phố " : "tỉnh ") + place, "SGDĐT",
                   OrgType::kDepartment, -1, national_mix(static_cast<uint64_t>(d))});
  }
  for (int d = 0; d < departments; ++d) {
    std::set<std::string> taken;  // commune names stay distinct within a province
    for (int c : communes_of[static_cast<size_t>(d)]) {
      uint64_t h = national_mix(kCommuneName + static_cast<uint64_t>(c));
      std::string place;
      for (int attempt = 0;; ++attempt) {
        const std::string first = kFirst[h % std::size(kFirst)], second = kSecond[(h >> 16) % std::size(kSecond)];
        h = national_mix(h);
        place = first + " " + second + (attempt >= 64 ? " " + std::to_string(attempt) : "");
        if (first != second && taken.insert(place).second) break;
      }
      const bool ward = national_mix(kWard + static_cast<uint64_t>(c)) % 5 == 0;
      commune_place[static_cast<size_t>(c)] = place;
      commune_index[static_cast<size_t>(c)] = static_cast<int>(out.size());
      out.push_back({"UBND-" + padded(c + 1, 4), std::string("Ủy ban nhân dân ") + (ward ? "phường " : "xã ") + place,
                     "UBND", OrgType::kCommune, dept_index[static_cast<size_t>(d)],
                     national_mix(kCommuneName ^ static_cast<uint64_t>(c))});
    }
  }
  // Schools: spread over communes by hash; named after their commune, numbered
  // when a commune has several of a kind.
  std::vector<std::map<OrgType, int>> count_in(static_cast<size_t>(communes));
  for (int s = 0; s < std::max(shape.schools, 0); ++s) {
    const auto c = static_cast<size_t>(national_mix(kSchoolSpread + static_cast<uint64_t>(s)) % communes);
    const OrgType type = school_type(national_mix(kSchoolKind + static_cast<uint64_t>(s)));
    const SchoolKind k = kind_of(type);
    const int nth = ++count_in[c][type];
    const std::string place = commune_place[c] + (nth > 1 ? " " + std::to_string(nth) : "");
    const bool under_department = type == OrgType::kSchoolUpperSecondary || type == OrgType::kSchoolContinuing;
    const int commune = commune_index[c];
    out.push_back({std::string(k.code) + "-" + padded(s + 1, 6), std::string(k.name) + " " + place,
                   std::string(k.short_name) + initials(place), type,
                   under_department ? out[static_cast<size_t>(commune)].parent : commune,
                   national_mix(kSchoolKind ^ static_cast<uint64_t>(s))});
  }
  return out;
}

Result<DemoResult> build_national_demo(App& app, const InitOptions& options, const NationalShape& shape,
                                       std::ostream* progress) {
  DemoResult out;
  Steps steps(progress);
  auto init = initialize(app, options);
  if (!init) return init.error();
  out.init = *init;
  out.password = options.admin_password.empty() ? init->admin_password : options.admin_password;
  if (out.password.empty()) out.password = random_password();
  const int last_year = shape.last_year ? shape.last_year : date_from_unix(app.clock().now() + 7 * 3600).year;
  const int first_year = last_year - std::max(shape.years, 1) + 1;
  const auto units = national_tree(shape);
  std::string root_code;
  bool exists = false;
  Status st = app.store().read([&](storage::Tx& tx) -> Status {
    root_code = tx.org_roots().front().code;
    exists = tx.org_by_code(units.front().code).has_value();
    return Status::Ok();
  });
  if (!st) return st.error();
  if (exists) return out;
  steps.done("khởi tạo");

  const Actor system = Actor::System();
  std::vector<OrgInput> inputs;
  inputs.reserve(units.size());
  for (const auto& u : units)
    inputs.push_back({u.code, u.name, u.short_name, std::string(org_type_code(u.type)),
                      u.parent < 0 ? root_code : units[static_cast<size_t>(u.parent)].code, "", "2015-08-15"});
  auto stored = app.bulk().units(system, inputs);
  if (!stored) return stored.error();
  std::vector<int64_t> ids;
  for (const auto& u : *stored) ids.push_back(u.id);
  out.units = static_cast<int>(ids.size());
  steps.done(std::to_string(out.units) + " đơn vị");

  // Demo users: at the ministry, the first department, its first commune
  // with schools, and that commune's first school.
  std::vector<std::string> at_level{root_code, units.front().code, "", ""};
  for (size_t i = 0; i < units.size() && at_level[3].empty(); ++i) {
    if (!is_school(units[i].type) || units[static_cast<size_t>(units[i].parent)].type != OrgType::kCommune) continue;
    const auto& commune = units[static_cast<size_t>(units[i].parent)];
    if (units[static_cast<size_t>(commune.parent)].code != units.front().code) continue;
    at_level[2] = commune.code;
    at_level[3] = units[i].code;
  }
  for (const auto& u : kUsers) {
    const std::string& org = at_level[static_cast<size_t>(u.level)];
    if (org.empty()) continue;
    auto r = app.users().create(system, {u.username, u.full_name, org, out.password, {u.role}});
    if (!r) return r.error();
    out.accounts.push_back({u.username, u.role, org});
  }
  steps.done(std::to_string(out.accounts.size()) + " tài khoản");

  const NationalFigures figures(app.analytics().elements(), builtin_data_sets(), first_year, last_year);
  size_t next_unit = 0;
  auto values = app.bulk().values(system, [&](std::vector<StoredValue>& batch) {
    for (; next_unit < units.size() && batch.size() < 50000; ++next_unit)
      figures.of_unit(units[next_unit], ids[next_unit], batch);
    return next_unit < units.size();
  });
  if (!values) return values.error();
  out.values = static_cast<int>(*values);
  steps.done(std::to_string(out.values) + " giá trị số liệu " + std::to_string(first_year) + "–" +
             std::to_string(last_year) + " (gồm nạp lại bộ máy phân tích)");

  auto reports = app.bulk().reports(system, national_reports(units, ids, builtin_data_sets(), last_year));
  if (!reports) return reports.error();
  out.reports = *reports;
  steps.done(std::to_string(out.reports) + " báo cáo");
  out.created = true;
  return out;
}

}  // namespace bd::app
