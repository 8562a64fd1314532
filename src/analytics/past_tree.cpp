#include "analytics/past_tree.h"

#include <algorithm>

namespace bd::analytics {

PastView::PastView(const PastTree& past, const TreeIndex& current) : until_(past.until), index_(past.units) {
  const size_t n = index_.size();
  // Current position of each past position (-1: not in the current tree).
  std::vector<int32_t> now(n, -1);
  for (size_t i = 0; i < n; ++i)
    if (auto p = current.find(index_.id(static_cast<int32_t>(i)))) now[i] = *p;
  offsets_.assign(n + 1, 0);
  std::vector<int32_t> members;
  for (size_t i = 0; i < n; ++i) {
    offsets_[i] = static_cast<uint32_t>(ranges_.size());
    const int32_t pos = static_cast<int32_t>(i);
    members.clear();
    for (int32_t k = pos; k <= index_.last(pos); ++k)
      if (now[static_cast<size_t>(k)] >= 0) members.push_back(now[static_cast<size_t>(k)]);
    std::sort(members.begin(), members.end());
    for (int32_t m : members) {
      if (!ranges_.empty() && offsets_[i] < ranges_.size() && ranges_.back().second + 1 == m)
        ranges_.back().second = m;
      else
        ranges_.emplace_back(m, m);
    }
  }
  offsets_[n] = static_cast<uint32_t>(ranges_.size());
  ranges_.shrink_to_fit();
}

size_t PastView::memory_bytes() const {
  return sizeof(*this) + index_.memory_bytes() + offsets_.capacity() * sizeof(uint32_t) +
         ranges_.capacity() * sizeof(Range);
}

const PastView* view_for(const std::vector<PastView>& views, const Date& last_day) {
  auto it = std::upper_bound(views.begin(), views.end(), last_day,
                             [](const Date& d, const PastView& v) { return d < v.until(); });
  return it == views.end() ? nullptr : &*it;
}

}  // namespace bd::analytics
