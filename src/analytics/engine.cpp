// The engine: a TreeIndex (depth-first order) plus, per element, its
// ElementData (series.h: per option and period a Column of floats with
// blocked partial sums, column.h). A subtree total is one Column::sum.
//
// Why blocked partial sums with 64-unit blocks. Measured on this machine
// (-O2, one core) over one array of ~57,400 units (the national tree), per
// operation; the put includes ~8 ns of random-number generation:
//
//   layout        national   department   commune   put      bytes/unit
//                 (~57,400)  (~1,690)     (~17)
//   blocked 32    1,441 ns      63 ns      13 ns    13 ns     4 + 0.50
//   blocked 64      754 ns      69 ns      12 ns    13 ns     4 + 0.25
//   blocked 128     596 ns     141 ns      13 ns    13 ns     4 + 0.13
//   blocked 256     557 ns     255 ns      13 ns    13 ns     4 + 0.06
//   Fenwick           3 ns      21 ns      12 ns    38 ns     4 + 12
//   prefix sums       3 ns       4 ns       7 ns    13 µs     4 + 12
//
// Memory decides: ~2,400 arrays (1,600 stored half-years + 800 derived
// years) × ~57,400 units need 0.58 GB blocked, 2.2 GB as Fenwick trees or
// prefix sums (a double and a count per unit). Prefix sums also make a write
// O(n). Blocks of 64 keep the common query (one department, its communes,
// its schools) under 0.1 µs and the rare national total under 1 µs, with an
// O(1) write.
//
// The whole engine (bench/engine_bench.cpp, 54,000 schools × 40 elements ×
// 2 options × 20 half-years = 86.4M values, this 2-core VM):
//   memory 662 MB (1,600 half-year + 800 derived year columns, presence);
//   load 4.2 s with put_many (49 ns a value, much of it page faults);
//   value() for the 34 departments 3.0 µs, for the ~97 communes of one
//   department 4.6 µs, national total of both options 1.2 µs; one put 193 ns.
//   A naive unordered_map + subtree walk: 2.8 GB, 3.7 ms, 49 µs, 10.9 ms.
//   set_tree after a move remaps every column aside: ~0.25 s of work, but
//   2.8 s here with twice the memory for that time, because this VM takes
//   ~18 µs to fault in each fresh 4 KB page (GLIBC_TUNABLES=
//   glibc.malloc.hugetlb=1 halves it); set_tree keeping the order: 25 ms.
//
// Locking: `write_mu` serialises writers, so a writer may read the data
// without the reader lock while it prepares (allocates) what it needs; it
// then takes `mu` exclusively only to install that and update the values.
// Readers take `mu` shared.
#include "analytics/engine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <utility>

#include "analytics/past_tree.h"
#include "analytics/series.h"
#include "analytics/tree_index.h"

namespace bd::analytics {
namespace {

constexpr int kMaxOptions = 255;  // Presence counts options in a byte

// NaN (missing) for nullopt and for what a float cannot hold.
float to_float(std::optional<double> v) {
  const float f = v ? static_cast<float>(*v) : std::numeric_limits<float>::quiet_NaN();
  return std::isfinite(f) ? f : std::numeric_limits<float>::quiet_NaN();
}

}  // namespace

struct Engine::State {
  mutable std::shared_mutex mu;  // shared: readers; exclusive: installing a change
  std::mutex write_mu;           // one writer at a time
  std::unique_ptr<TreeIndex> tree = std::make_unique<TreeIndex>();
  std::vector<PastView> past;  // sorted by until
  std::unordered_map<int64_t, std::unique_ptr<ElementData>> elements;

