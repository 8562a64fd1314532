// Catalog tables: data elements, data sets, validation rules, indicators, targets.
#include "storage/row.h"
#include "storage/soci_tx.h"

namespace bd::storage {
namespace {

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(',', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<DataElement> SociTx::data_elements() {
  std::vector<DataElement> out;
  soci::rowset<soci::row> rs = (sql_.prepare << "SELECT id, code, name_vi, name_en, value_type, category, aggregation"
                                                " FROM data_elements ORDER BY id");
  for (const auto& r : rs) {
    DataElement e;
    e.id = get_int(r, 0);
    e.code = get_str(r, 1);
    e.name_vi = get_str(r, 2);
    e.name_en = get_str(r, 3);
    e.value_type = parse_value_type(get_str(r, 4)).value_or(ValueType::kNumber);
    e.category = get_str(r, 5);
    e.aggregation = parse_aggregation(get_str(r, 6)).value_or(TimeAggregation::kStock);
    out.push_back(std::move(e));
  }
  return out;
}

void SociTx::upsert_data_element(DataElement& e) {
  std::string type(value_type_code(e.value_type)), agg(aggregation_code(e.aggregation));
  long long id = 0;
  sql_ << "INSERT INTO data_elements (code, name_vi, name_en, value_type, category, aggregation)"
          " VALUES (:c, :nv, :ne, :t, :cat, :a) ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi,"
          " name_en = excluded.name_en, value_type = excluded.value_type, category = excluded.category,"
          " aggregation = excluded.aggregation RETURNING id",
      soci::use(e.code), soci::use(e.name_vi), soci::use(e.name_en), soci::use(type), soci::use(e.category),
      soci::use(agg), soci::into(id);
  e.id = id;
}

std::vector<DataSet> SociTx::data_sets() {
  std::vector<DataSet> out;
  soci::rowset<soci::row> rs = (sql_.prepare << "SELECT id, code, name_vi, name_en, period_type, deadline, unit_types,"
                                                " elements, required FROM data_sets ORDER BY id");
  for (const auto& r : rs) {
    DataSet s;
    s.id = get_int(r, 0);
    s.code = get_str(r, 1);
    s.name_vi = get_str(r, 2);
    s.name_en = get_str(r, 3);
    s.period_type = parse_period_type(get_str(r, 4)).value_or(PeriodType::kYear);
    if (auto d = DeadlineRule::parse(get_str(r, 5))) s.deadline = *d;
    for (const auto& t : split(get_str(r, 6)))
      if (auto type = parse_org_type(t)) s.unit_types.push_back(*type);
    s.elements = split(get_str(r, 7));
    s.required = split(get_str(r, 8));
    out.push_back(std::move(s));
  }
  return out;
}

void SociTx::upsert_data_set(DataSet& s) {
  std::vector<std::string> types;
  for (auto t : s.unit_types) types.emplace_back(org_type_code(t));
  std::string period(period_type_code(s.period_type)), unit_types = join(types), elements = join(s.elements),
                             required = join(s.required);
  long long id = 0;
  sql_ << "INSERT INTO data_sets (code, name_vi, name_en, period_type, deadline, unit_types, elements, required)"
          " VALUES (:c, :nv, :ne, :p, :d, :u, :e, :r) ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi,"
          " name_en = excluded.name_en, period_type = excluded.period_type, deadline = excluded.deadline,"
          " unit_types = excluded.unit_types, elements = excluded.elements, required = excluded.required"
          " RETURNING id",
      soci::use(s.code), soci::use(s.name_vi), soci::use(s.name_en), soci::use(period), soci::use(s.deadline.text),
      soci::use(unit_types), soci::use(elements), soci::use(required), soci::into(id);
  s.id = id;
}

std::vector<ValidationRule> SociTx::validation_rules() {
  std::vector<ValidationRule> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << "SELECT code, left_side, op, right_side, message_vi FROM validation_rules ORDER BY id");
  for (const auto& r : rs)
    out.push_back({get_str(r, 0), get_str(r, 1), get_str(r, 3), parse_rule_op(get_str(r, 2)).value_or(RuleOp::kLe),
                   get_str(r, 4)});
  return out;
}

void SociTx::upsert_validation_rule(const ValidationRule& v) {
  static const char* kOps[] = {"<=", "<", ">=", ">", "="};
  std::string op = kOps[static_cast<int>(v.op)];
  sql_ << "INSERT INTO validation_rules (code, left_side, op, right_side, message_vi) VALUES (:c, :l, :o, :r, :m)"
          " ON CONFLICT (code) DO UPDATE SET left_side = excluded.left_side, op = excluded.op,"
          " right_side = excluded.right_side, message_vi = excluded.message_vi",
      soci::use(v.code), soci::use(v.left), soci::use(op), soci::use(v.right), soci::use(v.message_vi);
}

std::vector<IndicatorDef> SociTx::indicators() {
  std::vector<IndicatorDef> out;
  soci::rowset<soci::row> rs = (sql_.prepare << "SELECT id, code, name_vi, name_en, expression, unit, description"
                                                " FROM indicators ORDER BY id");
  for (const auto& r : rs)
    out.push_back({get_int(r, 0), get_str(r, 1), get_str(r, 2), get_str(r, 3), get_str(r, 4), get_str(r, 5),
                   get_str(r, 6)});
  return out;
}

void SociTx::upsert_indicator(IndicatorDef& i) {
  long long id = 0;
  sql_ << "INSERT INTO indicators (code, name_vi, name_en, expression, unit, description)"
          " VALUES (:c, :nv, :ne, :x, :u, :d) ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi,"
          " name_en = excluded.name_en, expression = excluded.expression, unit = excluded.unit,"
          " description = excluded.description RETURNING id",
      soci::use(i.code), soci::use(i.name_vi), soci::use(i.name_en), soci::use(i.expression), soci::use(i.unit),
      soci::use(i.description), soci::into(id);
  i.id = id;
}

std::vector<TargetDef> SociTx::targets() {
  std::vector<TargetDef> out;
  soci::rowset<soci::row> rs =
      (sql_.prepare << "SELECT t.id, t.code, t.name_vi, t.indicator_id, i.code, t.comparator, t.value, t.when_kind,"
                       " t.year, t.org_id, t.applies_to FROM targets t JOIN indicators i ON i.id = t.indicator_id"
                       " ORDER BY t.id");
  for (const auto& r : rs) {
    TargetDef t;
    t.id = get_int(r, 0);
    t.code = get_str(r, 1);
    t.name_vi = get_str(r, 2);
    t.indicator_id = get_int(r, 3);
    t.indicator_code = get_str(r, 4);
    t.comparator = get_str(r, 5);
    t.value = get_double(r, 6).value_or(0);
    t.when = get_str(r, 7);
    t.year = static_cast<int>(get_int(r, 8));
    t.org_id = get_int(r, 9);
    t.applies_to = get_str(r, 10);
    out.push_back(std::move(t));
  }
  return out;
}

void SociTx::upsert_target(TargetDef& t) {
  long long indicator = t.indicator_id, org = t.org_id, id = 0;
  int year = t.year;
  double value = t.value;
  sql_ << "INSERT INTO targets (code, name_vi, indicator_id, comparator, value, when_kind, year, org_id, applies_to)"
          " VALUES (:c, :n, :i, :cmp, :v, :w, :y, :o, :a) ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi,"
          " indicator_id = excluded.indicator_id, comparator = excluded.comparator, value = excluded.value,"
          " when_kind = excluded.when_kind, year = excluded.year, org_id = excluded.org_id,"
          " applies_to = excluded.applies_to RETURNING id",
      soci::use(t.code), soci::use(t.name_vi), soci::use(indicator), soci::use(t.comparator), soci::use(value),
      soci::use(t.when), soci::use(year), soci::use(org), soci::use(t.applies_to), soci::into(id);
  t.id = id;
}

}  // namespace bd::storage
