#include <map>

#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

constexpr const char* kOrgColumns =
    "SELECT id, code, name, short_name, type, parent_id, path, governor_id, opened, closed FROM org_units ";

OrgUnit org_from_row(const soci::row& r) {
  OrgUnit u;
  u.id = get_int(r, 0);
  u.code = get_str(r, 1);
  u.name = get_str(r, 2);
  u.short_name = get_str(r, 3);
  u.type = parse_org_type(get_str(r, 4)).value_or(OrgType::kOther);
  u.parent_id = get_opt_int(r, 5);
  u.path = get_str(r, 6);
  u.governor_id = get_opt_int(r, 7);
  u.opened = get_str(r, 8);
  u.closed = get_str(r, 9);
  return u;
}

template <class... Uses>
auto query_orgs(soci::session& sql, const std::string& where, Uses&&... uses) {
  return query_all(sql, std::string(kOrgColumns) + where, org_from_row, std::forward<Uses>(uses)...);
}

std::optional<OrgUnit> first(std::vector<OrgUnit> v) {
  if (v.empty()) return std::nullopt;
  return std::move(v.front());
}

}  // namespace

std::string like_prefix(std::string_view prefix) {
  std::string out;
  for (char c : prefix) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

std::optional<OrgUnit> SociTx::org_by_code(std::string_view code) {
  std::string c(code);
  return first(query_orgs(sql_, "WHERE code = :c", soci::use(c)));
}

std::optional<OrgUnit> SociTx::org_by_id(int64_t id) {
  long long i = id;
  return first(query_orgs(sql_, "WHERE id = :i", soci::use(i)));
}

std::vector<OrgUnit> SociTx::orgs_within(std::string_view path) {
  std::string p = like_prefix(path);
  return query_orgs(sql_, "WHERE path LIKE :p ESCAPE '\\' ORDER BY path", soci::use(p));
}

std::vector<OrgUnit> SociTx::org_children(int64_t parent_id) {
  long long i = parent_id;
  return query_orgs(sql_, "WHERE parent_id = :i ORDER BY id", soci::use(i));
}

std::vector<OrgUnit> SociTx::org_roots() { return query_orgs(sql_, "WHERE parent_id IS NULL ORDER BY id"); }

int64_t SociTx::count_orgs() {
  long long n = 0;
  sql_ << "SELECT COUNT(*) FROM org_units", soci::into(n);
  return n;
}

void SociTx::insert_org(OrgUnit& u) {
  std::string type(org_type_code(u.type));
  NullableInt parent(u.parent_id), governor(u.governor_id);
  long long id = 0;
  sql_ << "INSERT INTO org_units (code, name, short_name, type, parent_id, path, governor_id, opened, closed)"
          " VALUES (:code, :name, :short, :type, :parent, '', :gov, :opened, :closed) RETURNING id",
      soci::use(u.code), soci::use(u.name), soci::use(u.short_name), soci::use(type),
      soci::use(parent.value, parent.ind), soci::use(governor.value, governor.ind), soci::use(u.opened),
      soci::use(u.closed), soci::into(id);
  std::string parent_path = "/";
  if (u.parent_id) {
    long long pid = *u.parent_id;
    sql_ << "SELECT path FROM org_units WHERE id = :p", soci::use(pid), soci::into(parent_path);
  }
  u.id = id;
  u.path = child_path(parent_path, id);
  sql_ << "UPDATE org_units SET path = :path WHERE id = :id", soci::use(u.path), soci::use(id);
}

void SociTx::insert_orgs(std::vector<OrgUnit>& units) {
  if (units.empty()) return;
  OrgUnit u;
  std::string type;
  NullableInt parent(std::nullopt), governor(std::nullopt);
  long long id = 0;
  soci::statement insert = (sql_.prepare << "INSERT INTO org_units (code, name, short_name, type, parent_id, path,"
                                            " governor_id, opened, closed) VALUES (:code, :name, :short, :type,"
                                            " :parent, '', :gov, :opened, :closed) RETURNING id",
                            soci::use(u.code), soci::use(u.name), soci::use(u.short_name), soci::use(type),
                            soci::use(parent.value, parent.ind), soci::use(governor.value, governor.ind),
                            soci::use(u.opened), soci::use(u.closed), soci::into(id));
  std::string path;
  soci::statement set_path =
      (sql_.prepare << "UPDATE org_units SET path = :path WHERE id = :id", soci::use(path), soci::use(id));
  std::map<int64_t, std::string> parent_paths;  // few parents in a bulk load
  for (OrgUnit& unit : units) {
    u = unit;
    type = std::string(org_type_code(u.type));
    parent = NullableInt(u.parent_id);
    governor = NullableInt(u.governor_id);
    insert.execute(true);
    std::string parent_path = "/";
    if (u.parent_id) {
      auto known = parent_paths.find(*u.parent_id);
      if (known == parent_paths.end()) {
        long long pid = *u.parent_id;
        std::string stored;
        sql_ << "SELECT path FROM org_units WHERE id = :p", soci::use(pid), soci::into(stored);
        known = parent_paths.emplace(*u.parent_id, stored).first;
      }
      parent_path = known->second;
    }
    unit.id = id;
    unit.path = path = child_path(parent_path, id);
    set_path.execute(true);
  }
  std::vector<long long> ids(units.size());
  std::vector<NullableInt> parents;
  const std::string current;  // valid_to of an open span
  for (size_t i = 0; i < units.size(); ++i) {
    ids[i] = units[i].id;
    parents.emplace_back(units[i].parent_id);
  }
  insert_rows(sql_, "INSERT INTO org_parent_history (unit_id, parent_id, valid_from, valid_to)", "", units.size(), 4,
              [&](soci::statement& st, size_t i) {
                st.exchange(soci::use(ids[i]));
                st.exchange(soci::use(parents[i].value, parents[i].ind));
                st.exchange(soci::use(units[i].opened));
                st.exchange(soci::use(current));
              });
}

void SociTx::update_org(const OrgUnit& u) {
  changes_accounts_ = true;
  std::string type(org_type_code(u.type));
  NullableInt parent(u.parent_id), governor(u.governor_id);
  long long id = u.id;
  sql_ << "UPDATE org_units SET code = :code, name = :name, short_name = :short, type = :type,"
          " parent_id = :parent, governor_id = :gov, opened = :opened, closed = :closed WHERE id = :id",
      soci::use(u.code), soci::use(u.name), soci::use(u.short_name), soci::use(type),
      soci::use(parent.value, parent.ind), soci::use(governor.value, governor.ind), soci::use(u.opened),
      soci::use(u.closed), soci::use(id);
}

void SociTx::move_subtree(std::string_view old_prefix, std::string_view new_prefix) {
  changes_accounts_ = true;
  std::string oldp(old_prefix), newp(new_prefix), like = like_prefix(old_prefix);
  long long skip = static_cast<long long>(old_prefix.size()) + 1;
  sql_ << "UPDATE org_units SET path = CAST(:newp AS TEXT) || SUBSTR(path, CAST(:skip AS INTEGER)) WHERE path LIKE :like ESCAPE '\\'",
      soci::use(newp), soci::use(skip), soci::use(like);
}

void SociTx::add_parent_span(int64_t unit_id, const ParentSpan& span) {
  long long u = unit_id;
  NullableInt parent(span.parent_id);
  std::string from = span.valid_from, to = span.valid_to;
  sql_ << "INSERT INTO org_parent_history (unit_id, parent_id, valid_from, valid_to) VALUES (:u, :p, :f, :t)",
      soci::use(u), soci::use(parent.value, parent.ind), soci::use(from), soci::use(to);
}

void SociTx::end_parent_span(int64_t unit_id, std::string_view valid_to) {
  long long u = unit_id;
  std::string to(valid_to);
  sql_ << "UPDATE org_parent_history SET valid_to = :t WHERE unit_id = :u AND valid_to = ''", soci::use(to),
      soci::use(u);
}

std::vector<ParentSpan> SociTx::parent_history(int64_t unit_id) {
  long long u = unit_id;
  std::vector<ParentSpan> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << "SELECT parent_id, valid_from, valid_to FROM org_parent_history WHERE unit_id = :u ORDER BY id",
       soci::use(u));
  for (const auto& r : rs) out.push_back({get_opt_int(r, 0), get_str(r, 1), get_str(r, 2)});
  return out;
}

}  // namespace bd::storage