  const ElementData* element(int64_t id) const {
    auto it = elements.find(id);
    return it == elements.end() ? nullptr : it->second.get();
  }
  ElementData* element(int64_t id) {
    auto it = elements.find(id);
    return it == elements.end() ? nullptr : it->second.get();
  }
  static bool has_option(const ElementData& e, int option) {
    return option >= 0 && static_cast<size_t>(option) < e.options.size();
  }
  // The arrangement of `period` (nullptr: the current tree).
  const PastView* view(const Period& period, Structure structure) const {
    if (structure == Structure::kCurrent || past.empty()) return nullptr;
    return view_for(past, period.end());
  }
  // Calls f(first, last) for each current-position range of the subtree of
  // `unit` in `view` (or the current tree); false when the unit is unknown.
  template <class F>
  bool for_ranges(const PastView* view, int64_t unit, F&& f) const {
    if (!view) {
      const auto pos = tree->find(unit);
      if (!pos) return false;
      f(static_cast<size_t>(*pos), static_cast<size_t>(tree->last(*pos)));
      return true;
    }
    const auto pos = view->index().find(unit);
    if (!pos) return false;
    auto [r, end] = view->ranges(*pos);
    for (; r != end; ++r) f(static_cast<size_t>(r->first), static_cast<size_t>(r->second));
    return true;
  }
  const TreeIndex& index(const Period& period) const {
    const PastView* v = view(period, Structure::kAsOfPeriod);
    return v ? v->index() : *tree;
  }
};

namespace {

// The views of `past` over `tree`, sorted by until, one per until date.
std::vector<PastView> lay_over(const std::vector<PastTree>& past, const TreeIndex& tree) {
  std::vector<const PastTree*> sorted;
  for (const auto& p : past) sorted.push_back(&p);
  std::stable_sort(sorted.begin(), sorted.end(), [](const PastTree* a, const PastTree* b) { return a->until < b->until; });
  std::vector<PastView> views;
  views.reserve(sorted.size());
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i + 1 < sorted.size() && sorted[i + 1]->until == sorted[i]->until) continue;  // the later one wins
    views.emplace_back(*sorted[i], tree);
  }
  return views;
}

}  // namespace

Engine::Engine() : state_(std::make_shared<State>()) {}
Engine::~Engine() = default;

void Engine::set_tree(const std::vector<UnitNode>& units, const std::vector<PastTree>& past) {
  auto tree = std::make_unique<TreeIndex>(units);
  std::vector<PastView> views = lay_over(past, *tree);
  State& s = *state_;
  std::lock_guard writer(s.write_mu);
  const bool remap = !tree->same_order(*s.tree);
  std::unordered_map<int64_t, std::unique_ptr<ElementData>> elements;
  if (remap) {
    const Remap r = tree->remap_from(*s.tree);
    for (const auto& [id, e] : s.elements) elements.emplace(id, remap_element(*e, r));
  }
  std::unique_lock lock(s.mu);
  std::swap(s.tree, tree);
  std::swap(s.past, views);
  if (remap) std::swap(s.elements, elements);
  lock.unlock();  // the old index is freed outside the reader lock
}

void Engine::set_element(const ElementInfo& info) {
  ElementInfo e = info;
  e.options = std::clamp(e.options, 1, kMaxOptions);
  State& s = *state_;
  std::lock_guard writer(s.write_mu);
  ElementData* old = s.element(e.id);
  if (old && old->info.aggregation == e.aggregation && old->info.options == e.options) return;
  auto fresh = old ? redeclare_element(*old, e, s.tree->size()) : std::make_unique<ElementData>(e);
  std::unique_lock lock(s.mu);
  std::swap(s.elements[e.id], fresh);
  lock.unlock();
}

void Engine::put(int64_t element, int option, int64_t unit, const Period& period, std::optional<double> value) {
  const UnitValue one{unit, value};
  write(element, option, period, &one, 1);
}

void Engine::put_many(int64_t element, int option, const Period& period, const std::vector<UnitValue>& values) {
  write(element, option, period, values.data(), values.size());
}

