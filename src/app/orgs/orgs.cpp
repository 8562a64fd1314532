#include "app/orgs/orgs.h"

#include <functional>
#include <unordered_map>

#include "app/access.h"
#include "app/orgs/access.h"
#include "app/audit.h"
#include "core/dates.h"
#include "core/text.h"

namespace bd::app {
namespace {

std::string today(const Clock& c) { return iso(date_from_unix(c.now() + 7 * 3600)); }

Status parse_opt_date(const std::string& in, std::string& out, const char* field) {
  const std::string s = text::clean(in);
  if (s.empty()) {
    out.clear();
    return Status::Ok();
  }
  auto d = parse_date(s);
  if (!d) return Error::Validation("Ngày không hợp lệ (dd/mm/yyyy).", field);
  out = iso(*d);
  return Status::Ok();
}

Status apply_name(const std::string& in, std::string& out) {
  out = text::clean(in);
  return validate_text(out, "name", kMaxNameLength, true);
}

Status apply_short_name(const std::string& in, std::string& out) {
  out = text::clean(in);
  return validate_text(out, "short_name", kMaxShortNameLength, false);
}

Status apply_type(const std::string& in, OrgType& out) {
  auto t = parse_org_type(in);
  if (!t) return Error::Validation("Loại đơn vị không hợp lệ.", "type");
  out = *t;
  return Status::Ok();
}

// A unit named in an input field (parent, governor): refused as invalid input.
Result<OrgUnit> named_unit(storage::Tx& tx, const std::string& code, const char* field) {
  if (code.empty()) return Error::Validation("Chưa chọn đơn vị.", field);
  auto u = tx.org_by_code(code);
  if (!u) return Error::Validation("Không tìm thấy đơn vị có mã " + code + ".", field);
  return *u;
}

Status apply_governor(storage::Tx& tx, const std::string& code, std::optional<int64_t>& out) {
  if (code.empty()) {
    out.reset();
    return Status::Ok();
  }
  auto g = named_unit(tx, code, "governor");
  if (!g) return g.error();
  out = g->id;
  return Status::Ok();
}

}  // namespace

OrgInfo org_info(storage::Tx& tx, const OrgUnit& u, int depth) {
  OrgInfo info{u};
  info.depth = depth;
  if (u.parent_id)
    if (auto p = tx.org_by_id(*u.parent_id)) {
      info.parent_code = p->code;
      info.parent_name = p->name;
    }
  if (u.governor_id)
    if (auto g = tx.org_by_id(*u.governor_id)) {
      info.governor_code = g->code;
      info.governor_name = g->name;
    }
  for (const auto& c : tx.org_children(u.id)) info.children += c.is_closed() ? 0 : 1;
  return info;
}

Result<std::vector<OrgInfo>> Orgs::list(const Actor& a, const OrgQuery& q) {
  std::vector<OrgInfo> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    OrgUnit root;
    if (!q.root.empty()) {
      auto r = find_unit(tx, q.root);
      if (!r) return r.error();
      root = *r;
    } else if (auto r = tx.org_by_id(a.org_id); r && !a.system) {
      root = *r;
    } else {
      auto roots = tx.org_roots();
      if (roots.empty()) return Status::Ok();
      root = roots.front();
    }
    if (Status s = can_view(a, root); !s) return s;
    const auto units = tx.orgs_within(root.path);
    std::unordered_map<int64_t, const OrgUnit*> by_id;
    std::unordered_map<int64_t, std::vector<const OrgUnit*>> kids;
    for (const auto& u : units) by_id[u.id] = &u;
    for (const auto& u : units)
      if (u.id != root.id && u.parent_id) kids[*u.parent_id].push_back(&u);
    for (auto& [id, v] : kids) text::sort_vi(v, [](const OrgUnit* u) { return u->name; });
    std::function<void(const OrgUnit&, int)> walk = [&](const OrgUnit& u, int depth) {
      if (u.is_closed() && !q.include_closed && u.id != root.id) return;
      const bool hit = q.q.empty() || text::matches(u.name, q.q) || text::matches(u.code, q.q) ||
                       text::matches(u.short_name, q.q);
      if (hit) {
        OrgInfo info;
        info.unit = u;
        info.depth = depth;
        auto parent = u.parent_id ? by_id.find(*u.parent_id) : by_id.end();
        if (parent != by_id.end()) {
          info.parent_code = parent->second->code;
          info.parent_name = parent->second->name;
        } else if (u.parent_id) {
          if (auto p = tx.org_by_id(*u.parent_id)) info.parent_code = p->code, info.parent_name = p->name;
        }
        if (u.governor_id) {
          auto g = by_id.find(*u.governor_id);
          if (g != by_id.end()) info.governor_code = g->second->code, info.governor_name = g->second->name;
          else if (auto gu = tx.org_by_id(*u.governor_id)) info.governor_code = gu->code, info.governor_name = gu->name;
        }
        for (const OrgUnit* c : kids[u.id]) info.children += c->is_closed() ? 0 : 1;
        out.push_back(std::move(info));
      }
      for (const OrgUnit* c : kids[u.id]) walk(*c, depth + 1);
    };
    walk(root, 0);
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<OrgDetail> Orgs::get(const Actor& a, const std::string& code) {
  OrgDetail d;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto u = find_unit(tx, code);
    if (!u) return u.error();
    if (Status s = can_view(a, *u); !s) return s;
    d.info = org_info(tx, *u);
    for (auto pid = u->parent_id; pid;) {
      auto p = tx.org_by_id(*pid);
      if (!p) break;
      if (in_scope(a, *p)) d.ancestors.insert(d.ancestors.begin(), org_info(tx, *p));
      pid = p->parent_id;
    }
    for (const auto& c : tx.org_children(u->id)) d.children.push_back(org_info(tx, c, 1));
    text::sort_vi(d.children, [](const OrgInfo& o) { return o.unit.name; });
    d.history = tx.parent_history(u->id);
    d.can_manage = !u->is_closed() && can_manage_unit(a, *u).ok();
    return Status::Ok();
  });
  if (!st) return st.error();
  return d;
}

