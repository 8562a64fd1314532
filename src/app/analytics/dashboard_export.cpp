#include "app/analytics/dashboard_export.h"

#include <charconv>
#include <cmath>

#include "analytics/targets.h"
#include "core/indicator.h"
#include "documents/xlsx_writer.h"

namespace bd::app {
namespace {

using documents::XlsxFormat;
using documents::XlsxWriter;

const std::vector<std::string>& headers() {
  static const std::vector<std::string> h{"STT",        "Mã đơn vị", "Đơn vị",   "Giá trị",  "Tình trạng",
                                          "Khoảng cách đến chỉ tiêu", "Xu hướng", "Dự báo", "Năm dự báo"};
  return h;
}

std::string status_label(const std::string& code) {
  if (code == "met") return std::string(analytics::label_vi(analytics::TargetStatus::kMet));
  if (code == "not_met") return std::string(analytics::label_vi(analytics::TargetStatus::kNotMet));
  return std::string(analytics::label_vi(analytics::TargetStatus::kNoData));
}

std::string trajectory_label(const std::string& code) {
  if (code == "on_track") return std::string(analytics::label_vi(analytics::Trajectory::kOnTrack));
  if (code == "at_risk") return std::string(analytics::label_vi(analytics::Trajectory::kAtRisk));
  if (code == "off_track") return std::string(analytics::label_vi(analytics::Trajectory::kOffTrack));
  return std::string(analytics::label_vi(analytics::Trajectory::kUnknown));
}

int decimals_of(const std::string& unit) { return unit == "percent" ? 1 : unit == "count" ? 0 : 2; }

std::string title_line(const TargetDrill& d) { return "Chỉ tiêu: " + d.state.target.name_vi + " (" + goal_text(d.state) + ")"; }

std::string subtitle_line(const TargetDrill& d) {
  return d.unit.name + " — " + d.period.label_vi() + ". Các đơn vị trực thuộc, xếp theo khoảng cách đến chỉ tiêu (xa nhất trước).";
}

// A number for the CSV: decimal comma, no grouping.
std::string csv_number(double v, int decimals) {
  if (std::fabs(v) < 0.5 * std::pow(10.0, -decimals)) v = 0;  // no "-0,0"
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string s = r.ec == std::errc() ? std::string(buf, r.ptr) : std::string();
  for (char& c : s)
    if (c == '.') c = ',';
  return s;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(";\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

struct Line {
  std::string rank, code, name;
  const TargetState* state;
};

std::vector<Line> lines(const TargetDrill& d) {
  std::vector<Line> out;
  int rank = 0;
  for (const auto& r : d.rows) out.push_back({std::to_string(++rank), r.unit.code, r.unit.name, &r.state});
  out.push_back({"", d.unit.code, "Toàn đơn vị: " + d.unit.name, &d.state});
  return out;
}

}  // namespace

std::string drill_file_stem(const TargetDrill& d) {
  return "chi-tieu-" + d.state.target.code + "-" + d.unit.code + "-" + d.period.code();
}

Result<std::string> drill_xlsx(const TargetDrill& d) {
  XlsxWriter w;
  const std::string& unit = d.state.indicator.unit;
  const std::string value_format = unit == "percent" ? "0.0\"%\"" : unit == "count" ? "#,##0" : "0.00";
  const std::string gap_format = unit == "count" ? "#,##0" : unit == "percent" ? "0.0" : "0.00";
  const int title = w.format({.bold = true, .font_size = 13});
  const int head = w.format({.bold = true, .wrap = true, .border = true, .center = true, .fill = 0xF2DCE6});
  const int text = w.format({.wrap = true, .border = true});
  const int rank = w.format({.border = true, .center = true});
  const int value = w.format({.border = true, .num_format = value_format});
  const int gap = w.format({.border = true, .num_format = gap_format});
  const int year = w.format({.border = true, .center = true, .num_format = "0"});
  const int total = w.format({.bold = true, .wrap = true, .border = true});

  const int sh = w.sheet("Chi tiết");
  w.text(sh, 0, 0, title_line(d), title);
  w.text(sh, 1, 0, subtitle_line(d));
  w.text(sh, 2, 0, "Mục tiêu: " + goal_text(d.state) + ". Đạt: " + std::to_string(d.met) + "/" +
                       std::to_string(d.rows.size()) + " đơn vị.");
  const int first = 4;
  for (size_t c = 0; c < headers().size(); ++c) w.text(sh, first - 1, static_cast<int>(c), headers()[c], head);
  w.column(sh, 0, 0, 6);
  w.column(sh, 1, 1, 16);
  w.column(sh, 2, 2, 44);
  w.column(sh, 3, 3, 12);
  w.column(sh, 4, 4, 16);
  w.column(sh, 5, 5, 14);
  w.column(sh, 6, 6, 16);
  w.column(sh, 7, 8, 11);
  w.freeze(sh, first, 3);
  int row = first;
  for (const auto& l : lines(d)) {
    const TargetState& s = *l.state;
    const int label = l.rank.empty() ? total : text;
    if (l.rank.empty())
      w.blank(sh, row, 0, rank);
    else
      w.number(sh, row, 0, std::stod(l.rank), rank);
    w.text(sh, row, 1, l.code, label);
    w.text(sh, row, 2, l.name, label);
    if (s.value)
      w.number(sh, row, 3, *s.value, value);
    else
      w.blank(sh, row, 3, value);
    w.text(sh, row, 4, status_label(s.status), label);
    if (s.gap)
      w.number(sh, row, 5, *s.gap, gap);
    else
      w.blank(sh, row, 5, gap);
    w.text(sh, row, 6, trajectory_label(s.trajectory), label);
    if (s.projected)
      w.number(sh, row, 7, *s.projected, value);
    else
      w.blank(sh, row, 7, value);
    if (s.deadline_year)
      w.number(sh, row, 8, s.deadline_year, year);
    else
      w.blank(sh, row, 8, year);
    ++row;
  }
  return w.finish();
}

std::string drill_csv(const TargetDrill& d) {
  const int dec = decimals_of(d.state.indicator.unit);
  std::string out = "\xEF\xBB\xBF";  // UTF-8 byte-order mark: Excel reads the diacritics right
  auto line = [&](const std::vector<std::string>& fields) {
    for (size_t i = 0; i < fields.size(); ++i) out += (i ? ";" : "") + csv_field(fields[i]);
    out += "\r\n";
  };
  line({title_line(d)});
  line({subtitle_line(d)});
  line(headers());
  for (const auto& l : lines(d)) {
    const TargetState& s = *l.state;
    line({l.rank, l.code, l.name, s.value ? csv_number(*s.value, dec) : "", status_label(s.status),
          s.gap ? csv_number(*s.gap, dec) : "", trajectory_label(s.trajectory),
          s.projected ? csv_number(*s.projected, dec) : "", s.deadline_year ? std::to_string(s.deadline_year) : ""});
  }
  return out;
}

}  // namespace bd::app
