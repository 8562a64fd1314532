#include "app/registers/services.h"

#include <nlohmann/json.hpp>

#include "app/access.h"
#include "app/audit.h"
#include "app/registers/registry_input.h"

namespace bd::app {
namespace {

const char* kNotFound = "Không tìm thấy mục này trong danh bạ.";

nlohmann::json audit_json(const SupportService& s) {
  return {{"org_id", s.org_id ? nlohmann::json(*s.org_id) : nlohmann::json(nullptr)},
          {"kind", s.kind}, {"name", s.name}, {"phone", s.phone}, {"address", s.address},
          {"purpose", s.purpose}, {"hours", s.hours}, {"sort", s.sort}};
}

// Ids of a materialised path "/1/5/23/", root first.
std::vector<int64_t> path_ids(const std::string& path) {
  std::vector<int64_t> out;
  int64_t v = 0;
  bool any = false;
  for (char c : path) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      any = true;
    } else if (any) {
      out.push_back(v);
      v = 0;
      any = false;
    }
  }
  return out;
}

// National entries: system administrators (admins of the root). A unit's:
// whoever enters data for it.
Status can_edit_service(storage::Tx& tx, const Actor& a, const SupportService& s) {
  if (!s.org_id) {
    if (a.system || (a.roles.has(Role::kAdmin) && a.org_path == tx.org_roots().front().path)) return Status::Ok();
    return Error::Forbidden("Chỉ quản trị hệ thống mới được sửa danh bạ quốc gia.");
  }
  return can_enter_data(a, *tx.org_by_id(*s.org_id));
}

void apply(SupportService& s, const ServiceInput& in) {
  s.kind = in.kind;
  s.name = in.name;
  s.phone = in.phone;
  s.address = in.address;
  s.purpose = in.purpose;
  s.hours = in.hours;
  s.sort = in.sort;
}

ServiceRow row_of(storage::Tx& tx, const std::optional<Actor>& a, const SupportService& s) {
  ServiceRow r{s, "", "", false};
  if (s.org_id)
    if (auto u = tx.org_by_id(*s.org_id)) {
      r.owner_code = u->code;
      r.owner_name = u->name;
    }
  r.can_edit = a && can_edit_service(tx, *a, s).ok();
  return r;
}

}  // namespace

const std::vector<SupportService>& national_services() {
  static const std::vector<SupportService> v = [] {
    std::vector<SupportService> out;
    auto add = [&](std::string name, std::string phone, std::string purpose, std::string hours, int sort) {
      SupportService s;
      s.kind = "hotline";
      s.name = std::move(name);
      s.phone = std::move(phone);
      s.purpose = std::move(purpose);
      s.hours = std::move(hours);
      s.sort = sort;
      out.push_back(s);
    };
    add("Tổng đài quốc gia bảo vệ trẻ em 111", "111",
        "Tiếp nhận thông tin, tư vấn, hỗ trợ trẻ em bị xâm hại, bạo lực, bóc lột, bị bỏ rơi; miễn phí.",
        "24 giờ/ngày, 7 ngày/tuần", 1);
    add("Cảnh sát (Công an)", "113", "Báo tin khẩn cấp về an ninh, trật tự, bạo lực đang xảy ra.",
        "24 giờ/ngày, 7 ngày/tuần", 2);
    add("Cấp cứu y tế", "115", "Cấp cứu người bị thương, cần hỗ trợ y tế khẩn cấp.", "24 giờ/ngày, 7 ngày/tuần", 3);
    return out;
  }();
  return v;
}

Status validate_service(ServiceInput& in) {
  if (Status s = choice_field(in.kind, service_kind_choices(), "kind", "Loại"); !s) return s;
  if (Status s = text_field(in.name, "name", "Tên", 255, true); !s) return s;
  if (Status s = phone_field(in.phone, "phone", in.kind == "hotline"); !s) return s;
  if (Status s = text_field(in.address, "address", "Địa chỉ", 500, in.kind != "hotline"); !s) return s;
  if (Status s = text_field(in.purpose, "purpose", "Nội dung hỗ trợ", 1000, false); !s) return s;
  if (Status s = text_field(in.hours, "hours", "Thời gian tiếp nhận", 200, false); !s) return s;
  if (in.sort < 0 || in.sort > 9999) return Error::Validation("Thứ tự phải từ 0 đến 9999.", "sort");
  return Status::Ok();
}

