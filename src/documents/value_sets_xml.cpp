// Data value sets in XML: DHIS2's DXF 2 dataValueSet and IHE ADX, read with
// pugixml (no DTD, no entities beyond XML's own) and written as a stream.
#include <pugixml.hpp>

#include <algorithm>
#include <cstring>

#include "core/iso_period.h"
#include "documents/value_sets_internal.h"
#include "documents/xml_escape.h"

namespace bd::documents::detail {
namespace {

constexpr const char* kDxfNs = "http://dhis2.org/schema/dxf/2.0";
constexpr const char* kAdxNs = "urn:ihe:qrph:adx:2015";

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// True when a markup declaration "<!" + `word` (lower case) is in `hay`, in
// any case. The scan looks for "<!" only, with memchr's speed: a file of a
// million values is 74 MB.
bool has_declaration(std::string_view hay, std::string_view word) {
  for (size_t at = hay.find("<!"); at != std::string_view::npos; at = hay.find("<!", at + 2)) {
    const std::string_view rest = hay.substr(at + 2, word.size());
    if (rest.size() == word.size() && std::equal(rest.begin(), rest.end(), word.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
      return true;
  }
  return false;
}

std::string_view local_name(const char* name) {
  const char* colon = std::strchr(name, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(name);
}

// The namespace an element's prefix stands for, declared on it or above.
std::string namespace_of(pugi::xml_node n) {
  const std::string_view name = n.name();
  const size_t colon = name.find(':');
  const std::string attr = colon == std::string_view::npos ? "xmlns" : "xmlns:" + std::string(name.substr(0, colon));
  for (; n; n = n.parent())
    if (auto a = n.attribute(attr.c_str())) return a.value();
  return "";
}

// Refuses what an XML file of values never needs and a hostile one uses: a
// DTD (entity expansion, external entities) and another encoding.
Status check_xml(std::string_view bytes, const char* what) {
  const std::string head = lower(bytes.substr(0, std::min<size_t>(bytes.size(), 4096)));
  if (has_declaration(bytes, "doctype") || has_declaration(bytes, "entity"))
    return Error::BadRequest(std::string("Tệp ") + what +
                                 " có khai báo DOCTYPE hoặc ENTITY; hệ thống không nhận khai báo này.",
                             "file");
  if (head.starts_with("<?xml")) {
    const size_t end = head.find("?>");
    const std::string decl = head.substr(0, end);
    const size_t enc = decl.find("encoding");
    if (enc != std::string::npos && decl.find("utf-8", enc) == std::string::npos &&
        decl.find("utf8", enc) == std::string::npos)
      return Error::BadRequest(std::string("Tệp ") + what +
                                   " khai báo mã ký tự khác UTF-8. Hãy lưu lại tệp với mã UTF-8 rồi gửi lại.",
                               "file");
  }
  return Status::Ok();
}

Result<pugi::xml_node> parse(pugi::xml_document& doc, std::string_view bytes, const char* what, const char* root,
                             const char* ns, bool ns_required) {
  if (Status s = check_xml(bytes, what); !s) return s.error();
  const unsigned options = (pugi::parse_default & ~pugi::parse_wconv_attribute) | pugi::parse_ws_pcdata_single;
  auto r = doc.load_buffer(bytes.data(), bytes.size(), options, pugi::encoding_utf8);
  if (!r)
    return Error::BadRequest(std::string("Tệp ") + what + " không đúng cú pháp XML ở ký tự thứ " +
                                 std::to_string(r.offset + 1) + " (" + r.description() +
                                 "); tệp có thể bị cắt cụt.",
                             "file");
  pugi::xml_node top = doc.document_element();
  const std::string found_ns = namespace_of(top);
  if (local_name(top.name()) != root || (ns_required && found_ns != ns) || (!found_ns.empty() && found_ns != ns))
    return Error::BadRequest(std::string("Tệp ") + what + " phải có phần tử gốc <" + root + "> trong không gian tên " +
                                 ns + ".",
                             "file");
  return top;
}

std::string attr(pugi::xml_node n, const char* name) { return n.attribute(name).value(); }

// An ADX period in our code when it is one of ours ("2025-01-01/P6M" →
// "2025S1"), else as written (the importer names it).
std::string period_code(const std::string& s) {
  if (auto p = parse_iso_period(s)) return p->code();
  return s;
}

// Attribute text: & < > " ' and the white space an XML reader would fold.
std::string attr_text(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    const char c = i < s.size() ? s[i] : '\0';
    if (i < s.size() && c != '\n' && c != '\r' && c != '\t') continue;
    append_xml_escaped(out, s.substr(start, i - start));
    if (c == '\n') out += "&#10;";
    else if (c == '\r') out += "&#13;";
    else if (c == '\t') out += "&#9;";
    start = i + 1;
  }
  return out;
}

void put_attr(std::ostream& out, const char* name, std::string_view value) {
  out << ' ' << name << "=\"" << attr_text(value) << '"';
}

class DxfWriter final : public ValueSetWriter {
 public:
  DxfWriter(std::ostream& out, const ValueSetHeader& h) : out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataValueSet xmlns=\"" << kDxfNs << '"';
    if (!h.data_set.empty()) put_attr(out_, "dataSet", h.data_set);
    out_ << ">\n";
  }
  void add(const ExchangeValue& v) override {
    out_ << "  <dataValue";
    put_attr(out_, "dataElement", v.data_element);
    put_attr(out_, "period", v.period);
    put_attr(out_, "orgUnit", v.org_unit);
    put_attr(out_, "categoryOptionCombo", v.category_option_combo);
    put_attr(out_, "attributeOptionCombo", v.attribute_option_combo);
    put_attr(out_, "value", v.value);
    if (!v.stored_by.empty()) put_attr(out_, "storedBy", v.stored_by);
    if (!v.last_updated.empty()) put_attr(out_, "lastUpdated", v.last_updated);
    if (!v.comment.empty()) put_attr(out_, "comment", v.comment);
    put_attr(out_, "followup", v.followup ? "true" : "false");
    out_ << "/>\n";
  }
  void finish() override { out_ << "</dataValueSet>\n" << std::flush; }

 private:
  std::ostream& out_;
};

class AdxWriter final : public ValueSetWriter {
 public:
  AdxWriter(std::ostream& out, const ValueSetHeader& h) : out_(out) {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<adx xmlns=\"" << kAdxNs << '"';
    put_attr(out_, "exported", h.exported);
    out_ << ">\n";
  }
  void add(const ExchangeValue& v) override {
    if (!open_ || v.org_unit != unit_ || v.period != period_ || v.data_set != data_set_) {
      if (open_) out_ << "  </group>\n";
      unit_ = v.org_unit;
      period_ = v.period;
      data_set_ = v.data_set;
      const auto p = parse_period(v.period);
      out_ << "  <group";
      put_attr(out_, "orgUnit", unit_);
      put_attr(out_, "period", p ? iso_period(*p) : v.period);
      put_attr(out_, "dataSet", data_set_);
      out_ << ">\n";
      open_ = true;
    }
    out_ << "    <dataValue";
    put_attr(out_, "dataElement", v.data_element);
    for (const auto& [name, option] : v.disaggregation) put_attr(out_, name.c_str(), option);
    if (v.number) {
      put_attr(out_, "value", v.value);
      out_ << "/>\n";
    } else {
      std::string text;
      append_xml_escaped(text, v.value);
      out_ << "><annotation>" << text << "</annotation></dataValue>\n";
    }
  }
  void finish() override {
    if (open_) out_ << "  </group>\n";
    out_ << "</adx>\n" << std::flush;
  }

 private:
  std::ostream& out_;
  bool open_ = false;
  std::string unit_, period_, data_set_;
};

}  // namespace

Result<ParsedValueSet> read_dxf(std::string_view bytes) {
  pugi::xml_document doc;
  auto top = parse(doc, bytes, "XML", "dataValueSet", kDxfNs, false);
  if (!top) return top.error();
  ParsedValueSet out;
  out.header.data_set = attr(*top, "dataSet");
  out.header.period = attr(*top, "period");
  out.header.org_unit = attr(*top, "orgUnit");
  out.header.complete_date = attr(*top, "completeDate");
  for (pugi::xml_node n : top->children()) {
    if (n.type() != pugi::node_element || local_name(n.name()) != "dataValue") continue;
    if (out.values.size() >= kMaxExchangeValues) return too_many();
    ExchangeValue v;
    v.data_element = attr(n, "dataElement");
    v.period = attr(n, "period");
    v.org_unit = attr(n, "orgUnit");
    v.category_option_combo = attr(n, "categoryOptionCombo");
    v.attribute_option_combo = attr(n, "attributeOptionCombo");
    v.value = attr(n, "value");
    v.stored_by = attr(n, "storedBy");
    v.last_updated = attr(n, "lastUpdated");
    v.comment = attr(n, "comment");
    v.followup = attr(n, "followup") == "true" || attr(n, "followUp") == "true";
    out.values.push_back(std::move(v));
  }
  return out;
}

Result<ParsedValueSet> read_adx(std::string_view bytes) {
  pugi::xml_document doc;
  auto top = parse(doc, bytes, "ADX", "adx", kAdxNs, true);
  if (!top) return top.error();
  ParsedValueSet out;
  out.header.exported = attr(*top, "exported");
  size_t count = 0;  // reserved first: a value is large, and a million of them are moved once otherwise
  for (pugi::xml_node g : top->children())
    for (pugi::xml_node n : g.children()) count += n.type() == pugi::node_element;
  out.values.reserve(std::min(count, kMaxExchangeValues));
  size_t group_no = 0;
  for (pugi::xml_node g : top->children()) {
    if (g.type() != pugi::node_element || local_name(g.name()) != "group") continue;
    ++group_no;
    ExchangeValue base;
    // Group attributes other than these three are attribute option
    // dimensions (an attribute option combination).
    for (pugi::xml_attribute a : g.attributes()) {
      const std::string_view n = a.name();
      if (n == "orgUnit") base.org_unit = a.value();
      else if (n == "period") base.period = period_code(a.value());
      else if (n == "dataSet") base.data_set = a.value();
      else if (!n.starts_with("xmlns") && n != "completeDate")
        base.attribute_option_combo += (base.attribute_option_combo.empty() ? "" : ";") + std::string(n) + "=" +
                                       a.value();
    }
    if (base.org_unit.empty() || base.period.empty() || base.data_set.empty())
      return Error::BadRequest("Tệp ADX, nhóm <group> thứ " + std::to_string(group_no) +
                                   ": thiếu thuộc tính orgUnit, period hoặc dataSet.",
                               "file");
    for (pugi::xml_node n : g.children()) {
      if (n.type() != pugi::node_element || local_name(n.name()) != "dataValue") continue;
      if (out.values.size() >= kMaxExchangeValues) return too_many();
      ExchangeValue v = base;
      bool has_value = false;
      for (pugi::xml_attribute a : n.attributes()) {
        const std::string_view name = a.name();
        if (name == "dataElement") v.data_element = a.value();
        else if (name == "value") {
          v.value = a.value();
          has_value = true;
        } else if (!name.starts_with("xmlns")) {
          v.disaggregation.emplace_back(std::string(name), a.value());
        }
      }
      const std::string note = n.child("annotation").text().get();
      if (has_value) v.comment = note;
      else v.value = note;
      out.values.push_back(std::move(v));
    }
  }
  return out;
}

std::unique_ptr<ValueSetWriter> dxf_writer(std::ostream& out, const ValueSetHeader& h) {
  return std::make_unique<DxfWriter>(out, h);
}

std::unique_ptr<ValueSetWriter> adx_writer(std::ostream& out, const ValueSetHeader& h) {
  return std::make_unique<AdxWriter>(out, h);
}

}  // namespace bd::documents::detail
