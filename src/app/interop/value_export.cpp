#include "app/interop/value_export.h"

#include <algorithm>
#include <cstdio>
#include <set>

#include "app/access.h"
#include "app/phrasing.h"

namespace bd::app {
namespace {

std::vector<std::string> comma_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t comma = s.find(',', start);
    std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

std::string iso_time(int64_t unix_seconds) {
  if (unix_seconds <= 0) return "";
  const Date d = date_from_unix(unix_seconds);
  const int64_t s = unix_seconds % 86400;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", static_cast<int>(s / 3600), static_cast<int>(s / 60 % 60),
                static_cast<int>(s % 60));
  return iso(d) + buf;
}

// The query resolved inside a transaction: data sets, units, what to name.
struct Plan {
  std::vector<DataSet> sets;
  std::vector<OrgUnit> units;
  std::set<Period> periods;
  std::optional<Date> start, end;
  std::vector<std::string> unmapped;
};

Status resolve(storage::Tx& tx, IdMap& ids, const Actor& a, const ExportQuery& q, Plan& plan) {
  for (const auto& theirs : q.data_sets) {
    auto d = ids.data_set(theirs);
    if (!d) return Error::NotFound("Không có bộ biểu mẫu \"" + theirs + "\".", "dataSet");
    plan.sets.push_back(*d);
  }
  auto org = ids.org(q.org_unit);
  if (!org) return Error::NotFound("Không tìm thấy đơn vị \"" + q.org_unit + "\".", "orgUnit");
  if (Status s = can_view(a, *org); !s) return s;
  plan.units = q.children ? tx.orgs_within(org->path) : std::vector<OrgUnit>{*org};
  for (const auto& p : q.periods) plan.periods.insert(*parse_period(p));
  plan.start = q.start;
  plan.end = q.end;
  // Every item the output would name must have an identifier in its scheme.
  for (const auto& u : plan.units)
    if (!ids.org_out(u)) plan.unmapped.push_back("đơn vị " + u.code);
  for (const auto& d : plan.sets)
    if (!ids.data_set_out(d)) plan.unmapped.push_back("bộ biểu mẫu " + d.code);
  return Status::Ok();
}

bool period_wanted(const Plan& plan, const Period& p) {
  if (!plan.periods.empty()) return plan.periods.count(p) > 0;
  return p.start() >= *plan.start && p.end() <= *plan.end;
}

}  // namespace

Result<ExportQuery> ExportQuery::parse(const std::map<std::string, std::string>& params) {
  auto get = [&](const char* name) {
    auto it = params.find(name);
    return it == params.end() ? std::string() : it->second;
  };
  ExportQuery q;
  q.data_sets = comma_list(get("dataSet"));
  if (q.data_sets.empty()) return Error::BadRequest("Cần chọn bộ biểu mẫu (dataSet).", "dataSet");
  q.org_unit = get("orgUnit");
  if (q.org_unit.empty()) return Error::BadRequest("Cần chọn đơn vị (orgUnit).", "orgUnit");
  for (const auto& p : comma_list(get("period"))) {
    if (!parse_period(p)) return Error::BadRequest("Kỳ \"" + p + "\" không hợp lệ.", "period");
    q.periods.push_back(p);
  }
  const std::string start = get("startDate"), end = get("endDate");
  if (!start.empty() || !end.empty()) {
    q.start = parse_date(start);
    q.end = parse_date(end);
    if (!q.start) return Error::BadRequest("startDate phải là ngày dạng YYYY-MM-DD.", "startDate");
    if (!q.end) return Error::BadRequest("endDate phải là ngày dạng YYYY-MM-DD.", "endDate");
    if (*q.end < *q.start) return Error::BadRequest("endDate phải sau startDate.", "endDate");
  }
  if (q.periods.empty() == !q.start)
    return Error::BadRequest("Cần chọn kỳ (period) hoặc khoảng ngày (startDate và endDate), không cả hai.", "period");
  const std::string children = get("children");
  if (children != "" && children != "true" && children != "false")
    return Error::BadRequest("children phải là true hoặc false.", "children");
  q.children = children == "true";
  auto schemes = IdSchemes::parse(params);
  if (!schemes) return schemes.error();
  q.schemes = *schemes;
  return q;
}

