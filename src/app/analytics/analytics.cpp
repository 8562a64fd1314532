#include "app/analytics/analytics.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <mutex>
#include <unordered_map>

#include "analytics/targets.h"
#include "app/analytics/tree_history.h"
#include "app/analytics/value_loader.h"

namespace bd::app {
namespace {

analytics::Aggregation to_engine(TimeAggregation a) {
  return a == TimeAggregation::kStock ? analytics::Aggregation::kStock : analytics::Aggregation::kFlow;
}

constexpr int kTrendYears = 10;  // history used for a trajectory

const char* status_code(analytics::TargetStatus s) {
  switch (s) {
    case analytics::TargetStatus::kMet: return "met";
    case analytics::TargetStatus::kNotMet: return "not_met";
    case analytics::TargetStatus::kNoData: return "no_data";
  }
  return "no_data";
}

const char* trajectory_code(analytics::Trajectory t) {
  switch (t) {
    case analytics::Trajectory::kOnTrack: return "on_track";
    case analytics::Trajectory::kAtRisk: return "at_risk";
    case analytics::Trajectory::kOffTrack: return "off_track";
    case analytics::Trajectory::kUnknown: return "unknown";
  }
  return "unknown";
}

// The sum of one series over disjoint subtrees; nullopt when none has a value.
std::optional<double> sum_over(const analytics::Engine& engine, int64_t element, int option,
                               const std::vector<int64_t>& roots, const Period& period,
                               analytics::Structure structure) {
  std::optional<double> total;
  for (int64_t r : roots)
    if (auto v = engine.value(element, option, r, period, structure)) total = total.value_or(0) + *v;
  return total;
}

}  // namespace

int engine_option(const DataElement& e, const std::string& option) {
  if (e.category.empty()) return 0;
  const Category* c = find_category(e.category);
  const int i = c ? option_index(*c, option) : -1;
  return i < 0 ? analytics::kAllOptions : i;
}

Status Analytics::load() {
  if (Status s = reload_tree(); !s) return s;
  if (Status s = reload_catalog(); !s) return s;
  ValueLoader loader(engine_, elements());
  Status st = store_.read([&](storage::Tx& tx) {
    tx.scan_values([&](const storage::ValueRow& v) { loader.add(v.element_id, v.option, v.org_id, v.period, v.number); });
    return Status::Ok();
  });
  loader.flush();
  return st;
}

Status Analytics::reload_tree() {
  std::vector<analytics::UnitNode> nodes;
  std::vector<OrgUnit> units;
  std::vector<storage::UnitSpan> spans, governor_spans;
  Status st = store_.read([&](storage::Tx& tx) {
    for (const auto& root : tx.org_roots())
      for (auto& u : tx.orgs_within(root.path)) units.push_back(std::move(u));
    spans = tx.parent_spans();
    governor_spans = tx.governor_spans();
    return Status::Ok();
  });
  if (!st) return st;
  for (const auto& u : units) nodes.push_back({u.id, u.parent_id, u.type, u.is_closed()});
  GovernedMap governed = governed_now(units);
  std::vector<PastGoverned> past = past_governed(units, spans, governor_spans);
  engine_.set_tree(nodes, past_trees(units, spans));
  std::unique_lock lock(mu_);
  governed_ = std::move(governed);
  past_governed_ = std::move(past);
  return Status::Ok();
}

Status Analytics::reload_catalog() {
  std::vector<DataElement> elements;
  std::vector<IndicatorDef> indicators;
  std::vector<TargetDef> targets;
  Status st = store_.read([&](storage::Tx& tx) {
    elements = tx.data_elements();
    indicators = tx.indicators();
    targets = tx.targets();
    return Status::Ok();
  });
  if (!st) return st;
  std::map<std::string, Compiled> compiled;
  for (const auto& i : indicators) {
    auto e = analytics::Expression::compile(i.expression);
    if (!e) continue;
    Compiled c{i, std::make_shared<analytics::Expression>(std::move(*e)), "", nullptr, nullptr};
    if (auto parts = analytics::parity_parts(i.expression)) {
      auto f = analytics::Expression::compile(parts->female);
      auto m = analytics::Expression::compile(parts->male);
      if (f && m) {
        c.parity = parts->function;
        c.female = std::make_shared<analytics::Expression>(std::move(*f));
        c.male = std::make_shared<analytics::Expression>(std::move(*m));
      }
    }
    compiled[i.code] = std::move(c);
  }
  for (const auto& e : elements) engine_.set_element({e.id, to_engine(e.aggregation), e.option_count()});
  std::unique_lock lock(mu_);
  elements_.clear();
  element_codes_.clear();
  for (const auto& e : elements) {
    elements_[e.code] = e;
    element_codes_[e.id] = e.code;
  }
  indicators_ = std::move(compiled);
  targets_ = std::move(targets);
  return Status::Ok();
}

void Analytics::apply(const std::vector<StoredValue>& written, const std::vector<StoredValue>& erased) {
  std::shared_lock lock(mu_);
  auto put = [&](const StoredValue& v, bool erase) {
    auto code = element_codes_.find(v.element_id);
    auto period = parse_period(v.period);
    if (code == element_codes_.end() || !period) return;
    const DataElement& e = elements_.at(code->second);
    engine_.put(v.element_id, engine_option(e, v.option), v.org_id, *period, erase ? std::nullopt : v.number);
  };
  for (const auto& v : written) put(v, false);
  for (const auto& v : erased) put(v, true);
}

Status Analytics::refresh(int64_t org_id, const std::string& period) { return refresh_units(period, {org_id}); }

Status Analytics::refresh_units(const std::string& period, const std::vector<int64_t>& org_ids) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ không hợp lệ.");
  std::vector<int64_t> units(org_ids);
  std::sort(units.begin(), units.end());
  units.erase(std::unique(units.begin(), units.end()), units.end());
  std::vector<StoredValue> stored;  // by unit
  Status st = store_.read([&](storage::Tx& tx) {
    stored = tx.values_of_units(units, period);
    return Status::Ok();
  });
  if (!st) return st;
  std::shared_lock lock(mu_);
  // Every option of every element, erased unless stored.
  std::vector<std::pair<int64_t, int>> cells;
  for (const auto& [code, e] : elements_)
    for (int o = 0; o < e.option_count(); ++o) cells.emplace_back(e.id, o);
  std::sort(cells.begin(), cells.end());
  std::vector<std::optional<double>> now(cells.size());
  auto next = stored.begin();
  for (int64_t org : units) {
    std::fill(now.begin(), now.end(), std::nullopt);
    for (; next != stored.end() && next->org_id == org; ++next) {
      auto code = element_codes_.find(next->element_id);
      if (code == element_codes_.end()) continue;
      const std::pair<int64_t, int> cell{next->element_id, engine_option(elements_.at(code->second), next->option)};
      auto at = std::lower_bound(cells.begin(), cells.end(), cell);
      if (at != cells.end() && *at == cell) now[at - cells.begin()] = next->number;
    }
    for (size_t i = 0; i < cells.size(); ++i) engine_.put(cells[i].first, cells[i].second, org, *p, now[i]);
  }
  return Status::Ok();
}

