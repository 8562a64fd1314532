#include "http/client_address.h"

#include <Poco/Net/IPAddress.h>

#include <optional>

namespace bd::http {
namespace {

std::optional<Poco::Net::IPAddress> ip(const std::string& text) {
  Poco::Net::IPAddress a;
  if (text.empty() || !Poco::Net::IPAddress::tryParse(text, a)) return std::nullopt;
  return a;
}

std::string trim(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Result<TrustedProxies> TrustedProxies::parse(const std::vector<std::string>& entries) {
  TrustedProxies out;
  for (const auto& raw : entries) {
    const std::string entry = trim(raw);
    const size_t slash = entry.find('/');
    auto a = ip(entry.substr(0, slash));
    const unsigned bits = a && a->family() == Poco::Net::IPAddress::IPv6 ? 128 : 32;
    unsigned prefix = bits;
    if (a && slash != std::string::npos) {
      const std::string p = entry.substr(slash + 1);
      if (p.empty() || p.size() > 3 || p.find_first_not_of("0123456789") != std::string::npos || std::stoul(p) > bits)
        a.reset();
      else
        prefix = static_cast<unsigned>(std::stoul(p));
    }
    if (!a)
      return Error::BadRequest("Proxy tin cậy \"" + entry + "\" không phải là địa chỉ IP hay dải mạng (ví dụ 10.0.0.5 hoặc 10.0.0.0/8).",
                               "trusted_proxy");
    out.nets_.push_back({a->toString(), prefix});
  }
  return out;
}

bool TrustedProxies::trusts(const std::string& address) const {
  auto a = ip(address);
  if (!a) return false;
  for (const auto& n : nets_) {
    auto net = ip(n.address);
    if (!net || net->family() != a->family()) continue;
    const Poco::Net::IPAddress mask(n.prefix, a->family());
    if ((*a & mask) == (*net & mask)) return true;
  }
  return false;
}

std::string TrustedProxies::client(const std::string& peer, const std::string& forwarded_for) const {
  if (!trusts(peer)) return peer;
  std::string client = peer;
  std::vector<std::string> hops;
  size_t start = 0;
  while (start <= forwarded_for.size()) {
    const size_t comma = forwarded_for.find(',', start);
    hops.push_back(trim(forwarded_for.substr(start, comma - start)));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  for (auto it = hops.rbegin(); it != hops.rend(); ++it) {
    auto a = ip(*it);
    if (!a) break;
    client = a->toString();
    if (!trusts(client)) break;
  }
  return client;
}

}  // namespace bd::http
