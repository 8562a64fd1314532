#include "app/analytics/unit_dashboard.h"

#include <algorithm>
#include <set>

#include "app/access.h"

namespace bd::app {
namespace {

constexpr int kDefaultYearsBack = 5;  // how far back the default view looks for figures

// Every id of a materialised path ("/1/5/23/") but the unit's own.
std::vector<int64_t> path_ancestors(const OrgUnit& u) {
  std::vector<int64_t> out;
  size_t start = 1;
  while (start < u.path.size()) {
    const size_t end = u.path.find('/', start);
    if (end == std::string::npos) break;
    const int64_t id = std::stoll(u.path.substr(start, end - start));
    if (id != u.id) out.push_back(id);
    start = end + 1;
  }
  return out;
}

bool furthest_first(const TargetState& x, const TargetState& y) {
  if (x.gap.has_value() != y.gap.has_value()) return x.gap.has_value();
  return x.gap.value_or(0) > y.gap.value_or(0);
}

bool all_schools(const std::vector<OrgUnit>& units) {
  return !units.empty() && std::all_of(units.begin(), units.end(), [](const OrgUnit& u) { return is_school(u.type); });
}

int overdue_days(const UnitCompleteness& r) { return r.timeliness ? r.timeliness->days : 0; }

}  // namespace

struct UnitDashboard::Scope {
  OrgUnit unit;
  Period period;
  std::vector<TrailUnit> trail;
  std::vector<OrgUnit> below;      // the drill-down
  std::vector<OrgUnit> reporting;  // children and governed units: who reports at one level below
  std::vector<int64_t> roots;      // what the unit's figures are summed over
};

std::vector<int64_t> UnitDashboard::roots_of(const Actor& a, int64_t id, const std::optional<Period>& period) const {
  std::vector<int64_t> roots{id};
  for (int64_t g : period ? analytics_.governed(id, *period) : analytics_.governed(id))
    if (a.system || analytics_.within(g, a.org_id)) roots.push_back(g);
  return roots;
}

Period UnitDashboard::default_period(const std::vector<int64_t>& roots) const {
  const int now = vietnam_date(clock_.now()).year;
  const auto elements = analytics_.elements();
  for (int y = now; y >= now - kDefaultYearsBack; --y) {
    const Period p{PeriodType::kYear, y, 1};
    for (const auto& e : elements)
      if (analytics_.element_over(e.code, "", roots, p)) return p;
  }
  return Period{PeriodType::kYear, now, 1};
}

Result<UnitDashboard::Scope> UnitDashboard::open(const Actor& a, const std::string& org, const std::string& period) {
  std::optional<Period> p;
  if (!period.empty()) {
    p = parse_period(period);
    if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  }
  Scope s;
  std::vector<OrgUnit> children, governed;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status v = can_view(a, *unit); !v) return v;
    s.unit = *unit;
    // Up the drill-down: a unit grouped under the sibling that governs it
    // goes up through that sibling, then on up the tree.
    std::optional<OrgUnit> up;
    if (unit->governor_id) {
      auto g = tx.org_by_id(*unit->governor_id);
      if (g && !g->is_closed() && g->parent_id == unit->parent_id) up = *g;
    }
    if (!up && unit->parent_id) up = tx.org_by_id(*unit->parent_id);
    if (up) {
      std::vector<int64_t> ids = path_ancestors(*up);
      ids.push_back(up->id);
      for (int64_t id : ids)
        if (auto u = tx.org_by_id(id)) s.trail.push_back({*u, static_cast<bool>(can_view(a, *u))});
    }
    // Down: the open children (below), then the units this one governs elsewhere.
    for (auto& c : tx.org_children(unit->id))
      if (!c.is_closed()) children.push_back(std::move(c));
    return Status::Ok();
  });
  if (!st) return st.error();
  s.period = p ? *p : default_period(roots_of(a, s.unit.id));
  // What it governed then, and (a past period) the children it had then.
  s.roots = roots_of(a, s.unit.id, s.period);
  const bool past = analytics_.follows_past_tree(s.period);
  if (past) children.clear();
  st = store_.read([&](storage::Tx& tx) {
    if (past)
      for (int64_t id : analytics_.children(s.unit.id, s.period))
        if (auto u = tx.org_by_id(id)) children.push_back(std::move(*u));
    for (size_t i = 1; i < s.roots.size(); ++i)
      if (auto g = tx.org_by_id(s.roots[i])) governed.push_back(*g);
    return Status::Ok();
  });
  if (!st) return st.error();
  // Those governed by an open sibling (then) are grouped under it.
  std::set<int64_t> grouped;
  for (const auto& c : children)
    for (int64_t g : analytics_.governed(c.id, s.period)) grouped.insert(g);
  for (const auto& c : children) {
    s.reporting.push_back(c);
    if (!grouped.contains(c.id)) s.below.push_back(c);
  }
  for (const auto& g : governed) {
    s.below.push_back(g);
    s.reporting.push_back(g);
  }
  return s;
}