void Analytics::on_notice(const std::string& payload) { on_notices({payload}); }

void Analytics::on_notices(const std::vector<std::string>& payloads) {
  std::map<std::string, std::vector<int64_t>> units_of;  // period → units, read after the rest
  for (const auto& payload : payloads) {
    if (payload == "tree") {
      (void)reload_tree();
    } else if (payload == "catalog") {
      (void)reload_catalog();
    } else if (payload == "values") {
      (void)load();
    } else if (payload.starts_with("v:")) {
      // A notice is outside input (anyone who may NOTIFY on the database):
      // one that is not "v:<id>:<period>" is ignored, never thrown on the
      // listener's thread.
      const size_t colon = payload.find(':', 2);
      if (colon == std::string::npos) continue;
      int64_t id = 0;
      auto [end, ec] = std::from_chars(payload.data() + 2, payload.data() + colon, id);
      if (ec != std::errc() || end != payload.data() + colon) continue;
      units_of[payload.substr(colon + 1)].push_back(id);
    }
  }
  for (const auto& [period, units] : units_of) (void)refresh_units(period, units);
}

std::optional<double> Analytics::element(const std::string& code, const std::string& option, int64_t org_id,
                                         const Period& period, analytics::Structure structure) const {
  return element_over(code, option, {org_id}, period, structure);
}

