// The plan editor's form: field names that mirror the content's outline
// ("objectives.0.targets.1.value"), their conversion to plan content, and the
// outline operations (add, remove, move up/down) applied to typed content, so
// restructuring never loses what was typed.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace bd::http::pages {

// Plan content from the editor's fields. Integer and number fields are
// converted when they parse ("40,5" → 40.5) and kept as typed otherwise, so
// normalisation names the field; list fields typed one per line are split;
// empty numbers are dropped. Array items come in index order, gaps closed.
nlohmann::json plan_from_form(const std::multimap<std::string, std::string>& form);

// Applies an outline operation named by the editor's button:
// "add:objectives", "add:objectives.0.targets", "remove:tasks.2",
// "up:schedule.3", "down:duties.0". Unknown or out-of-range: BadRequest.
Status apply_outline_op(nlohmann::json& content, std::string_view op);

// A content path as people read it: "objectives[0].targets[1].value" →
// "Mức chỉ tiêu (mục tiêu 1, chỉ tiêu 2)". Unknown parts are kept.
std::string field_label_vi(std::string_view path);

// The lists the editor can restructure, as paths of content.
bool is_outline_list(std::string_view path);

}  // namespace bd::http::pages
