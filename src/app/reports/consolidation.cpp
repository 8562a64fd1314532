// Consolidation through the engine. Where every unit of a subtree counts,
// the engine's subtree sum is taken as it is (one lookup); elsewhere the sum
// descends, taking a counted unit's own figures (its subtree less its
// children's subtrees). With every report approved (and none exempted) the
// result is exactly the engine's aggregate.
#include "app/reports/consolidation.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

#include "app/access.h"
#include "app/reports/reports.h"
#include "core/text.h"

namespace bd::app {
namespace {

// Whether a unit's own figures are summed: yes (its report counts), no (it
// does not, or it was exempted), neutral (the consolidating unit itself, a
// closed unit, a unit with nothing due: taken as they are).
enum class Counts { kYes, kNo, kNeutral };

struct Tree {
  std::map<int64_t, OrgUnit> units;
  std::map<int64_t, std::vector<int64_t>> children;
  std::map<int64_t, Counts> counts;
  std::map<int64_t, bool> expected;  // a report is due from it (not exempted)
  std::map<int64_t, bool> full;  // every unit of the subtree counts or is neutral
};

std::optional<double> plus(std::optional<double> a, std::optional<double> b) {
  if (!a) return b;
  if (!b) return a;
  return *a + *b;
}
std::optional<double> minus(std::optional<double> a, std::optional<double> b) {
  if (!b) return a;
  return a.value_or(0) - *b;
}

class Summer {
 public:
  Summer(const Analytics& engine, const Tree& tree, const Period& p) : engine_(engine), tree_(tree), p_(p) {}

  std::optional<double> sum(int64_t id, const std::string& code, const std::string& option) const {
    if (tree_.full.at(id)) return engine_.element(code, option, id, p_);
    std::optional<double> total;
    if (tree_.counts.at(id) != Counts::kNo) total = own(id, code, option);
    if (auto it = tree_.children.find(id); it != tree_.children.end())
      for (int64_t c : it->second) total = plus(total, sum(c, code, option));
    return total;
  }

  Figure figure(int64_t id, const DataElement& e) const {
    Figure f;
    if (e.by_sex()) {
      f.female = sum(id, e.code, "female");
      f.male = sum(id, e.code, "male");
      if (f.female || f.male) f.total = f.female.value_or(0) + f.male.value_or(0);
    } else {
      f.total = sum(id, e.code, "");
    }
    return f;
  }

