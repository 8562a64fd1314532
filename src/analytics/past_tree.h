// A past arrangement of the org tree, for the periods it was in force, laid
// over the current depth-first order the values are stored in.
//
// A unit's subtree as it was is a set of current positions: the units that
// were below it then, wherever they are now. It is kept as sorted, merged
// ranges [first, last] (usually one; a unit whose children have since moved
// away has one per moved run), so a past subtree total is a few range sums.
// The past arrangement's own depth-first index answers what does not touch
// values: its open units by type, its children.
//
// Thread-safety: immutable once built; any number of threads may read it.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "analytics/engine.h"
#include "analytics/tree_index.h"
#include "core/dates.h"

namespace bd::analytics {

class PastView {
 public:
  using Range = std::pair<int32_t, int32_t>;  // current positions, inclusive

  // `units`: the tree as it was; `current`: the index the values follow.
  // Units missing from either are left out of the ranges.
  PastView(const PastTree& past, const TreeIndex& current);

  const Date& until() const { return until_; }
  const TreeIndex& index() const { return index_; }
  // The current-position ranges of the past subtree of past position `pos`.
  // REQUIRES: pos < index().size()
  std::pair<const Range*, const Range*> ranges(int32_t pos) const {
    const size_t p = static_cast<size_t>(pos);
    return {ranges_.data() + offsets_[p], ranges_.data() + offsets_[p + 1]};
  }
  size_t memory_bytes() const;

 private:
  Date until_;
  TreeIndex index_;
  std::vector<uint32_t> offsets_;  // per past position, into ranges_ (size + 1)
  std::vector<Range> ranges_;
};

// The view in force for a period whose last day is `last_day`: the first
// whose `until` is after it; none (the current tree) when every one ends
// on or before it. REQUIRES: `views` sorted by until().
const PastView* view_for(const std::vector<PastView>& views, const Date& last_day);

}  // namespace bd::analytics