Result<Directory> Services::load(const std::optional<Actor>& a, const std::string& org) {
  Directory d;
  const std::string period = std::to_string(vietnam_today(clock_.now()).year);
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org);
    if (!unit || (!a && unit->is_closed())) return Error::NotFound("Không tìm thấy đơn vị " + org + ".", "org");
    if (a)
      if (Status s = can_view(*a, *unit); !s) return s;
    d.unit = *unit;
    d.can_add = a && can_enter_data(*a, *unit).ok();
    const auto ids = path_ids(unit->path);
    auto all = tx.services_for(ids);
    // National first, then by depth of the owner (the unit's own last).
    std::stable_sort(all.begin(), all.end(), [&](const auto& x, const auto& y) {
      auto depth = [&](const SupportService& s) {
        if (!s.org_id) return -1;
        for (size_t i = 0; i < ids.size(); ++i)
          if (ids[i] == *s.org_id) return static_cast<int>(i);
        return 1000;
      };
      return depth(x) < depth(y);
    });
    for (const auto& s : all) d.rows.push_back(row_of(tx, a, s));
    for (const auto& e : tx.data_elements())
      if (e.code == "hotline_displayed")
        if (auto v = tx.value_at(e.id, "", unit->id, period); v && v->number) d.displayed = *v->number != 0;
    return Status::Ok();
  });
  if (!st) return st.error();
  return d;
}

Result<Directory> Services::public_directory(const std::string& org) { return load(std::nullopt, org); }

Result<Directory> Services::directory(const Actor& a, const std::string& org) { return load(a, org); }

Result<ServiceRow> Services::create(const Actor& a, const std::string& org, ServiceInput in) {
  if (Status s = validate_service(in); !s) return s.error();
  std::optional<ServiceRow> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    SupportService s;
    if (!org.empty()) {
      auto unit = find_unit(tx, org, "org");
      if (!unit) return unit.error();
      if (Status c = can_view(a, *unit); !c) return c;
      s.org_id = unit->id;
    }
    if (Status c = can_edit_service(tx, a, s); !c) return c;
    apply(s, in);
    s.updated_at = clock_.now();
    s.updated_by = a.username;
    tx.insert_service(s);
    tx.add_audit(audit_entry(a, s.updated_at, "create", "support_service", std::to_string(s.id), nullptr, audit_json(s)));
    out = row_of(tx, a, s);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Result<ServiceRow> Services::update(const Actor& a, int64_t id, ServiceInput in) {
  if (Status s = validate_service(in); !s) return s.error();
  std::optional<ServiceRow> out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto s = tx.service(id);
    if (!s) return Error::NotFound(kNotFound);
    if (Status c = can_edit_service(tx, a, *s); !c) return c;
    const auto before = audit_json(*s);
    apply(*s, in);
    s->updated_at = clock_.now();
    s->updated_by = a.username;
    tx.update_service(*s);
    tx.add_audit(audit_entry(a, s->updated_at, "update", "support_service", std::to_string(id), before, audit_json(*s)));
    out = row_of(tx, a, *s);
    return Status::Ok();
  });
  if (!st) return st.error();
  return *out;
}

Status Services::remove(const Actor& a, int64_t id) {
  return store_.write([&](storage::Tx& tx) -> Status {
    auto s = tx.service(id);
    if (!s) return Error::NotFound(kNotFound);
    if (Status c = can_edit_service(tx, a, *s); !c) return c;
    tx.delete_service(id);
    tx.add_audit(audit_entry(a, clock_.now(), "delete", "support_service", std::to_string(id), audit_json(*s), nullptr));
    return Status::Ok();
  });
}

Status Services::set_displayed(const Actor& a, const std::string& org, int year, bool displayed) {
  if (year < 2000 || year > 2100) return Error::Validation("Năm không hợp lệ.", "year");
  auto r = values_.save(a, {{"hotline_displayed", "", org, std::to_string(year), displayed ? "1" : "0"}});
  if (!r) return r.error();
  return Status::Ok();
}

Status Services::ensure_national() {
  return store_.write([&](storage::Tx& tx) -> Status {
    if (!tx.services_for({}).empty()) return Status::Ok();
    const Actor system = Actor::System();
    for (SupportService s : national_services()) {
      s.updated_at = clock_.now();
      s.updated_by = system.username;
      tx.insert_service(s);
      tx.add_audit(audit_entry(system, s.updated_at, "create", "support_service", std::to_string(s.id), nullptr,
                               audit_json(s)));
    }
    return Status::Ok();
  });
}

}  // namespace bd::app
