#include "documents/zip_reader.h"

#include <zip.h>

#include <memory>

namespace bd::documents {
namespace {

struct ZipCloser {
  void operator()(zip_t* za) const { zip_discard(za); }
};

std::string mb(uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MB"; }

}  // namespace

Result<std::map<std::string, std::string>> read_zip(std::string_view bytes, const ZipLimits& limits) {
  // libzip takes zero bytes for an empty archive; a file of zero bytes is not one.
  if (bytes.empty()) return Error::BadRequest("Tệp rỗng, không phải tệp nén ZIP.");
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    zip_error_fini(&err);
    return Error::Internal("Không đủ bộ nhớ để đọc tệp nén.");
  }
  std::unique_ptr<zip_t, ZipCloser> za(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err));
  if (!za) {
    zip_source_free(src);
    Error e = Error::BadRequest(std::string("Tệp không phải là tệp nén ZIP hợp lệ (") + zip_error_strerror(&err) + ").");
    zip_error_fini(&err);
    return e;
  }
  zip_error_fini(&err);

  const zip_int64_t count = zip_get_num_entries(za.get(), 0);
  if (count < 0 || static_cast<uint64_t>(count) > limits.max_entries)
    return Error::BadRequest("Tệp nén có quá nhiều mục (tối đa " + std::to_string(limits.max_entries) + ").");
  // First pass: the declared sizes, before inflating anything.
  std::map<zip_uint64_t, std::pair<std::string, zip_uint64_t>> wanted;
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    if (zip_stat_index(za.get(), static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
        !(st.valid & ZIP_STAT_SIZE))
      continue;
    const std::string name = st.name;
    if (!name.empty() && name.back() == '/') continue;  // a directory
    total += st.size;
    if (total > limits.max_total_bytes)
      return Error::BadRequest("Tệp nén khi giải nén vượt quá " + mb(limits.max_total_bytes) + ".");
    const uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) && st.comp_size > 0 ? st.comp_size : 1;
    if (st.size > limits.ratio_floor && st.size / packed > limits.max_ratio)
      return Error::BadRequest("Tệp nén có mục \"" + name + "\" nở ra bất thường khi giải nén; tệp bị từ chối.");
    wanted.emplace(static_cast<zip_uint64_t>(i), std::make_pair(name, st.size));
  }
  std::map<std::string, std::string> files;
  for (const auto& [index, entry] : wanted) {
    const auto& [name, size] = entry;
    std::string data(size, '\0');
    zip_file_t* f = zip_fopen_index(za.get(), index, 0);
    const zip_int64_t n = f ? zip_fread(f, data.data(), size) : -1;
    if (f) zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != size)
      return Error::BadRequest("Tệp nén bị hỏng: không đọc được mục \"" + name + "\".");
    files.emplace(name, std::move(data));
  }
  return files;
}

}  // namespace bd::documents
