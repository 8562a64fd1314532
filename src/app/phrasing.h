// Vietnamese phrasing shared by the texts the application writes itself (a
// restructuring's summary, a report's drafted narrative): lists of names,
// counts with their noun, changes in points.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace bd::app {

// "A", "A và B", "A, B và C"; beyond `max` names, "A, B, … và 3 đơn vị khác"
// (`others`: the noun of the rest).
std::string name_list(const std::vector<std::string>& names, size_t max = 10,
                      const std::string& others = "đơn vị khác");

// A count with its noun, the number in Vietnamese digits: "1.250 lượt người",
// and for zero the `none` phrase when given ("không có vụ việc nào").
std::string count_of(long long n, const std::string& noun, const std::string& none = "");

// A difference of two values in the indicator's unit: "2,9 điểm phần trăm"
// for a percentage, "3" for a count, "0,12" otherwise (absolute value).
std::string difference(double d, const std::string& unit);

// How a value moved since an earlier one: "tăng 1,5 điểm phần trăm so với
// cùng kỳ năm 2024", "giảm 2 so với …", "không đổi so với …".
std::string change_since(double now, double before, const std::string& unit, const std::string& when);

}  // namespace bd::app
