// Dense per-unit arrays with blocked partial sums: the storage under the
// engine (engine.cpp explains the choice with measurements).
//
// A Column holds one float per org unit in depth-first order (NaN = missing)
// and, per block of kBlock units, the double sum and the count of present
// values, so the sum over [first, last] reads at most two partial blocks and
// the whole blocks between. Float values with doubles for sums keep counts
// exact (every integer below 2^24 is a float; sums stay exact in a double),
// and a write updates its block by difference in O(1).
//
// A Presence holds, per unit, how many options of an element have a value,
// and per block how many units have at least one: reporting_units() is a
// range count over it.
//
// Thread-safety: none here. The engine guards these with its shared_mutex.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace bd::analytics {

inline constexpr int kBlock = 64;

struct RangeSum {
  double sum = 0;
  int64_t count = 0;  // present values in the range
};

// Maps positions of a new tree to positions of the old one (-1: new unit).
using Remap = std::vector<int32_t>;

class Column {
 public:
  explicit Column(size_t n);

  size_t size() const { return values_.size(); }
  // NaN when missing. REQUIRES: i < size()
  float at(size_t i) const { return values_[i]; }
  // Stores v (NaN erases). Returns false when nothing changed. O(1).
  // REQUIRES: i < size()
  bool set(size_t i, float v);
  // REQUIRES: first <= last < size()
  RangeSum sum(size_t first, size_t last) const;
  // Present values in the whole column.
  int64_t present() const;
  const std::vector<float>& values() const { return values_; }
  // A column for a new tree: unit i takes the value of old unit remap[i].
  Column remapped(const Remap& remap) const;
  size_t memory_bytes() const;

 private:
  struct Block {
    double sum = 0;
    int32_t count = 0;
  };
  void rebuild_blocks();

  std::vector<float> values_;
  std::vector<Block> blocks_;
};

class Presence {
 public:
  explicit Presence(size_t n);

  // Adds delta (+1 or -1) to the number of options present at unit i.
  // REQUIRES: i < size; the count never goes below 0.
  void add(size_t i, int delta);
  // Units in [first, last] with at least one option present.
  // REQUIRES: first <= last < size
  int64_t count(size_t first, size_t last) const;
  Presence remapped(const Remap& remap) const;
  size_t memory_bytes() const;

 private:
  void rebuild_blocks();

  std::vector<uint8_t> options_;  // options present per unit
  std::vector<int32_t> units_;    // units with >= 1 option per block
};

}  // namespace bd::analytics
