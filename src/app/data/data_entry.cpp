#include "app/data/data_entry.h"

#include <map>

#include "app/access.h"

namespace bd::app {
namespace {

// The unit asked for when the actor may see it, else the actor's own unit.
Result<OrgUnit> chosen_unit(storage::OrgRepo& orgs, const Actor& a, const std::string& code) {
  if (!code.empty())
    if (auto u = orgs.org_by_code(code); u && can_view(a, *u)) return *u;
  if (auto own = orgs.org_by_id(a.org_id); own && can_view(a, *own)) return *own;
  return Error::Forbidden("Tài khoản của bạn chưa gắn với đơn vị nào để nhập số liệu.");
}

}  // namespace

Result<DataSheet> DataEntry::sheet(const Actor& a, const std::string& org, const std::string& set,
                                   const std::string& period) {
  DataSheet out;
  Status found = store_.read([&](storage::Tx& tx) -> Status {
    auto u = chosen_unit(tx, a, org);
    if (!u) return u.error();
    out.unit = *u;
    return Status::Ok();
  });
  if (!found) return found.error();

  auto sets = catalog_.data_sets(a);
  if (!sets) return sets.error();
  for (const auto& s : *sets) {
    if (!s.applies_to(out.unit.type)) continue;
    if (!out.set || s.code == set) out.set = s;
    out.sets.push_back(s);
  }
  if (!out.set) return out;

  const Period current = period_of(out.set->period_type, date_from_unix(clock_.now() + 7 * 3600));  // Vietnam time
  out.period = parse_period(period).value_or(current);
  Period p = current.next();
  for (int i = 0; i < 8; ++i, p = p.previous()) out.periods.push_back(p);
  out.due = out.set->deadline.due(out.period);

  auto locked = values_.locked(a, out.unit.code, out.period.code());
  if (!locked) return locked.error();
  out.locked = *locked;
  out.can_edit = !out.locked && can_enter_data(a, out.unit).ok();

  auto stored = values_.get(a, out.unit.code, out.period.code());
  if (!stored) return stored.error();
  std::map<std::string, std::optional<double>> by_cell;
  for (const auto& v : *stored) by_cell[v.element + "." + v.option] = v.number;
  for (const auto& code : out.set->elements) {
    auto e = analytics_.element_by_code(code);
    if (!e) continue;
    SheetRow row{*e, by_cell[code + ".female"], by_cell[code + ".male"], by_cell[code + "."]};
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace bd::app
