#include "app/phrasing.h"

#include <algorithm>
#include <cmath>

#include "core/indicator.h"

namespace bd::app {

std::string name_list(const std::vector<std::string>& names, size_t max, const std::string& others) {
  std::string out;
  const size_t shown = std::min(names.size(), max);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += (i + 1 == shown && shown == names.size()) ? " và " : ", ";
    out += names[i];
  }
  if (names.size() > shown) out += " và " + std::to_string(names.size() - shown) + " " + others;
  return out;
}

std::string count_of(long long n, const std::string& noun, const std::string& none) {
  if (n == 0 && !none.empty()) return none;
  return format_number_vi(static_cast<double>(n), 0) + " " + noun;
}

std::string difference(double d, const std::string& unit) {
  const double a = std::fabs(d);
  if (unit == "percent") return format_number_vi(a, 1) + " điểm phần trăm";
  if (unit == "count") return format_number_vi(a, 0);
  return format_number_vi(a, 2);
}

std::string change_since(double now, double before, const std::string& unit, const std::string& when) {
  const double d = now - before;
  // Equal as shown: a change that rounds to nothing is no change.
  if (difference(d, unit) == difference(0, unit)) return "không đổi so với " + when;
  return std::string(d > 0 ? "tăng " : "giảm ") + difference(d, unit) + " so với " + when;
}

}  // namespace bd::app
