#include "app/demo.h"

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
    {"thpt.anlac", "Hoàng Thị Mai Anh", "THPT-ANLAC", "editor"},
    {"mn.hoamai", "Bùi Thị Ngọc Trâm", "MN-HOAMAI", "editor"},
};

// The 2025 reform: former district offices' schools move to the department.
Status apply_reform(App& app, const Actor& system) {
  for (const char* office : {"PGD-NGOCKHE", "PGD-VANHA"}) {
    auto detail = app.orgs().get(system, office);
    if (!detail) return detail.error();
    for (const auto& child : detail->children) {
      OrgPatch move;
      move.parent = "SGD-AL";
      auto moved = app.orgs().update(system, child.unit.code, move);
      if (!moved) return moved.error();
    }
    auto closed = app.orgs().close(system, office, "2025-07-01");
    if (!closed) return closed.error();
  }
  return Status::Ok();
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
  if (Status s = apply_reform(app, system); !s) return s.error();
  out.created = true;
  return out;
}

}  // namespace bd::app
