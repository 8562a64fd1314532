#include "app/reports/submission_check.h"

#include <map>
#include <set>

#include "app/reports/reports.h"

namespace bd::app {

bool SubmissionGaps::blocked() const {
  for (const auto& f : forms)
    if (!f.required_blank.empty()) return true;
  return false;
}

SubmissionGaps submission_gaps(const ReportView& v, const std::vector<DataElement>& elements) {
  std::map<std::string, const DataElement*> by_code;
  for (const auto& e : elements) by_code[e.code] = &e;
  SubmissionGaps g;
  for (const auto& d : v.data_sets) {
    if (!is_school(v.unit.type)) break;
    std::map<std::string, int> filled;  // element code → its cells entered
    for (const auto& value : d.values) filled[value.element] += value.number.has_value() || !value.text.empty();
    const std::set<std::string> required(d.set.required.begin(), d.set.required.end());
    SubmissionGaps::Form form{d.set.code, d.set.name_vi, d.filled, d.expected, {}, {}};
    for (const auto& code : d.set.elements) {
      auto it = by_code.find(code);
      if (it == by_code.end() || filled[code] >= it->second->option_count()) continue;
      form.blank.push_back(it->second->name_vi);
      if (required.count(code)) form.required_blank.push_back(it->second->name_vi);
    }
    if (!form.blank.empty()) g.forms.push_back(std::move(form));
  }
  for (const auto& f : narrative_fields())
    if (v.narrative.value(f, "").empty()) g.empty_sections.push_back(f);
  return g;
}

Error required_blank_error(const SubmissionGaps& g) {
  Error e = Error::Validation("Chưa nộp được: còn chỉ tiêu bắt buộc chưa nhập số liệu. Nhập đủ rồi nộp lại.");
  for (const auto& f : g.forms) {
    if (f.required_blank.empty()) continue;
    std::string list;
    for (const auto& name : f.required_blank) list += (list.empty() ? "" : "; ") + name;
    e.details.emplace_back(f.code, "Biểu " + f.name + ": chưa nhập " + list + ".");
  }
  return e;
}

}  // namespace bd::app
