#include "app/analytics/tree_history.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace bd::app {
namespace {

// The first day of the month of an ISO date; nullopt when it is not one.
std::optional<Date> month_of(const std::string& iso_day) {
  auto d = parse_date(iso_day);
  if (!d) return std::nullopt;
  return Date{d->year, d->month, 1};
}

using History = std::unordered_map<int64_t, std::vector<storage::ParentSpan>>;

History by_unit(const std::vector<storage::UnitSpan>& spans) {
  History out;
  for (const auto& s : spans) out[s.unit_id].push_back(s.span);
  return out;
}

const std::vector<storage::ParentSpan>& spans_of(const History& h, int64_t unit) {
  static const std::vector<storage::ParentSpan> kNone;
  auto it = h.find(unit);
  return it == h.end() ? kNone : it->second;
}

// The months in which a parent changed: a span begun after the unit's first.
void parent_change_months(const History& history, std::set<Date>& months) {
  for (const auto& [unit, list] : history) {
    std::string first = list.front().valid_from;
    for (const auto& s : list) first = std::min(first, s.valid_from);
    for (const auto& s : list)
      if (s.valid_from > first)
        if (auto m = month_of(s.valid_from)) months.insert(*m);
  }
}

}  // namespace

std::optional<int64_t> governor_on(const std::vector<storage::ParentSpan>& spans, const std::string& day,
                                   std::optional<int64_t> current) {
  if (spans.empty()) return current;
  for (const auto& s : spans)
    if (s.valid_from <= day && (s.valid_to.empty() || day < s.valid_to)) return s.parent_id;
  return std::nullopt;
}

GovernedMap governed_now(const std::vector<OrgUnit>& units) {
  std::unordered_map<int64_t, const OrgUnit*> by_id;
  for (const auto& u : units) by_id[u.id] = &u;
  GovernedMap out;
  for (const auto& u : units) {
    if (!u.governor_id || u.is_closed()) continue;
    auto g = by_id.find(*u.governor_id);
    // A unit inside its governor's own subtree already counts there.
    if (g != by_id.end() && path_within(u.path, g->second->path)) continue;
    out[*u.governor_id].push_back(u.id);
  }
  for (auto& [g, ids] : out) std::sort(ids.begin(), ids.end());
  return out;
}

std::vector<PastGoverned> past_governed(const std::vector<OrgUnit>& units, const std::vector<storage::UnitSpan>& parents,
                                        const std::vector<storage::UnitSpan>& governors) {
  const History parent_history = by_unit(parents), governor_history = by_unit(governors);
  std::set<Date> months;
  parent_change_months(parent_history, months);
  for (const auto& u : units)
    if (auto m = month_of(u.closed)) months.insert(*m);
  bool any_governor = false;
  for (const auto& u : units) any_governor = any_governor || u.governor_id;
  for (const auto& s : governors) {
    any_governor = true;
    for (const std::string* d : {&s.span.valid_from, &s.span.valid_to})
      if (auto m = month_of(*d)) months.insert(*m);
  }
  std::vector<PastGoverned> out;
  if (!any_governor) return out;
  for (const Date& until : months) {
    const std::string day = iso(add_days(until, -1));
    std::unordered_map<int64_t, std::optional<int64_t>> parent;
    for (const auto& u : units) parent[u.id] = parent_on(spans_of(parent_history, u.id), day, u.parent_id);
    auto within = [&](int64_t unit, int64_t ancestor) {
      for (std::optional<int64_t> at = unit; at; ) {
        if (*at == ancestor) return true;
        auto p = parent.find(*at);
        at = p == parent.end() ? std::nullopt : p->second;
      }
      return false;
    };
    PastGoverned g{until, {}};
    for (const auto& u : units) {
      if (!u.closed.empty() && u.closed <= day) continue;
      const auto governor = governor_on(spans_of(governor_history, u.id), day, u.governor_id);
      if (!governor || within(u.id, *governor)) continue;
      g.governed[*governor].push_back(u.id);
    }
    for (auto& [id, ids] : g.governed) std::sort(ids.begin(), ids.end());
    out.push_back(std::move(g));
  }
  return out;
}

const GovernedMap* governed_for(const std::vector<PastGoverned>& past, const Period& period) {
  const Date last = period.end();
  for (const auto& p : past)
    if (last < p.until) return &p.governed;
  return nullptr;
}

std::optional<int64_t> parent_on(const std::vector<storage::ParentSpan>& spans, const std::string& day,
                                 std::optional<int64_t> current) {
  if (spans.empty()) return current;
  const storage::ParentSpan* started = nullptr;  // the last span begun by `day`
  for (const auto& s : spans) {
    if (s.valid_from > day) continue;
    if (s.valid_to.empty() || day < s.valid_to) return s.parent_id;
    if (!started || s.valid_from >= started->valid_from) started = &s;
  }
  if (started) return started->parent_id;
  const auto first = std::min_element(spans.begin(), spans.end(), [](const auto& a, const auto& b) {
    return a.valid_from < b.valid_from;
  });
  return first->parent_id;
}

std::vector<analytics::PastTree> past_trees(const std::vector<OrgUnit>& units,
                                            const std::vector<storage::UnitSpan>& spans) {
  const History history = by_unit(spans);
  // The months in which something changed: a parent, or a closing.
  std::set<Date> months;
  parent_change_months(history, months);
  for (const auto& u : units)
    if (auto m = month_of(u.closed)) months.insert(*m);

  std::vector<analytics::PastTree> out;
  for (const Date& until : months) {
    const std::string day = iso(add_days(until, -1));
    analytics::PastTree t{until, {}};
    t.units.reserve(units.size());
    for (const auto& u : units) {
      const auto parent = parent_on(spans_of(history, u.id), day, u.parent_id);
      t.units.push_back({u.id, parent, u.type, !u.closed.empty() && u.closed <= day});
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace bd::app
