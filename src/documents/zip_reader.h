// Reads a whole .zip archive held in memory (a .docx or .xlsx) with libzip:
// every file entry's name and uncompressed bytes. Fails with kBadRequest when
// the bytes are not a zip archive or an entry cannot be inflated. Entries are
// read in full, so keep to archives of reasonable size. Thread-safe.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace bd::documents {

Result<std::map<std::string, std::string>> read_zip(std::string_view bytes);

}  // namespace bd::documents