void Engine::write(int64_t element, int option, const Period& period, const UnitValue* values, size_t count) {
  State& s = *state_;
  std::lock_guard writer(s.write_mu);
  ElementData* e = s.element(element);
  if (!e || !State::has_option(*e, option)) return;
  // Positions first, outside the reader lock (only writers change the tree).
  std::pair<size_t, float> single;
  std::vector<std::pair<size_t, float>> many;
  if (count > 1) many.reserve(count);
  size_t n = 0;
  bool stores = false;
  for (size_t k = 0; k < count; ++k) {
    const auto pos = s.tree->find(values[k].unit);
    if (!pos) continue;
    const std::pair<size_t, float> w{static_cast<size_t>(*pos), to_float(values[k].value)};
    stores = stores || !std::isnan(w.second);
    if (count > 1) many.push_back(w); else single = w;
    ++n;
  }
  if (n == 0 || (!stores && !e->slot(option, period))) return;  // nothing to store or erase
  WritePlan plan = plan_write(*e, option, period, s.tree->size(), stores);
  std::unique_lock lock(s.mu);
  install(*e, option, std::move(plan));
  WriteChain chain(*e, option, period);
  if (count > 1) {
    for (const auto& [pos, v] : many) chain.apply(pos, v);
  } else {
    chain.apply(single.first, single.second);
  }
}

std::optional<double> Engine::value(int64_t element, int option, int64_t unit, const Period& period,
                                    Structure structure) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const ElementData* e = s.element(element);
  if (!e || (option != kAllOptions && !State::has_option(*e, option))) return std::nullopt;
  const int from = option == kAllOptions ? 0 : option;
  const int to = option == kAllOptions ? static_cast<int>(e->options.size()) : option + 1;
  const PastView* view = s.view(period, structure);
  RangeSum total;
  bool known = true;
  for (int o = from; o < to && known; ++o) {
    const Slot* slot = e->slot(o, period);
    if (!slot) continue;
    known = s.for_ranges(view, unit, [&](size_t first, size_t last) {
      const RangeSum r = slot->effective.sum(first, last);
      total.sum += r.sum;
      total.count += r.count;
    });
  }
  if (!known || total.count == 0) return std::nullopt;
  return total.sum;
}

int64_t Engine::reporting_units(int64_t element, int64_t unit, const Period& period, Structure structure) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const ElementData* e = s.element(element);
  if (!e) return 0;
  auto it = e->presence.find(period);
  if (it == e->presence.end()) return 0;
  int64_t n = 0;
  s.for_ranges(s.view(period, structure), unit, [&](size_t first, size_t last) { n += it->second->count(first, last); });
  return n;
}

int64_t Engine::count_units(int64_t unit, const std::vector<OrgType>& types) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const auto pos = s.tree->find(unit);
  return pos ? s.tree->count_open(*pos, type_mask(types)) : 0;
}

int64_t Engine::count_units(int64_t unit, const std::vector<OrgType>& types, const Period& period) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const TreeIndex& t = s.index(period);
  const auto pos = t.find(unit);
  return pos ? t.count_open(*pos, type_mask(types)) : 0;
}

std::vector<int64_t> Engine::children(int64_t unit) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const auto pos = s.tree->find(unit);
  return pos ? s.tree->open_children(*pos) : std::vector<int64_t>{};
}

std::vector<int64_t> Engine::children(int64_t unit, const Period& period, bool with_closed) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const TreeIndex& t = s.index(period);
  const auto pos = t.find(unit);
  return pos ? t.open_children(*pos, with_closed) : std::vector<int64_t>{};
}

bool Engine::follows_past_tree(const Period& period) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  return s.view(period, Structure::kAsOfPeriod) != nullptr;
}

size_t Engine::arrangement(const Period& period) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const PastView* v = s.view(period, Structure::kAsOfPeriod);
  return v ? static_cast<size_t>(v - s.past.data()) + 1 : 0;
}

size_t Engine::past_trees() const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  return s.past.size();
}

bool Engine::within(int64_t unit, int64_t ancestor) const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  const auto u = s.tree->find(unit), a = s.tree->find(ancestor);
  return u && a && *a <= *u && *u <= s.tree->last(*a);
}

size_t Engine::stored_values() const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  size_t n = 0;
  for (const auto& [id, e] : s.elements) n += static_cast<size_t>(e->stored);
  return n;
}

size_t Engine::memory_bytes() const {
  const State& s = *state_;
  std::shared_lock lock(s.mu);
  size_t n = sizeof(State) + s.tree->memory_bytes() + s.elements.bucket_count() * sizeof(void*);
  for (const auto& v : s.past) n += v.memory_bytes();
  for (const auto& [id, e] : s.elements) n += 4 * sizeof(void*) + e->memory_bytes();
  return n;
}

}  // namespace bd::analytics
