// Completeness of a unit's children and subtree for a period: who was
// expected to report, who did (on time or late), who was approved, returned,
// exempted or is missing. Read from the report board (report_board.h).
#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "app/access.h"
#include "app/reports/reports.h"
#include "core/indicator.h"

namespace bd::app {
namespace {

bool is_submitted(ReportStatus s) { return s == ReportStatus::kSubmitted || s == ReportStatus::kApproved; }

// What is due from a unit of one type for the period: whether any form is,
// and the earliest due date of those that are.
struct Due {
  bool any = false;
  std::optional<Date> date;
};

Due due_for(const std::vector<DataSet>& sets, OrgType type, const Period& p) {
  return {!due_data_sets(sets, type, p).empty(), report_due(sets, type, p)};
}

// How a unit stands, without the unit: what is kept for each of the tens of
// thousands of units below the ministry.
struct Standing {
  ReportStatus status = ReportStatus::kDraft;
  bool expected = false;
  int64_t submitted_at = 0;
  int64_t first_submitted_at = 0;
  std::optional<Date> due;
  std::optional<Timeliness> timeliness;
};

Standing lean_standing(const ReportState* report, const Due& due, const Date& today) {
  Standing row;
  if (report) {
    row.status = report->status;
    row.submitted_at = report->submitted_at;
    row.first_submitted_at = report->first_submitted_at;
  }
  row.due = due.date;
  row.expected = due.any && row.status != ReportStatus::kNotRequired;
  if (row.due) {
    std::optional<Date> submitted;
    if (const int64_t at = timeliness_submission(row.status, row.first_submitted_at, row.submitted_at); at > 0)
      submitted = vietnam_date(at);
    row.timeliness = timeliness(*row.due, submitted, today);
  }
  return row;
}

UnitCompleteness with_unit(const Standing& s, OrgUnit u) {
  UnitCompleteness row;
  row.unit = std::move(u);
  row.status = s.status;
  row.expected = s.expected;
  row.submitted_at = s.submitted_at;
  row.due = s.due;
  row.timeliness = s.timeliness;
  return row;
}

UnitCompleteness standing(OrgUnit u, const ReportState* report, const Due& due, const Date& today) {
  return with_unit(lean_standing(report, due, today), std::move(u));
}

template <class Row>
void count_into(CompletenessCounts& c, const Row& r) {
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

UnitCompleteness assess(OrgUnit u, const std::unordered_map<int64_t, ReportState>& reports, const std::vector<DataSet>& sets, const Period& p,
                        const Date& today) {
  auto it = reports.find(u.id);
  const Due due = due_for(sets, u.type, p);
  return standing(std::move(u), it == reports.end() ? nullptr : &it->second, due, today);
}

}  // namespace

UnitCompleteness report_standing(const OrgUnit& u, const ReportState* report, const std::vector<DataSet>& sets,
                                 const Period& p, const Date& today) {
  return standing(u, report, due_for(sets, u.type, p), today);
}

void count_standing(CompletenessCounts& c, const UnitCompleteness& r) { count_into(c, r); }

namespace {

// The direct child of the unit whose path is `root` that `path` (a path
// strictly below it) lies within: the id that follows the root's path.
std::optional<int64_t> child_below(std::string_view path, std::string_view root) {
  if (path.size() <= root.size() || path.compare(0, root.size(), root) != 0) return std::nullopt;
  int64_t id = 0;
  size_t i = root.size();
  for (; i < path.size() && path[i] >= '0' && path[i] <= '9'; ++i) id = id * 10 + (path[i] - '0');
  if (i == root.size() || i >= path.size() || path[i] != '/') return std::nullopt;
  return id;
}

int overdue_days(const UnitCompleteness& r) { return r.timeliness ? r.timeliness->days : 0; }

}  // namespace

Result<Completeness> Reports::completeness(const Actor& a, const std::string& org, const std::string& period) {
  Completeness c;
  c.today = vietnam_date(clock_.now());
  std::vector<DataSet> sets;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto p = parse_period(period);
    if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
    auto unit = find_unit(tx, org, "org");
    if (!unit) return unit.error();
    if (Status s = can_view(a, *unit); !s) return s;
    c.unit = *unit;
    c.period = *p;
    sets = tx.data_sets();
    return Status::Ok();
  });
  if (!st) return st.error();
  // Every open unit below, and how each stands, from the board (the
  // ministry's subtree is every unit of the nation): kept apart, so that
  // only the rows and the lists to remind copy a unit. A past period counts
  // the units below as they were then (tree_history.h).
  auto tree = board_.units();
  if (!tree) return tree.error();
  std::vector<const OrgUnit*> units;
  std::vector<int64_t> parent_of, top_of;  // per unit: its parent, the direct child it lies below
  const Analytics& analytics = dashboard_.analytics();
  if (analytics.follows_past_tree(c.period)) {
    std::unordered_map<int64_t, const OrgUnit*> by_id;
    for (const OrgUnit& u : **tree) by_id.emplace(u.id, &u);
    for (const auto& m : analytics.subtree(c.unit.id, c.period, false)) {
      auto it = by_id.find(m.id);
      if (m.id == c.unit.id || it == by_id.end()) continue;
      units.push_back(it->second);
      parent_of.push_back(m.parent);
      top_of.push_back(m.top);
    }
  } else {
    for (const OrgUnit& u : subtree(**tree, c.unit.path)) {
      if (u.id == c.unit.id || u.is_closed()) continue;
      units.push_back(&u);
      parent_of.push_back(u.parent_id.value_or(0));
      top_of.push_back(child_below(u.path, c.unit.path).value_or(0));
    }
  }
  std::vector<Standing> all;  // all[i] is how *units[i] stands
  all.reserve(units.size());
  std::map<OrgType, Due> due;  // a few types, tens of thousands of units
  st = board_.with_states(c.period.code(), [&](const ReportBoard::States& reports) {
    for (const OrgUnit* u : units) {
      auto d = due.find(u->type);
      if (d == due.end()) d = due.emplace(u->type, due_for(sets, u->type, c.period)).first;
      all.push_back(lean_standing(reports.find(u->id), d->second, c.today));
    }
  });
  if (!st) return st.error();

