#include "app/accounts/auth_cache.h"

namespace bd::app {

bool AuthCache::believed(const Entry& e, uint64_t generation, int64_t now) const {
  return e.generation == generation && now >= e.read_at && now - e.read_at < ttl_ &&
         (e.value.expires_at == 0 || e.value.expires_at > now);
}

std::optional<CachedAuth> AuthCache::find(const std::string& key, uint64_t generation, int64_t now) const {
  if (ttl_ <= 0) return std::nullopt;
  std::lock_guard lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || !believed(it->second, generation, now)) return std::nullopt;
  return it->second.value;
}

void AuthCache::put(const std::string& key, const CachedAuth& value, uint64_t generation, int64_t now) {
  if (ttl_ <= 0 || capacity_ == 0) return;
  std::lock_guard lock(mu_);
  if (entries_.size() >= capacity_ && !entries_.count(key)) {
    std::erase_if(entries_, [&](const auto& kv) { return !believed(kv.second, generation, now); });
    if (entries_.size() >= capacity_) entries_.clear();
  }
  entries_[key] = Entry{value, generation, now};
}

size_t AuthCache::size() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

}  // namespace bd::app
