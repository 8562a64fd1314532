// read_zip (uploaded .docx/.xlsx containers, evidence files) on any bytes,
// held to small limits. What it returns keeps the limits; zipped again and
// read back, it is the same entries with the same bytes.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "documents/zip_reader.h"
#include "documents/zip_writer.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bd::documents::ZipLimits limits;
  limits.max_entries = 64;
  limits.max_total_bytes = 4u << 20;
  limits.max_ratio = 100;
  limits.ratio_floor = 64u << 10;
  auto files = bd::documents::read_zip(bytes, limits);
  if (!files) {
    require(files.error().code == bd::ErrorCode::kBadRequest && !files.error().message.empty());
    return 0;
  }
  require(files->size() <= limits.max_entries);
  uint64_t total = 0;
  for (const auto& [name, content] : *files) total += content.size();
  require(total <= limits.max_total_bytes);
  bd::documents::ZipWriter w;
  for (const auto& [name, content] : *files) w.add(name, content);
  auto again = w.finish();
  if (!again) return 0;  // names libzip will not write back (e.g. empty)
  auto back = bd::documents::read_zip(*again);
  require(back.ok() && *back == *files);
  return 0;
}
