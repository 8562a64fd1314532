// Completeness of a unit's children and subtree for a period: who was
// expected to report, who did (on time or late), who was approved, returned,
// exempted or is missing. One query for the units and one for the reports.
#include <algorithm>
#include <map>

#include "app/access.h"
#include "app/reports/reports.h"
#include "core/indicator.h"

namespace bd::app {
namespace {

bool is_submitted(ReportStatus s) { return s == ReportStatus::kSubmitted || s == ReportStatus::kApproved; }

UnitCompleteness assess(const OrgUnit& u, const std::map<int64_t, ReportRecord>& reports,
                        const std::vector<DataSet>& sets, const Period& p, const Date& today) {
  auto it = reports.find(u.id);
  return report_standing(u, it == reports.end() ? nullptr : &it->second, sets, p, today);
}

}  // namespace

UnitCompleteness report_standing(const OrgUnit& u, const ReportRecord* report, const std::vector<DataSet>& sets,
                                 const Period& p, const Date& today) {
  UnitCompleteness row;
  row.unit = u;
  const auto due_sets = due_data_sets(sets, u.type, p);
  if (report) {
    row.status = report->status;
    row.submitted_at = report->submitted_at;
  }
  for (const DataSet* s : due_sets)
    if (auto d = s->deadline.due(p); d && (!row.due || *d < *row.due)) row.due = d;
  row.expected = !due_sets.empty() && row.status != ReportStatus::kNotRequired;
  if (row.due) {
    std::optional<Date> submitted;
    if (is_submitted(row.status) && row.submitted_at > 0) submitted = vietnam_date(row.submitted_at);
    row.timeliness = timeliness(*row.due, submitted, today);
  }
  return row;
}

void count_standing(CompletenessCounts& c, const UnitCompleteness& r) {
  if (r.status == ReportStatus::kNotRequired) {
    ++c.not_required;
    return;
  }
  if (!r.expected) return;
  ++c.expected;
  if (is_submitted(r.status)) {
    ++c.submitted;
    if (r.status == ReportStatus::kApproved) ++c.approved;
    if (r.timeliness && r.timeliness->state == Timeliness::State::kLate)
      ++c.late;
    else
      ++c.on_time;
  } else if (r.status == ReportStatus::kReturned) {
    ++c.returned;
  } else {
    ++c.missing;
  }
}

namespace {

// The id that follows `ancestor_id` in a materialised path ("/1/5/23/").
std::optional<int64_t> id_below(const std::string& path, int64_t ancestor_id) {
  const std::string marker = "/" + std::to_string(ancestor_id) + "/";
  const size_t at = path.find(marker);
  if (at == std::string::npos) return std::nullopt;
  const size_t start = at + marker.size();
  const size_t end = path.find('/', start);
  if (end == std::string::npos) return std::nullopt;
  return std::stoll(path.substr(start, end - start));
}

int overdue_days(const UnitCompleteness& r) { return r.timeliness ? r.timeliness->days : 0; }

}  // namespace

Result<Completeness> Reports::completeness(const Actor& a, const std::string& org, const std::string& period) {
  Completeness c;
  c.today = vietnam_date(clock_.now());
  std::vector<UnitCompleteness> all;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto p = parse_period(period);
    if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    c.unit = *unit;
    c.period = *p;
    const auto sets = tx.data_sets();
    std::map<int64_t, ReportRecord> reports;
    for (auto& r : tx.reports_within(unit->path, p->code())) reports[r.org_id] = r;
    for (const auto& u : tx.orgs_within(unit->path))
      if (u.id != unit->id && !u.is_closed()) all.push_back(assess(u, reports, sets, *p, c.today));
    return Status::Ok();
  });
  if (!st) return st.error();

  std::map<int64_t, size_t> child_index;  // direct child id → its row
  for (const auto& r : all) {
    count_standing(c.subtree, r);
    if (r.unit.parent_id != c.unit.id) continue;
    count_standing(c.children, r);
    child_index[r.unit.id] = c.rows.size();
    c.rows.push_back(r);
  }
  for (const auto& r : all) {
    if (r.unit.parent_id == c.unit.id) continue;
    auto child = id_below(r.unit.path, c.unit.id);
    if (!child) continue;
    if (auto it = child_index.find(*child); it != child_index.end()) {
      c.rows[it->second].has_children = true;
      count_standing(c.rows[it->second].below, r);
    }
  }
  for (const auto& r : all) {
    if (!r.expected) continue;
    if (r.status == ReportStatus::kReturned)
      c.returned.push_back(r);
    else if (!is_submitted(r.status))
      c.missing.push_back(r);
    else if (r.timeliness && r.timeliness->state == Timeliness::State::kLate)
      c.late.push_back(r);
  }
  auto most_overdue = [](const UnitCompleteness& x, const UnitCompleteness& y) {
    const bool xo = x.timeliness && x.timeliness->state == Timeliness::State::kMissing;
    const bool yo = y.timeliness && y.timeliness->state == Timeliness::State::kMissing;
    if (xo != yo) return xo;
    return xo ? overdue_days(x) > overdue_days(y) : false;
  };
  std::stable_sort(c.missing.begin(), c.missing.end(), most_overdue);
  std::stable_sort(c.late.begin(), c.late.end(),
                   [](const UnitCompleteness& x, const UnitCompleteness& y) { return overdue_days(x) > overdue_days(y); });
  return c;
}

