// What the register pages share: choice lists as <select> options, a
// unit chooser, ISO dates shown as dd/mm/yyyy.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "core/ids.h"
#include "core/registry.h"
#include "http/router.h"

namespace bd::http::pages {

// [{value, label, selected}] in the page's language.
inline nlohmann::json choice_options(const Ctx& c, const std::vector<Choice>& choices, const std::string& selected) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& ch : choices)
    out.push_back({{"value", std::string(ch.code)},
                   {"label", std::string(c.locale == "en" ? ch.en : ch.vi)},
                   {"selected", ch.code == selected}});
  return out;
}

inline std::string choice_label(const Ctx& c, const std::vector<Choice>& choices, const std::string& code) {
  return std::string(c.locale == "en" ? choice_en(choices, code) : choice_vi(choices, code));
}

// "2025-09-01" → "01/09/2025"; "" stays "".
inline std::string vi_date(const std::string& iso_date) {
  auto d = parse_date(iso_date);
  return d ? format_vi(*d) : iso_date;
}

// A positive id from the path, or 0 (which finds nothing).
inline int64_t to_id(const std::string& s) { return parse_id(s).value_or(0); }

}  // namespace bd::http::pages
