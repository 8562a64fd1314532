#include "app/data/datavalues.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "app/access.h"
#include "app/audit.h"
#include "app/data/sheet_rules.h"
#include "core/indicator.h"
#include "core/numbers.h"
#include "core/text.h"

namespace bd::app {
namespace {

constexpr size_t kMaxText = 2000;

std::string cell_name(const DataElement& e, const std::string& option) {
  if (option.empty()) return e.name_vi;
  const Category* c = find_category(e.category);
  const int i = c ? option_index(*c, option) : -1;
  return e.name_vi + " (" + (i >= 0 ? c->options[i].name_vi : option) + ")";
}

// One unit and period of the batch: what is stored, the sheet the rules
// read (stored values with the batch laid on top), which value of the batch
// holds each cell, and the cells the batch names (a cell named twice is a
// mistake).
struct Cell {
  const OrgUnit* org = nullptr;
  const std::string* period = nullptr;  // its code
  std::map<std::pair<int64_t, std::string>, StoredValue> stored;
  Sheet sheet;
  std::map<SheetKey, size_t> fields;
  std::map<SheetKey, size_t> named;
  std::vector<size_t> checked;  // its values that passed their checks (places in `ok`)
  // Its audit record: the values the batch changes, before and after, as
  // the bodies of two JSON objects keyed "element" or "element.option".
  std::string before, after;
};
using CellKey = std::pair<int64_t, std::string>;  // unit id, period code

// A value that passed its own checks. The element and cell point into the
// batch's lookups, which outlive it; `index` is its place in the batch.
struct Checked {
  const ValueInput* in = nullptr;
  const DataElement* element = nullptr;
  Cell* cell = nullptr;
  SheetKey key;
  std::optional<double> number;
  std::string text;
  bool erase = false;
  size_t index = 0;
};

std::string field_of(size_t index) { return "values[" + std::to_string(index) + "]"; }

// A JSON string: quotes, backslashes and control characters escaped, the
// rest (UTF-8) as it is.
void append_json_string(std::string& out, const std::string& s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c < 0x20) {
      out.append("\\u00").push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back('"');
}

// A value as its audit record shows it: a number in the shortest form that
// reads back exactly, text as a string, no value as null.
void append_json_value(std::string& out, const StoredValue* s) {
  if (!s) {
    out.append("null");
  } else if (s->number) {
    char buf[32];
    out.append(buf, std::to_chars(buf, buf + sizeof buf, *s->number).ptr);
  } else {
    append_json_string(out, s->text);
  }
}

// One change of the batch, added to its unit and period's audit record.
void add_change(Cell& cell, const DataElement& e, const std::string& option, const StoredValue* old,
                const StoredValue* now) {
  for (auto [json, value] : {std::pair{&cell.before, old}, std::pair{&cell.after, now}}) {
    json->push_back(json->empty() ? '{' : ',');
    append_json_string(*json, option.empty() ? e.code : e.code + "." + option);
    json->push_back(':');
    append_json_value(*json, value);
  }
}

// Audit records are written this many at a time.
constexpr size_t kAuditChunk = 1000;

}  // namespace

Result<double> parse_value(ValueType type, const std::string& raw) {
  std::string s = text::clean(raw);
  if (type == ValueType::kBoolean) {
    const std::string f = text::fold(s);
    if (f == "true" || f == "1" || f == "co" || f == "yes") return 1.0;
    if (f == "false" || f == "0" || f == "khong" || f == "no") return 0.0;
    return Error::Validation("phải là Có hoặc Không");
  }
  auto v = type == ValueType::kCount ? parse_vi_whole(s) : parse_vi_number(s);
  if (!v) return v.error();
  return check_value(type, *v);
}

Result<double> check_value(ValueType type, double v) {
  if (!std::isfinite(v)) return Error::Validation("không phải là số");
  if (type == ValueType::kBoolean) {
    if (v != 0 && v != 1) return Error::Validation("phải là Có hoặc Không (true/false)");
    return v;
  }
  if (type == ValueType::kCount) {
    if (v < 0) return Error::Validation("không được âm");
    if (v != std::floor(v)) return Error::Validation("phải là số nguyên");
    if (v > 1e9) return Error::Validation("quá lớn");
  }
  return v;
}

std::set<std::pair<int64_t, std::string>> locked_cells(storage::Tx& tx,
                                                       const std::vector<std::pair<int64_t, std::string>>& cells) {
  std::map<std::string, std::vector<int64_t>> units_of;  // period → units
  for (const auto& [org, period] : cells) units_of[period].push_back(org);
  std::set<std::pair<int64_t, std::string>> out;
  for (const auto& [period, units] : units_of)
    for (int64_t org : tx.locked_among(units, period)) out.emplace(org, period);
  return out;
}

Result<int> DataValues::save(const Actor& a, const std::vector<ValueInput>& values) {
  SaveOutcome out;
  Status st = store_.write(
      [&](storage::Tx& tx) { return save_in(tx, a, values, SaveStrategy::kCreateAndUpdate, out); });
  if (!st) return st.error();
  applied(out);  // after commit: a rolled-back write never shows
  return out.changed();
}

Status DataValues::save_in(storage::Tx& tx, const Actor& a, const std::vector<ValueInput>& values,
                           SaveStrategy strategy, SaveOutcome& out, size_t max_values) {
  if (values.empty()) return Error::BadRequest("Không có số liệu nào để lưu.", "values");
  if (values.size() > max_values)
    return Error::BadRequest("Mỗi lần lưu tối đa " + std::to_string(max_values) + " giá trị.", "values");
  Error invalid = Error::Validation("Số liệu chưa hợp lệ; chưa lưu giá trị nào.", "values");
  const SheetRules rules(tx.validation_rules(), analytics_.elements());
  // Looked up once per code in the batch.
  std::unordered_map<std::string, std::optional<DataElement>> elements;
  std::unordered_map<std::string, std::optional<OrgUnit>> orgs;
  {  // every unit of the batch in a few statements, not one each
    std::vector<std::string> codes;
    for (const auto& in : values)
      if (codes.empty() || codes.back() != in.org) codes.push_back(in.org);
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const auto& c : codes) orgs.emplace(c, std::nullopt);
    for (auto& u : tx.orgs_by_codes(codes)) orgs[u.code] = std::move(u);
  }
  std::unordered_map<std::string, std::optional<std::pair<Period, std::string>>> periods;  // and its code
  std::map<CellKey, Cell> cells;
  std::map<CellKey, size_t> first_of;  // each cell's first value, for a lock
  Cell* last = nullptr;                // a batch names a cell's values together
  std::vector<Checked> ok;
  ok.reserve(values.size());
  for (size_t i = 0; i < values.size(); ++i) {
    const ValueInput& in = values[i];
    auto fail = [&](const std::string& msg) { invalid.details.emplace_back(field_of(i), msg); };
    auto found_element = elements.find(in.element);
    if (found_element == elements.end())
      found_element = elements.emplace(in.element, analytics_.element_by_code(in.element)).first;
    const std::optional<DataElement>& element = found_element->second;
    if (!element) {
      fail("Không có chỉ tiêu số liệu mã \"" + in.element + "\".");
      continue;
    }
    const auto key = rules.key(element->id, in.option);
    if (!key) {
      fail(element->by_sex() ? element->name_vi + ": cần ghi rõ nữ (female) hoặc nam (male)."
                             : element->name_vi + ": chỉ tiêu này không chia theo giới tính.");
      continue;
    }
    auto found_org = orgs.find(in.org);
    if (found_org == orgs.end()) found_org = orgs.emplace(in.org, tx.org_by_code(in.org)).first;
    const std::optional<OrgUnit>& org = found_org->second;
    if (!org) {
      fail("Không tìm thấy đơn vị mã \"" + in.org + "\".");
      continue;
    }
    if (Status s = can_enter_data(a, *org); !s) return s;
    auto found_period = periods.find(in.period);
    if (found_period == periods.end()) {
      auto p = parse_period(in.period);
      found_period = periods.emplace(in.period, p ? std::make_optional(std::make_pair(*p, p->code())) : std::nullopt).first;
    }
    if (!found_period->second) {
      fail("Kỳ \"" + in.period + "\" không hợp lệ (ví dụ 2025, 2025S1, 2025Q3, 202503, 2025Sep).");
      continue;
    }
    const auto& [period, code] = *found_period->second;
    if (org->is_closed() && org->closed < iso(period.start()))
      fail(org->name + " đã đóng từ " + format_vi(*parse_date(org->closed)) + ".");
    if (!last || last->org->id != org->id || *last->period != code) {
      auto [it, fresh] = cells.try_emplace(CellKey{org->id, code});
      last = &it->second;
      if (fresh) {
        last->org = &*org;
        last->period = &it->first.second;
        first_of.emplace(it->first, i);  // its lock is read below, a period at a time
      }
    }
    if (!last->named.emplace(*key, i).second) fail(cell_name(*element, in.option) + ": giá trị bị gửi hai lần.");
    Checked c{&in, &*element, last, *key, std::nullopt, "", false, i};
    static const std::string kNone;
    const std::string& raw = in.value ? *in.value : kNone;
    if (strategy == SaveStrategy::kDelete || (!in.number && text::clean(raw).empty())) {
      c.erase = true;
    } else if (element->value_type == ValueType::kText) {
      c.text = text::clean(raw);
      if (text::length(c.text) > kMaxText) fail(cell_name(*element, in.option) + ": dài quá 2000 ký tự.");
    } else {
      auto v = in.number ? check_value(element->value_type, *in.number) : parse_value(element->value_type, raw);
      if (!v) {
        fail(org->name + ", " + cell_name(*element, in.option) + ": \"" + raw + "\" " + v.error().message + ".");
        continue;
      }
      c.number = *v;
    }
    last->checked.push_back(ok.size());
    ok.push_back(std::move(c));
  }
  // A value for a unit and period an approved report has locked refuses the
  // whole batch.
  {
    std::vector<CellKey> touched;
    touched.reserve(first_of.size());
    for (const auto& [key, i] : first_of) touched.push_back(key);
    std::optional<size_t> first_locked;
    for (const auto& key : locked_cells(tx, touched))
      if (size_t i = first_of.at(key); !first_locked || i < *first_locked) first_locked = i;
    if (first_locked) {
      const ValueInput& in = values[*first_locked];
      return Error::Conflict(orgs.at(in.org)->name + ", " + periods.at(in.period)->first.label_vi() +
                                 ": báo cáo đã được phê duyệt nên số liệu bị khóa. Đề nghị cấp trên mở lại nếu cần sửa.",
                             field_of(*first_locked));
    }
  }
  // Rules between values of the same unit and period, over the batch laid on
  // top of what is stored; what is stored is read a period at a time.
  {
    std::map<std::string, std::vector<int64_t>> units_of;  // period → units
    for (const auto& [key, cell] : cells) units_of[key.second].push_back(key.first);
    for (const auto& [period, units] : units_of)
      for (auto& v : tx.values_of_units(units, period)) {
        Cell& cell = cells.at(CellKey{v.org_id, period});
        if (auto k = rules.key(v.element_id, v.option); k && v.number) cell.sheet[*k] = *v.number;
        cell.stored.emplace(std::make_pair(v.element_id, v.option), std::move(v));
      }
  }
  for (const auto& c : ok) {
    if (c.erase || !c.number) c.cell->sheet.erase(c.key);
    else c.cell->sheet[c.key] = *c.number;
    c.cell->fields[c.key] = c.index;
  }
  for (const auto& [key, cell] : cells) {
    if (cell.fields.empty()) continue;  // none of its values was accepted: nothing to check it against
    for (const BrokenRule& b : rules.broken(cell.sheet)) {
      const auto& fields = cell.fields;
      auto f = fields.find(b.field);
      // A rule on the total names the first of its values in the batch.
      if (f == fields.end() && b.option.empty()) {
        f = fields.lower_bound({b.field.first, INT_MIN});
        if (f != fields.end() && f->first.first != b.field.first) f = fields.end();
      }
      const std::string sex = b.option == "female" ? " (nữ)" : b.option == "male" ? " (nam)" : "";
      invalid.details.emplace_back(f != fields.end() ? field_of(f->second) : "values",
                                   cell.org->name + ", " + parse_period(key.second)->label_vi() + ": " +
                                       b.rule->message_vi + sex + " (" + format_number_vi(b.left, 2) + " so với " +
                                       format_number_vi(b.right, 2) + ").");
    }
  }
  if (!invalid.details.empty()) {
    invalid.message = invalid.details.size() == 1
                          ? invalid.details[0].second
                          : "Có " + std::to_string(invalid.details.size()) + " lỗi trong số liệu; chưa lưu giá trị nào.";
    return invalid;
  }
  const int64_t now = clock_.now();
  {  // other nodes refresh once this commits
    std::vector<std::string> notices;
    notices.reserve(cells.size());
    for (const auto& [key, cell] : cells) notices.push_back("v:" + std::to_string(key.first) + ":" + key.second);
    tx.notify_all(notices);
  }
  // Written unit by unit and period by period, each cell's values by element
  // and option: the primary key's order. New values go to new_values as
  // they are made (what is stored was read above, in this write
  // transaction): on PostgreSQL the server stores them meanwhile. The
  // others follow in a few multi-row statements (docs/reliability.md).
  out.written.reserve(out.written.size() + ok.size());  // new_values holds their addresses
  std::vector<StoredValue> replaced;
  const size_t first_erased = out.erased.size();
  auto added = tx.new_values(ok.size());
  for (auto& [key, cell] : cells) {
    auto& order = cell.checked;
    auto by_key = [&](size_t x, size_t y) {
      return std::tie(ok[x].element->id, ok[x].in->option) < std::tie(ok[y].element->id, ok[y].in->option);
    };
    if (!std::is_sorted(order.begin(), order.end(), by_key)) std::sort(order.begin(), order.end(), by_key);
    for (size_t k : order) {
      const Checked& c = ok[k];
      const auto& here = cell.stored;
      const auto found = here.find(std::make_pair(c.element->id, c.in->option));
      const StoredValue* old = found == here.end() ? nullptr : &found->second;
      StoredValue v{c.element->id, c.in->option, cell.org->id, *cell.period, c.number, c.text, now, a.username};
      const bool skipped = (strategy == SaveStrategy::kCreate && old) || (strategy == SaveStrategy::kUpdate && !old);
      if (c.erase) {
        if (!old || skipped) {
          ++out.ignored;
          continue;
        }
        ++out.deleted;
      } else {
        if (skipped || (old && old->number == v.number && old->text == v.text)) {
          ++out.ignored;
          continue;
        }
        ++(old ? out.updated : out.imported);
      }
      add_change(cell, *c.element, c.in->option, old, c.erase ? nullptr : &v);
      if (c.erase) {
        out.erased.push_back(std::move(v));
      } else if (old) {
        out.written.push_back(v);
        replaced.push_back(std::move(v));
      } else {
        added->add(out.written.emplace_back(std::move(v)));
      }
    }
  }
  added->finish();
  for (size_t k = first_erased; k < out.erased.size(); ++k) {
    const StoredValue& e = out.erased[k];
    tx.delete_value(e.element_id, e.option, e.org_id, e.period);
  }
  if (!replaced.empty()) tx.put_values(replaced);
  // One audit record for each unit and period the batch changed: every value
  // it changed there, before and after (null: none).
  std::vector<AuditEntry> audits;
  for (auto& [key, cell] : cells) {
    if (cell.before.empty()) continue;
    cell.before.push_back('}');
    cell.after.push_back('}');
    AuditEntry& e = audits.emplace_back(audit_entry(a, now, "save", "datavalues", cell.org->code + "/" + key.second,
                                                    nullptr, nullptr));
    e.before_json = std::move(cell.before);
    e.after_json = std::move(cell.after);
    if (audits.size() == kAuditChunk) {
      tx.add_audits(audits);
      audits.clear();
    }
  }
  if (!audits.empty()) tx.add_audits(audits);
  return Status::Ok();
}

Result<std::vector<ValueView>> DataValues::get(const Actor& a, const std::string& org_code, const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ.", "period");
  std::vector<ValueView> out;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = find_unit(tx, org_code, "org");
    if (!org) return org.error();
    if (Status s = can_view(a, *org); !s) return s;
    std::map<int64_t, std::string> codes;
    for (const auto& e : analytics_.elements()) codes[e.id] = e.code;
    for (const auto& v : tx.values_of(org->id, p->code()))
      out.push_back({codes[v.element_id], v.option, org->code, v.period, v.number, v.text});
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<bool> DataValues::locked(const Actor& a, const std::string& org_code, const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ.", "period");
  bool out = false;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto org = find_unit(tx, org_code, "org");
    if (!org) return org.error();
    if (Status s = can_view(a, *org); !s) return s;
    out = tx.is_locked(org->id, p->code());
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

}  // namespace bd::app
