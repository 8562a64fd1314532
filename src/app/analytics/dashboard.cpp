#include "app/analytics/dashboard.h"

#include <algorithm>

#include "app/access.h"

namespace bd::app {

Result<std::pair<OrgUnit, Period>> Dashboard::unit_and_period(const Actor& a, const std::string& org,
                                                              const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  std::optional<OrgUnit> unit;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    unit = tx.org_by_code(org);
    if (!unit) return Error::NotFound("Không tìm thấy đơn vị " + org + ".", "org");
    return can_view(a, *unit);
  });
  if (!st) return st.error();
  return std::make_pair(*unit, *p);
}

std::vector<int64_t> Dashboard::ancestors(const OrgUnit& u) {
  std::vector<int64_t> out;
  size_t start = 1;
  while (start < u.path.size()) {  // "/1/5/23/": every id but the unit's own
    const size_t end = u.path.find('/', start);
    const int64_t id = std::stoll(u.path.substr(start, end - start));
    if (id != u.id) out.push_back(id);
    start = end + 1;
  }
  return out;
}

Result<std::vector<IndicatorRow>> Dashboard::indicator(const Actor& a, const std::string& indicator,
                                                       const std::string& org, const std::string& period,
                                                       bool children, const std::string& structure) {
  if (!structure.empty() && structure != "period" && structure != "current")
    return Error::BadRequest("Cơ cấu đơn vị phải là \"period\" (theo kỳ) hoặc \"current\" (hiện nay).", "structure");
  const bool current = structure == "current";
  if (indicator.empty()) return Error::BadRequest("Thiếu mã chỉ số (indicator).", "indicator");
  const auto def = analytics_.indicator_def(indicator);
  if (!def) return Error::NotFound("Không tìm thấy chỉ số " + indicator + ".", "indicator");
  auto up = unit_and_period(a, org, period);
  if (!up) return up.error();
  const OrgUnit& unit = up->first;  // named, not bound: lambdas capture them (clang 14)
  const Period& p = up->second;
  std::vector<OrgUnit> units{unit};
  if (children) {
    units.clear();
    Status st = store_.read([&](storage::Tx& tx) {
      for (int64_t id : current ? analytics_.children(unit.id) : analytics_.children(unit.id, p))
        if (auto c = tx.org_by_id(id)) units.push_back(*c);
      return Status::Ok();
    });
    if (!st) return st.error();
  }
  std::vector<IndicatorRow> rows;
  for (const auto& u : units) {
    auto v = analytics_.indicator(indicator, u.id, p,
                                  current ? analytics::Structure::kCurrent : analytics::Structure::kAsOfPeriod);
    if (!v) return v.error();
    rows.push_back({u.code, u.name, p.code(), *v, def->unit});
  }
  return rows;
}

Result<UnitTargets> Dashboard::targets(const Actor& a, const std::string& org, const std::string& period) {
  auto up = unit_and_period(a, org, period);
  if (!up) return up.error();
  const auto& [unit, p] = *up;
  // With the targets set for each unit of another type below it (a school
  // target seen from the department), held by the whole subtree's figures.
  return UnitTargets{unit, p, analytics_.targets_for(TargetQuery{unit.id, ancestors(unit), unit.type, {}, "", true}, p)};
}

Result<std::vector<ChildTarget>> Dashboard::of_children(const Actor& a, const std::string& only,
                                                       const std::string& org, const std::string& period) {
  auto up = unit_and_period(a, org, period);
  if (!up) return up.error();
  const OrgUnit& unit = up->first;  // named, not bound: lambdas capture them (clang 14)
  const Period& p = up->second;
  std::vector<ChildTarget> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    if (!only.empty()) {
      const auto defs = tx.targets();
      if (std::none_of(defs.begin(), defs.end(), [&](const TargetDef& d) { return d.code == only; }))
        return Error::NotFound("Không có chỉ tiêu mã \"" + only + "\".");
    }
    for (int64_t id : analytics_.children(unit.id, p)) {  // the children of the period's tree
      auto child = tx.org_by_id(id);
      if (!child) continue;
      // An office or a commune is compared on a school target too, over its subtree.
      const TargetQuery q{child->id, ancestors(*child), child->type, {}, only, true};
      for (auto& s : analytics_.targets_for(q, p)) out.push_back({*child, std::move(s)});
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<ChildTarget>> Dashboard::compare_children(const Actor& a, const std::string& target,
                                                             const std::string& org, const std::string& period) {
  if (target.empty()) return Error::NotFound("Không có chỉ tiêu mã \"\".");
  auto out = of_children(a, target, org, period);
  if (!out) return out;
  std::stable_sort(out->begin(), out->end(), [](const ChildTarget& x, const ChildTarget& y) {
    if (x.state.gap.has_value() != y.state.gap.has_value()) return x.state.gap.has_value();
    return x.state.gap.value_or(0) > y.state.gap.value_or(0);
  });
  return out;
}

Result<std::vector<ChildTarget>> Dashboard::children_targets(const Actor& a, const std::string& org,
                                                             const std::string& period) {
  return of_children(a, "", org, period);
}

}  // namespace bd::app
