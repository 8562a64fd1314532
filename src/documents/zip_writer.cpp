#include "documents/zip_writer.h"

#include <zip.h>

#include <ctime>
#include <memory>

namespace bd::documents {
namespace {

// 1980-01-01 00:00 local time, the earliest DOS date a zip entry can carry.
time_t fixed_mtime() {
  std::tm tm{};
  tm.tm_year = 80;
  tm.tm_mday = 1;
  tm.tm_isdst = -1;
  return std::mktime(&tm);
}

Error zip_error_of(const char* what, zip_error_t* err) {
  return Error::Internal(std::string("zip: ") + what + ": " + zip_error_strerror(err));
}

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

}  // namespace

void ZipWriter::add(std::string name, std::string content) {
  entries_.emplace_back(std::move(name), std::move(content));
}

Result<std::string> ZipWriter::finish() {
  const auto entries = std::move(entries_);
  entries_.clear();
  // libzip writes nothing at all for an archive without entries: the empty
  // archive is its end-of-central-directory record alone.
  if (entries.empty()) return std::string("PK\x05\x06", 4) + std::string(18, '\0');

  zip_error_t err;
  zip_error_init(&err);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &err));
  if (!buffer) {
    Error e = zip_error_of("buffer", &err);
    zip_error_fini(&err);
    return e;
  }
  zip_t* za = zip_open_from_source(buffer.get(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!za) {
    Error e = zip_error_of("open", &err);
    zip_error_fini(&err);
    return e;
  }
  zip_error_fini(&err);
  zip_source_keep(buffer.get());  // the archive frees its reference on close

  const time_t mtime = fixed_mtime();
  for (const auto& [name, content] : entries) {
    // The data stays alive in `entries` until zip_close() has read it.
    zip_source_t* s = zip_source_buffer(za, content.data(), content.size(), 0);
    const zip_int64_t idx = s ? zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8) : -1;
    if (idx < 0) {
      if (s) zip_source_free(s);
      Error e = Error::Internal(std::string("zip: add ") + name + ": " + zip_strerror(za));
      zip_discard(za);
      return e;
    }
    zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_DEFLATE, 0);
    zip_file_set_mtime(za, static_cast<zip_uint64_t>(idx), mtime, 0);
  }
  if (zip_close(za) != 0) {
    Error e = Error::Internal(std::string("zip: close: ") + zip_strerror(za));
    zip_discard(za);
    return e;
  }

  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(buffer.get(), &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
      zip_source_open(buffer.get()) != 0) {
    return Error::Internal("zip: cannot read the archive back");
  }
  std::string out(st.size, '\0');
  const zip_int64_t n = zip_source_read(buffer.get(), out.data(), st.size);
  zip_source_close(buffer.get());
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    return Error::Internal("zip: short read of the archive");
  }
  return out;
}

}  // namespace bd::documents
