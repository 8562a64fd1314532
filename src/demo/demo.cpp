#include "demo/demo.h"

#include "demo/demo_plans.h"
#include "app/secrets.h"

namespace bd::app {
namespace {

struct DemoUnit {
  const char *code, *name, *short_name, *type, *parent, *governor;
};

// Since 1 July 2025 there are no district offices: the two former offices are
// kept (closed) with their history; their schools now sit under the department
// and are governed by their commune People's Committee.
const DemoUnit kUnits[] = {
    {"SGD-AL", "Sở Giáo dục và Đào tạo tỉnh An Lạc", "SGDĐT", "department", "", ""},
    {"UBND-XA-TANMY", "Ủy ban nhân dân xã Tân Mỹ", "UBND", "commune", "SGD-AL", ""},
    {"UBND-PHUONG-HOAVAN", "Ủy ban nhân dân phường Hòa Văn", "UBND", "commune", "SGD-AL", ""},
    {"UBND-XA-LONGSON", "Ủy ban nhân dân xã Long Sơn", "UBND", "commune", "SGD-AL", ""},
    {"PGD-NGOCKHE", "Phòng Giáo dục và Đào tạo huyện Ngọc Khê", "PGDĐT", "office", "SGD-AL", ""},
    {"PGD-VANHA", "Phòng Giáo dục và Đào tạo thị xã Vân Hà", "PGDĐT", "office", "SGD-AL", ""},
    {"MN-HOAMAI", "Trường Mầm non Hoa Mai", "MNHM", "school_preschool", "PGD-NGOCKHE", "UBND-XA-TANMY"},
    {"MN-SONCA", "Trường Mầm non Sơn Ca", "MNSC", "school_preschool", "PGD-VANHA", "UBND-PHUONG-HOAVAN"},
    {"MN-TUOITHO", "Trường Mầm non Tuổi Thơ", "MNTT", "school_preschool", "PGD-VANHA", "UBND-PHUONG-HOAVAN"},
    {"TH-TANMY", "Trường Tiểu học Tân Mỹ", "THTM", "school_primary", "PGD-NGOCKHE", "UBND-XA-TANMY"},
    {"TH-LONGSON", "Trường Tiểu học Long Sơn", "THLS", "school_primary", "PGD-NGOCKHE", "UBND-XA-LONGSON"},
    {"TH-HOAVAN", "Trường Tiểu học Hòa Văn", "THHV", "school_primary", "PGD-VANHA", "UBND-PHUONG-HOAVAN"},
    {"TH-BINHAN", "Trường Tiểu học Bình An", "THBA", "school_primary", "PGD-VANHA", "UBND-PHUONG-HOAVAN"},
    {"THCS-TANMY", "Trường THCS Tân Mỹ", "THCSTM", "school_lower_secondary", "PGD-NGOCKHE", "UBND-XA-TANMY"},
    {"THCS-LONGSON", "Trường THCS Long Sơn", "THCSLS", "school_lower_secondary", "PGD-NGOCKHE",
     "UBND-XA-LONGSON"},
    {"THCS-DINHTIENHOANG", "Trường THCS Đinh Tiên Hoàng", "THCSĐTH", "school_lower_secondary", "PGD-VANHA",
     "UBND-PHUONG-HOAVAN"},
    {"THCS-VANHA", "Trường THCS Vân Hà", "THCSVH", "school_lower_secondary", "PGD-VANHA", "UBND-PHUONG-HOAVAN"},
    {"TLC-HOPNHAT", "Trường Tiểu học và THCS Hợp Nhất", "TH&THCSHN", "school_multilevel", "PGD-NGOCKHE",
     "UBND-XA-LONGSON"},
    {"THPT-ANLAC", "Trường THPT Chuyên An Lạc", "THPTCAL", "school_upper_secondary", "SGD-AL", ""},
    {"THPT-NGOCKHE", "Trường THPT Ngọc Khê", "THPTNK", "school_upper_secondary", "SGD-AL", ""},
    {"THPT-VANHA", "Trường THPT Vân Hà", "THPTVH", "school_upper_secondary", "SGD-AL", ""},
    {"THPT-LETHANHTONG", "Trường THPT Lê Thánh Tông", "THPTLTT", "school_upper_secondary", "SGD-AL", ""},
    {"THPT-NGUYENTHIDINH", "Trường THPT Nguyễn Thị Định", "THPTNTĐ", "school_upper_secondary", "SGD-AL", ""},
    {"GDTX-AL", "Trung tâm GDNN-GDTX tỉnh An Lạc", "TTGDTX", "school_continuing", "SGD-AL", ""},
};

struct DemoUser {
  const char *username, *full_name, *org, *role;
};

const DemoUser kUsers[] = {
    {"so.quanly", "Trần Quốc Minh", "SGD-AL", "manager"},
    {"so.pheduyet", "Nguyễn Thị Thu Hà", "SGD-AL", "approver"},
    {"so.capnhat", "Lê Văn Khang", "SGD-AL", "editor"},
    {"so.xem", "Phạm Ngọc Lan", "SGD-AL", "viewer"},
    {"thcs.tanmy", "Đỗ Thị Hạnh", "THCS-TANMY", "editor"},
    {"thcs.tanmy.ht", "Vũ Đức Thắng", "THCS-TANMY", "approver"},
    // THCS-LONGSON has no 2026 plan yet: its secretary's home page offers to draft it.
    {"thcs.longson", "Phan Thị Thanh Huyền", "THCS-LONGSON", "editor"},
    {"thpt.anlac", "Hoàng Thị Mai Anh", "THPT-ANLAC", "editor"},
    {"mn.hoamai", "Bùi Thị Ngọc Trâm", "MN-HOAMAI", "editor"},
};

// The 2025 reform, as an administrator applies it: every school of the
// former district offices moves to the department from 01/07/2025 in one
// restructuring, and the emptied offices close that day. Their past (2024,
// the first half of 2025) keeps their schools.
Status apply_reform(App& app, const Actor& system) {
  ReformInput in;
  for (const char* office : {"PGD-NGOCKHE", "PGD-VANHA"}) {
    auto detail = app.orgs().get(system, office);
    if (!detail) return detail.error();
    for (const auto& child : detail->children) in.units.push_back(child.unit.code);
  }
  in.parent = "SGD-AL";
  in.effective = "2025-07-01";
  in.close_emptied = true;
  auto applied = app.orgs().apply_reform(system, in);
  if (!applied) return applied.error();
  return Status::Ok();
}

// Deterministic pseudo-random numbers, so the demo is the same every time.
struct Rng {
  uint64_t s;
  explicit Rng(const std::string& seed) : s(1469598103934665603ull) {
    for (char c : seed) s = (s ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  }
  int range(int lo, int hi) {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return lo + static_cast<int>(s % static_cast<uint64_t>(hi - lo + 1));
  }
};

// Three years of believable figures for every school: staff by sex (mostly
// women, as in Vietnamese schools), slowly improving shares, activities,
// and the yearly facts.
std::vector<ValueInput> demo_values(const std::vector<std::string>& schools) {
  std::vector<ValueInput> v;
  auto put = [&](const std::string& org, const std::string& period, const char* el, const char* opt, int value) {
    v.push_back({el, opt, org, period, std::to_string(value)});
  };
  for (const auto& org : schools) {
    Rng r(org);
    const int staff_f = r.range(25, 70), staff_m = r.range(4, 20);
    const int students_f = r.range(250, 700), students_m = students_f + r.range(-40, 60);
    for (int year = 2023; year <= 2025; ++year) {
      const int step = year - 2023;
      for (int half = 1; half <= 2; ++half) {
        const std::string p = std::to_string(year) + "S" + std::to_string(half);
        const int f = staff_f + step, m = staff_m;
        put(org, p, "staff_total", "female", f);
        put(org, p, "staff_total", "male", m);
        const int mgr_f = std::min(3, 1 + (step + r.range(0, 1)) / 2), mgr_m = r.range(1, 2);
        put(org, p, "staff_managers", "female", mgr_f);
        put(org, p, "staff_managers", "male", mgr_m);
        put(org, p, "staff_managers_trained", "female", mgr_f);
        put(org, p, "staff_managers_trained", "male", mgr_m);
        const int tf = f - mgr_f - 3, tm = std::max(0, m - mgr_m - 1);
        put(org, p, "staff_teachers", "female", tf);
        put(org, p, "staff_teachers", "male", tm);
        put(org, p, "staff_teachers_standard", "female", tf - (step < 2 ? 1 : 0));
        put(org, p, "staff_teachers_standard", "male", tm);
        put(org, p, "staff_teachers_above", "female", tf * (45 + 5 * step) / 100);
        put(org, p, "staff_teachers_above", "male", tm * 40 / 100);
        put(org, p, "staff_masters", "female", r.range(1, 4) + step);
        put(org, p, "staff_masters", "male", r.range(0, 3));
        put(org, p, "staff_party", "female", f * 55 / 100 + step);
        put(org, p, "staff_party", "male", m * 60 / 100);
        put(org, p, "mass_org_leaders", "female", r.range(2, 4));
        put(org, p, "mass_org_leaders", "male", r.range(1, 3));
        put(org, p, "staff_trained_ge", "female", f * (70 + 10 * step) / 100);
        put(org, p, "staff_trained_ge", "male", m * (60 + 10 * step) / 100);
        put(org, p, "committee_members", "female", 4);
        put(org, p, "committee_members", "male", 1);
        put(org, p, "committee_trained", "female", std::min(4, 2 + step));
        put(org, p, "committee_trained", "male", 1);
        put(org, p, "students_total", "female", students_f);
        put(org, p, "students_total", "male", students_m);
        put(org, p, "students_reached", "female", students_f * (80 + 5 * step) / 100);
        put(org, p, "students_reached", "male", students_m * (78 + 5 * step) / 100);
        put(org, p, "parents_total", "", students_f + students_m - r.range(20, 60));
        put(org, p, "parents_reached", "", (students_f + students_m) * (50 + 10 * step) / 100);
        put(org, p, "party_admitted", "female", half == 2 ? r.range(0, 1) : 0);
        put(org, p, "party_admitted", "male", 0);
        put(org, p, "party_class", "female", r.range(0, 2));
        put(org, p, "party_class", "male", r.range(0, 1));
      }
      const std::string y = std::to_string(year);
      put(org, y, "staff_health_checked", "female", staff_f + step - (step == 0 ? 2 : 0));
      put(org, y, "staff_health_checked", "male", staff_m);
      const int pregnant = r.range(0, 4);
      put(org, y, "staff_pregnant", "", pregnant);
      put(org, y, "staff_maternity_care", "", pregnant);
      put(org, y, "staff_births", "female", r.range(0, 3));
      put(org, y, "staff_births", "male", r.range(0, 3));
      put(org, y, "domestic_violence_cases", "", 0);
      put(org, y, "abuse_cases", "", 0);
      put(org, y, "gender_in_teaching", "", step >= 1 || r.range(0, 1) ? 1 : 0);
      put(org, y, "website_ge_section", "", step >= 2 || r.range(0, 2) == 0 ? 1 : 0);
      put(org, y, "hotline_displayed", "", step >= 1 ? 1 : r.range(0, 1));
      put(org, y, "health_worker", "", r.range(0, 4) ? 1 : 0);
    }
  }
  return v;
}

}  // namespace

Result<DemoResult> build_demo(App& app, const InitOptions& options) {
  DemoResult out;
  auto init = initialize(app, options);
  if (!init) return init.error();
  out.init = *init;
  out.password = options.admin_password.empty() ? init->admin_password : options.admin_password;
  if (out.password.empty()) out.password = random_password();
  std::string root_code;
  bool exists = false;
  Status st = app.store().read([&](storage::Tx& tx) -> Status {
    root_code = tx.org_roots().front().code;
    exists = tx.org_by_code(kUnits[0].code).has_value();
    return Status::Ok();
  });
  if (!st) return st.error();
  for (const auto& u : kUsers) out.accounts.push_back({u.username, u.role, u.org});
  out.accounts.push_back({"thcs.tanmy.tv", "editor,incident_officer", "THCS-TANMY"});
  if (exists) return out;
  const Actor system = Actor::System();
  for (const auto& u : kUnits) {
    OrgInput in{u.code, u.name, u.short_name, u.type, *u.parent ? u.parent : root_code, u.governor, "2015-08-15"};
    auto r = app.orgs().create(system, in);
    if (!r) return r.error();
    ++out.units;
  }
  for (const auto& u : kUsers) {
    auto r = app.users().create(system, {u.username, u.full_name, u.org, out.password, {u.role}});
    if (!r) return r.error();
  }
  auto phase = add_phase_plans(app, system);
  if (!phase) return phase.error();
  if (Status s = apply_reform(app, system); !s) return s.error();
  auto year = add_year_plans(app, system);
  if (!year) return year.error();
  out.plans = *phase + *year;
  std::vector<std::string> schools;
  for (const auto& u : kUnits)
    if (is_school(*parse_org_type(u.type))) schools.push_back(u.code);
  auto saved = app.values().save(system, demo_values(schools));
  if (!saved) return saved.error();
  out.values = *saved;
  // The period's activities come before its reports: an approved report
  // keeps the activities it was approved with.
  auto activities = add_demo_activities(app);
  if (!activities) return activities.error();
  out.activities = *activities;
  auto reports = add_demo_reports(app);
  if (!reports) return reports.error();
  out.reports = *reports;
  auto registry = add_demo_registry(app, out.password);
  if (!registry) return registry.error();
  out.created = true;
  return out;
}

}  // namespace bd::app
