// The org tree in depth-first order for the engine: a unit's subtree is the
// contiguous position range [pos, last(pos)].
//
// Children are visited in id order, roots too. A unit whose parent is not in
// the list is a root; units caught in a parent cycle are left out; a repeated
// id keeps its first entry. Open-unit counts per type are prefix sums over
// the order, so count_open() is O(number of types). find() is one array
// read when ids span at most kDenseFactor times the number of units.
//
// Thread-safety: immutable once built; any number of threads may read it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

#include "analytics/column.h"
#include "analytics/engine.h"

namespace bd::analytics {

// A set of OrgTypes as bits; kAllTypes when the caller named none.
using TypeMask = uint32_t;
TypeMask type_mask(const std::vector<OrgType>& types);

class TreeIndex {
 public:
  TreeIndex() = default;
  explicit TreeIndex(const std::vector<UnitNode>& units);

  size_t size() const { return ids_.size(); }
  std::optional<int32_t> find(int64_t id) const;
  // Last position of the subtree of `pos`. REQUIRES: pos < size()
  int32_t last(int32_t pos) const { return last_[static_cast<size_t>(pos)]; }
  int64_t id(int32_t pos) const { return ids_[static_cast<size_t>(pos)]; }
  // Open units of the subtree of `pos` whose type is in `mask`.
  int64_t count_open(int32_t pos, TypeMask mask) const;
  // Ids of the open direct children of `pos` (closed ones too when asked), in order.
  std::vector<int64_t> open_children(int32_t pos, bool with_closed = false) const;
  // True when both trees list the same ids in the same order.
  bool same_order(const TreeIndex& other) const { return ids_ == other.ids_; }
  // For each position here, the position of the same id in `old` (or -1).
  Remap remap_from(const TreeIndex& old) const;
  size_t memory_bytes() const;

 private:
  static constexpr size_t kTypes = static_cast<size_t>(OrgType::kOther) + 1;

  std::vector<int64_t> ids_;
  std::vector<int32_t> last_;
  std::vector<uint8_t> open_;
  // id → position: a table indexed by id - base_ when the ids are compact
  // (database ids usually are), else a hash map.
  std::vector<int32_t> table_;
  int64_t base_ = 0;
  std::unordered_map<int64_t, int32_t> pos_;
  // open_prefix_[t][i]: open units of type t among positions [0, i).
  std::array<std::vector<int32_t>, kTypes> open_prefix_;
};

}  // namespace bd::analytics
