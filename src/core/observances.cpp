#include "core/observances.h"

#include <algorithm>

namespace bd {

const std::vector<Observance>& observances() {
  static const std::vector<Observance> all = {
      {"intl_women_day", "Ngày Quốc tế Phụ nữ", "International Women's Day", 3, 8, 3, 8},
      {"intl_happiness_day", "Ngày Quốc tế Hạnh phúc", "International Day of Happiness", 3, 20, 3, 20},
      {"intl_children_day", "Ngày Quốc tế Thiếu nhi", "International Children's Day", 6, 1, 6, 1},
      {"vn_family_day", "Ngày Gia đình Việt Nam", "Vietnamese Family Day", 6, 28, 6, 28},
      {"vn_women_day", "Ngày Phụ nữ Việt Nam", "Vietnamese Women's Day", 10, 20, 10, 20},
      {"gender_equality_month",
       "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
       "Action Month for gender equality and the prevention of and response to gender-based violence", 11, 15, 12,
       15},
      {"end_violence_against_women_day", "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ",
       "International Day for the Elimination of Violence against Women", 11, 25, 11, 25},
  };
  return all;
}

std::vector<ObservanceDate> observances_between(const Date& from, const Date& to) {
  std::vector<ObservanceDate> out;
  for (int year = from.year; year <= to.year; ++year)
    for (const auto& o : observances()) {
      const Date start{year, o.month, o.day}, end{year, o.end_month, o.end_day};
      if (end < from || to < start) continue;
      out.push_back({&o, start, end});
    }
  std::stable_sort(out.begin(), out.end(),
                   [](const ObservanceDate& a, const ObservanceDate& b) { return a.start < b.start; });
  return out;
}

}  // namespace bd
