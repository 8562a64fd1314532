#include "app/data/datavalues.h"

#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "app/access.h"
#include "app/audit.h"
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

std::string key_of(const std::string& element, const std::string& option) { return element + "." + option; }

// Values of one unit and period, by "element.option", for the rules.
using Sheet = std::map<std::string, double>;

// One unit and period of the batch: what is stored, the sheet the rules
// read (stored values with the batch laid on top), and which value of the
// batch holds each "element.option".
struct Cell {
  std::map<std::pair<int64_t, std::string>, StoredValue> stored;
  Sheet sheet;
  std::map<std::string, size_t> fields;
};

// A value that passed its own checks. The element and unit point into the
// batch's lookups, which outlive it; `index` is its place in the batch.
struct Checked {
  const ValueInput* in = nullptr;
  const DataElement* element = nullptr;
  const OrgUnit* org = nullptr;
  Period period;
  std::string period_code;
  std::optional<double> number;
  std::string text;
  bool erase = false;
  size_t index = 0;
  Cell* cell = nullptr;
};

std::string field_of(size_t index) { return "values[" + std::to_string(index) + "]"; }

std::optional<double> side_value(const Sheet& sheet, const std::string& side, const std::string& option,
                                 const Analytics& analytics) {
  char* end = nullptr;
  const double constant = std::strtod(side.c_str(), &end);
  if (end && *end == '\0' && !side.empty()) return constant;
  auto e = analytics.element_by_code(side);
  if (!e) return std::nullopt;
  if (!option.empty()) {
    auto it = sheet.find(key_of(side, e->category.empty() ? "" : option));
    if (it == sheet.end()) return std::nullopt;
    return it->second;
  }
  std::optional<double> sum;
  for (const auto& [k, v] : sheet)
    if (k.starts_with(side + ".")) sum = sum.value_or(0) + v;
  return sum;
}

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
  std::vector<StoredValue>& written = out.written;
  std::vector<StoredValue>& erased = out.erased;
  {
    Error invalid = Error::Validation("Số liệu chưa hợp lệ; chưa lưu giá trị nào.", "values");
    std::map<std::string, std::optional<OrgUnit>> orgs;
    std::map<std::pair<int64_t, std::string>, bool> locks;
    std::set<std::tuple<int64_t, std::string, int64_t, std::string>> seen;  // unit, period, element, option
    std::map<std::string, std::optional<Period>> periods;
    std::vector<Checked> ok;
    ok.reserve(values.size());
    std::map<std::string, std::optional<DataElement>> elements;  // looked up once per code
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
      if (element->category.empty() != in.option.empty() ||
          (!in.option.empty() && option_index(*find_category(element->category), in.option) < 0)) {
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
      if (found_period == periods.end()) found_period = periods.emplace(in.period, parse_period(in.period)).first;
      const std::optional<Period>& period = found_period->second;
      if (!period) {
        fail("Kỳ \"" + in.period + "\" không hợp lệ (ví dụ 2025, 2025S1, 2025Q3, 202503, 2025Sep).");
        continue;
      }
      if (org->is_closed() && org->closed < iso(period->start()))
        fail(org->name + " đã đóng từ " + format_vi(*parse_date(org->closed)) + ".");
      std::string code = period->code();
      auto lock = locks.find(std::make_pair(org->id, code));
      if (lock == locks.end()) lock = locks.emplace(std::make_pair(org->id, code), tx.is_locked(org->id, code)).first;
      if (lock->second)
        return Error::Conflict(org->name + ", " + period->label_vi() +
                               ": báo cáo đã được phê duyệt nên số liệu bị khóa. Đề nghị cấp trên mở lại nếu cần sửa.",
                               field_of(i));
      if (!seen.emplace(org->id, code, element->id, in.option).second)
        fail(cell_name(*element, in.option) + ": giá trị bị gửi hai lần.");
      Checked c{&in, &*element, &*org, *period, std::move(code), std::nullopt, "", false, i};
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
      ok.push_back(std::move(c));
    }
    // Rules between values of the same unit and period, over the batch laid
    // on top of what is stored. What is stored now is read once per unit and
    // period.
    std::map<int64_t, std::string> codes;
    for (const auto& e : analytics_.elements()) codes[e.id] = e.code;
    std::map<std::pair<int64_t, std::string>, Cell> cells;
    for (auto& c : ok) {
      auto [it, fresh] = cells.try_emplace(std::make_pair(c.org->id, c.period_code));
      Cell& cell = it->second;
      if (fresh)
        for (auto& v : tx.values_of(c.org->id, c.period_code)) {
          if (codes.count(v.element_id) && v.number) cell.sheet[key_of(codes[v.element_id], v.option)] = *v.number;
          cell.stored.emplace(std::make_pair(v.element_id, v.option), std::move(v));
        }
      c.cell = &cell;
      const std::string k = key_of(c.element->code, c.in->option);
      if (c.erase || !c.number) cell.sheet.erase(k);
      else cell.sheet[k] = *c.number;
      cell.fields[k] = c.index;
    }
    const auto rules = tx.validation_rules();
    for (auto& [key, cell] : cells) {
      const Sheet& sheet = cell.sheet;
      auto& fields = cell.fields;
      for (const auto& rule : rules) {
        auto left_el = analytics_.element_by_code(rule.left);
        std::vector<std::string> options{""};
        if (left_el && left_el->by_sex()) options = {"female", "male", ""};
        bool by_sex_failed = false;  // then the total's failure is the same mistake, reported once
        for (const auto& opt : options) {
          auto l = side_value(sheet, rule.left, opt, analytics_), r = side_value(sheet, rule.right, opt, analytics_);
          if (!l || !r || rule_holds(rule.op, *l, *r)) continue;
          if (opt.empty() && by_sex_failed) continue;
          by_sex_failed = !opt.empty();
          auto f = fields.find(key_of(rule.left, opt));
          // A rule on the total names the first of its values in the batch.
          if (f == fields.end() && opt.empty()) f = fields.lower_bound(rule.left + ".");
          if (f != fields.end() && !f->first.starts_with(rule.left + ".")) f = fields.end();
          const std::string sex = opt == "female" ? " (nữ)" : opt == "male" ? " (nam)" : "";
          const auto org = tx.org_by_id(key.first);
          invalid.details.emplace_back(
              f != fields.end() ? field_of(f->second) : "values",
              (org ? org->name : "") + ", " + parse_period(key.second)->label_vi() + ": " + rule.message_vi + sex +
                  " (" + format_number_vi(*l, 2) + " so với " + format_number_vi(*r, 2) + ").");
        }
      }
    }
    if (!invalid.details.empty()) {
      invalid.message = invalid.details.size() == 1 ? invalid.details[0].second
                                                     : "Có " + std::to_string(invalid.details.size()) +
                                                           " lỗi trong số liệu; chưa lưu giá trị nào.";
      return invalid;
    }
    const int64_t now = clock_.now();
    for (const auto& [key, cell] : cells)  // other nodes refresh once this commits
      tx.notify("v:" + std::to_string(key.first) + ":" + key.second);
    std::vector<AuditEntry> audits;
    audits.reserve(ok.size());
    written.reserve(ok.size());
    for (const auto& c : ok) {
      const auto& here = c.cell->stored;
      const auto found = here.find(std::make_pair(c.element->id, c.in->option));
      const StoredValue* old = found == here.end() ? nullptr : &found->second;
      StoredValue v{c.element->id, c.in->option, c.org->id, c.period_code, c.number, c.text, now, a.username};
      const auto as_json = [](const StoredValue* s) -> nlohmann::json {
        if (!s) return nullptr;
        if (s->number) return *s->number;
        return s->text;
      };
      const bool skipped = (strategy == SaveStrategy::kCreate && old) || (strategy == SaveStrategy::kUpdate && !old);
      if (c.erase) {
        if (!old || skipped) {
          ++out.ignored;
          continue;
        }
        tx.delete_value(c.element->id, c.in->option, c.org->id, c.period_code);
        ++out.deleted;
      } else {
        if (skipped || (old && old->number == v.number && old->text == v.text)) {
          ++out.ignored;
          continue;
        }
        ++(old ? out.updated : out.imported);
      }
      audits.push_back(audit_entry(a, now, c.erase ? "delete" : "set", "datavalue",
                               c.org->code + "/" + c.period_code + "/" + key_of(c.element->code, c.in->option),
                               as_json(old), c.erase ? nlohmann::json(nullptr) : as_json(&v)));
      (c.erase ? erased : written).push_back(std::move(v));
    }
    // A few multi-row statements instead of one per value (docs/reliability.md).
    tx.put_values(written);
    tx.add_audits(audits);
    return Status::Ok();
  }
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
