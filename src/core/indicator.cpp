#include "core/indicator.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace bd {

bool valid_indicator_unit(std::string_view unit) {
  return unit == "percent" || unit == "per100" || unit == "ratio" || unit == "count";
}

// Rounds half away from zero on the shortest decimal that reads back as `v`
// (what people typed or Excel shows: 0.25 -> "0,3", 6.25 -> "6,3"), not on the
// binary double, which would give "0,2" or round half to even.
std::string format_number_vi(double v, int decimals) {
  if (decimals < 0) decimals = 0;
  char buf[512];
  std::string s;
  if (auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::fixed); r.ec == std::errc()) {
    s.assign(buf, r.ptr);
  } else {  // not finite, or too long for the buffer
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    s = buf;
  }
  std::string frac;
  if (auto dot = s.find('.'); dot != std::string::npos) {
    frac = s.substr(dot + 1);
    s.resize(dot);
  }
  if (frac.size() > static_cast<size_t>(decimals)) {
    const bool up = frac[decimals] >= '5';
    frac.resize(decimals);
    if (up) {  // add one unit in the last kept place, carrying leftwards
      std::string digits = s + frac;
      int i = static_cast<int>(digits.size()) - 1;
      for (; i >= 0 && digits[i] == '9'; --i) digits[i] = '0';
      if (i >= 0) digits[i] = static_cast<char>(digits[i] + 1);
      else digits.insert(digits.begin(), '1');
      s = digits.substr(0, digits.size() - frac.size());
      frac = digits.substr(digits.size() - frac.size());
    }
  }
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  std::string grouped;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) grouped += '.';
    grouped += s[i];
  }
  const bool negative = v < 0 && (grouped != "0" || !frac.empty());
  return (negative ? "-" : "") + grouped + (frac.empty() ? "" : "," + frac);
}

std::string format_indicator_value(double v, std::string_view unit) {
  if (unit == "percent") return format_number_vi(v, 1) + "%";
  if (unit == "count") return format_number_vi(v, 0);
  return format_number_vi(v, 2);
}

}  // namespace bd