Result<UnitDashboardView> UnitDashboard::get(const Actor& a, const std::string& org, const std::string& period) {
  auto s = open(a, org, period);
  if (!s) return s.error();
  UnitDashboardView v;
  v.unit = s->unit;
  v.period = s->period;
  v.trail = s->trail;
  v.below = s->below;
  v.below_are_schools = all_schools(s->below);

  std::vector<std::vector<int64_t>> below_roots;
  for (const auto& b : s->below) below_roots.push_back(roots_of(a, b.id, s->period));
  TargetQuery q{s->unit.id, path_ancestors(s->unit), s->unit.type, s->roots, "", true};
  for (auto& state : analytics_.targets_for(q, s->period)) {
    DashboardTarget t;
    for (const auto& roots : below_roots) {
      auto child = analytics_.target_over(state.target.code, roots, s->period, false);
      if (!child) continue;
      ++t.below;
      t.met += child->status == "met";
      t.not_met += child->status == "not_met";
      t.no_data += child->status == "no_data";
    }
    t.state = std::move(state);
    v.targets.push_back(std::move(t));
  }

  for (const auto& e : analytics_.elements()) {
    if (!e.by_sex()) continue;
    SexFigure f{e, analytics_.element_over(e.code, "female", s->roots, s->period),
                analytics_.element_over(e.code, "male", s->roots, s->period)};
    if (f.female || f.male) v.by_sex.push_back(std::move(f));
  }
  v.parity = analytics_.parity_over(s->roots, s->period);

  v.reporting.today = vietnam_date(clock_.now());
  Status st = store_.read([&](storage::Tx& tx) {
    const auto sets = tx.data_sets();
    const std::string code = s->period.code();
    for (const auto& u : s->reporting) {
      const auto report = tx.report_of(u.id, code);
      const ReportState state = report ? state_of(*report) : ReportState{};
      const UnitCompleteness row = report_standing(u, report ? &state : nullptr, sets, s->period, v.reporting.today);
      count_standing(v.reporting.counts, row);
      if (!row.expected) continue;
      if (row.status == ReportStatus::kReturned)
        v.reporting.returned.push_back(row);
      else if (row.status != ReportStatus::kSubmitted && row.status != ReportStatus::kApproved)
        v.reporting.missing.push_back(row);
      else if (row.timeliness && row.timeliness->state == Timeliness::State::kLate)
        v.reporting.late.push_back(row);
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  auto by_overdue = [](const UnitCompleteness& x, const UnitCompleteness& y) { return overdue_days(x) > overdue_days(y); };
  std::stable_sort(v.reporting.missing.begin(), v.reporting.missing.end(), by_overdue);
  std::stable_sort(v.reporting.late.begin(), v.reporting.late.end(), by_overdue);
  return v;
}

Result<TargetDrill> UnitDashboard::drill(const Actor& a, const std::string& org, const std::string& target,
                                         const std::string& period) {
  auto s = open(a, org, period);
  if (!s) return s.error();
  bool known = false;
  std::string applies_to;
  Status st = store_.read([&](storage::Tx& tx) {
    for (const auto& d : tx.targets())
      if (d.code == target) {
        known = true;
        applies_to = d.applies_to;
      }
    return Status::Ok();
  });
  if (!st) return st.error();
  if (!known) return Error::NotFound("Không có chỉ tiêu mã \"" + target + "\".", "target");
  auto here = analytics_.target_over(target, s->roots, s->period, true);
  if (!here)
    return Error::NotFound("Chỉ tiêu \"" + target + "\" không áp dụng cho " + s->period.label_vi() + ".", "target");
  TargetDrill d;
  d.unit = s->unit;
  d.period = s->period;
  d.trail = s->trail;
  d.state = std::move(*here);
  // A target for each unit of another type below (a school target seen from
  // a commune): its value here is the whole subtree's, and it says so.
  const bool type_ok = applies_to.empty() || (applies_to == "school" ? is_school(s->unit.type)
                                                                     : applies_to == org_type_code(s->unit.type));
  if (!type_ok) d.state.for_each = applies_to;
  d.below_are_schools = all_schools(s->below);
  for (const auto& b : s->below) {
    auto state = analytics_.target_over(target, roots_of(a, b.id, s->period), s->period, true);
    if (!state) continue;
    d.met += state->status == "met";
    d.not_met += state->status == "not_met";
    d.no_data += state->status == "no_data";
    const bool has_below =
        !analytics_.children(b.id, s->period).empty() || !analytics_.governed(b.id, s->period).empty();
    d.rows.push_back({b, std::move(*state), has_below});
  }
  std::stable_sort(d.rows.begin(), d.rows.end(),
                   [](const DrillRow& x, const DrillRow& y) { return furthest_first(x.state, y.state); });
  return d;
}

}  // namespace bd::app
