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

}  // namespace

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
  std::unordered_map<int64_t, std::vector<storage::ParentSpan>> history;
  for (const auto& s : spans) history[s.unit_id].push_back(s.span);
  // The months in which something changed: a span begun after the unit's
  // first, or a closing.
  std::set<Date> months;
  for (const auto& [unit, list] : history) {
    std::string first = list.front().valid_from;
    for (const auto& s : list) first = std::min(first, s.valid_from);
    for (const auto& s : list)
      if (s.valid_from > first)
        if (auto m = month_of(s.valid_from)) months.insert(*m);
  }
  for (const auto& u : units)
    if (auto m = month_of(u.closed)) months.insert(*m);

  std::vector<analytics::PastTree> out;
  static const std::vector<storage::ParentSpan> kNone;
  for (const Date& until : months) {
    const std::string day = iso(add_days(until, -1));
    analytics::PastTree t{until, {}};
    t.units.reserve(units.size());
    for (const auto& u : units) {
      auto h = history.find(u.id);
      const auto parent = parent_on(h == history.end() ? kNone : h->second, day, u.parent_id);
      t.units.push_back({u.id, parent, u.type, !u.closed.empty() && u.closed <= day});
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace bd::app