std::optional<double> Analytics::element_over(const std::string& code, const std::string& option,
                                              const std::vector<int64_t>& roots, const Period& period,
                                              analytics::Structure structure) const {
  std::shared_lock lock(mu_);
  auto it = elements_.find(code);
  if (it == elements_.end()) return std::nullopt;
  const int opt = option.empty() ? analytics::kAllOptions : engine_option(it->second, option);
  return sum_over(engine_, it->second.id, opt, roots, period, structure);
}

std::optional<double> Analytics::evaluate(const analytics::Expression& e, const std::vector<int64_t>& roots,
                                          const Period& period, analytics::Structure structure,
                                          const FigureFn* figure) const {
  std::vector<std::optional<double>> values;
  for (const auto& ref : e.elements()) {
    if (figure) {
      values.push_back((*figure)(ref.code, ref.option));
      continue;
    }
    auto it = elements_.find(ref.code);
    if (it == elements_.end()) {
      values.push_back(std::nullopt);
      continue;
    }
    const int opt = ref.option.empty() ? analytics::kAllOptions : engine_option(it->second, ref.option);
    values.push_back(sum_over(engine_, it->second.id, opt, roots, period, structure));
  }
  std::vector<double> counts;
  for (const auto& ref : e.unit_counts()) {
    int64_t n = 0;
    for (int64_t r : roots)
      n += structure == analytics::Structure::kCurrent ? engine_.count_units(r, ref.types)
                                                       : engine_.count_units(r, ref.types, period);
    counts.push_back(static_cast<double>(n));
  }
  return e.evaluate(values, counts);
}

Result<std::optional<double>> Analytics::indicator(const std::string& code, int64_t org_id, const Period& period,
                                                   analytics::Structure structure) const {
  std::shared_lock lock(mu_);
  auto it = indicators_.find(code);
  if (it == indicators_.end()) return Error::NotFound("Không tìm thấy chỉ số " + code + ".", "indicator");
  return evaluate(*it->second.expr, {org_id}, period, structure);
}

std::vector<int64_t> Analytics::children(int64_t org_id) const { return engine_.children(org_id); }

std::vector<int64_t> Analytics::children(int64_t org_id, const Period& period) const {
  return engine_.children(org_id, period);
}

bool Analytics::follows_past_tree(const Period& period) const { return engine_.follows_past_tree(period); }

bool Analytics::same_tree(const Period& a, const Period& b) const {
  return engine_.arrangement(a) == engine_.arrangement(b);
}

std::vector<Analytics::Member> Analytics::subtree(int64_t root, const Period& period, bool with_closed) const {
  std::vector<Member> out{{root, 0, 0}};
  for (size_t i = 0; i < out.size(); ++i) {  // breadth-first, then put in depth-first order
    const Member m = out[i];
    for (int64_t c : engine_.children(m.id, period, with_closed)) out.push_back({c, m.id, m.top ? m.top : c});
  }
  std::unordered_map<int64_t, std::vector<size_t>> kids;
  for (size_t i = 1; i < out.size(); ++i) kids[out[i].parent].push_back(i);
  std::vector<Member> dfs;
  dfs.reserve(out.size());
  std::vector<size_t> stack{0};
  while (!stack.empty()) {
    const size_t i = stack.back();
    stack.pop_back();
    dfs.push_back(out[i]);
    auto it = kids.find(out[i].id);
    if (it != kids.end()) stack.insert(stack.end(), it->second.rbegin(), it->second.rend());
  }
  return dfs;
}

std::vector<int64_t> Analytics::governed(int64_t org_id) const {
  std::shared_lock lock(mu_);
  auto it = governed_.find(org_id);
  return it == governed_.end() ? std::vector<int64_t>{} : it->second;
}

std::vector<int64_t> Analytics::governed(int64_t org_id, const Period& period) const {
  std::shared_lock lock(mu_);
  const GovernedMap* then = governed_for(past_governed_, period);
  const GovernedMap& map = then ? *then : governed_;
  auto it = map.find(org_id);
  return it == map.end() ? std::vector<int64_t>{} : it->second;
}

bool Analytics::within(int64_t unit, int64_t ancestor) const { return engine_.within(unit, ancestor); }