Status ValueExport::check(const Actor& a, const ExportQuery& q) {
  return store_.read([&](storage::Tx& tx) -> Status {
    IdMap ids(tx, analytics_, q.schemes);
    Plan plan;
    if (Status s = resolve(tx, ids, a, q, plan); !s) return s;
    for (const auto& d : plan.sets)
      for (const auto& code : d.elements) {
        auto e = analytics_.element_by_code(code);
        if (!e) continue;
        if (!ids.element_out(*e)) plan.unmapped.push_back("chỉ tiêu " + code);
        if (const Category* c = find_category(e->category)) {
          if (!ids.category_out(c->code)) plan.unmapped.push_back("phân tổ " + c->code);
          for (const auto& o : c->options)
            if (!ids.option_out(o.code)) plan.unmapped.push_back("lựa chọn " + o.code);
        }
      }
    std::sort(plan.unmapped.begin(), plan.unmapped.end());
    plan.unmapped.erase(std::unique(plan.unmapped.begin(), plan.unmapped.end()), plan.unmapped.end());
    if (!plan.unmapped.empty()) {
      std::string system;
      for (const IdScheme* s : {&q.schemes.data_element, &q.schemes.org_unit, &q.schemes.option, &q.schemes.data_set})
        if (system.empty()) system = s->system;
      return Error::Conflict("Chưa có mã trong hệ thống " + system + " cho " +
                                 name_list(plan.unmapped, 10, "mục khác") + "; không thể xuất mà đoán mã.",
                             "idScheme");
    }
    return Status::Ok();
  });
}

Result<size_t> ValueExport::write(const Actor& a, const ExportQuery& q, documents::ExchangeFormat format,
                                  std::ostream& out, const std::string& exported_at) {
  size_t written = 0;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    IdMap ids(tx, analytics_, q.schemes);
    Plan plan;
    if (Status s = resolve(tx, ids, a, q, plan); !s) return s;
    // Each element's data set in the output (the first asked for that has
    // it) and what the element is called there.
    struct Out {
      const DataSet* set;
      DataElement element;
      std::string name, set_name;
    };
    std::map<int64_t, Out> wanted;
    for (const auto& d : plan.sets)
      for (const auto& code : d.elements) {
        auto e = analytics_.element_by_code(code);
        if (!e || wanted.count(e->id)) continue;
        wanted[e->id] = {&d, *e, ids.element_out(*e).value_or(code), ids.data_set_out(d).value_or(d.code)};
      }
    documents::ValueSetHeader header;
    if (plan.sets.size() == 1) header.data_set = ids.data_set_out(plan.sets[0]).value_or(plan.sets[0].code);
    header.exported = exported_at;
    auto writer = documents::value_set_writer(format, out, header);
    for (const auto& u : plan.units) {
      const std::string unit_name = ids.org_out(u).value_or(u.code);
      for (const auto& v : tx.values_of_unit(u.id)) {
        auto w = wanted.find(v.element_id);
        if (w == wanted.end()) continue;
        auto p = parse_period(v.period);
        if (!p || p->type != w->second.set->period_type || !period_wanted(plan, *p)) continue;
        const DataElement& e = w->second.element;
        documents::ExchangeValue x;
        x.data_set = w->second.set_name;
        x.data_element = w->second.name;
        x.period = v.period;
        x.org_unit = unit_name;
        x.category_option_combo = ids.option_out(v.option).value_or(v.option);
        if (!v.option.empty())
          x.disaggregation.emplace_back(ids.category_out(e.category).value_or(e.category),
                                        ids.option_out(v.option).value_or(v.option));
        if (e.value_type == ValueType::kText || !v.number) {
          x.value = v.text;
        } else if (e.value_type == ValueType::kBoolean && format != documents::ExchangeFormat::kAdx) {
          x.value = *v.number != 0 ? "true" : "false";
        } else {
          x.value = documents::exchange_number(*v.number);
          x.number = v.number;
        }
        x.last_updated = iso_time(v.updated_at);
        writer->add(x);
        ++written;
      }
      out.flush();
    }
    writer->finish();
    return Status::Ok();
  });
  if (!st) return st.error();
  return written;
}

}  // namespace bd::app