  auto row = [&](size_t i) { return with_unit(all[i], *units[i]); };
  std::unordered_map<int64_t, size_t> child_index;  // direct child id → its row
  for (size_t i = 0; i < all.size(); ++i) {
    count_into(c.subtree, all[i]);
    if (parent_of[i] != c.unit.id) continue;
    count_into(c.children, all[i]);
    child_index[units[i]->id] = c.rows.size();
    c.rows.push_back(row(i));
  }
  for (size_t i = 0; i < all.size(); ++i) {
    if (parent_of[i] == c.unit.id) continue;
    if (auto it = child_index.find(top_of[i]); it != child_index.end()) {
      c.rows[it->second].has_children = true;
      count_into(c.rows[it->second].below, all[i]);
    }
  }
  for (size_t i = 0; i < all.size(); ++i) {
    const Standing& r = all[i];
    if (!r.expected) continue;
    if (r.status == ReportStatus::kReturned)
      c.returned.push_back(row(i));
    else if (!is_submitted(r.status))
      c.missing.push_back(row(i));
    else if (r.timeliness && r.timeliness->state == Timeliness::State::kLate)
      c.late.push_back(row(i));
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
    std::vector<OrgUnit> current;
    for (auto& u : tx.org_children(unit->id))
      if (!u.is_closed()) current.push_back(std::move(u));
    const Analytics& analytics = dashboard_.analytics();
    for (const auto& p : periods) {
      ChildrenCompleteness c{*unit, p, today, {}, {}};
      std::unordered_map<int64_t, ReportState> reports;
      for (const auto& r : tx.reports_of_children(unit->id, p.code())) reports.emplace(r.org_id, state_of(r));
      std::vector<OrgUnit> then;  // a past period: the children of then (tree_history.h)
      if (analytics.follows_past_tree(p))
        for (int64_t id : analytics.children(unit->id, p))
          if (auto u = tx.org_by_id(id)) {
            if (!reports.count(id))
              if (auto r = tx.report_of(id, p.code())) reports.emplace(id, state_of(*r));
            then.push_back(std::move(*u));
          }
      for (const auto& u : analytics.follows_past_tree(p) ? then : current) {
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

namespace {

std::string due_text(const UnitCompleteness& r) {
  std::string s = r.due ? "hạn " + format_vi(*r.due) : "";
  if (r.timeliness && r.timeliness->state == Timeliness::State::kMissing)
    s += ", quá hạn " + std::to_string(r.timeliness->days) + " ngày";
  return s;
}

std::string count_vi(int64_t n) { return format_number_vi(static_cast<double>(n), 0); }

// Every unit to remind, one line each: for a subtree of a few units.
std::string listed_in_full(const Completeness& c, const std::string& what) {
  std::string out;
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
  return out;
}

// One line per direct child: its own report, then what is still owed below
// it. Each level reminds the one under it, so a ministry's reminder names
// 34 departments, not thousands of schools.
std::string by_child(const Completeness& c, const std::string& what) {
  std::string out = "\nĐến ngày " + format_vi(c.today) + ", " + count_vi(c.subtree.missing) +
                    " đơn vị chưa nộp " + what;
  if (c.subtree.returned) out += ", " + count_vi(c.subtree.returned) + " đơn vị có báo cáo bị trả lại cần nộp lại";
  if (c.subtree.late) out += ", " + count_vi(c.subtree.late) + " đơn vị nộp muộn";
  out += ". Cụ thể theo từng đơn vị trực thuộc:\n";
  for (const auto& r : c.rows) {
    std::vector<std::string> parts;
    if (r.expected && r.status == ReportStatus::kReturned)
      parts.push_back("báo cáo của đơn vị bị trả lại, cần nộp lại (" + due_text(r) + ")");
    else if (r.expected && r.status != ReportStatus::kSubmitted && r.status != ReportStatus::kApproved)
      parts.push_back("chưa nộp báo cáo của đơn vị (" + due_text(r) + ")");
    std::vector<std::string> below;
    if (r.below.missing) below.push_back(count_vi(r.below.missing) + " đơn vị chưa nộp");
    if (r.below.returned) below.push_back(count_vi(r.below.returned) + " đơn vị bị trả lại");
    if (!below.empty()) {
      std::string line = "cấp dưới còn ";
      for (size_t i = 0; i < below.size(); ++i) line += (i ? ", " : "") + below[i];
      parts.push_back(line);
    }
    if (parts.empty()) continue;
    out += "- " + r.unit.name + ": ";
    for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
    out += "\n";
  }
  return out;
}

}  // namespace

std::string reminder_text(const Completeness& c) {
  const std::string what = "báo cáo " + c.period.label_vi();
  if (c.missing.empty() && c.returned.empty() && c.late.empty())
    return "Đến ngày " + format_vi(c.today) + ", tất cả đơn vị đã nộp " + what + " đúng hạn.\n";
  const bool in_full = c.missing.size() + c.returned.size() + c.late.size() <= kRemindedInFull;
  std::string out = "Kính gửi các đơn vị,\n";
  out += in_full ? listed_in_full(c, what) : by_child(c, what);
  out += in_full ? "\nĐề nghị các đơn vị khẩn trương hoàn thành, nộp báo cáo trên hệ thống Bình Đẳng và bảo đảm đúng hạn "
                   "ở các kỳ sau.\n"
                 : "\nĐề nghị các đơn vị khẩn trương hoàn thành, đôn đốc các đơn vị cấp dưới nộp báo cáo trên hệ thống "
                   "Bình Đẳng và bảo đảm đúng hạn ở các kỳ sau.\n";
  return out;
}

}  // namespace bd::app
