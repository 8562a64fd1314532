#include "analytics/series.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bd::analytics {
namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();
// A std::map node: three pointers, a colour, the key and the value.
constexpr size_t kMapNodeBytes = 4 * sizeof(void*) + sizeof(Period) + sizeof(void*);

bool present(float v) { return !std::isnan(v); }

// A few periods without allocating: a chain has at most 4, parts at most 3.
struct Periods {
  std::array<Period, 4> at{};
  size_t size = 0;
  const Period* begin() const { return at.data(); }
  const Period* end() const { return at.data() + size; }
  void push(const Period& p) { at[size++] = p; }
};

// The period and the ones enclosing it, innermost first.
Periods chain_of(const Period& p) {
  Periods out;
  out.push(p);
  for (auto q = p.parent(); q; q = q->parent()) out.push(*q);
  return out;
}

// The direct sub-periods of p that roll up into it, in time order.
Periods parts_of(const Period& p) {
  Periods out;
  switch (p.type) {
    case PeriodType::kYear:
      for (int h = 1; h <= 2; ++h) out.push({PeriodType::kHalfYear, p.year, h});
      break;
    case PeriodType::kHalfYear:
      for (int q = 2 * p.index - 1; q <= 2 * p.index; ++q) out.push({PeriodType::kQuarter, p.year, q});
      break;
    case PeriodType::kQuarter:
      for (int m = 3 * p.index - 2; m <= 3 * p.index; ++m) out.push({PeriodType::kMonth, p.year, m});
      break;
    case PeriodType::kMonth:
    case PeriodType::kSchoolYear: break;
  }
  return out;
}

std::vector<float> remap_values(const std::vector<float>& v, const Remap& remap) {
  if (v.empty()) return {};
  std::vector<float> out(remap.size(), kMissing);
  for (size_t i = 0; i < remap.size(); ++i)
    if (remap[i] >= 0) out[i] = v[static_cast<size_t>(remap[i])];
  return out;
}

int64_t count_present(const std::vector<float>& v) {
  int64_t n = 0;
  for (float x : v) n += present(x);
  return n;
}

}  // namespace

float Slot::direct_at(size_t i) const {
  if (!derived) return effective.at(i);
  return direct.empty() ? kMissing : direct[i];
}

const Slot* ElementData::slot(int option, const Period& p) const {
  const PeriodSlots& slots = options[static_cast<size_t>(option)];
  auto it = slots.find(p);
  return it == slots.end() ? nullptr : it->second.get();
}

size_t ElementData::memory_bytes() const {
  size_t n = sizeof(*this);
  for (const PeriodSlots& slots : options)
    for (const auto& [p, s] : slots)
      n += kMapNodeBytes + sizeof(Slot) + s->effective.memory_bytes() + s->direct.capacity() * sizeof(float);
  for (const auto& [p, pr] : presence) n += kMapNodeBytes + pr->memory_bytes();
  return n;
}

WritePlan plan_write(const ElementData& e, int option, const Period& p, size_t n, bool stores_value) {
  WritePlan plan;
  const PeriodSlots& slots = e.options[static_cast<size_t>(option)];
  const Periods chain = chain_of(p);
  for (size_t k = 0; k < chain.size; ++k) {
    const Period& q = chain.at[k];
    auto it = slots.find(q);
    if (it == slots.end()) {
      auto s = std::make_unique<Slot>(n);
      s->derived = k > 0;
      plan.new_slots.emplace_back(q, std::move(s));
    } else if (k > 0 && !it->second->derived) {
      // A sub-period gets data: keep this period's own values apart.
      plan.derive.push_back(q);
      if (it->second->effective.present() > 0) plan.direct.emplace_back(q, it->second->effective.values());
    } else if (k == 0 && it->second->derived && it->second->direct.empty() && stores_value) {
      plan.direct.emplace_back(q, std::vector<float>(n, kMissing));
    }
    if (!e.presence.count(q)) plan.new_presence.emplace_back(q, std::make_unique<Presence>(n));
  }
  return plan;
}

