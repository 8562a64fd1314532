#include "app/catalog/catalog.h"

#include <algorithm>
#include <optional>
#include <set>

#include "analytics/expression.h"
#include "analytics/targets.h"
#include "app/access.h"
#include "app/audit.h"
#include "app/catalog/builtin_catalog.h"
#include "core/text.h"

namespace bd::app {
namespace {

Status need_catalog_rights(const Actor& a) {
  if (a.system || a.roles.has(Role::kAdmin) || a.roles.has(Role::kManager)) return Status::Ok();
  return Error::Forbidden("Chỉ người quản lý hoặc quản trị mới được sửa danh mục.");
}

Status clean_name(std::string& name, const char* field) {
  name = text::clean(name);
  return validate_text(name, field, kMaxNameLength, true);
}

nlohmann::json element_json(const DataElement& e) {
  return {{"code", e.code}, {"name", e.name_vi}, {"value_type", std::string(value_type_code(e.value_type))},
          {"by_sex", e.by_sex()}, {"aggregation", std::string(aggregation_code(e.aggregation))}};
}

}  // namespace

Result<std::vector<DataElement>> Catalog::elements(const Actor&) { return analytics_.elements(); }

Result<std::vector<DataSet>> Catalog::data_sets(const Actor&) {
  std::vector<DataSet> out;
  Status st = store_.read([&](storage::Tx& tx) {
    out = tx.data_sets();
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<IndicatorDef>> Catalog::indicators(const Actor&) {
  std::vector<IndicatorDef> out;
  Status st = store_.read([&](storage::Tx& tx) {
    out = tx.indicators();
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<std::vector<TargetDef>> Catalog::targets(const Actor& a) {
  std::vector<TargetDef> out;
  Status st = store_.read([&](storage::Tx& tx) {
    for (auto& t : tx.targets()) {
      auto org = tx.org_by_id(t.org_id);
      // A user sees the targets of its subtree and of its ancestors (which apply to it).
      if (org && (a.system || path_within(org->path, a.org_path) || path_within(a.org_path, org->path)))
        out.push_back(std::move(t));
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<DataElement> Catalog::create_element(const Actor& a, const ElementInput& in) {
  if (Status s = need_catalog_rights(a); !s) return s.error();
  DataElement e;
  e.code = in.code;
  if (Status s = validate_code(e.code); !s) return s.error();
  e.name_vi = in.name;
  if (Status s = clean_name(e.name_vi, "name"); !s) return s.error();
  e.name_en = text::clean(in.name_en);
  auto type = parse_value_type(in.value_type);
  if (!type) return Error::Validation("Kiểu giá trị phải là count, number, boolean hoặc text.", "value_type");
  e.value_type = *type;
  auto agg = parse_aggregation(in.aggregation.empty() ? "stock" : in.aggregation);
  if (!agg) return Error::Validation("Cách cộng dồn theo thời gian phải là stock hoặc flow.", "aggregation");
  e.aggregation = *agg;
  e.category = in.by_sex ? "sex" : "";
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    for (const auto& x : tx.data_elements())
      if (x.code == e.code) return Error::Conflict("Mã " + e.code + " đã tồn tại.", "code");
    tx.upsert_data_element(e);
    tx.notify("catalog");
    tx.add_audit(audit_entry(a, clock_.now(), "create", "dataelement", e.code, nullptr, element_json(e)));
    return Status::Ok();
  });
  if (!st) return st.error();
  if (Status s = analytics_.reload_catalog(); !s) return s.error();
  return e;
}

Result<DataSet> Catalog::set_required(const Actor& a, const std::string& data_set,
                                      std::vector<std::string> elements) {
  if (Status s = need_catalog_rights(a); !s) return s.error();
  DataSet out;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    std::optional<DataSet> found;
    for (auto& s : tx.data_sets())
      if (s.code == data_set) found = std::move(s);
    if (!found) return Error::NotFound("Không có biểu mẫu " + data_set + ".", "code");
    std::vector<std::string> kept;
    for (const auto& code : elements) {
      if (std::find(found->elements.begin(), found->elements.end(), code) == found->elements.end())
        return Error::Validation("Chỉ tiêu " + code + " không thuộc biểu mẫu " + found->code + ".", "required");
      if (std::find(kept.begin(), kept.end(), code) == kept.end()) kept.push_back(code);
    }
    const nlohmann::json before = found->required;
    found->required = std::move(kept);
    tx.upsert_data_set(*found);
    tx.add_audit(audit_entry(a, clock_.now(), "update", "dataset", found->code, {{"required", before}},
                             {{"required", found->required}}));
    out = *found;
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

Result<IndicatorDef> Catalog::create_indicator(const Actor& a, const IndicatorInput& in) {
  if (Status s = need_catalog_rights(a); !s) return s.error();
  IndicatorDef d{0, in.code, in.name, text::clean(in.name_en), in.expression, in.unit, text::clean(in.description)};
  if (Status s = validate_code(d.code); !s) return s.error();
  if (Status s = clean_name(d.name_vi, "name"); !s) return s.error();
  if (!valid_indicator_unit(d.unit))
    return Error::Validation("Đơn vị tính phải là percent, per100, ratio hoặc count.", "unit");
  auto expr = analytics::Expression::compile(d.expression);
  if (!expr) return expr.error();
  for (const auto& ref : expr->elements())
    if (!analytics_.element_by_code(ref.code))
      return Error::Validation("Biểu thức dùng chỉ tiêu số liệu chưa có: " + ref.code + ".", "expression");
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    for (const auto& x : tx.indicators())
      if (x.code == d.code) return Error::Conflict("Mã " + d.code + " đã tồn tại.", "code");
    tx.upsert_indicator(d);
    tx.notify("catalog");
    tx.add_audit(audit_entry(a, clock_.now(), "create", "indicator", d.code, nullptr,
                             {{"name", d.name_vi}, {"expression", d.expression}, {"unit", d.unit}}));
    return Status::Ok();
  });
  if (!st) return st.error();
  if (Status s = analytics_.reload_catalog(); !s) return s.error();
  return d;
}

Result<TargetDef> Catalog::create_target(const Actor& a, const TargetInput& in) {
  TargetDef t;
  t.code = in.code;
  if (Status s = validate_code(t.code); !s) return s.error();
  t.name_vi = in.name;
  if (Status s = clean_name(t.name_vi, "name"); !s) return s.error();
  if (!analytics::parse_comparator(in.comparator))
    return Error::Validation("Phép so sánh phải là ge, gt, le, lt hoặc eq (≥, >, ≤, <, =).", "comparator");
  t.comparator = std::string(analytics::comparator_code(*analytics::parse_comparator(in.comparator)));
  auto when = analytics::parse_target_when(in.when);
  if (!when) return Error::Validation("Thời hạn phải là by_year, from_year, every_year hoặc every_quarter.", "when");
  t.when = in.when;
  t.year = in.year;
  if ((*when == analytics::TargetWhen::kByYear || *when == analytics::TargetWhen::kFromYear) &&
      (t.year < 2000 || t.year > 2100))
    return Error::Validation("Cần năm (2000–2100) cho chỉ tiêu theo năm.", "year");
  t.value = in.value;
  t.applies_to = in.applies_to;
  if (!t.applies_to.empty() && t.applies_to != "school" && !parse_org_type(t.applies_to))
    return Error::Validation("Loại đơn vị áp dụng không hợp lệ.", "applies_to");
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto org = tx.org_by_code(in.org);
    if (!org) return Error::Validation("Không tìm thấy đơn vị " + in.org + ".", "org");
    if (Status s = can_enter_data(a, *org); !s) return s;
    t.org_id = org->id;
    bool found = false;
    for (const auto& i : tx.indicators())
      if (i.code == in.indicator) found = true, t.indicator_id = i.id, t.indicator_code = i.code;
    if (!found) return Error::Validation("Không tìm thấy chỉ số " + in.indicator + ".", "indicator");
    for (const auto& x : tx.targets())
      if (x.code == t.code) return Error::Conflict("Mã " + t.code + " đã tồn tại.", "code");
    tx.upsert_target(t);
    tx.notify("catalog");
    tx.add_audit(audit_entry(a, clock_.now(), "create", "target", t.code, nullptr,
                             {{"indicator", t.indicator_code}, {"comparator", t.comparator}, {"value", t.value},
                              {"when", t.when}, {"year", t.year}, {"org", org->code}}));
    return Status::Ok();
  });
  if (!st) return st.error();
  if (Status s = analytics_.reload_catalog(); !s) return s.error();
  return t;
}

Status load_builtin_catalog(storage::Store& store, int64_t now) {
  return store.write([&](storage::Tx& tx) -> Status {
    auto roots = tx.org_roots();
    if (roots.empty()) return Error::Internal("Chưa có đơn vị gốc.");
    if (!tx.data_elements().empty()) return Status::Ok();  // loaded before; local changes are kept
    for (auto e : builtin_elements()) tx.upsert_data_element(e);
    for (auto s : builtin_data_sets()) tx.upsert_data_set(s);
    for (const auto& r : builtin_rules()) tx.upsert_validation_rule(r);
    std::map<std::string, int64_t> ids;
    for (auto i : builtin_indicators()) {
      tx.upsert_indicator(i);
      ids[i.code] = i.id;
    }
    for (const auto& bt : builtin_targets()) {
      TargetDef t = bt.def;
      t.indicator_id = ids.at(bt.indicator);
      t.org_id = roots.front().id;
      tx.upsert_target(t);
    }
    tx.add_audit(audit_entry(Actor::System(), now, "load", "catalog", "builtin", nullptr,
                             {{"elements", builtin_elements().size()}, {"indicators", builtin_indicators().size()},
                              {"targets", builtin_targets().size()}}));
    return Status::Ok();
  });
}

}  // namespace bd::app
