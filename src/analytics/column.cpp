#include "analytics/column.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bd::analytics {
namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

size_t blocks_for(size_t n) { return (n + kBlock - 1) / kBlock; }

}  // namespace

Column::Column(size_t n) : values_(n, kMissing), blocks_(blocks_for(n)) {}

bool Column::set(size_t i, float v) {
  const float old = values_[i];
  const bool had = !std::isnan(old), has = !std::isnan(v);
  if (had == has && (!has || old == v)) return false;
  values_[i] = v;
  Block& b = blocks_[i / kBlock];
  if (had) {
    b.sum -= old;
    --b.count;
  }
  if (has) {
    b.sum += v;
    ++b.count;
  }
  return true;
}

RangeSum Column::sum(size_t first, size_t last) const {
  RangeSum r;
  auto scan = [&](size_t from, size_t to) {
    for (size_t i = from; i <= to; ++i) {
      if (std::isnan(values_[i])) continue;
      r.sum += values_[i];
      ++r.count;
    }
  };
  const size_t b0 = first / kBlock, b1 = last / kBlock;
  if (b0 == b1) {
    scan(first, last);
    return r;
  }
  scan(first, b0 * kBlock + kBlock - 1);
  for (size_t b = b0 + 1; b < b1; ++b) {
    r.sum += blocks_[b].sum;
    r.count += blocks_[b].count;
  }
  scan(b1 * kBlock, last);
  return r;
}

int64_t Column::present() const {
  int64_t n = 0;
  for (const Block& b : blocks_) n += b.count;
  return n;
}

void Column::rebuild_blocks() {
  // Four independent sums per block: the adds need not wait on each other.
  // (Float values summed in a double are exact in any order for counts.)
  blocks_.assign(blocks_for(values_.size()), Block{});
  for (size_t b = 0; b < blocks_.size(); ++b) {
    const size_t from = b * kBlock, to = std::min(from + kBlock, values_.size());
    double s[4] = {0, 0, 0, 0};
    int32_t n[4] = {0, 0, 0, 0};
    size_t i = from;
    for (; i + 4 <= to; i += 4)
      for (size_t k = 0; k < 4; ++k) {
        const float v = values_[i + k];
        const bool has = !std::isnan(v);
        s[k] += has ? v : 0.0;
        n[k] += has;
      }
    for (; i < to; ++i)
      if (!std::isnan(values_[i])) s[0] += values_[i], ++n[0];
    blocks_[b] = {(s[0] + s[1]) + (s[2] + s[3]), n[0] + n[1] + n[2] + n[3]};
  }
}

Column Column::remapped(const Remap& remap) const {
  Column c(0);
  c.values_.resize(remap.size());
  for (size_t i = 0; i < remap.size(); ++i)
    c.values_[i] = remap[i] >= 0 ? values_[static_cast<size_t>(remap[i])] : kMissing;
  c.rebuild_blocks();
  return c;
}

size_t Column::memory_bytes() const {
  return sizeof(*this) + values_.capacity() * sizeof(float) + blocks_.capacity() * sizeof(Block);
}

Presence::Presence(size_t n) : options_(n, 0), units_(blocks_for(n), 0) {}

void Presence::add(size_t i, int delta) {
  const bool had = options_[i] > 0;
  options_[i] = static_cast<uint8_t>(options_[i] + delta);
  const bool has = options_[i] > 0;
  if (had != has) units_[i / kBlock] += has ? 1 : -1;
}

int64_t Presence::count(size_t first, size_t last) const {
  int64_t n = 0;
  auto scan = [&](size_t from, size_t to) {
    for (size_t i = from; i <= to; ++i) n += options_[i] > 0;
  };
  const size_t b0 = first / kBlock, b1 = last / kBlock;
  if (b0 == b1) {
    scan(first, last);
    return n;
  }
  scan(first, b0 * kBlock + kBlock - 1);
  for (size_t b = b0 + 1; b < b1; ++b) n += units_[b];
  scan(b1 * kBlock, last);
  return n;
}

void Presence::rebuild_blocks() {
  units_.assign(blocks_for(options_.size()), 0);
  for (size_t i = 0; i < options_.size(); ++i) units_[i / kBlock] += options_[i] > 0;
}

Presence Presence::remapped(const Remap& remap) const {
  Presence p(remap.size());
  for (size_t i = 0; i < remap.size(); ++i)
    if (remap[i] >= 0) p.options_[i] = options_[static_cast<size_t>(remap[i])];
  p.rebuild_blocks();
  return p;
}

size_t Presence::memory_bytes() const {
  return sizeof(*this) + options_.capacity() + units_.capacity() * sizeof(int32_t);
}

}  // namespace bd::analytics
