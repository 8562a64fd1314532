// See plan_schedule.h.
#include "app/plans/plan_schedule.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/dates.h"
#include "core/observances.h"
#include "core/report_deadlines.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

constexpr std::string_view kCommittee = "Ban vì sự tiến bộ của phụ nữ";

// Names of a department's or an office's own groups, and what a school or
// another unit calls its counterpart ("" for the other unit: kept).
struct Rename {
  std::string_view parent, school, other;
};
constexpr std::array<Rename, 7> kRenames{{
    {"Ban vì sự tiến bộ của phụ nữ của Sở", kCommittee, kCommittee},
    {"Ban vì sự tiến bộ của phụ nữ của Phòng", kCommittee, kCommittee},
    {"Văn phòng Sở", "Ban giám hiệu", kCommittee},
    {"Bộ phận tổ chức cán bộ", "Ban giám hiệu", ""},
    {"Công đoàn ngành", "Công đoàn trường", ""},
    {"Các đơn vị", "Các tổ chuyên môn", ""},
    {"Các cơ sở giáo dục", "Các tổ chuyên môn", ""},
}};

// "8/3" in `text` not inside a longer number ("28/3", "8/30").
bool mentions_date(const std::string& text, int day, int month) {
  const std::string d = std::to_string(day) + "/" + std::to_string(month);
  for (size_t at = text.find(d); at != std::string::npos; at = text.find(d, at + 1)) {
    const bool before = at > 0 && std::isdigit(static_cast<unsigned char>(text[at - 1]));
    const size_t end = at + d.size();
    const bool after = end < text.size() && std::isdigit(static_cast<unsigned char>(text[end]));
    if (!before && !after) return true;
  }
  return false;
}

}  // namespace

std::string local_responsible(const std::string& responsible, OrgType child) {
  std::string out = responsible;
  for (const auto& r : kRenames) {
    const std::string_view to = is_school(child) ? r.school : r.other;
    if (to.empty()) continue;
    for (size_t at = out.find(r.parent); at != std::string::npos; at = out.find(r.parent, at + to.size()))
      out.replace(at, r.parent.size(), to);
  }
  return out;
}

void learners_of(json& content, OrgType child) {
  if (child != OrgType::kSchoolPreschool) return;
  if (content.is_string()) {
    std::string text = content.get<std::string>();
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"HỌC SINH", "TRẺ"}, {"Học sinh", "Trẻ"},
                                   {"học sinh", "trẻ"}})
      for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    content = text;
  } else if (content.is_array() || content.is_object()) {
    for (auto& item : content) learners_of(item, child);
  }
}

json implementing_schedule(const json& parent_schedule, OrgType child) {
  std::vector<json> lines;
  for (const auto& s : parent_schedule) {
    if (!s.is_object()) continue;
    json line = s;
    if (line.contains("responsible") && line["responsible"].is_string())
      line["responsible"] = local_responsible(line["responsible"].get<std::string>(), child);
    lines.push_back(std::move(line));
  }
  auto month_of = [](const json& s) { return s.value("month", 0); };
  if (lines.empty()) return json::array();  // no schedule to complete
  for (const Observance& o : observances()) {
    const bool mentioned = std::any_of(lines.begin(), lines.end(), [&](const json& s) {
      if (month_of(s) != o.month) return false;
      const std::string work = s.value("work", "");
      // A long name is often cut at its first "và" ("Tháng hành động vì bình đẳng giới").
      const std::string name = o.name_vi.substr(0, o.name_vi.find(" và "));
      return text::matches(work, name) || (!o.is_period() && mentions_date(work, o.day, o.month));
    });
    if (mentioned) continue;
    std::string work = "Hưởng ứng " + o.name_vi;
    work += o.is_period() ? " (" + std::to_string(o.day) + "/" + std::to_string(o.month) + " - " +
                                std::to_string(o.end_day) + "/" + std::to_string(o.end_month) + ")"
                          : " " + std::to_string(o.day) + "/" + std::to_string(o.month);
    lines.push_back({{"month", o.month}, {"work", work}, {"responsible", std::string(kCommittee)}});
  }
  std::stable_sort(lines.begin(), lines.end(), [&](const json& a, const json& b) { return month_of(a) < month_of(b); });
  return json(lines);
}

std::string reporting_paragraph(const std::vector<DataSet>& sets, OrgType type, int year,
                                const std::string& recipient) {
  std::string out;
  for (const auto& [period, due] : report_deadlines(sets, type, year)) {
    std::string label = period.label_vi();
    // "Năm 2026", "Quý I/2026" inside a sentence.
    label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
    out += out.empty() ? "Báo cáo " + label + " gửi về " + recipient : "; báo cáo " + label;
    out += " chậm nhất ngày " + format_vi(due);
  }
  return out.empty() ? out : out + " (trên hệ thống Bình Đẳng).";
}

}  // namespace bd::app