void install(ElementData& e, int option, WritePlan&& plan) {
  PeriodSlots& slots = e.options[static_cast<size_t>(option)];
  for (auto& [q, s] : plan.new_slots) slots.emplace(q, std::move(s));
  for (const Period& q : plan.derive) slots.at(q)->derived = true;
  for (auto& [q, v] : plan.direct) slots.at(q)->direct = std::move(v);
  for (auto& [q, pr] : plan.new_presence) e.presence.emplace(q, std::move(pr));
}

WriteChain::WriteChain(ElementData& e, int option, const Period& p) : e_(e), option_(option) {
  PeriodSlots& slots = e.options[static_cast<size_t>(option)];
  for (const Period& q : chain_of(p)) {
    Level& l = levels_[nlevels_++];
    l.period = q;
    l.slot = slots.at(q).get();
    l.presence = e.presence.at(q).get();
  }
}

float WriteChain::combine(Level& l, size_t i) {
  const float own = l.slot->direct_at(i);
  if (present(own)) return own;
  if (!l.parts_found) {
    const PeriodSlots& slots = e_.options[static_cast<size_t>(option_)];
    for (const Period& part : parts_of(l.period)) {
      auto it = slots.find(part);
      l.parts[l.nparts++] = it == slots.end() ? nullptr : it->second.get();
    }
    l.parts_found = true;
  }
  if (e_.info.aggregation == Aggregation::kStock) {
    for (size_t k = l.nparts; k-- > 0;)
      if (l.parts[k] && present(l.parts[k]->effective.at(i))) return l.parts[k]->effective.at(i);
    return kMissing;
  }
  double sum = 0;
  bool any = false;
  for (size_t k = 0; k < l.nparts; ++k) {
    if (!l.parts[k] || !present(l.parts[k]->effective.at(i))) continue;
    sum += l.parts[k]->effective.at(i);
    any = true;
  }
  return any ? static_cast<float>(sum) : kMissing;
}

void WriteChain::apply(size_t i, float v) {
  Slot& target = *levels_[0].slot;
  const float old = target.direct_at(i);
  if (present(old) == present(v) && (!present(v) || old == v)) return;
  e_.stored += int64_t{present(v)} - int64_t{present(old)};
  if (target.derived) {
    if (target.direct.empty()) target.direct.assign(target.effective.size(), kMissing);  // plan skipped: still correct
    target.direct[i] = v;
  }
  for (size_t k = 0; k < nlevels_; ++k) {
    Level& l = levels_[k];
    const float before = l.slot->effective.at(i);
    const float after = (k == 0 && !l.slot->derived) ? v : combine(l, i);
    if (!l.slot->effective.set(i, after)) break;  // unchanged here: unchanged above
    if (present(before) != present(after)) l.presence->add(i, present(after) ? 1 : -1);
  }
}

std::unique_ptr<ElementData> remap_element(const ElementData& e, const Remap& remap) {
  auto out = std::make_unique<ElementData>(e.info);
  for (size_t o = 0; o < e.options.size(); ++o) {
    for (const auto& [p, s] : e.options[o]) {
      auto copy = std::make_unique<Slot>(0);
      copy->effective = s->effective.remapped(remap);
      copy->derived = s->derived;
      copy->direct = remap_values(s->direct, remap);
      out->stored += copy->derived ? count_present(copy->direct) : copy->effective.present();
      out->options[o].emplace(p, std::move(copy));
    }
  }
  for (const auto& [p, pr] : e.presence) out->presence.emplace(p, std::make_unique<Presence>(pr->remapped(remap)));
  return out;
}

std::unique_ptr<ElementData> redeclare_element(const ElementData& e, const ElementInfo& info, size_t n) {
  auto out = std::make_unique<ElementData>(info);
  const size_t options = std::min(e.options.size(), out->options.size());
  for (size_t o = 0; o < options; ++o) {
    for (const auto& [p, s] : e.options[o]) {
      const int option = static_cast<int>(o);
      bool any = false;
      for (size_t i = 0; i < n && !any; ++i) any = present(s->direct_at(i));
      if (!any) continue;
      install(*out, option, plan_write(*out, option, p, n, true));
      WriteChain chain(*out, option, p);
      for (size_t i = 0; i < n; ++i)
        if (present(s->direct_at(i))) chain.apply(i, s->direct_at(i));
    }
  }
  return out;
}

}  // namespace bd::analytics
