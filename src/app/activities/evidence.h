// Evidence files (minh chứng) of activities: photos (JPEG, PNG), PDF, .docx
// and .xlsx, checked by their content, stored outside the database under a
// random name in the evidence directory (Config::evidence_dir) with their
// SHA-256 and sanitised original name in the database. Readable by whoever
// may view the activity's unit; added and removed by its data editors.
// Thread-safe: files are written under new random names, then recorded.
#pragma once

#include <string>

#include "app/context.h"
#include "core/activity.h"
#include "storage/store.h"

namespace bd::app {

inline constexpr size_t kMaxEvidenceBytes = 10u << 20;  // 10 MiB per file

struct EvidenceFile {
  EvidenceRecord record;
  std::string bytes;
};

class Evidence {
 public:
  Evidence(storage::Store& store, const Clock& clock, std::string dir)
      : store_(store), clock_(clock), dir_(std::move(dir)) {}

  // Refused: empty or over 10 MiB (413), content not one of the allowed
  // kinds or not matching the name's extension (415, e.g. a program renamed
  // ".jpg"), an activity the actor may not edit (403).
  Result<EvidenceRecord> add(const Actor& a, int64_t activity_id, const std::string& name, const std::string& bytes);
  // The file, for download; 404 when unknown or missing on disk.
  Result<EvidenceFile> get(const Actor& a, int64_t id);
  Status remove(const Actor& a, int64_t id);
  // Deletes the files of an activity's evidence (before the activity goes).
  Status remove_files_of(const Actor& a, int64_t activity_id);

  const std::string& dir() const { return dir_; }

 private:
  std::string path_of(const std::string& stored_name) const;

  storage::Store& store_;
  const Clock& clock_;
  std::string dir_;
};

// Hex SHA-256 of `bytes` (libsodium).
std::string sha256_hex(std::string_view bytes);

}  // namespace bd::app
