#include "app/reports/narrative_draft.h"

#include <algorithm>
#include <cmath>

#include "analytics/targets.h"
#include "app/phrasing.h"
#include "core/indicator.h"
#include "core/text.h"

namespace bd::app {
namespace {

analytics::Comparator comparator_of(const TargetState& s) {
  return analytics::parse_comparator(s.target.comparator).value_or(analytics::Comparator::kGe);
}

bool at_least(analytics::Comparator c) { return c == analytics::Comparator::kGe || c == analytics::Comparator::kGt; }
bool at_most(analytics::Comparator c) { return c == analytics::Comparator::kLe || c == analytics::Comparator::kLt; }

std::string value_of(const TargetState& s) { return format_indicator_value(*s.value, s.indicator.unit); }

// Lines joined as the sections hold them: one "- " item per line.
std::string items(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + ("- " + l);
  return out;
}

std::vector<std::string> indicator_names(const std::vector<const TargetFact*>& targets) {
  std::vector<std::string> out;
  for (const auto* t : targets) out.push_back(t->state.indicator.name_vi);
  return out;
}

std::string lower_first(std::string s) {
  // The names begin with an ASCII or a precomposed capital; only "T", "S", "Đ"… occur.
  if (s.rfind("Đ", 0) == 0) return "đ" + s.substr(std::string("Đ").size());
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

}  // namespace

std::string year_before_label(const Period& period) {
  const std::string y = std::to_string(period.year - 1);
  return period.type == PeriodType::kYear ? "năm " + y : "cùng kỳ năm " + y;
}

std::optional<Period> previous_to_compare(const Period& period) {
  if (period.type == PeriodType::kYear || period.type == PeriodType::kSchoolYear) return std::nullopt;
  return period.previous();
}

// "; tăng 1,5 điểm phần trăm so với cùng kỳ năm 2024; giảm 0,5 điểm phần trăm
// so với 6 tháng cuối năm 2025"
static std::string changes(const TargetFact& t, const Period& period) {
  const TargetState& s = t.state;
  std::string out;
  if (t.year_before) out += "; " + change_since(*s.value, *t.year_before, s.indicator.unit, year_before_label(period));
  if (auto p = previous_to_compare(period); p && t.previous)
    out += "; " + change_since(*s.value, *t.previous, s.indicator.unit, lower_first(p->label_vi()));
  return out;
}

TargetChildren children_standing(const std::vector<std::pair<std::string, TargetState>>& states) {
  TargetChildren out;
  for (const auto& [name, s] : states) {
    if (s.status == "met") out.met.push_back(name);
    else if (s.status == "not_met") out.behind.push_back({name, s.value, s.gap});
    else ++out.no_data;
  }
  std::sort(out.met.begin(), out.met.end(),
            [](const std::string& x, const std::string& y) { return text::compare_vi(x, y) < 0; });
  std::stable_sort(out.behind.begin(), out.behind.end(),
                   [](const ChildStanding& x, const ChildStanding& y) { return x.gap.value_or(0) > y.gap.value_or(0); });
  return out;
}

std::string children_sentence(const TargetFact& t) {
  if (!t.children) return "";
  const TargetChildren& k = *t.children;
  const size_t total = k.met.size() + k.behind.size() + static_cast<size_t>(k.no_data);
  if (total == 0) return "";
  std::string out = "Về " + lower_first(t.state.indicator.name_vi) + ": ";
  if (k.met.empty())
    out += "chưa có đơn vị trực thuộc nào đạt chỉ tiêu";
  else if (k.met.size() == total)
    out += total == 1 ? "đơn vị trực thuộc (" + k.met[0] + ") đạt chỉ tiêu"
                      : "cả " + std::to_string(total) + " đơn vị trực thuộc đều đạt chỉ tiêu";
  else
    out += std::to_string(k.met.size()) + "/" + std::to_string(total) + " đơn vị trực thuộc đạt chỉ tiêu (" +
           name_list(k.met, 10, "đơn vị khác") + ")";
  if (!k.behind.empty()) {
    constexpr size_t kNamed = 3;
    std::vector<std::string> named;
    for (size_t i = 0; i < k.behind.size() && i < kNamed; ++i) {
      const auto& b = k.behind[i];
      named.push_back(b.name + (b.value ? " (" + format_indicator_value(*b.value, t.state.indicator.unit) + ")" : ""));
    }
    if (k.behind.size() <= kNamed)
      out += "; chưa đạt: " + name_list(named, kNamed);
    else
      out += "; " + std::to_string(k.behind.size()) + " đơn vị chưa đạt, xa chỉ tiêu nhất là " + name_list(named, kNamed);
  }
  if (k.no_data > 0) out += "; " + count_of(k.no_data, "đơn vị") + " chưa có số liệu";
  return out + ".";
}

std::optional<int> year_reached(const TargetState& s, int year) {
  std::vector<std::pair<double, double>> xy;
  for (const auto& [y, v] : s.history) xy.emplace_back(y, v);
  const auto trend = analytics::least_squares(xy);
  if (!trend) return std::nullopt;
  const auto cmp = comparator_of(s);
  for (int y = year + 1; y <= year + 10; ++y)
    if (analytics::meets(cmp, trend->intercept + trend->slope * y, s.target.value)) return y;
  return std::nullopt;
}

std::string met_sentence(const TargetFact& t, const Period& period) {
  const TargetState& s = t.state;
  const std::string& unit = s.indicator.unit;
  std::string out = s.indicator.name_vi + " đạt " + value_of(s);
  const double beyond = s.target.value - *s.value;  // below zero: past an "at least" target
  if (at_least(comparator_of(s)) && difference(beyond, unit) != difference(0, unit) && beyond < 0)
    out += ", vượt chỉ tiêu (" + goal_text(s) + ") " + difference(beyond, unit);
  else
    out += ", đạt chỉ tiêu (" + goal_text(s) + ")";
  return out + changes(t, period) + ".";
}

std::string unmet_sentence(const TargetFact& t, const Period& period) {
  const TargetState& s = t.state;
  const std::string& unit = s.indicator.unit;
  const auto cmp = comparator_of(s);
  std::string out = s.indicator.name_vi + " đạt " + value_of(s) + ", chưa đạt chỉ tiêu (" + goal_text(s) + ")";
  const double d = *s.value - s.target.value;
  if (at_least(cmp))
    out += ", còn thiếu " + difference(d, unit);
  else if (at_most(cmp))
    out += ", cao hơn mức chỉ tiêu " + difference(d, unit);
  else
    out += ", chênh " + difference(d, unit);
  out += changes(t, period);
  if (auto y = year_reached(s, period.year))
    out += "; theo xu hướng hiện nay dự kiến đạt vào năm " + std::to_string(*y);
  else if (s.history.size() >= 2)
    out += "; theo xu hướng các năm gần đây chưa tiến tới chỉ tiêu";
  return out + ".";
}

std::string activities_sentence(int done, const Participants& reached) {
  if (done == 0) return "Trong kỳ, đơn vị chưa tổ chức hoạt động nào về bình đẳng giới.";
  std::string out = "Trong kỳ, đơn vị đã tổ chức " + count_of(done, "hoạt động") + " về bình đẳng giới";
  if (reached.total() > 0) {
    out += " với " + count_of(reached.total(), "lượt người tham gia");
    out += reached.female > 0 ? ", trong đó " + count_of(reached.female, "nữ") : ", không có nữ";
  }
  return out + ".";
}

std::string reporting_sentence(const ReportingFacts& r) {
  if (r.expected == 0) return "Trong kỳ không có đơn vị trực thuộc nào phải gửi báo cáo.";
  std::string out = std::to_string(r.submitted) + "/" + std::to_string(r.expected) + " đơn vị đã gửi báo cáo";
  if (!r.late.empty()) out += ", " + count_of(static_cast<long long>(r.late.size()), "đơn vị") + " gửi muộn";
  if (r.missing.empty()) return out + "; không có đơn vị nào chưa gửi.";
  return out + ", " + count_of(static_cast<long long>(r.missing.size()), "đơn vị") + " chưa gửi: " +
         name_list(r.missing, 10, "đơn vị khác") + ".";
}

nlohmann::json draft_narrative(const NarrativeFacts& f) {
  std::vector<const TargetFact*> met, unmet, no_data;
  for (const auto& t : f.targets)
    (t.state.status == "met" ? met : t.state.status == "not_met" ? unmet : no_data).push_back(&t);

  std::vector<std::string> results;
  if (f.targets.empty())
    results.push_back("Đơn vị không có chỉ tiêu nào phải đánh giá trong " + lower_first(f.period.label_vi()) + ".");
  else
    results.push_back("Đạt " + std::to_string(met.size()) + "/" + std::to_string(f.targets.size()) +
                      " chỉ tiêu của " + lower_first(f.period.label_vi()) + ".");
  if (f.reporting) results.push_back(reporting_sentence(*f.reporting));
  for (const auto* t : met) {
    results.push_back(met_sentence(*t, f.period));
    if (auto c = children_sentence(*t); !c.empty()) results.push_back(c);
  }
  if (f.activities > 0) results.push_back(activities_sentence(f.activities, f.reached));
  if (f.committee_joined > 0 || f.committee_left > 0) {
    std::vector<std::string> parts;
    if (f.committee_joined > 0) parts.push_back("bổ sung " + count_of(f.committee_joined, "thành viên"));
    if (f.committee_left > 0) parts.push_back(count_of(f.committee_left, "thành viên") + " thôi tham gia");
    results.push_back("Ban vì sự tiến bộ của phụ nữ được kiện toàn: " + name_list(parts) + ".");
  }
  if (f.commendations > 0)
    results.push_back(count_of(f.commendations, "tập thể, cá nhân") +
                      " được khen thưởng về công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.");
  if (f.inspections > 0)
    results.push_back("Đơn vị được kiểm tra " + count_of(f.inspections, "lần") +
                      " về thực hiện công tác bình đẳng giới, vì sự tiến bộ của phụ nữ.");
  if (f.incidents == 0) results.push_back("Không có vụ việc bạo lực, xâm hại nào được tiếp nhận trong kỳ.");

  std::vector<std::string> shortcomings;
  for (const auto* t : unmet) {
    shortcomings.push_back(unmet_sentence(*t, f.period));
    if (auto c = children_sentence(*t); !c.empty()) shortcomings.push_back(c);
  }
  if (!no_data.empty())
    shortcomings.push_back("Chưa có số liệu để đánh giá " + std::to_string(no_data.size()) + " chỉ tiêu: " +
                           name_list(indicator_names(no_data), 10, "chỉ tiêu khác") + ".");
  if (!f.incomplete_forms.empty())
    shortcomings.push_back("Số liệu chưa nhập đủ ở " + std::to_string(f.incomplete_forms.size()) + " biểu: " +
                           name_list(f.incomplete_forms, 10, "biểu khác") + ".");
  if (f.activities == 0) shortcomings.push_back(activities_sentence(0, f.reached));
  if (f.incidents > 0)
    shortcomings.push_back("Trong kỳ tiếp nhận " + count_of(f.incidents, "vụ việc") +
                           " bạo lực, xâm hại; thông tin chi tiết được lưu giữ, bảo mật tại sổ theo dõi của đơn vị.");
  if (shortcomings.empty()) shortcomings.push_back("Không có chỉ tiêu nào chưa đạt trong kỳ.");

  std::vector<std::string> directions;
  for (const auto* t : unmet)
    directions.push_back("Tập trung thực hiện các giải pháp để đạt chỉ tiêu " + lower_first(t->state.indicator.name_vi) +
                         " (" + goal_text(t->state) + ").");
  if (!met.empty())
    directions.push_back("Duy trì kết quả đã đạt: " + name_list(indicator_names(met), 10, "chỉ tiêu khác") + ".");
  if (!no_data.empty() || !f.incomplete_forms.empty())
    directions.push_back("Thu thập, cập nhật đầy đủ số liệu theo giới tính đúng thời hạn.");
  if (f.reporting && !f.reporting->missing.empty())
    directions.push_back("Đôn đốc " + name_list(f.reporting->missing, 10, "đơn vị khác") +
                         " gửi báo cáo " + lower_first(f.period.label_vi()) + ".");
  directions.push_back("Tiếp tục tổ chức các hoạt động truyền thông, nâng cao nhận thức về bình đẳng giới.");

  std::vector<std::string> proposals;
  if (!unmet.empty() && !f.parent_name.empty())
    proposals.push_back("Đề nghị " + f.parent_name + " quan tâm hướng dẫn, hỗ trợ đơn vị thực hiện các chỉ tiêu chưa đạt: " +
                        name_list(indicator_names(unmet), 10, "chỉ tiêu khác") + ".");
  else
    proposals.push_back("Không có đề xuất, kiến nghị.");

  return {{"results", items(results)},
          {"shortcomings_causes", items(shortcomings)},
          {"next_directions", items(directions)},
          {"proposals", items(proposals)}};
}

}  // namespace bd::app
