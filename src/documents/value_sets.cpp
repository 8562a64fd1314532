// Data value sets: format names, numbers, and the JSON and CSV forms (the
// XML forms are in value_sets_xml.cpp).
#include "documents/value_sets.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "documents/value_sets_internal.h"

namespace bd::documents {

std::optional<ExchangeFormat> format_of_content_type(std::string_view ct) {
  std::string base(ct.substr(0, ct.find(';')));
  while (!base.empty() && base.back() == ' ') base.pop_back();
  for (auto& c : base) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (base == "application/json") return ExchangeFormat::kJson;
  if (base == "text/csv" || base == "application/csv") return ExchangeFormat::kCsv;
  if (base == "application/xml" || base == "text/xml") return ExchangeFormat::kXml;
  if (base == "application/adx+xml") return ExchangeFormat::kAdx;
  return std::nullopt;
}

std::optional<ExchangeFormat> format_of_name(std::string_view name) {
  if (name == "json") return ExchangeFormat::kJson;
  if (name == "csv") return ExchangeFormat::kCsv;
  if (name == "xml") return ExchangeFormat::kXml;
  if (name == "adx" || name == "adx.xml") return ExchangeFormat::kAdx;
  return std::nullopt;
}

std::optional<ExchangeFormat> format_of_file(std::string_view filename, std::string_view bytes) {
  const size_t dot = filename.find_last_of('.');
  if (dot == std::string_view::npos) return std::nullopt;
  std::string ext(filename.substr(dot + 1));
  for (auto& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (ext == "xml" && bytes.substr(0, 4096).find("urn:ihe:qrph:adx:2015") != std::string_view::npos)
    return ExchangeFormat::kAdx;
  return format_of_name(ext);
}

std::string_view content_type_of(ExchangeFormat f) {
  switch (f) {
    case ExchangeFormat::kJson: return "application/json; charset=utf-8";
    case ExchangeFormat::kCsv: return "text/csv; charset=utf-8";
    case ExchangeFormat::kXml: return "application/xml; charset=utf-8";
    case ExchangeFormat::kAdx: return "application/adx+xml; charset=utf-8";
  }
  return "application/octet-stream";
}

std::string_view extension_of(ExchangeFormat f) {
  switch (f) {
    case ExchangeFormat::kJson: return "json";
    case ExchangeFormat::kCsv: return "csv";
    case ExchangeFormat::kXml: return "xml";
    case ExchangeFormat::kAdx: return "adx.xml";
  }
  return "bin";
}

std::string exchange_number(double v) {
  if (v == 0) return "0";  // and not "-0"
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest round trip
  std::string s(buf, r.ptr);
  if (s.find('e') == std::string::npos) return s;
  // Exponents are not read back by every system: write the digits out.
  auto f = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  return std::string(buf, f.ptr);
}

std::optional<double> parse_exchange_number(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  size_t digits = 0, dot = 0, after = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      ++digits;
      if (dot) ++after;
    } else if (s[i] == '.' && !dot) {
      dot = 1;
    } else {
      return std::nullopt;
    }
  }
  if (!digits || (dot && !after) || s.front() == '.' || (s.size() > 1 && s[0] == '-' && s[1] == '.'))
    return std::nullopt;
  double v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

namespace detail {

Status check_text(std::string_view& bytes, const char* what) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (bytes.empty()) return Error::BadRequest(std::string("Tệp ") + what + " trống.", "file");
  if (!text::valid_utf8(bytes))
    return Error::BadRequest(std::string("Tệp ") + what +
                                 " không phải mã UTF-8. Hãy lưu lại tệp với mã UTF-8 rồi gửi lại.",
                             "file");
  return Status::Ok();
}

Error too_many() {
  return Error::BadRequest("Tệp có quá " + std::to_string(kMaxExchangeValues) +
                               " giá trị. Hãy chia thành nhiều tệp nhỏ hơn.",
                           "file");
}

}  // namespace detail

namespace {

// ---------------------------------------------------------------- JSON ----
// Read with nlohmann's SAX interface: one pass, no document tree, a JSON
// number kept as a number.
class JsonReader final : public nlohmann::json_sax<nlohmann::json> {
 public:
  ParsedValueSet out;
  std::string problem;

