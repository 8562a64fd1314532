// What value_sets.cpp and value_sets_xml.cpp share; not for other files.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "documents/value_sets.h"

namespace bd::documents::detail {

// Takes off a byte-order mark; refuses an empty file or one not in UTF-8.
Status check_text(std::string_view& bytes, const char* what);
Error too_many();
// A text a spreadsheet would run as a formula, behind a ' (and back).
std::string guard_formula(std::string s);
std::string unguard_formula(std::string s);

Result<ParsedValueSet> read_dxf(std::string_view bytes);
Result<ParsedValueSet> read_adx(std::string_view bytes);
std::unique_ptr<ValueSetWriter> dxf_writer(std::ostream& out, const ValueSetHeader& h);
std::unique_ptr<ValueSetWriter> adx_writer(std::ostream& out, const ValueSetHeader& h);

}  // namespace bd::documents::detail
