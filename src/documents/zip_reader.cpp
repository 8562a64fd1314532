#include "documents/zip_reader.h"

#include <zip.h>

namespace bd::documents {

Result<std::map<std::string, std::string>> read_zip(std::string_view bytes) {
  // libzip takes zero bytes for an empty archive; a file of zero bytes is not one.
  if (bytes.empty()) return Error::BadRequest("not a zip archive: no bytes");
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    zip_error_fini(&err);
    return Error::Internal("zip: out of memory");
  }
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!za) {
    zip_source_free(src);
    Error e = Error::BadRequest(std::string("not a zip archive: ") + zip_error_strerror(&err));
    zip_error_fini(&err);
    return e;
  }
  zip_error_fini(&err);

  std::map<std::string, std::string> files;
  const zip_int64_t count = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    if (zip_stat_index(za, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME) ||
        !(st.valid & ZIP_STAT_SIZE)) {
      continue;
    }
    const std::string name = st.name;
    if (!name.empty() && name.back() == '/') continue;  // a directory
    std::string data(st.size, '\0');
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    const zip_int64_t n = f ? zip_fread(f, data.data(), st.size) : -1;
    if (f) zip_fclose(f);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
      zip_discard(za);
      return Error::BadRequest("zip: cannot read " + name);
    }
    files.emplace(name, std::move(data));
  }
  zip_discard(za);
  return files;
}

}  // namespace bd::documents
