#include "app/interop/value_import.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "app/access.h"
#include "app/audit.h"
#include "app/phrasing.h"
#include "core/text.h"

namespace bd::app {
namespace {

using documents::ExchangeValue;

constexpr size_t kMaxConflicts = 1000;

bool flag(const std::map<std::string, std::string>& p, const std::string& name, bool& out) {
  auto it = p.find(name);
  if (it == p.end() || it->second.empty()) return true;
  if (it->second == "true") out = true;
  else if (it->second == "false") out = false;
  else return false;
  return true;
}

// Conflicts gathered by code and object, each with its value indexes.
class Conflicts {
 public:
  void add(size_t index, const char* code, const std::string& property, const std::string& object,
           const std::string& message) {
    rejected_.insert(index);
    const std::string key = std::string(code) + "|" + property + "|" + object;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) {
      if (list_.size() >= kMaxConflicts) return;
      it = by_key_.emplace(key, list_.size()).first;
      list_.push_back({object, message, code, property, {}});
    }
    auto& indexes = list_[it->second].indexes;
    if (indexes.empty() || indexes.back() != index) indexes.push_back(index);  // one value, two rules: once
  }
  bool rejected(size_t index) const { return rejected_.count(index) > 0; }
  bool empty() const { return rejected_.empty(); }
  void into(ImportSummary& s) {
    s.conflicts = std::move(list_);
    s.rejected.assign(rejected_.begin(), rejected_.end());
  }

 private:
  std::vector<ImportConflict> list_;
  std::map<std::string, size_t> by_key_;
  std::set<size_t> rejected_;
};

// The value's number or text as the element's type wants it, from the
// exchange form ("12", "2.5", "true"); an error message when it is not.
Result<ValueInput> value_of(const ExchangeValue& v, const DataElement& e) {
  ValueInput in;
  if (v.number) {
    in.number = v.number;
    in.value = v.value;
  } else if (e.value_type == ValueType::kText || v.value.empty()) {
    if (auto bad = text::forbidden_character(v.value); !bad.empty())
      return Error::Validation("có ký tự không được phép (" + bad + "), hãy xóa ký tự đó");
    in.value = v.value;
  } else if (e.value_type == ValueType::kBoolean) {
    if (v.value == "true" || v.value == "1") in.number = 1;
    else if (v.value == "false" || v.value == "0") in.number = 0;
    else return Error::Validation("phải là true hoặc false");
    in.value = v.value;
  } else {
    auto n = documents::parse_exchange_number(v.value);
    if (!n) return Error::Validation("không phải là số viết theo chuẩn trao đổi (ví dụ 12 hoặc 2.5)");
    in.number = *n;
    in.value = v.value;
  }
  if (in.number)
    if (auto ok = check_value(e.value_type, *in.number); !ok) return ok.error();
  return in;
}

}  // namespace

Result<ImportOptions> ImportOptions::parse(const std::map<std::string, std::string>& p) {
  ImportOptions o;
  if (!flag(p, "dryRun", o.dry_run)) return Error::BadRequest("dryRun phải là true hoặc false.", "dryRun");
  if (auto it = p.find("importStrategy"); it != p.end() && !it->second.empty()) {
    const std::string& s = it->second;
    if (s == "CREATE_AND_UPDATE" || s == "NEW_AND_UPDATES") o.strategy = SaveStrategy::kCreateAndUpdate;
    else if (s == "CREATE" || s == "NEW") o.strategy = SaveStrategy::kCreate;
    else if (s == "UPDATE" || s == "UPDATES") o.strategy = SaveStrategy::kUpdate;
    else if (s == "DELETE" || s == "DELETES") o.strategy = SaveStrategy::kDelete;
    else
      return Error::BadRequest("importStrategy phải là CREATE_AND_UPDATE, CREATE, UPDATE hoặc DELETE.",
                               "importStrategy");
  }
  if (auto it = p.find("atomicMode"); it != p.end() && !it->second.empty()) {
    if (it->second == "ALL") o.atomic_all = true;
    else if (it->second == "NONE") o.atomic_all = false;
    else return Error::BadRequest("atomicMode phải là ALL hoặc NONE.", "atomicMode");
  }
  auto schemes = IdSchemes::parse(p);
  if (!schemes) return schemes.error();
  o.schemes = *schemes;
  return o;
}

