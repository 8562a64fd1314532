// Which address a request comes from, for the per-address login limit and
// the audit trail. Behind a reverse proxy every request arrives from the
// proxy; its X-Forwarded-For header names the client. The header is believed
// only when the peer is one of the configured trusted proxies: anyone else
// could write anything in it.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"

namespace bd::http {

// Trusted proxies: addresses ("10.0.0.5", "::1") or networks ("10.0.0.0/8").
class TrustedProxies {
 public:
  // Refuses an entry that is not an address or a network.
  static Result<TrustedProxies> parse(const std::vector<std::string>& entries);
  bool trusts(const std::string& address) const;
  bool empty() const { return nets_.empty(); }

  // The client's address: `peer` itself unless `peer` is trusted; then the
  // last address of `forwarded_for` (read from the right) that is not a
  // trusted proxy. A malformed entry stops the walk at the hop before it.
  std::string client(const std::string& peer, const std::string& forwarded_for) const;

 private:
  struct Net {
    std::string address;  // normalised
    unsigned prefix = 0;  // bits; the full length for a single address
  };
  std::vector<Net> nets_;
};

}  // namespace bd::http
