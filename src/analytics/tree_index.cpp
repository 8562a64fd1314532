#include "analytics/tree_index.h"

#include <algorithm>
#include <utility>

namespace bd::analytics {
namespace {

constexpr int64_t kDenseFactor = 4;     // table when ids span <= 4 × units (+ slack)
constexpr int64_t kDenseSlack = 4096;

}  // namespace

TypeMask type_mask(const std::vector<OrgType>& types) {
  if (types.empty()) return ~TypeMask{0};
  TypeMask m = 0;
  for (OrgType t : types) m |= TypeMask{1} << static_cast<unsigned>(t);
  return m;
}

TreeIndex::TreeIndex(const std::vector<UnitNode>& units) {
  // Unique units by id (first wins), then children lists in id order.
  std::unordered_map<int64_t, size_t> by_id;
  by_id.reserve(units.size());
  std::vector<size_t> kept;
  for (size_t i = 0; i < units.size(); ++i)
    if (by_id.emplace(units[i].id, i).second) kept.push_back(i);
  std::sort(kept.begin(), kept.end(), [&](size_t a, size_t b) { return units[a].id < units[b].id; });

  std::unordered_map<int64_t, std::vector<size_t>> kids;
  std::vector<size_t> roots;
  for (size_t i : kept) {
    const UnitNode& u = units[i];
    if (u.parent_id && *u.parent_id != u.id && by_id.count(*u.parent_id))
      kids[*u.parent_id].push_back(i);  // in id order: `kept` is sorted
    else
      roots.push_back(i);
  }

  ids_.reserve(kept.size());
  last_.reserve(kept.size());
  open_.reserve(kept.size());
  std::vector<OrgType> types;
  types.reserve(kept.size());
  // Iterative DFS. Cycles are unreachable from any root: never visited.
  struct Frame {
    size_t unit, next, pos;
  };
  std::vector<Frame> stack;
  auto visit = [&](size_t u) {
    stack.push_back({u, 0, ids_.size()});
    ids_.push_back(units[u].id);
    last_.push_back(0);
    open_.push_back(!units[u].closed);
    types.push_back(units[u].type);
  };
  for (size_t root : roots) {
    visit(root);
    while (!stack.empty()) {
      Frame& f = stack.back();
      auto it = kids.find(units[f.unit].id);
      if (it != kids.end() && f.next < it->second.size()) {
        visit(it->second[f.next++]);  // may move `f`: not used after
        continue;
      }
      last_[f.pos] = static_cast<int32_t>(ids_.size()) - 1;
      stack.pop_back();
    }
  }

  const auto [lo, hi] = std::minmax_element(ids_.begin(), ids_.end());
  if (lo != ids_.end() && *lo >= 0 && *hi - *lo < kDenseFactor * static_cast<int64_t>(ids_.size()) + kDenseSlack) {
    base_ = *lo;
    table_.assign(static_cast<size_t>(*hi - *lo) + 1, -1);
    for (size_t i = 0; i < ids_.size(); ++i) table_[static_cast<size_t>(ids_[i] - base_)] = static_cast<int32_t>(i);
  } else {
    for (size_t i = 0; i < ids_.size(); ++i) pos_.emplace(ids_[i], static_cast<int32_t>(i));
  }

  for (auto& prefix : open_prefix_) prefix.assign(ids_.size() + 1, 0);
  for (size_t i = 0; i < ids_.size(); ++i) {
    for (auto& prefix : open_prefix_) prefix[i + 1] = prefix[i];
    if (open_[i]) ++open_prefix_[static_cast<size_t>(types[i])][i + 1];
  }
}

std::optional<int32_t> TreeIndex::find(int64_t id) const {
  if (!table_.empty()) {
    if (id < base_ || id - base_ >= static_cast<int64_t>(table_.size())) return std::nullopt;
    const int32_t p = table_[static_cast<size_t>(id - base_)];
    if (p < 0) return std::nullopt;
    return p;
  }
  auto it = pos_.find(id);
  if (it == pos_.end()) return std::nullopt;
  return it->second;
}

int64_t TreeIndex::count_open(int32_t pos, TypeMask mask) const {
  const size_t first = static_cast<size_t>(pos), end = static_cast<size_t>(last(pos)) + 1;
  int64_t n = 0;
  for (size_t t = 0; t < kTypes; ++t)
    if (mask & (TypeMask{1} << t)) n += open_prefix_[t][end] - open_prefix_[t][first];
  return n;
}

std::vector<int64_t> TreeIndex::open_children(int32_t pos, bool with_closed) const {
  std::vector<int64_t> out;
  for (int32_t c = pos + 1; c <= last(pos); c = last(c) + 1)
    if (with_closed || open_[static_cast<size_t>(c)]) out.push_back(id(c));
  return out;
}

Remap TreeIndex::remap_from(const TreeIndex& old) const {
  Remap r(ids_.size(), -1);
  for (size_t i = 0; i < ids_.size(); ++i)
    if (auto p = old.find(ids_[i])) r[i] = *p;
  return r;
}

size_t TreeIndex::memory_bytes() const {
  size_t n = sizeof(*this) + ids_.capacity() * sizeof(int64_t) + last_.capacity() * sizeof(int32_t) +
             open_.capacity() + table_.capacity() * sizeof(int32_t);
  // Hash nodes: key, value, next pointer and cached hash, plus the buckets.
  n += pos_.size() * (sizeof(int64_t) + sizeof(int32_t) + 2 * sizeof(void*)) + pos_.bucket_count() * sizeof(void*);
  for (const auto& p : open_prefix_) n += p.capacity() * sizeof(int32_t);
  return n;
}

}  // namespace bd::analytics
