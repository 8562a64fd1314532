// parse_period on any text. A parsed period prints back to a code that
// parses to the same period, its days run from start() to end() inside it,
// and next()/previous()/parent() stay consistent.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/period.h"

namespace {
void require(bool ok) {
  if (!ok) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto p = bd::parse_period(text);
  bd::parse_period_type(text);
  if (!p) return 0;
  const std::string code = p->code();
  const auto again = bd::parse_period(code);
  require(again && *again == *p && again->code() == code);
  require(!p->label_vi().empty() && !p->label_en().empty());
  require(p->start() <= p->end() && p->contains(*p));
  require(p->next().previous() == *p && p->previous().next() == *p);
  require(p->end() < p->next().start());
  if (auto up = p->parent()) require(up->contains(*p) && *up != *p);
  require(bd::period_of(p->type, p->start()) == *p && bd::period_of(p->type, p->end()) == *p);
  return 0;
}
