#include "app/explorer/explorer.h"

#include <algorithm>
#include <functional>
#include <set>
#include <unordered_map>

#include "app/access.h"
#include "core/period.h"

namespace bd::app {
namespace {

// Values of `name` in `params`, each split at commas, trimmed, empty ones
// dropped, first occurrence kept.
std::vector<std::string> list_of(const std::multimap<std::string, std::string>& params, const std::string& name) {
  std::vector<std::string> out;
  auto [b, e] = params.equal_range(name);
  for (auto it = b; it != e; ++it) {
    size_t start = 0;
    const std::string& v = it->second;
    while (start <= v.size()) {
      size_t end = v.find(',', start);
      if (end == std::string::npos) end = v.size();
      std::string part = v.substr(start, end - start);
      part.erase(0, part.find_first_not_of(" \t"));
      part.erase(part.find_last_not_of(" \t") + 1);
      if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.push_back(part);
      start = end + 1;
    }
  }
  return out;
}

std::string last_of(const std::multimap<std::string, std::string>& params, const std::string& name) {
  std::string v;
  auto [b, e] = params.equal_range(name);
  for (auto it = b; it != e; ++it) v = it->second;
  return v;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

}  // namespace

Result<ExplorerQuery> ExplorerQuery::parse(const std::multimap<std::string, std::string>& params) {
  ExplorerQuery q;
  q.items = list_of(params, "items");
  for (const auto& s : list_of(params, "item"))
    if (std::find(q.items.begin(), q.items.end(), s) == q.items.end()) q.items.push_back(s);
  q.periods = list_of(params, "periods");
  for (const auto& s : list_of(params, "period"))
    if (std::find(q.periods.begin(), q.periods.end(), s) == q.periods.end()) q.periods.push_back(s);
  q.org = last_of(params, "org");
  if (q.items.empty()) return Error::BadRequest("Chọn ít nhất một chỉ số hoặc một chỉ tiêu số liệu.", "items");
  if (q.items.size() > kExplorerMaxItems)
    return Error::BadRequest("Chọn tối đa " + std::to_string(kExplorerMaxItems) + " chỉ số một lần.", "items");
  if (q.periods.empty()) return Error::BadRequest("Chọn ít nhất một kỳ.", "periods");
  if (q.periods.size() > kExplorerMaxPeriods)
    return Error::BadRequest("Chọn tối đa " + std::to_string(kExplorerMaxPeriods) + " kỳ một lần.", "periods");
  for (const auto& p : q.periods)
    if (!parse_period(p)) return Error::BadRequest("Kỳ \"" + p + "\" không hợp lệ (ví dụ 2025, 2025S1).", "periods");
  const std::string depth = last_of(params, "depth");
  if (!depth.empty()) {
    if (depth != "1" && depth != "2" && depth != "3")
      return Error::BadRequest("Cấp hiển thị phải là 1, 2 hoặc 3 cấp dưới đơn vị.", "depth");
    q.depth = depth[0] - '0';
  }
  const std::string sex = last_of(params, "sex");
  q.by_sex = sex == "1" || sex == "true" || sex == "on";
  const std::string chart = last_of(params, "chart");
  if (!chart.empty()) {
    static const std::set<std::string> kCharts{"bar", "stacked", "line", "sex"};
    if (!kCharts.contains(chart)) return Error::BadRequest("Kiểu biểu đồ không hợp lệ.", "chart");
    q.chart = chart;
  }
  const std::string structure = last_of(params, "structure");
  if (!structure.empty()) {
    if (structure != "period" && structure != "current")
      return Error::BadRequest("Cơ cấu đơn vị phải là \"period\" (theo từng kỳ) hoặc \"current\" (hiện nay).",
                               "structure");
    q.structure = structure;
  }
  return q;
}

std::string ExplorerQuery::to_query() const {
  return "items=" + joined(items) + "&org=" + org + "&depth=" + std::to_string(depth) + "&periods=" + joined(periods) +
         (by_sex ? "&sex=1" : "") + "&chart=" + chart + (structure == "current" ? "&structure=current" : "");
}

std::vector<ExplorerItem> Explorer::items() const {
  std::vector<ExplorerItem> out;
  std::vector<IndicatorDef> defs;
  (void)store_.read([&](storage::Tx& tx) {
    defs = tx.indicators();
    return Status::Ok();
  });
  for (const auto& d : defs) out.push_back({d.code, d.name_vi, true, false});
  for (const auto& e : analytics_.elements())
    if (e.value_type == ValueType::kCount || e.value_type == ValueType::kNumber)
      out.push_back({e.code, e.name_vi, false, e.by_sex()});
  return out;
}

Result<ExplorerTable> Explorer::run(const Actor& a, const ExplorerQuery& q) {
  ExplorerTable t;
  t.query = q;
  std::vector<Period> periods;
  for (const auto& p : q.periods) periods.push_back(*parse_period(p));

  // Columns: per item, per period, per sex (both, then female and male).
  std::vector<IndicatorDef> defs;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(q.org);
    if (!unit) return Error::NotFound("Không tìm thấy đơn vị " + q.org + ".", "org");
    if (Status s = can_view(a, *unit); !s) return s;
    t.unit = *unit;
    defs = tx.indicators();
    return Status::Ok();
  });
  if (!st) return st.error();
  for (const auto& code : q.items) {
    auto def = std::find_if(defs.begin(), defs.end(), [&](const IndicatorDef& d) { return d.code == code; });
    auto el = analytics_.element_by_code(code);
    if (def == defs.end() && (!el || el->value_type == ValueType::kText || el->value_type == ValueType::kBoolean))
      return Error::BadRequest("Không có chỉ số hay chỉ tiêu số liệu mã \"" + code + "\".", "items");
    for (size_t i = 0; i < periods.size(); ++i) {
      ExplorerColumn c;
      c.item = code;
      c.indicator = def != defs.end();
      c.item_name = c.indicator ? def->name_vi : el->name_vi;
      c.unit = c.indicator ? def->unit : el->value_type == ValueType::kNumber ? "number" : "count";
      c.period = periods[i].code();
      c.period_label = periods[i].label_vi();
      if (q.by_sex && !c.indicator && el->by_sex()) {
        for (const char* sex : {"female", "male", ""}) {
          c.sex = sex;
          t.columns.push_back(c);
        }
      } else {
        t.columns.push_back(c);
      }
    }
  }

