// Data value sets as other systems exchange them, read and written in four
// formats (written from the public specifications):
//  - DHIS2 dataValueSets JSON: {"dataSet","period","orgUnit","completeDate",
//    "dataValues":[{"dataElement","period","orgUnit","categoryOptionCombo",
//    "attributeOptionCombo","value","storedBy","lastUpdated","comment",
//    "followup"}]}; set-level period and orgUnit fill values that omit them.
//  - DHIS2 dataValueSets CSV: columns dataelement, period, orgunit,
//    catoptcombo, attroptcombo, value, storedby, lastupdated, comment,
//    followup, in that order; the header row is optional and its names are
//    not read.
//  - DHIS2 dataValueSets XML (namespace http://dhis2.org/schema/dxf/2.0),
//    values as attributes.
//  - IHE ADX (namespace urn:ihe:qrph:adx:2015): adx/group[@orgUnit,@period,
//    @dataSet]/dataValue[@dataElement,@value], each disaggregation an
//    attribute of dataValue (SEX="FEMALE"), periods in ISO 8601
//    start/duration, text values in <annotation>.
// Identifiers are kept as written: the caller maps them (app/interop/).
// Periods are handed on as our codes ("2025S1") when an ADX period is one of
// ours, else as written.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"

namespace bd::documents {

enum class ExchangeFormat { kJson, kCsv, kXml, kAdx };

// "application/json", "text/csv", "application/xml" or "text/xml",
// "application/adx+xml" (parameters such as charset ignored).
std::optional<ExchangeFormat> format_of_content_type(std::string_view content_type);
// "json", "csv", "xml", "adx" (a file's extension, or the `format` parameter).
std::optional<ExchangeFormat> format_of_name(std::string_view name);
// A file's format from its name (the extension, any case) and, for ".xml",
// its first bytes: the ADX namespace makes it ADX, otherwise DHIS2 XML.
std::optional<ExchangeFormat> format_of_file(std::string_view filename, std::string_view bytes);
std::string_view content_type_of(ExchangeFormat f);  // with "; charset=utf-8"
std::string_view extension_of(ExchangeFormat f);     // "json", "csv", "xml", "adx.xml"

struct ExchangeValue {
  std::string data_set;  // ADX: the group's; others: the set's
  std::string data_element, period, org_unit;
  std::string category_option_combo, attribute_option_combo;
  // ADX: the disaggregation attributes of the dataValue, in order.
  std::vector<std::pair<std::string, std::string>> disaggregation;
  std::string value;             // as written
  std::optional<double> number;  // JSON: the value came as a number
  std::string comment, stored_by, last_updated;
  bool followup = false;
};

struct ValueSetHeader {
  std::string data_set, period, org_unit, complete_date;
  std::string exported;  // ADX writing: when (ISO 8601 date-time)
};

struct ParsedValueSet {
  ValueSetHeader header;
  std::vector<ExchangeValue> values;  // in file order: index i is conflict index i
};

inline constexpr std::size_t kMaxExchangeValues = 2'000'000;

// Reads a whole file. A file that is not well formed (truncated, not UTF-8,
// another encoding declared, a DOCTYPE, the wrong root or namespace, more
// than kMaxExchangeValues values) is a BadRequest naming what is wrong, in
// Vietnamese; nothing is read from it.
Result<ParsedValueSet> read_value_set(std::string_view bytes, ExchangeFormat format);

// Writes values as they come, in constant memory. ADX starts a new group
// whenever the unit, period or data set changes from the value before.
// Text values that a spreadsheet would run as a formula (starting with =, +,
// -, @, tab or carriage return) are written to CSV behind a ', which the CSV
// reader takes off again.
class ValueSetWriter {
 public:
  virtual ~ValueSetWriter() = default;
  virtual void add(const ExchangeValue& v) = 0;
  virtual void finish() = 0;  // closes the document; call once
};
std::unique_ptr<ValueSetWriter> value_set_writer(ExchangeFormat format, std::ostream& out,
                                                 const ValueSetHeader& header);

// A number as the exchange formats write it: "12", "2.5", "-0.125" (shortest
// form that reads back to the same double; no grouping, a decimal point).
std::string exchange_number(double v);
// Reads exchange_number's form back (and "1e3"-free plain decimals only).
std::optional<double> parse_exchange_number(std::string_view s);

}  // namespace bd::documents