 private:
  std::optional<double> own(int64_t id, const std::string& code, const std::string& option) const {
    std::optional<double> v = engine_.element(code, option, id, p_);
    if (auto it = tree_.children.find(id); it != tree_.children.end())
      for (int64_t c : it->second) v = minus(v, engine_.element(code, option, c, p_));
    return v;
  }
  const Analytics& engine_;
  const Tree& tree_;
  const Period& p_;
};

bool mark_full(Tree& t, int64_t id) {
  bool full = t.counts[id] != Counts::kNo;
  if (auto it = t.children.find(id); it != t.children.end())
    for (int64_t c : it->second) full = mark_full(t, c) && full;
  t.full[id] = full;
  return full;
}

// The units of the subtree of `unit` for `p`, each with its parent then: the
// current subtree, or for a period that follows a past tree the units below
// as they were then (tree_history.h), a unit closed since being open then.
// The report states of units that have since left the subtree join `status`.
std::vector<std::pair<OrgUnit, std::optional<int64_t>>> members_of(storage::Tx& tx, const Analytics& analytics,
                                                                   const OrgUnit& unit, const Period& p,
                                                                   std::map<int64_t, ReportStatus>& status) {
  std::vector<std::pair<OrgUnit, std::optional<int64_t>>> out;
  auto current = tx.orgs_within(unit.path);
  if (!analytics.follows_past_tree(p)) {
    for (auto& u : current) out.emplace_back(std::move(u), u.parent_id);
    return out;
  }
  std::unordered_map<int64_t, OrgUnit*> by_id;
  for (auto& u : current) by_id.emplace(u.id, &u);
  const std::string last_day = iso(p.end());
  for (const auto& m : analytics.subtree(unit.id, p, true)) {
    std::optional<OrgUnit> u;
    if (auto it = by_id.find(m.id); it != by_id.end()) {
      u = *it->second;
    } else {
      u = tx.org_by_id(m.id);
      if (!u) continue;
      if (auto r = tx.report_of(m.id, p.code())) status[m.id] = r->status;
    }
    if (u->closed > last_day) u->closed.clear();  // closed after the period: open then
    out.emplace_back(std::move(*u), m.id == unit.id ? std::nullopt : std::optional<int64_t>(m.parent));
  }
  return out;
}

}  // namespace

std::optional<double> female_share(const Figure& f) {
  if (!f.female || !f.total || *f.total <= 0) return std::nullopt;
  return *f.female / *f.total * 100.0;
}

Result<Consolidation> Consolidations::build(const Actor& a, const std::string& org, const std::string& period,
                                            bool include_submitted) {
  Consolidation c;
  c.include_submitted = include_submitted;
  Tree tree;
  std::vector<DataSet> sets;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto p = parse_period(period);
    if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    c.unit = *unit;
    c.period = *p;
    if (unit->parent_id) c.parent = tx.org_by_id(*unit->parent_id);
    c.governing_body = governing_body_of(tx, *unit);
    c.signature = document_signature(tx, *unit);
    sets = tx.data_sets();
    std::map<int64_t, ReportStatus> status;
    for (const auto& r : tx.report_states_within(unit->path, p->code())) status[r.org_id] = r.status;
    for (const auto& [u, parent] : members_of(tx, analytics_, *unit, *p, status)) {
      tree.units[u.id] = u;
      if (u.id != unit->id && parent) tree.children[*parent].push_back(u.id);
      Counts k = Counts::kNeutral;
      auto s = status.find(u.id);
      const ReportStatus rs = s == status.end() ? ReportStatus::kDraft : s->second;
      const bool due = u.id != unit->id && !u.is_closed() && !due_data_sets(sets, u.type, *p).empty();
      if (due && rs == ReportStatus::kNotRequired)
        k = Counts::kNo;
      else if (due)
        k = (rs == ReportStatus::kApproved || (include_submitted && rs == ReportStatus::kSubmitted)) ? Counts::kYes
                                                                                                    : Counts::kNo;
      tree.counts[u.id] = k;
      tree.expected[u.id] = due && rs != ReportStatus::kNotRequired;
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  mark_full(tree, c.unit.id);

  // The forms due anywhere in the subtree for this period, in catalog order.
  std::vector<const DataSet*> due;
  for (const auto& s : sets) {
    if (s.period_type != c.period.type) continue;
    for (const auto& [id, u] : tree.units)
      if (!u.is_closed() && s.applies_to(u.type)) {
        due.push_back(&s);
        break;
      }
  }
  const Summer summer(analytics_, tree, c.period);
  for (const DataSet* s : due) {
    ConsolidatedSet cs{*s, {}};
    for (const auto& code : s->elements)
      if (auto e = analytics_.element_by_code(code); e && e->value_type != ValueType::kText)
        cs.rows.push_back({*e, summer.figure(c.unit.id, *e)});
    c.sets.push_back(std::move(cs));
  }
  std::function<void(int64_t, ChildConsolidation&)> tally = [&](int64_t id, ChildConsolidation& ch) {
    ch.counted += tree.counts[id] == Counts::kYes;
    ch.expected += tree.expected[id];
    if (auto it = tree.children.find(id); it != tree.children.end())
      for (int64_t k : it->second) tally(k, ch);
  };
  ChildConsolidation whole;
  tally(c.unit.id, whole);
  c.counted = whole.counted, c.expected = whole.expected;
  std::vector<int64_t> kids = tree.children[c.unit.id];
  std::sort(kids.begin(), kids.end(), [&](int64_t x, int64_t y) {
    return text::compare_vi(tree.units[x].name, tree.units[y].name) < 0;
  });
  for (int64_t id : kids) {
    if (tree.units[id].is_closed()) continue;
    ChildConsolidation ch;
    ch.unit = tree.units[id];
    tally(id, ch);
    for (const auto& cs : c.sets) {
      std::vector<Figure> row;
      for (const auto& r : cs.rows) row.push_back(summer.figure(id, r.element));
      ch.figures.push_back(std::move(row));
    }
    c.children.push_back(std::move(ch));
  }
  // The targets on the report's own basis: from the figures of its tables; a
  // target for each school counts too, on the whole subtree's figures.
  const TargetQuery q{c.unit.id, Dashboard::ancestors(c.unit), c.unit.type, {}, "", true};
  c.targets = analytics_.targets_for(q, c.period, [&](const std::string& code, const std::string& option) {
    return summer.sum(c.unit.id, code, option);
  });
  const Period before{c.period.type, c.period.year - 1, c.period.index};
  const auto previous = previous_to_compare(c.period);
  for (const auto& t : c.targets) {
    auto v = analytics_.indicator(t.indicator.code, c.unit.id, before);
    c.year_before.push_back(v.ok() ? *v : std::nullopt);
    auto w = previous ? analytics_.indicator(t.indicator.code, c.unit.id, *previous) : Result<std::optional<double>>(std::nullopt);
    c.previous.push_back(w.ok() ? *w : std::nullopt);
  }
  // Each child on each target, from the child's own figures in the tables.
  std::vector<std::vector<std::pair<std::string, TargetState>>> by_target(c.targets.size());
  for (const auto& ch : c.children) {
    const TargetQuery cq{ch.unit.id, Dashboard::ancestors(ch.unit), ch.unit.type, {}, "", true};
    const int64_t id = ch.unit.id;
    auto states = analytics_.targets_for(cq, c.period, [&](const std::string& code, const std::string& option) {
      return summer.sum(id, code, option);
    });
    for (size_t i = 0; i < c.targets.size(); ++i)
      for (auto& s : states)
        if (s.target.code == c.targets[i].target.code) by_target[i].emplace_back(ch.unit.name, s);
  }
  for (const auto& states : by_target)
    c.standing.push_back(states.empty() ? std::nullopt : std::optional<TargetChildren>(children_standing(states)));
  return c;
}

Result<documents::OfficialDocument> Consolidations::document(const Actor& a, const std::string& org,
                                                             const std::string& period, bool include_submitted) {
  auto c = build(a, org, period, include_submitted);
  if (!c) return c.error();
  return consolidation_document(*c);
}

}  // namespace bd::app