Result<std::vector<ChildrenCompleteness>> Reports::children_completeness(const Actor& a, const std::string& org,
                                                                        const std::vector<Period>& periods) {
  std::vector<ChildrenCompleteness> out;
  const Date today = vietnam_date(clock_.now());
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    const auto sets = tx.data_sets();
    std::vector<OrgUnit> children;
    for (auto& u : tx.org_children(unit->id))
      if (!u.is_closed()) children.push_back(std::move(u));
    for (const auto& p : periods) {
      ChildrenCompleteness c{*unit, p, today, {}, {}};
      std::map<int64_t, ReportRecord> reports;
      for (auto& r : tx.reports_of_children(unit->id, p.code())) reports[r.org_id] = r;
      for (const auto& u : children) {
        c.rows.push_back(assess(u, reports, sets, p, today));
        count_standing(c.counts, c.rows.back());
      }
      out.push_back(std::move(c));
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  return out;
}

std::string reminder_text(const Completeness& c) {
  const std::string what = "báo cáo " + c.period.label_vi();
  if (c.missing.empty() && c.returned.empty() && c.late.empty())
    return "Đến ngày " + format_vi(c.today) + ", tất cả đơn vị đã nộp " + what + " đúng hạn.\n";
  std::string out = "Kính gửi các đơn vị,\n";
  auto due_text = [](const UnitCompleteness& r) {
    std::string s = r.due ? "hạn " + format_vi(*r.due) : "";
    if (r.timeliness && r.timeliness->state == Timeliness::State::kMissing)
      s += ", quá hạn " + std::to_string(r.timeliness->days) + " ngày";
    return s;
  };
  if (!c.missing.empty()) {
    out += "\nĐến ngày " + format_vi(c.today) + ", các đơn vị sau chưa nộp " + what + ":\n";
    for (const auto& r : c.missing) out += "- " + r.unit.name + " (" + due_text(r) + ")\n";
  }
  if (!c.returned.empty()) {
    out += "\nCác đơn vị sau có " + what + " bị trả lại, cần hoàn thiện và nộp lại:\n";
    for (const auto& r : c.returned) out += "- " + r.unit.name + " (" + due_text(r) + ")\n";
  }
  if (!c.late.empty()) {
    out += "\nCác đơn vị sau đã nộp " + what + " muộn:\n";
    for (const auto& r : c.late)
      out += "- " + r.unit.name + " (muộn " + std::to_string(overdue_days(r)) + " ngày)\n";
  }
  out += "\nĐề nghị các đơn vị khẩn trương hoàn thành, nộp báo cáo trên hệ thống Bình Đẳng và bảo đảm đúng hạn "
         "ở các kỳ sau.\n";
  return out;
}

}  // namespace bd::app