  // The tree of the rows: today's, or that of the latest period chosen.
  const bool current = q.structure == "current";
  const auto structure = current ? analytics::Structure::kCurrent : analytics::Structure::kAsOfPeriod;
  const Period rows_period = *std::max_element(periods.begin(), periods.end(), [](const Period& x, const Period& y) {
    return x.end() < y.end();
  });
  if (!current) {
    t.rows_period = rows_period.code();
    for (const auto& p : periods) t.mixed_trees = t.mixed_trees || !analytics_.same_tree(p, rows_period);
  }
  auto children = [&](int64_t id) { return current ? analytics_.children(id) : analytics_.children(id, rows_period); };

  // Rows: walk the engine's tree to the chosen depth, counting first so a
  // request for 54,000 schools is refused before anything is read.
  std::function<size_t(int64_t, int)> count = [&](int64_t id, int d) -> size_t {
    const auto kids = children(id);
    if (d == q.depth) return kids.size();
    size_t n = 0;
    for (int64_t k : kids) n += 1 + count(k, d + 1);  // the group's subtotal row too
    return n;
  };
  const size_t rows = count(t.unit.id, 1);
  if (rows > max_rows_)
    return Error::BadRequest("Bảng có " + std::to_string(rows) + " dòng, quá " + std::to_string(max_rows_) +
                                 " dòng xem được một lần. Chọn ít cấp hơn hoặc một đơn vị nhỏ hơn.",
                             "depth");

  auto values_of = [&](int64_t org_id) -> Result<std::vector<std::optional<double>>> {
    std::vector<std::optional<double>> v;
    v.reserve(t.columns.size());
    for (const auto& c : t.columns) {
      const Period p = *parse_period(c.period);
      if (c.indicator) {
        auto r = analytics_.indicator(c.item, org_id, p, structure);
        if (!r) return r.error();
        v.push_back(*r);
      } else {
        v.push_back(analytics_.element(c.item, c.sex, org_id, p, structure));
      }
    }
    return v;
  };
  st = store_.read([&](storage::Tx& tx) -> Status {
    std::function<Status(int64_t, int)> walk = [&](int64_t id, int d) -> Status {
      // One query for the children of a row, not one per child (a department
      // has some 270 rows, each a round trip on PostgreSQL); a child of then
      // that is elsewhere now is read on its own.
      std::unordered_map<int64_t, OrgUnit> stored;
      for (auto& u : tx.org_children(id)) stored.emplace(u.id, std::move(u));
      for (int64_t k : children(id)) {
        auto it = stored.find(k);
        if (it == stored.end())
          if (auto moved = tx.org_by_id(k)) it = stored.emplace(k, std::move(*moved)).first;
        if (it == stored.end()) continue;
        const OrgUnit* u = &it->second;
        if (d < q.depth)
          if (Status s = walk(k, d + 1); !s) return s;
        auto v = values_of(k);
        if (!v) return v.error();
        // A unit with nothing below it is a row of its own, not a group's
        // subtotal, at whatever level it stands (a school directly under a
        // department, a commune whose schools hang under the department).
        const bool leaf = d == q.depth || children(k).empty();
        t.rows.push_back({u->code, u->name, d, leaf ? "unit" : "subtotal", std::move(*v)});
        t.units += leaf;
      }
      return Status::Ok();
    };
    return walk(t.unit.id, 1);
  });
  if (!st) return st.error();
  auto total = values_of(t.unit.id);
  if (!total) return total.error();
  t.rows.push_back({t.unit.code, t.unit.name, 0, "total", std::move(*total)});
  return t;
}

}  // namespace bd::app