Result<OrgDetail> Orgs::branch(const Actor& a, const std::string& code) {
  if (!code.empty()) return get(a, code);
  std::string own;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    std::optional<OrgUnit> u = a.system ? std::nullopt : tx.org_by_id(a.org_id);
    if (!u) {
      auto roots = tx.org_roots();
      if (roots.empty()) return Error::NotFound("Chưa có đơn vị nào.");
      u = roots.front();
    }
    own = u->code;
    return Status::Ok();
  });
  if (!st) return st.error();
  return get(a, own);
}

Result<OrgInfo> Orgs::create(const Actor& a, const OrgInput& in) {
  OrgUnit u;
  u.code = in.code;
  if (Status s = validate_code(u.code); !s) return s.error();
  if (Status s = apply_name(in.name, u.name); !s) return s.error();
  if (Status s = apply_short_name(in.short_name, u.short_name); !s) return s.error();
  if (Status s = apply_type(in.type, u.type); !s) return s.error();
  if (Status s = parse_opt_date(in.opened, u.opened, "opened"); !s) return s.error();
  OrgInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto parent = named_unit(tx, in.parent, "parent");
    if (!parent) return parent.error();
    if (Status s = can_create_unit_under(a, *parent); !s) return s;
    if (parent->is_closed()) return Error::Conflict("Đơn vị cấp trên đã đóng.", "parent");
    if (tx.org_by_code(u.code)) return Error::Conflict("Mã đơn vị " + u.code + " đã tồn tại.", "code");
    if (Status s = apply_governor(tx, in.governor, u.governor_id); !s) return s;
    u.parent_id = parent->id;
    if (u.opened.empty()) u.opened = today(clock_);
    tx.insert_org(u);
    tx.add_parent_span(u.id, {u.parent_id, u.opened, ""});
    // The governing body given at registration holds for its figures of before.
    if (u.governor_id) tx.add_governor_span(u.id, {u.governor_id, "", ""});
    tx.add_audit(audit_entry(a, clock_.now(), "create", "orgunit", u.code, nullptr, to_json(u)));
    info = org_info(tx, u);
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  tree_changed();
  return info;
}

Result<std::string> effective_day(storage::Tx& tx, int64_t unit, const std::string& in, const std::string& today) {
  std::string day;
  if (Status s = parse_opt_date(in, day, "effective"); !s) return s.error();
  if (day.empty()) return today;
  if (day > today)
    return Error::Validation("Ngày hiệu lực không được sau hôm nay (" + format_vi(*parse_date(today)) + ").",
                             "effective");
  // The start of the open span when a change began it. A unit's first parent
  // span is its registration, and a governing body given at registration
  // holds from before the records (valid_from ""): those may end on any day.
  auto since = [&](const std::vector<storage::ParentSpan>& spans, size_t first) {
    std::string from;
    for (size_t i = first; i < spans.size(); ++i)
      if (spans[i].valid_to.empty()) from = std::max(from, spans[i].valid_from);
    return from;
  };
  if (std::string from = since(tx.parent_history(unit), 1); day < from)
    return Error::Validation("Ngày hiệu lực không được trước ngày " + format_vi(*parse_date(from)) +
                                 ", ngày đơn vị chuyển về đơn vị cấp trên hiện nay.", "effective");
  if (std::string from = since(tx.governor_history(unit), 0); day < from)
    return Error::Validation("Ngày hiệu lực không được trước ngày " + format_vi(*parse_date(from)) +
                                 ", ngày đơn vị chuyển về cơ quan quản lý hiện nay.", "effective");
  return day;
}

