// An in-memory .zip archive (the container of .docx and .xlsx), written with
// libzip. add() queues an entry (deflate-compressed, a fixed modification time
// so that equal input gives equal bytes); finish() returns the archive's bytes
// with the entries in the order added. One writer makes one archive: after
// finish() it is empty again. Not thread-safe; use one per thread.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"

namespace bd::documents {

class ZipWriter {
 public:
  // `name` is the path inside the archive ("word/document.xml"); names must
  // be unique (finish() fails on a duplicate).
  void add(std::string name, std::string content);

  // The archive, or an internal error if libzip fails (out of memory, a
  // duplicate name).
  Result<std::string> finish();

 private:
  std::vector<std::pair<std::string, std::string>> entries_;
};

}  // namespace bd::documents