std::string ImportSummary::description() const {
  const std::string prefix = dry_run ? "Chạy thử: " : "";
  if (status == "ERROR")
    return prefix + "Chưa lưu giá trị nào vì " + count_of(static_cast<long long>(rejected.size()), "giá trị") +
           " có lỗi (xem danh sách lỗi).";
  std::string s = prefix + (dry_run ? "sẽ thêm " : "Đã thêm ") + count_of(imported, "giá trị") + ", cập nhật " +
                  count_of(updated, "giá trị") + ", xóa " + count_of(deleted, "giá trị") + "; " +
                  count_of(ignored - static_cast<long long>(rejected.size()), "giá trị") + " không đổi";
  if (!rejected.empty()) s += "; " + count_of(static_cast<long long>(rejected.size()), "giá trị") + " bị từ chối";
  return s + ".";
}

nlohmann::json ImportSummary::to_json() const {
  nlohmann::json conflicts_json = nlohmann::json::array();
  for (const auto& c : conflicts)
    conflicts_json.push_back({{"object", c.object},
                              {"value", c.value},
                              {"errorCode", c.error_code},
                              {"property", c.property},
                              {"indexes", c.indexes}});
  return {{"responseType", "ImportSummary"},
          {"status", status},
          {"description", description()},
          {"dryRun", dry_run},
          {"importCount", {{"imported", imported}, {"updated", updated}, {"ignored", ignored}, {"deleted", deleted}}},
          {"conflicts", conflicts_json},
          {"rejectedIndexes", rejected}};
}