TargetState Analytics::state_of(const TargetDef& t, const Compiled& c, const std::vector<int64_t>& roots,
                                int64_t org_id, const Period& period, bool trend, const FigureFn* figure) const {
  TargetState s;
  s.target = t;
  s.indicator = c.def;
  s.org_id = org_id;
  s.value = evaluate(*c.expr, roots, period, analytics::Structure::kAsOfPeriod, figure);
  const auto cmp = analytics::parse_comparator(t.comparator).value_or(analytics::Comparator::kGe);
  const auto when = analytics::parse_target_when(t.when).value_or(analytics::TargetWhen::kEveryYear);
  s.status = status_code(analytics::status(cmp, t.value, s.value));
  if (s.value) {
    const bool above_is_good = cmp == analytics::Comparator::kGe || cmp == analytics::Comparator::kGt;
    const bool below_is_good = cmp == analytics::Comparator::kLe || cmp == analytics::Comparator::kLt;
    s.gap = above_is_good ? t.value - *s.value : below_is_good ? *s.value - t.value : std::fabs(*s.value - t.value);
  }
  s.trajectory = trajectory_code(analytics::Trajectory::kUnknown);
  if (!trend) return s;
  std::vector<std::pair<double, double>> history;
  for (int y = period.year - kTrendYears + 1; y <= period.year; ++y) {
    const Period year{PeriodType::kYear, y, 1};
    // The period itself, when a year, on the basis asked for.
    if (auto v = year == period && figure ? s.value : evaluate(*c.expr, roots, year)) {
      history.emplace_back(y, *v);
      s.history.emplace_back(y, *v);
    }
  }
  // No value for the period: no trend either. A badge would otherwise call a
  // unit that has reported nothing "on track" from its earlier years.
  if (!s.value) return s;
  // Recurring targets look one year ahead ("at this pace, next year?"); a
  // target whose year has come is judged on its value.
  const bool recurring = when != analytics::TargetWhen::kByYear;
  auto p = analytics::project(cmp, t.value, when, t.year, history, recurring ? period.year + 1 : period.year);
  if (!recurring && t.year <= period.year && s.value) {
    p.projected = s.value;
    p.deadline_year = t.year;
    p.trajectory = analytics::meets(cmp, *s.value, t.value) ? analytics::Trajectory::kOnTrack
                                                             : analytics::Trajectory::kOffTrack;
  }
  if (p.projected) {
    // A share cannot pass 100% nor a count go below 0: a straight trend that
    // overshoots is read at the bound.
    const double clamped = c.def.unit == "percent" ? std::clamp(*p.projected, 0.0, 100.0) : std::max(*p.projected, 0.0);
    if (clamped != *p.projected) {
      p.projected = clamped;
      if (analytics::meets(cmp, clamped, t.value)) p.trajectory = analytics::Trajectory::kOnTrack;
    }
  }
  s.trajectory = trajectory_code(p.trajectory);
  s.projected = p.projected;
  s.deadline_year = p.deadline_year;
  return s;
}

std::vector<TargetState> Analytics::targets_for(int64_t org_id, const std::vector<int64_t>& ancestor_ids,
                                                OrgType type, const Period& period, const std::string& only) const {
  return targets_for(TargetQuery{org_id, ancestor_ids, type, {}, only, false}, period);
}

std::vector<TargetState> Analytics::targets_for(const TargetQuery& q, const Period& period) const {
  return targets_of(q, period, nullptr);
}

std::vector<TargetState> Analytics::targets_for(const TargetQuery& q, const Period& period,
                                                const FigureFn& figure) const {
  // The figures are read first, outside the lock: `figure` may itself ask
  // the analytics (a shared lock taken twice can wait on a writer forever).
  std::map<std::pair<std::string, std::string>, std::optional<double>> known;
  {
    std::shared_lock lock(mu_);
    for (const auto& t : targets_)
      if (auto c = indicators_.find(t.indicator_code); c != indicators_.end())
        for (const auto& ref : c->second.expr->elements()) known[{ref.code, ref.option}];
  }
  for (auto& [ref, value] : known) value = figure(ref.first, ref.second);
  const FigureFn lookup = [&](const std::string& code, const std::string& option) {
    auto it = known.find({code, option});
    return it == known.end() ? std::nullopt : it->second;
  };
  return targets_of(q, period, &lookup);
}

