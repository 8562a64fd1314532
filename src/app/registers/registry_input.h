// Normalising and checking the fields of register entries (committee,
// commendations, inspections, services, incidents). Every error is a
// Vietnamese validation message naming the field by its label.
#pragma once

#include <string>
#include <vector>

#include "core/dates.h"
#include "core/registry.h"
#include "core/result.h"

namespace bd::app {

// Cleans `value` (NFC, trimmed) and checks its length; `label` names the
// field in the message, e.g. "Họ và tên".
Status text_field(std::string& value, const char* field, const char* label, size_t max_len, bool required);
// Parses "dd/mm/yyyy" or "yyyy-mm-dd" and rewrites `value` as ISO.
Status date_field(std::string& value, const char* field, const char* label, bool required);
// `value` must be one of the codes.
Status choice_field(const std::string& value, const std::vector<Choice>& choices, const char* field,
                    const char* label);
// Digits with spaces, dots, dashes or a leading '+', 3 to 20 characters.
Status phone_field(std::string& value, const char* field, bool required);

// Today in Vietnam (UTC+7) from Unix seconds.
Date vietnam_today(int64_t unix_now);

}  // namespace bd::app
