#include "core/report_deadlines.h"

#include <algorithm>

namespace bd {

std::vector<const DataSet*> due_data_sets(const std::vector<DataSet>& sets, OrgType type, const Period& period) {
  std::vector<const DataSet*> out;
  for (const auto& s : sets)
    if (s.period_type == period.type && s.applies_to(type)) out.push_back(&s);
  return out;
}

std::optional<Date> report_due(const std::vector<DataSet>& sets, OrgType type, const Period& p) {
  std::optional<Date> due;
  for (const DataSet* s : due_data_sets(sets, type, p))
    if (auto d = s->deadline.due(p); d && (!due || *d < *due)) due = d;
  return due;
}

std::vector<std::pair<Period, Date>> report_deadlines(const std::vector<DataSet>& sets, OrgType type, int year) {
  std::vector<std::pair<Period, Date>> out;
  for (auto [period_type, count] : {std::pair{PeriodType::kHalfYear, 2}, {PeriodType::kQuarter, 4}, {PeriodType::kYear, 1}})
    for (int i = 1; i <= count; ++i) {
      const Period p{period_type, year, i};
      if (auto d = report_due(sets, type, p)) out.emplace_back(p, *d);
    }
  std::stable_sort(out.begin(), out.end(), [](const auto& x, const auto& y) { return x.second < y.second; });
  return out;
}

}  // namespace bd
