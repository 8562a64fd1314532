#include "app/analytics/analytics.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include "analytics/targets.h"

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
  std::map<int64_t, DataElement> by_id;
  {
    std::shared_lock lock(mu_);
    for (const auto& [code, e] : elements_) by_id[e.id] = e;
  }
  return store_.read([&](storage::Tx& tx) {
    tx.for_each_value([&](const StoredValue& v) {
      auto it = by_id.find(v.element_id);
      auto period = parse_period(v.period);
      if (it == by_id.end() || !period || !v.number) return;
      engine_.put(v.element_id, engine_option(it->second, v.option), v.org_id, *period, v.number);
    });
    return Status::Ok();
  });
}

Status Analytics::reload_tree() {
  std::vector<analytics::UnitNode> nodes;
  Status st = store_.read([&](storage::Tx& tx) {
    for (const auto& root : tx.org_roots())
      for (const auto& u : tx.orgs_within(root.path)) nodes.push_back({u.id, u.parent_id, u.type, u.is_closed()});
    return Status::Ok();
  });
  if (!st) return st;
  engine_.set_tree(nodes);
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
    if (e) compiled[i.code] = {i, std::make_shared<analytics::Expression>(std::move(*e))};
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

Status Analytics::refresh(int64_t org_id, const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ không hợp lệ.");
  std::vector<StoredValue> stored;
  Status st = store_.read([&](storage::Tx& tx) {
    stored = tx.values_of(org_id, period);
    return Status::Ok();
  });
  if (!st) return st;
  std::shared_lock lock(mu_);
  std::map<std::pair<int64_t, int>, std::optional<double>> now;
  for (const auto& [code, e] : elements_)
    for (int o = 0; o < e.option_count(); ++o) now[{e.id, o}] = std::nullopt;  // erased unless stored
  for (const auto& v : stored) {
    auto code = element_codes_.find(v.element_id);
    if (code != element_codes_.end()) now[{v.element_id, engine_option(elements_.at(code->second), v.option)}] = v.number;
  }
  for (const auto& [key, value] : now) engine_.put(key.first, key.second, org_id, *p, value);
  return Status::Ok();
}

void Analytics::on_notice(const std::string& payload) {
  if (payload == "tree") {
    (void)reload_tree();
  } else if (payload == "catalog") {
    (void)reload_catalog();
  } else if (payload.starts_with("v:")) {
    const size_t colon = payload.find(':', 2);
    if (colon == std::string::npos) return;
    (void)refresh(std::stoll(payload.substr(2, colon - 2)), payload.substr(colon + 1));
  }
}

std::optional<double> Analytics::element(const std::string& code, const std::string& option, int64_t org_id,
                                         const Period& period) const {
  std::shared_lock lock(mu_);
  auto it = elements_.find(code);
  if (it == elements_.end()) return std::nullopt;
  const int opt = option.empty() ? analytics::kAllOptions : engine_option(it->second, option);
  return engine_.value(it->second.id, opt, org_id, period);
}

std::optional<double> Analytics::evaluate(const Compiled& c, int64_t org_id, const Period& period) const {
  std::vector<std::optional<double>> values;
  for (const auto& ref : c.expr->elements()) {
    auto it = elements_.find(ref.code);
    if (it == elements_.end()) {
      values.push_back(std::nullopt);
      continue;
    }
    const int opt = ref.option.empty() ? analytics::kAllOptions : engine_option(it->second, ref.option);
    values.push_back(engine_.value(it->second.id, opt, org_id, period));
  }
  std::vector<double> counts;
  for (const auto& ref : c.expr->unit_counts()) counts.push_back(static_cast<double>(engine_.count_units(org_id, ref.types)));
  return c.expr->evaluate(values, counts);
}

Result<std::optional<double>> Analytics::indicator(const std::string& code, int64_t org_id,
                                                   const Period& period) const {
  std::shared_lock lock(mu_);
  auto it = indicators_.find(code);
  if (it == indicators_.end()) return Error::NotFound("Không tìm thấy chỉ số " + code + ".", "indicator");
  return evaluate(it->second, org_id, period);
}

std::vector<int64_t> Analytics::children(int64_t org_id) const { return engine_.children(org_id); }

TargetState Analytics::state_of(const TargetDef& t, const Compiled& c, int64_t org_id, const Period& period) const {
  TargetState s;
  s.target = t;
  s.indicator = c.def;
  s.org_id = org_id;
  s.value = evaluate(c, org_id, period);
  const auto cmp = analytics::parse_comparator(t.comparator).value_or(analytics::Comparator::kGe);
  const auto when = analytics::parse_target_when(t.when).value_or(analytics::TargetWhen::kEveryYear);
  s.status = status_code(analytics::status(cmp, t.value, s.value));
  std::vector<std::pair<double, double>> history;
  for (int y = period.year - kTrendYears + 1; y <= period.year; ++y)
    if (auto v = evaluate(c, org_id, Period{PeriodType::kYear, y, 1})) history.emplace_back(y, *v);
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
  if (s.value) {
    const bool above_is_good = cmp == analytics::Comparator::kGe || cmp == analytics::Comparator::kGt;
    const bool below_is_good = cmp == analytics::Comparator::kLe || cmp == analytics::Comparator::kLt;
    s.gap = above_is_good ? t.value - *s.value : below_is_good ? *s.value - t.value : std::fabs(*s.value - t.value);
  }
  return s;
}

std::vector<TargetState> Analytics::targets_for(int64_t org_id, const std::vector<int64_t>& ancestor_ids,
                                                OrgType type, const Period& period, const std::string& only) const {
  std::shared_lock lock(mu_);
  std::vector<TargetState> out;
  for (const auto& t : targets_) {
    if (!only.empty() && t.code != only) continue;
    const bool own = t.org_id == org_id;
    bool inherited = false;
    for (int64_t a : ancestor_ids) inherited = inherited || a == t.org_id;
    const bool type_ok = t.applies_to.empty() || (t.applies_to == "school" ? is_school(type)
                                                                           : t.applies_to == org_type_code(type));
    if (!own && !(inherited && type_ok)) continue;
    const auto when = analytics::parse_target_when(t.when).value_or(analytics::TargetWhen::kEveryYear);
    if (!analytics::applies_in(when, t.year, period.year)) continue;
    auto c = indicators_.find(t.indicator_code);
    if (c == indicators_.end()) continue;
    out.push_back(state_of(t, c->second, org_id, period));
  }
  return out;
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
