// Reads a whole .zip archive held in memory (a .docx or .xlsx) with libzip:
// every file entry's name and uncompressed bytes. Fails with kBadRequest (a
// Vietnamese message) when the bytes are not a zip archive, an entry cannot
// be inflated, or the archive breaks the limits: too many entries, too many
// bytes once inflated, or an entry inflating far beyond its compressed size
// (a zip bomb). Sizes are checked from the central directory before anything
// is inflated, and no entry is read past its declared size. Thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace bd::documents {

struct ZipLimits {
  // Most file entries in the archive.
  uint64_t max_entries = 10000;
  // Most bytes of all entries once inflated.
  uint64_t max_total_bytes = 1ull << 30;
  // Largest inflated/compressed ratio of an entry bigger than ratio_floor.
  uint64_t max_ratio = 1000;
  // Entries up to this many inflated bytes are not held to max_ratio.
  uint64_t ratio_floor = 1u << 20;
};

Result<std::map<std::string, std::string>> read_zip(std::string_view bytes, const ZipLimits& limits = {});

}  // namespace bd::documents