Result<ImportSummary> ValueImport::run(const Actor& a, std::string_view bytes, documents::ExchangeFormat format,
                                       const ImportOptions& o, const ImportProgress& progress) {
  if (!a.system && !a.roles.has(Role::kAdmin) && !a.roles.has(Role::kManager) && !a.roles.has(Role::kEditor))
    return Error::Forbidden("Tài khoản này không có quyền nhập số liệu.");
  auto parsed = documents::read_value_set(bytes, format);
  if (!parsed) return parsed.error();
  const auto& header = parsed->header;
  const auto& values = parsed->values;
  if (values.empty()) return Error::BadRequest("Tệp không có giá trị nào để nhập.", "file");

  ImportSummary sum;
  sum.dry_run = o.dry_run;
  sum.total = values.size();
  Conflicts conflicts;
  SaveOutcome out;
  bool saved = false;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    IdMap ids(tx, analytics_, o.schemes);
    std::map<std::string, std::optional<DataSet>> sets;
    auto data_set = [&](const std::string& theirs) -> const std::optional<DataSet>& {
      auto it = sets.find(theirs);
      if (it == sets.end()) it = sets.emplace(theirs, ids.data_set(theirs)).first;
      return it->second;
    };
    // What the first pass maps, checked against the locks and typed in the
    // second. The element and unit point into the maps below.
    struct Mapped {
      size_t index;
      const DataElement* element;
      const OrgUnit* org;
      Period period;
      std::string option;
    };
    // Their names, each looked up once; the values point into these (node
    // maps: the addresses hold).
    std::unordered_map<std::string, std::optional<DataElement>> elements;
    std::unordered_map<std::string, std::optional<OrgUnit>> units;
    auto element_of = [&](const std::string& theirs) -> const std::optional<DataElement>& {
      auto it = elements.find(theirs);
      if (it == elements.end()) it = elements.emplace(theirs, ids.element(theirs)).first;
      return it->second;
    };
    auto unit_of = [&](const std::string& theirs) -> const std::optional<OrgUnit>& {
      auto it = units.find(theirs);
      if (it == units.end()) it = units.emplace(theirs, ids.org(theirs)).first;
      return it->second;
    };
    std::vector<Mapped> mapped;
    mapped.reserve(values.size());
    std::vector<std::pair<int64_t, std::string>> cells;
    // The data sets of each element, to check a period against.
    const auto all_sets = tx.data_sets();
    std::map<std::string, std::vector<const DataSet*>> sets_of;
    for (const auto& s : all_sets)
      for (const auto& e : s.elements) sets_of[e].push_back(&s);
    {  // every unit of the file in a few statements, not one each
      std::vector<std::string> names;
      if (!header.org_unit.empty()) names.push_back(header.org_unit);
      for (const auto& v : values)
        if (!v.org_unit.empty() && (names.empty() || names.back() != v.org_unit)) names.push_back(v.org_unit);
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      ids.prefetch_orgs(names);
    }
    std::vector<ValueInput> inputs;
    std::vector<size_t> origin;
    inputs.reserve(values.size());
    origin.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
      if (progress && i % 10000 == 0 && i > 0) progress(i, values.size());
      const ExchangeValue& v = values[i];
      auto fail = [&](const char* code, const std::string& property, const std::string& object,
                      const std::string& message) { conflicts.add(i, code, property, object, message); };
      const std::string& set_code = v.data_set.empty() ? header.data_set : v.data_set;
      const DataSet* ds = nullptr;
      if (!set_code.empty()) {
        const auto& found = data_set(set_code);
        if (!found) {
          fail(conflict::kDataSet, "dataSet", set_code, "Không có bộ biểu mẫu \"" + set_code + "\".");
          continue;
        }
        ds = &*found;
      }
      const auto& element = element_of(v.data_element);
      if (!element) {
        fail(conflict::kDataElement, "dataElement", v.data_element,
             "Không có chỉ tiêu số liệu \"" + v.data_element + "\"" +
                 (o.schemes.data_element.type == IdScheme::Type::kAttribute
                      ? " trong bảng mã của " + o.schemes.data_element.system
                      : "") +
                 ".");
        continue;
      }
      // The option: ADX names it as an attribute, the others as a combo.
      std::optional<std::string> option;
      std::string option_text = v.category_option_combo;
      if (format == documents::ExchangeFormat::kAdx) {
        option = "";
        for (const auto& [name, theirs] : v.disaggregation) {
          option_text = name + "=" + theirs;
          auto cat = ids.category(name);
          auto opt = ids.option(theirs);
          if (!cat || !opt || opt->empty() || option_index(*find_category(*cat), *opt) < 0 || !option->empty()) {
            option.reset();
            break;
          }
          option = opt;
        }
      } else {
        option = ids.option(v.category_option_combo);
      }
      if (!option || element->category.empty() != option->empty() ||
          (!option->empty() && option_index(*find_category(element->category), *option) < 0)) {
        fail(conflict::kOption, "categoryOptionCombo", option_text,
             element->name_vi + ": " +
                 (element->by_sex() ? "cần ghi rõ nữ (female) hoặc nam (male)"
                                    : "chỉ tiêu này không chia theo giới tính (dùng default)") +
                 ", không nhận \"" + option_text + "\".");
        continue;
      }
      if (!v.attribute_option_combo.empty() && v.attribute_option_combo != "default") {
        fail(conflict::kAttributeOption, "attributeOptionCombo", v.attribute_option_combo,
             "Hệ thống chỉ nhận attributeOptionCombo mặc định (default).");
        continue;
      }
      const std::string& org_text = v.org_unit.empty() ? header.org_unit : v.org_unit;
      const auto& org = unit_of(org_text);
      if (!org) {
        fail(conflict::kOrgUnit, "orgUnit", org_text, "Không tìm thấy đơn vị \"" + org_text + "\".");
        continue;
      }
      if (Status s = can_enter_data(a, *org); !s) {
        fail(conflict::kScope, "orgUnit", org_text, org->name + ": " + s.error().message);
        continue;
      }
      const std::string& period_text = v.period.empty() ? header.period : v.period;
      auto period = parse_period(period_text);
      if (!period) {
        fail(conflict::kPeriod, "period", period_text,
             "Kỳ \"" + period_text + "\" không hợp lệ (ví dụ 2025, 2025S1, 2025Q3, 202503 hoặc 2025-01-01/P6M).");
        continue;
      }
      // The period must be one a data set of the element uses (the named
      // data set, when there is one).
      // An element in no data set takes any period.
      const auto& sets_here = sets_of[element->code];
      bool period_ok = !ds && sets_here.empty(), in_set = ds == nullptr;
      for (const DataSet* s : sets_here) {
        if (ds && s->code != ds->code) continue;
        in_set = true;
        period_ok = period_ok || s->period_type == period->type;
      }
      if (!in_set) {
        fail(conflict::kPeriodType, "dataElement", v.data_element,
             element->name_vi + " không thuộc bộ biểu mẫu " + ds->name_vi + ".");
        continue;
      }
      if (!period_ok) {
        fail(conflict::kPeriodType, "period", period_text,
             element->name_vi + ": không thu theo kỳ " + period->label_vi() + ".");
        continue;
      }
      const DataElement* e = &*element;
      const OrgUnit* u = &*org;
      mapped.push_back({i, e, u, *period, std::move(*option)});
      auto cell = std::make_pair(u->id, period->code());
      if (cells.empty() || cells.back() != cell) cells.push_back(std::move(cell));  // a file lists a cell's values together
    }
    // Locks are read a period at a time, for every unit of the file at once.
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    const auto locked = locked_cells(tx, cells);
    for (Mapped& m : mapped) {
      const ExchangeValue& v = values[m.index];
      const std::string& period_text = v.period.empty() ? header.period : v.period;
      std::string period_code = m.period.code();
      if (locked.count(std::make_pair(m.org->id, period_code))) {
        conflicts.add(m.index, conflict::kLocked, "period", period_text,
                      m.org->name + ", " + m.period.label_vi() + ": báo cáo đã được phê duyệt nên số liệu bị khóa.");
        continue;
      }
      // A deletion names the value; what it holds does not matter.
      auto in = o.strategy == SaveStrategy::kDelete ? Result<ValueInput>(ValueInput{}) : value_of(v, *m.element);
      if (!in) {
        conflicts.add(m.index, conflict::kValueType, "value", v.value,
                      m.org->name + ", " + m.element->name_vi + ": \"" + v.value + "\" " + in.error().message + ".");
        continue;
      }
      in->element = m.element->code;
      in->option = std::move(m.option);
      in->org = m.org->code;
      in->period = std::move(period_code);
      inputs.push_back(std::move(*in));
      origin.push_back(m.index);
    }
    // What the form's own checks refuse (rules, closed units, a value sent
    // twice) names "values[k]" of the batch: each becomes a conflict.
    while (!inputs.empty() && (conflicts.empty() || !o.atomic_all)) {
      SaveOutcome attempt;
      Status s = values_.save_in(tx, a, inputs, o.strategy, attempt, documents::kMaxExchangeValues);
      if (s) {
        out = std::move(attempt);
        saved = true;
        break;
      }
      auto details = s.error().details;
      if (details.empty()) details.emplace_back(s.error().field, s.error().message);
      std::set<size_t> bad;
      for (const auto& [field, message] : details) {
        if (!field.starts_with("values[")) return s;  // not about one value: the whole import fails
        const size_t k = std::stoul(field.substr(7));
        if (k >= origin.size()) return s;
        bad.insert(k);
        conflicts.add(origin[k], conflict::kRule, "value", values[origin[k]].data_element, message);
      }
      std::vector<ValueInput> kept;
      std::vector<size_t> kept_origin;
      for (size_t k = 0; k < inputs.size(); ++k)
        if (!bad.count(k)) {
          kept.push_back(std::move(inputs[k]));
          kept_origin.push_back(origin[k]);
        }
      inputs = std::move(kept);
      origin = std::move(kept_origin);
    }
    if (!conflicts.empty() && o.atomic_all) saved = false;
    if (saved) {
      nlohmann::json counts{{"imported", out.imported}, {"updated", out.updated}, {"ignored", out.ignored},
                            {"deleted", out.deleted}, {"values", values.size()}};
      tx.add_audit(audit_entry(a, clock_.now(), "import", "datavalueset", std::string(documents::extension_of(format)),
                               nullptr, counts));
    }
    // Roll back a dry run, and an all-or-nothing import with a conflict.
    if (!saved || o.dry_run) return Error::Conflict("rollback");
    return Status::Ok();
  });
  const bool rolled_back_on_purpose = !st && (!saved || o.dry_run) && st.error().message == "rollback";
  if (!st && !rolled_back_on_purpose) return st.error();
  if (progress) progress(values.size(), values.size());
  conflicts.into(sum);
  if (saved) {
    sum.imported = out.imported;
    sum.updated = out.updated;
    sum.deleted = out.deleted;
    sum.ignored = out.ignored + static_cast<int>(sum.rejected.size());
    sum.status = sum.rejected.empty() ? "SUCCESS" : "WARNING";
    if (!o.dry_run) values_.applied(out);
  } else {
    sum.ignored = static_cast<int>(values.size());
    sum.status = sum.rejected.empty() ? "SUCCESS" : "ERROR";
  }
  return sum;
}

}  // namespace bd::app
