// A short memory of the sessions and API tokens found valid, so that a busy
// client is not read from the database on every request.
//
// An entry is believed while (1) no write that changes what an
// authentication reads has committed in this process since it was read
// (storage::Store::accounts_generation, noted before the read), and (2) it
// is younger than the time to live. Other nodes' changes (a password reset,
// a revoked token) are therefore seen within the time to live.
// Thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "app/context.h"

namespace bd::app {

struct CachedAuth {
  Actor actor;
  std::string csrf_token;  // sessions only
  int64_t expires_at = 0;  // sessions: when the session ends (0: never, API tokens)
  int64_t last_used_at = 0;  // API tokens: the use last recorded
};

class AuthCache {
 public:
  // `ttl_seconds` 0 turns the cache off. At most `capacity` entries are kept.
  explicit AuthCache(int64_t ttl_seconds = 2, size_t capacity = 10000) : ttl_(ttl_seconds), capacity_(capacity) {}

  // The entry for `key` read at `generation`, if still believed at `now`.
  std::optional<CachedAuth> find(const std::string& key, uint64_t generation, int64_t now) const;
  // Remembers what was read at `generation` (noted before the read) at `now`.
  void put(const std::string& key, const CachedAuth& value, uint64_t generation, int64_t now);
  size_t size() const;

 private:
  struct Entry {
    CachedAuth value;
    uint64_t generation = 0;
    int64_t read_at = 0;
  };
  bool believed(const Entry& e, uint64_t generation, int64_t now) const;

  int64_t ttl_;
  size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace bd::app