std::vector<TargetState> Analytics::targets_of(const TargetQuery& q, const Period& period,
                                               const FigureFn* figure) const {
  std::shared_lock lock(mu_);
  const std::vector<int64_t> roots = q.roots.empty() ? std::vector<int64_t>{q.org_id} : q.roots;
  std::vector<TargetState> out;
  for (const auto& t : targets_) {
    if (!q.only.empty() && t.code != q.only) continue;
    const bool own = t.org_id == q.org_id;
    bool inherited = false;
    for (int64_t a : q.ancestor_ids) inherited = inherited || a == t.org_id;
    const bool type_ok = t.applies_to.empty() || (t.applies_to == "school" ? is_school(q.type)
                                                                           : t.applies_to == org_type_code(q.type));
    // A target for each unit of another type below concerns this unit only
    // through its descendants (a school target seen from the department).
    const bool for_each = (own || inherited) && !type_ok && q.below && !is_school(q.type);
    if (!own && !(inherited && type_ok) && !for_each) continue;
    const auto when = analytics::parse_target_when(t.when).value_or(analytics::TargetWhen::kEveryYear);
    if (!analytics::applies_in(when, t.year, period.year)) continue;
    auto c = indicators_.find(t.indicator_code);
    if (c == indicators_.end()) continue;
    out.push_back(state_of(t, c->second, roots, q.org_id, period, true, figure));
    if (for_each || (own && !type_ok)) out.back().for_each = t.applies_to;
  }
  return out;
}

std::optional<TargetState> Analytics::target_over(const std::string& code, const std::vector<int64_t>& roots,
                                                  const Period& period, bool trend) const {
  std::shared_lock lock(mu_);
  for (const auto& t : targets_) {
    if (t.code != code) continue;
    const auto when = analytics::parse_target_when(t.when).value_or(analytics::TargetWhen::kEveryYear);
    if (!analytics::applies_in(when, t.year, period.year)) return std::nullopt;
    auto c = indicators_.find(t.indicator_code);
    if (c == indicators_.end()) return std::nullopt;
    return state_of(t, c->second, roots, roots.empty() ? 0 : roots.front(), period, trend);
  }
  return std::nullopt;
}

std::vector<ParityState> Analytics::parity_over(const std::vector<int64_t>& roots, const Period& period) const {
  std::shared_lock lock(mu_);
  std::vector<ParityState> out;
  for (const auto& [code, c] : indicators_) {
    if (c.parity.empty()) continue;
    ParityState p;
    p.indicator = c.def;
    p.function = c.parity;
    p.female = evaluate(*c.female, roots, period);
    p.male = evaluate(*c.male, roots, period);
    p.index = evaluate(*c.expr, roots, period);
    for (int y = period.year - kTrendYears + 1; y <= period.year; ++y)
      if (auto v = evaluate(*c.expr, roots, Period{PeriodType::kYear, y, 1})) p.history.emplace_back(y, *v);
    out.push_back(std::move(p));
  }
  return out;
}

std::string goal_text(const TargetState& s) {
  auto cmp = analytics::parse_comparator(s.target.comparator);
  return (cmp ? std::string(analytics::symbol(*cmp)) : s.target.comparator) + " " +
         format_indicator_value(s.target.value, s.indicator.unit);
}

std::string parity_band(const std::optional<double>& index) {
  if (!index) return "no_data";
  // Rounded to two decimals first, as the band is read: 0,97 and 1,03 are in it.
  const double r = std::round(*index * 100) / 100;
  if (r < kParityLow) return "girls_behind";
  if (r > kParityHigh) return "boys_behind";
  return "parity";
}

std::vector<DataElement> Analytics::elements() const {
  std::shared_lock lock(mu_);
  std::vector<DataElement> out;
  for (const auto& [code, e] : elements_) out.push_back(e);
  return out;
}

std::optional<DataElement> Analytics::element_by_code(const std::string& code) const {
  std::shared_lock lock(mu_);
  auto it = elements_.find(code);
  if (it == elements_.end()) return std::nullopt;
  return it->second;
}

std::optional<IndicatorDef> Analytics::indicator_def(const std::string& code) const {
  std::shared_lock lock(mu_);
  auto it = indicators_.find(code);
  if (it == indicators_.end()) return std::nullopt;
  return it->second.def;
}

}  // namespace bd::app