  bool null() override { return scalar("", std::nullopt); }
  bool boolean(bool b) override { return scalar(b ? "true" : "false", std::nullopt); }
  bool number_integer(number_integer_t v) override { return scalar(std::to_string(v), static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(std::to_string(v), static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t& s) override {
    if (!std::isfinite(v)) return fail("số \"" + s + "\" quá lớn");
    return scalar(s, v);
  }
  bool string(string_t& s) override { return scalar(s, std::nullopt, true); }
  bool binary(binary_t&) override { return fail("có dữ liệu nhị phân"); }
  bool start_object(std::size_t) override {
    ++depth_;
    if (depth_ == 1) return true;
    if (depth_ == 3 && in_values_) {
      if (out.values.size() >= kMaxExchangeValues) return fail("quá nhiều giá trị");
      out.values.emplace_back();
      return true;
    }
    return skip_open();
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override {
    ++depth_;
    if (depth_ == 2 && key_ == "dataValues") {
      in_values_ = true;
      return true;
    }
    return skip_open();
  }
  bool end_array() override {
    if (depth_ == 2) in_values_ = false;
    --depth_;
    return true;
  }
  bool key(string_t& k) override {
    key_ = k;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    if (ex.id == 406) return fail("có số quá lớn ở ký tự thứ " + std::to_string(position));
    return fail(position > 0 ? "không đúng cú pháp JSON ở ký tự thứ " + std::to_string(position) +
                                   " (tệp bị cắt cụt hoặc sai dấu)"
                             : "không đúng cú pháp JSON");
  }

 private:
  bool fail(std::string why) {
    if (problem.empty()) problem = std::move(why);
    return false;
  }
  // Objects and arrays we do not read (a DHIS2 export's extra fields) are
  // passed over, but not nested values of a data value.
  bool skip_open() {
    if (depth_ == 1) return fail("phải là một đối tượng JSON {…}");
    if (depth_ >= 3 && in_values_ && depth_ <= 4) return fail("giá trị thứ " + std::to_string(out.values.size()) +
                                                              " có trường \"" + key_ + "\" không phải là chữ hay số");
    return depth_ < 64 ? true : fail("lồng nhau quá sâu");
  }
  bool scalar(const std::string& s, std::optional<double> number, bool is_string = false) {
    if (depth_ == 0) return fail("phải là một đối tượng JSON {…}");
    if (depth_ == 1) {
      if (key_ == "dataSet") out.header.data_set = s;
      else if (key_ == "period") out.header.period = s;
      else if (key_ == "orgUnit") out.header.org_unit = s;
      else if (key_ == "completeDate") out.header.complete_date = s;
      else if (key_ == "dataValues") return fail("\"dataValues\" phải là một mảng");
      return true;
    }
    if (depth_ == 2 && in_values_) return fail("\"dataValues\" phải là một mảng các đối tượng {…}");
    if (depth_ != 3 || !in_values_) return true;
    ExchangeValue& v = out.values.back();
    if (key_ == "value") {
      v.value = s;
      if (!is_string) v.number = number;
    } else if (key_ == "dataElement") v.data_element = s;
    else if (key_ == "period") v.period = s;
    else if (key_ == "orgUnit") v.org_unit = s;
    else if (key_ == "categoryOptionCombo") v.category_option_combo = s;
    else if (key_ == "attributeOptionCombo") v.attribute_option_combo = s;
    else if (key_ == "comment") v.comment = s;
    else if (key_ == "storedBy") v.stored_by = s;
    else if (key_ == "lastUpdated") v.last_updated = s;
    else if (key_ == "followup" || key_ == "followUp") v.followup = s == "true";
    return true;
  }
  int depth_ = 0;
  bool in_values_ = false;
  std::string key_;
};

Result<ParsedValueSet> read_json(std::string_view bytes) {
  JsonReader r;
  // A data value takes 60 bytes or more of JSON: room for all of them at
  // once, so the list is never copied as it grows. Pages never written are
  // never touched.
  r.out.values.reserve(std::min(bytes.size() / 60 + 1, kMaxExchangeValues));
  bool ok = false;
  try {
    ok = nlohmann::json::sax_parse(bytes, &r);
  } catch (const std::exception&) {
    ok = false;
  }
  if (!ok)
    return Error::BadRequest("Tệp JSON " + (r.problem.empty() ? std::string("không đọc được") : r.problem) + ".",
                             "file");
  return std::move(r.out);
}

// ----------------------------------------------------------------- CSV ----
// RFC 4180: fields separated by ',', quoted with '"' (doubled inside), rows
// ended by CRLF or LF.
Result<std::vector<std::vector<std::string>>> csv_rows(std::string_view s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, was_quoted = false;
  size_t line = 1;
  auto end_row = [&] {
    row.push_back(std::move(field));
    field.clear();
    if (!(row.size() == 1 && row[0].empty() && !was_quoted)) rows.push_back(std::move(row));
    row.clear();
    was_quoted = false;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < s.size() && s[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"' && field.empty()) {
      quoted = was_quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      end_row();
      ++line;
      if (rows.size() > kMaxExchangeValues + 1) return detail::too_many();
    } else {
      field += c;
    }
  }
  if (quoted)
    return Error::BadRequest("Tệp CSV bị cắt cụt: dấu \" mở ở dòng " + std::to_string(line) + " không được đóng.",
                             "file");
  if (!field.empty() || !row.empty()) end_row();
  return rows;
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

Result<ParsedValueSet> read_csv(std::string_view bytes) {
  auto rows = csv_rows(bytes);
  if (!rows) return rows.error();
  ParsedValueSet out;
  size_t first = 0;
  // A header row is told from data by its period column: every period has a
  // digit, no column name has one.
  if (!rows->empty() && rows->front().size() >= 2 && !has_digit(rows->front()[1])) first = 1;
  if (rows->size() - first > kMaxExchangeValues) return detail::too_many();
  out.values.reserve(rows->size() - first);
  for (size_t i = first; i < rows->size(); ++i) {
    auto& r = (*rows)[i];
    if (r.size() < 6)
      return Error::BadRequest("Tệp CSV, dòng " + std::to_string(i + 1) + ": có " + std::to_string(r.size()) +
                                   " cột, cần ít nhất 6 (dataelement, period, orgunit, catoptcombo, attroptcombo, "
                                   "value).",
                               "file");
    r.resize(10);
    ExchangeValue v;
    v.data_element = std::move(r[0]);
    v.period = std::move(r[1]);
    v.org_unit = std::move(r[2]);
    v.category_option_combo = std::move(r[3]);
    v.attribute_option_combo = std::move(r[4]);
    v.value = detail::unguard_formula(std::move(r[5]));
    v.stored_by = std::move(r[6]);
    v.last_updated = std::move(r[7]);
    v.comment = detail::unguard_formula(std::move(r[8]));
    v.followup = r[9] == "true";
    out.values.push_back(std::move(v));
  }
  return out;
}

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

class CsvWriter final : public ValueSetWriter {
 public:
  explicit CsvWriter(std::ostream& out) : out_(out) {
    out_ << "dataelement,period,orgunit,catoptcombo,attroptcombo,value,storedby,lastupdated,comment,followup\r\n";
  }
  void add(const ExchangeValue& v) override {
    out_ << csv_field(v.data_element) << ',' << csv_field(v.period) << ',' << csv_field(v.org_unit) << ','
         << csv_field(v.category_option_combo) << ',' << csv_field(v.attribute_option_combo) << ','
         << csv_field(v.number ? v.value : detail::guard_formula(v.value)) << ',' << csv_field(v.stored_by) << ','
         << csv_field(v.last_updated) << ',' << csv_field(detail::guard_formula(v.comment)) << ','
         << (v.followup ? "true" : "false") << "\r\n";
  }
  void finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

class JsonWriter final : public ValueSetWriter {
 public:
  JsonWriter(std::ostream& out, const ValueSetHeader& h) : out_(out) {
    out_ << '{';
    if (!h.data_set.empty()) out_ << "\"dataSet\":" << nlohmann::json(h.data_set).dump() << ',';
    out_ << "\"dataValues\":[";
  }
  void add(const ExchangeValue& v) override {
    nlohmann::ordered_json j{{"dataElement", v.data_element},
                             {"period", v.period},
                             {"orgUnit", v.org_unit},
                             {"categoryOptionCombo", v.category_option_combo},
                             {"attributeOptionCombo", v.attribute_option_combo},
                             {"value", v.value}};
    if (!v.stored_by.empty()) j["storedBy"] = v.stored_by;
    if (!v.last_updated.empty()) j["lastUpdated"] = v.last_updated;
    if (!v.comment.empty()) j["comment"] = v.comment;
    j["followup"] = v.followup;
    out_ << (first_ ? "\n" : ",\n") << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    first_ = false;
  }
  void finish() override { out_ << "\n]}\n" << std::flush; }

 private:
  std::ostream& out_;
  bool first_ = true;
};

}  // namespace

namespace detail {

std::string guard_formula(std::string s) {
  if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos) return "'" + s;
  return s;
}

std::string unguard_formula(std::string s) {
  if (s.size() >= 2 && s[0] == '\'' && std::string_view("=+-@\t\r").find(s[1]) != std::string_view::npos)
    return s.substr(1);
  return s;
}

}  // namespace detail

Result<ParsedValueSet> read_value_set(std::string_view bytes, ExchangeFormat format) {
  static const char* kNames[] = {"JSON", "CSV", "XML", "ADX"};
  if (Status s = detail::check_text(bytes, kNames[static_cast<int>(format)]); !s) return s.error();
  switch (format) {
    case ExchangeFormat::kJson: return read_json(bytes);
    case ExchangeFormat::kCsv: return read_csv(bytes);
    case ExchangeFormat::kXml: return detail::read_dxf(bytes);
    case ExchangeFormat::kAdx: return detail::read_adx(bytes);
  }
  return Error::BadRequest("Định dạng tệp không được hỗ trợ.", "format");
}

std::unique_ptr<ValueSetWriter> value_set_writer(ExchangeFormat format, std::ostream& out,
                                                 const ValueSetHeader& header) {
  switch (format) {
    case ExchangeFormat::kJson: return std::make_unique<JsonWriter>(out, header);
    case ExchangeFormat::kCsv: return std::make_unique<CsvWriter>(out);
    case ExchangeFormat::kXml: return detail::dxf_writer(out, header);
    case ExchangeFormat::kAdx: return detail::adx_writer(out, header);
  }
  return nullptr;
}

}  // namespace bd::documents