void move_unit(storage::Tx& tx, OrgUnit& u, const OrgUnit& parent, const std::string& day) {
  const std::string new_path = child_path(parent.path, u.id);
  tx.move_subtree(u.path, new_path);
  tx.end_parent_span(u.id, day);
  tx.add_parent_span(u.id, {parent.id, day, ""});
  u.parent_id = parent.id;
  u.path = new_path;
}

void change_governor(storage::Tx& tx, OrgUnit& u, std::optional<int64_t> governor, const std::string& day) {
  if (governor == u.governor_id) return;
  tx.end_governor_span(u.id, day);
  if (governor) tx.add_governor_span(u.id, {governor, day, ""});
  u.governor_id = governor;
}

Result<OrgInfo> Orgs::update(const Actor& a, const std::string& code, const OrgPatch& p) {
  OrgInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto found = find_unit(tx, code);
    if (!found) return found.error();
    if (Status s = can_manage_unit(a, *found); !s) return s;
    if (found->is_closed()) return Error::Conflict("Đơn vị đã đóng, không sửa được.");
    OrgUnit u = *found;
    if (p.name)
      if (Status s = apply_name(*p.name, u.name); !s) return s;
    if (p.short_name)
      if (Status s = apply_short_name(*p.short_name, u.short_name); !s) return s;
    if (p.type)
      if (Status s = apply_type(*p.type, u.type); !s) return s;
    if (p.opened)
      if (Status s = parse_opt_date(*p.opened, u.opened, "opened"); !s) return s;
    std::optional<int64_t> governor = u.governor_id;
    if (p.governor)
      if (Status s = apply_governor(tx, *p.governor, governor); !s) return s;
    std::optional<OrgUnit> parent;
    if (p.parent) {
      auto named = named_unit(tx, *p.parent, "parent");
      if (!named) return named.error();
      if (named->id != u.parent_id.value_or(0)) {
        if (path_within(named->path, u.path))
          return Error::Validation("Không thể chuyển đơn vị vào chính nó hoặc đơn vị trực thuộc nó.", "parent");
        if (Status s = can_create_unit_under(a, *named); !s) return s;
        if (named->is_closed()) return Error::Conflict("Đơn vị cấp trên mới đã đóng.", "parent");
        parent = *named;
      }
    }
    std::string action = "update";
    if (parent || governor != u.governor_id) {
      // A new parent or governing body takes effect on one day.
      auto day = effective_day(tx, u.id, p.effective.value_or(""), today(clock_));
      if (!day) return day.error();
      if (parent) {
        move_unit(tx, u, *parent, *day);
        action = "move";
      }
      change_governor(tx, u, governor, *day);
    }
    tx.update_org(u);
    tx.add_audit(audit_entry(a, clock_.now(), action, "orgunit", u.code, to_json(*found), to_json(u)));
    info = org_info(tx, u);
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  tree_changed();
  return info;
}

Result<OrgInfo> Orgs::close(const Actor& a, const std::string& code, const std::string& date) {
  std::string day;
  if (Status s = parse_opt_date(date, day, "closed"); !s) return s.error();
  if (day.empty()) day = today(clock_);
  OrgInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto found = find_unit(tx, code);
    if (!found) return found.error();
    if (Status s = can_manage_unit(a, *found); !s) return s;
    if (found->is_closed()) return Error::Conflict("Đơn vị đã đóng từ " + found->closed + ".");
    int open_children = 0;
    for (const auto& c : tx.org_children(found->id)) open_children += c.is_closed() ? 0 : 1;
    if (open_children > 0)
      return Error::Conflict("Đơn vị còn " + std::to_string(open_children) +
                             " đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc đóng các đơn vị đó trước.");
    OrgUnit u = *found;
    u.closed = day;
    tx.update_org(u);
    tx.end_parent_span(u.id, day);
    tx.add_audit(audit_entry(a, clock_.now(), "close", "orgunit", u.code, to_json(*found), to_json(u)));
    info = org_info(tx, u);
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  tree_changed();
  return info;
}

Result<OrgInfo> Orgs::create_root(const OrgInput& in) {
  OrgUnit u;
  u.code = in.code;
  if (Status s = validate_code(u.code); !s) return s.error();
  if (Status s = apply_name(in.name, u.name); !s) return s.error();
  if (Status s = apply_short_name(in.short_name, u.short_name); !s) return s.error();
  if (Status s = apply_type(in.type, u.type); !s) return s.error();
  OrgInfo info;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    if (!tx.org_roots().empty()) return Error::Conflict("Cây đơn vị đã có đơn vị gốc.");
    u.opened = today(clock_);
    tx.insert_org(u);
    tx.add_parent_span(u.id, {std::nullopt, u.opened, ""});
    tx.add_audit(audit_entry(Actor::System(), clock_.now(), "create", "orgunit", u.code, nullptr, to_json(u)));
    info = org_info(tx, u);
    tx.notify("tree");
    return Status::Ok();
  });
  if (!st) return st.error();
  tree_changed();
  return info;
}

}  // namespace bd::app
