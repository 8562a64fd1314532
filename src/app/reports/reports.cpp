#include "app/reports/reports.h"

#include <algorithm>
#include <map>
#include <set>

#include "app/access.h"
#include "app/analytics/tree_history.h"
#include "app/reports/access.h"
#include "app/reports/frozen_report.h"
#include "app/reports/narrative_draft.h"
#include "app/audit.h"
#include "core/report_deadlines.h"
#include "core/ids.h"
#include "core/text.h"

namespace bd::app {
namespace {

using nlohmann::json;

constexpr size_t kMaxNarrativeLength = 20000;  // code points per field
constexpr size_t kMaxCommentLength = 2000;
constexpr int64_t kVietnamOffset = 7 * 3600;  // UTC+7, no daylight saving

// NFC, Windows line ends folded, white space trimmed at both ends; inner
// line breaks are kept (paragraphs of a report).
std::string tidy(std::string_view in) {
  std::string s;
  for (char c : in)
    if (c != '\r') s += c;
  s = text::nfc(s);
  const char* ws = " \t\n\v\f";
  const size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

json parse_narrative(const std::string& text) {
  json out = json::object();
  try {
    auto j = json::parse(text.empty() ? "{}" : text);
    if (j.is_object()) out = j;
  } catch (const std::exception&) {
  }
  for (const auto& f : narrative_fields())
    if (!out.contains(f) || !out[f].is_string()) out[f] = "";
  return out;
}

json audit_json(const ReportRecord& r) {
  return {{"status", std::string(report_status_code(r.status))}, {"comment", r.comment},
          {"narrative", parse_narrative(r.narrative)}};
}

std::string_view verb_vi(ReportAction a) {
  switch (a) {
    case ReportAction::kSave: return "sửa";
    case ReportAction::kSubmit: return "nộp";
    case ReportAction::kApprove: return "duyệt";
    case ReportAction::kReturn: return "trả lại";
    case ReportAction::kReopen: return "mở lại";
    case ReportAction::kMarkNotRequired: return "miễn nộp";
  }
  return "";
}

Status access_for(const Actor& a, const OrgUnit& unit, ReportAction action) {
  switch (action) {
    case ReportAction::kSave:
    case ReportAction::kSubmit: return can_submit_report(a, unit);
    case ReportAction::kApprove:
    case ReportAction::kReturn:
    case ReportAction::kReopen: return can_approve_report(a, unit);
    case ReportAction::kMarkNotRequired: return can_exempt_report(a, unit);
  }
  return Error::Forbidden("Không có quyền.");
}

// A closed unit still writes the reports of the periods that ended before
// it closed (an office closed on 01/07/2025 owes its 2025S1 report).
bool closed_for(const OrgUnit& unit, const Period& p) { return unit.is_closed() && unit.closed <= iso(p.end()); }

ReportAllowed allowed_for(const Actor& a, const OrgUnit& unit, const Period& p, ReportStatus s) {
  auto may = [&](ReportAction x) {
    if (!next_report_status(s, x)) return false;
    if (closed_for(unit, p) && (x == ReportAction::kSave || x == ReportAction::kSubmit)) return false;
    return access_for(a, unit, x).ok();
  };
  return {may(ReportAction::kSave),   may(ReportAction::kSubmit), may(ReportAction::kApprove),
          may(ReportAction::kReturn), may(ReportAction::kReopen), may(ReportAction::kMarkNotRequired)};
}

// The unit and period of a request, once the actor may see them.
Result<std::pair<OrgUnit, Period>> load(storage::Tx& tx, const Actor& a, const std::string& org,
                                        const std::string& period) {
  auto p = parse_period(period);
  if (!p) return Error::BadRequest("Kỳ \"" + period + "\" không hợp lệ (ví dụ 2025, 2025S1).", "period");
  auto unit = find_unit(tx, org, "org");
  if (!unit) return unit.error();
  if (Status s = can_view(a, *unit); !s) return s.error();
  return std::make_pair(*unit, *p);
}

ReportRecord fresh(const OrgUnit& unit, const Period& p) {
  ReportRecord r;
  r.org_id = unit.id;
  r.period = p.code();
  r.narrative = parse_narrative("").dump();
  return r;
}

std::optional<Date> submitted_date(const ReportRecord& r) {
  if (const int64_t at = timeliness_submission(r.status, r.first_submitted_at, r.submitted_at); at > 0)
    return vietnam_date(at);
  return std::nullopt;
}

ReportView build_view(storage::Tx& tx, const Actor& a, const OrgUnit& unit, const Period& p, const Date& today) {
  ReportView v;
  v.unit = unit;
  v.period = p;
  v.record = tx.report_of(unit.id, p.code()).value_or(fresh(unit, p));
  // The recipient is the parent the unit had on the period's last day
  // (tree_history.h): a 2025S1 report goes to the office closed on
  // 01/07/2025, even when approved after the schools moved.
  if (auto parent = parent_on(tx.parent_history(unit.id), iso(p.end()), unit.parent_id))
    v.parent = tx.org_by_id(*parent);
  v.narrative = parse_narrative(v.record.narrative);
  std::map<std::string, DataElement> elements;
  std::map<int64_t, std::string> codes;
  const auto all_elements = tx.data_elements();
  for (const auto& e : all_elements) codes[e.id] = e.code, elements[e.code] = e;
  const auto values = tx.values_of(unit.id, p.code());
  const auto sets = tx.data_sets();
  const auto due = due_data_sets(sets, unit.type, p);
  for (const DataSet* s : due) {
    DueDataSet d;
    d.set = *s;
    d.due = s->deadline.due(p);
    const std::set<std::string> in_set(s->elements.begin(), s->elements.end());
    for (const auto& code : s->elements)
      if (auto it = elements.find(code); it != elements.end()) d.expected += it->second.option_count();
    for (const auto& sv : values) {
      const std::string& code = codes[sv.element_id];
      if (!in_set.count(code)) continue;
      d.values.push_back({code, sv.option, sv.number, sv.text});
      d.filled += sv.number.has_value() || !sv.text.empty();
    }
    v.data_sets.push_back(std::move(d));
  }
  v.due = report_due(sets, unit.type, p);
  if (v.due) v.timeliness = timeliness(*v.due, submitted_date(v.record), today);
  for (auto& act : tx.activities_of(unit.id, iso(p.start()), iso(p.end()))) {
    if (act.status == ActivityStatus::kCancelled) continue;
    if (act.status == ActivityStatus::kDone) {
      ++v.activities_done;
      for (const auto& part : act.participants) {
        v.reached.female += part.female;
        v.reached.male += part.male;
      }
    }
    v.activities.push_back(std::move(act));
  }
  std::reverse(v.activities.begin(), v.activities.end());  // the store lists the newest first
  v.locked = tx.is_locked(unit.id, p.code());
  v.allowed = allowed_for(a, unit, p, v.record.status);
  v.gaps = submission_gaps(v, all_elements);
  return v;
}

// The facts of a live report for its drafted narrative (narrative_draft.h).
NarrativeFacts facts_of(storage::Tx& tx, const Analytics& analytics, const ReportView& v) {
  NarrativeFacts f;
  f.unit_name = v.unit.name;
  f.parent_name = v.parent ? v.parent->name : "";
  f.period = v.period;
  const Period before{v.period.type, v.period.year - 1, v.period.index};
  for (const auto& t : v.targets) {
    TargetFact fact{t, std::nullopt, std::nullopt, std::nullopt};
    if (auto r = analytics.indicator(t.indicator.code, v.unit.id, before); r.ok()) fact.year_before = *r;
    if (auto p = previous_to_compare(v.period))
      if (auto r = analytics.indicator(t.indicator.code, v.unit.id, *p); r.ok()) fact.previous = *r;
    f.targets.push_back(std::move(fact));
  }
  f.activities = v.activities_done;
  f.reached = v.reached;
  for (const auto& d : v.data_sets)
    if (d.filled < d.expected) f.incomplete_forms.push_back(d.set.name_vi);
  const std::string from = iso(v.period.start()), to = iso(v.period.end());
  auto within = [&](const std::string& day) { return !day.empty() && from <= day && day <= to; };
  for (const auto& m : tx.committee_of(v.unit.id)) {
    f.committee_joined += within(m.term_start);
    f.committee_left += within(m.term_end);
  }
  for (const auto& c : tx.commendations_of(v.unit.id)) f.commendations += within(c.decision_date);
  for (const auto& i : tx.inspections_of(v.unit.id)) f.inspections += i.status == "done" && within(i.date);
  for (const auto& i : tx.incidents_of(v.unit.id)) f.incidents += within(i.occurred_on);
  return f;
}

}  // namespace

Result<int> parse_report_version(const std::string& text) {
  if (text.empty()) return 0;
  const auto n = parse_id(text);
  if (!n || *n > 1000000) return Error::BadRequest("Lần duyệt phải là số nguyên dương (1, 2, …).", "version");
  return static_cast<int>(*n);
}

const std::vector<std::string>& narrative_fields() {
  static const std::vector<std::string> f{"results", "shortcomings_causes", "next_directions", "proposals"};
  return f;
}

Result<json> normalize_report_narrative(const json& in) {
  if (!in.is_object()) return Error::BadRequest("Nội dung báo cáo phải là một đối tượng JSON.");
  json out = json::object();
  const auto& fields = narrative_fields();
  for (const auto& [key, value] : in.items()) {
    if (std::find(fields.begin(), fields.end(), key) == fields.end())
      return Error::BadRequest("Báo cáo không có mục \"" + key + "\".", key);
    if (value.is_null()) {
      out[key] = "";
      continue;
    }
    if (!value.is_string() || !text::valid_utf8(value.get<std::string>()))
      return Error::BadRequest("Mục \"" + key + "\" phải là văn bản.", key);
    std::string cleaned = tidy(value.get<std::string>());
    if (text::length(cleaned) > kMaxNarrativeLength)
      return Error::Validation("Mục \"" + key + "\" quá dài (tối đa 20.000 ký tự).", key);
    out[key] = cleaned;
  }
  return out;
}

Date vietnam_date(int64_t unix_seconds) { return date_from_unix(unix_seconds + kVietnamOffset); }

std::vector<Period> recent_periods(const std::vector<DataSet>& sets, std::optional<OrgType> type, const Date& today) {
  std::set<Period> periods;
  for (const auto& s : sets) {
    if (type && !s.applies_to(*type)) continue;
    const int back = s.period_type == PeriodType::kYear || s.period_type == PeriodType::kSchoolYear ? 2 : 4;
    Period p = period_of(s.period_type, today);
    for (int i = 0; i < back; ++i, p = p.previous()) periods.insert(p);
  }
  return {periods.begin(), periods.end()};
}

Result<ReportView> Reports::get(const Actor& a, const std::string& org, const std::string& period, int version) {
  ReportView v;
  const Date today = vietnam_date(clock_.now());
  std::optional<ReportVersion> shown;
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto l = load(tx, a, org, period);
    if (!l) return l.error();
    v = build_view(tx, a, l->first, l->second, today);
    if (v.record.id == 0) return version > 0 ? Error::NotFound("Báo cáo chưa có bản đã duyệt nào.") : Status::Ok();
    v.versions = tx.report_versions(v.record.id, false);
    if (version > static_cast<int>(v.versions.size()))
      return Error::NotFound("Báo cáo không có bản đã duyệt lần " + std::to_string(version) + ".");
    const int wanted = version > 0 ? version
                       : v.record.status == ReportStatus::kApproved ? static_cast<int>(v.versions.size())
                                                                     : 0;
    if (wanted > 0) shown = tx.report_versions(v.record.id, true)[static_cast<size_t>(wanted - 1)];
    return Status::Ok();
  });
  if (!st) return st.error();
  if (shown && thaw_report(json::parse(shown->record, nullptr, false), v)) {
    v.shown_version = shown->version;
    // An earlier approval is read only: what can be done is done to the report itself.
    if (!v.shows_current_approval()) v.allowed = {};
    return v;
  }
  if (auto t = dashboard_.targets(a, v.unit.code, v.period.code())) v.targets = std::move(t->targets);
  // A unit with units below: how their reports came in.
  std::optional<ReportingFacts> reporting;
  if (auto c = children_completeness(a, v.unit.code, {v.period}); c && !c->empty() && !c->front().rows.empty()) {
    ReportingFacts r;
    for (const auto& row : c->front().rows) {
      if (!row.expected) continue;
      ++r.expected;
      const bool in = row.status == ReportStatus::kSubmitted || row.status == ReportStatus::kApproved;
      if (!in) r.missing.push_back(row.unit.name);
      else if (row.timeliness && row.timeliness->state == Timeliness::State::kLate) r.late.push_back(row.unit.name);
      r.submitted += in;
    }
    reporting = std::move(r);
  }
  // And where those units stand on each target.
  std::vector<std::optional<TargetChildren>> standing(v.targets.size());
  if (reporting)
    if (auto k = dashboard_.children_targets(a, v.unit.code, v.period.code()); k && !k->empty()) {
      std::map<std::string, std::vector<std::pair<std::string, TargetState>>> by_target;
      for (auto& c : *k) by_target[c.state.target.code].emplace_back(c.unit.name, std::move(c.state));
      for (size_t i = 0; i < v.targets.size(); ++i)
        if (auto it = by_target.find(v.targets[i].target.code); it != by_target.end())
          standing[i] = children_standing(it->second);
    }
  st = store_.read([&](storage::Tx& tx) {
    auto facts = facts_of(tx, dashboard_.analytics(), v);
    facts.reporting = std::move(reporting);
    for (size_t i = 0; i < facts.targets.size() && i < standing.size(); ++i) facts.targets[i].children = standing[i];
    v.draft = draft_narrative(facts);
    return Status::Ok();
  });
  if (!st) return st.error();
  return v;
}

Result<std::vector<ReportSummary>> Reports::list(const Actor& a, const std::string& org) {
  std::vector<ReportSummary> out;
  const Date today = vietnam_date(clock_.now());
  Status st = store_.read([&](storage::Tx& tx) -> Status {
    auto unit = tx.org_by_code(org.empty() ? a.org_code : org);
    if (!unit) return Error::NotFound("Không tìm thấy đơn vị " + org + ".", "org");
    if (Status s = can_view(a, *unit); !s) return s;
    const auto sets = tx.data_sets();
    std::map<std::string, ReportRecord> stored;
    for (auto& r : tx.reports_of(unit->id)) stored[r.period] = r;
    std::set<Period> periods;
    for (const auto& p : recent_periods(sets, unit->type, today)) periods.insert(p);
    for (const auto& [code, r] : stored)
      if (auto p = parse_period(code)) periods.insert(*p);
    for (const auto& p : periods) {
      ReportSummary row;
      row.period = p;
      const auto it = stored.find(p.code());
      row.stored = it != stored.end();
      const ReportRecord r = row.stored ? it->second : fresh(*unit, p);
      row.status = r.status;
      row.comment = r.comment;
      row.decided_by = r.decided_by;
      row.due = report_due(sets, unit->type, p);
      if (row.due) row.timeliness = timeliness(*row.due, submitted_date(r), today);
      out.push_back(row);
    }
    return Status::Ok();
  });
  if (!st) return st.error();
  std::stable_sort(out.begin(), out.end(), [](const ReportSummary& x, const ReportSummary& y) {
    if (x.due.has_value() != y.due.has_value()) return x.due.has_value();
    if (x.due != y.due) return *x.due > *y.due;
    return x.period > y.period;
  });
  return out;
}

Result<ReportView> Reports::transition(const Actor& a, const std::string& org, const std::string& period,
                                       ReportAction action, const std::string& comment_in, const json* narrative) {
  json fields = json::object();
  if (narrative) {
    auto n = normalize_report_narrative(*narrative);
    if (!n) return n.error();
    fields = *n;
  }
  const std::string comment = tidy(comment_in);
  // What an approval keeps (frozen_report.h): the targets come from the
  // engine, which an approval does not change.
  std::vector<TargetState> approved_targets;
  if (action == ReportAction::kApprove)
    if (auto t = dashboard_.targets(a, org, period)) approved_targets = std::move(t->targets);
  int64_t changed_id = 0;
  std::string changed_period;
  Status st = store_.write([&](storage::Tx& tx) -> Status {
    auto l = load(tx, a, org, period);
    if (!l) return l.error();
    const auto& [unit, p] = *l;
    if (Status s = access_for(a, unit, action); !s) return s;
    auto existing = tx.report_of(unit.id, p.code());
    ReportRecord r = existing.value_or(fresh(unit, p));
    auto next = next_report_status(r.status, action);
    if (!next)
      return Error::Conflict("Báo cáo đang ở trạng thái \"" + std::string(report_status_label_vi(r.status)) +
                             "\" nên không thể " + std::string(verb_vi(action)) + ".");
    if (closed_for(unit, p) && (action == ReportAction::kSave || action == ReportAction::kSubmit))
      return Error::Conflict("Đơn vị đã đóng từ " + format_vi(*parse_date(unit.closed)) +
                                 " nên không soạn, nộp báo cáo kỳ này được nữa.", "org");
    if (action == ReportAction::kSubmit)
      if (const ReportView as_is = build_view(tx, a, unit, p, vietnam_date(clock_.now())); as_is.gaps.blocked())
        return required_blank_error(as_is.gaps);
    if (action == ReportAction::kReturn && comment.empty())
      return Error::Validation("Cần ghi rõ lý do trả lại để đơn vị biết cần sửa gì.", "comment");
    if (action == ReportAction::kReopen && comment.empty())
      return Error::Validation("Cần ghi rõ lý do mở lại báo cáo đã duyệt.", "reason");
    if (text::length(comment) > kMaxCommentLength)
      return Error::Validation("Ý kiến quá dài (tối đa 2.000 ký tự).", "comment");
    const ReportRecord before = r;
    const int64_t now = clock_.now();
    r.status = *next;
    switch (action) {
      case ReportAction::kSave: {
        json n = parse_narrative(r.narrative);
        for (const auto& [k, v] : fields.items()) n[k] = v;
        r.narrative = n.dump();
        break;
      }
      case ReportAction::kSubmit:
        if (r.first_submitted_at == 0) r.first_submitted_at = now;
        r.submitted_at = now;
        r.submitted_by = a.username;
        break;
      case ReportAction::kApprove:
        tx.set_locked(unit.id, p.code(), true);
        [[fallthrough]];
      case ReportAction::kReturn:
      case ReportAction::kMarkNotRequired:
        r.decided_at = now;
        r.decided_by = a.username;
        r.comment = comment;
        break;
      case ReportAction::kReopen:
        if (before.status == ReportStatus::kApproved) tx.set_locked(unit.id, p.code(), false);
        r.decided_at = now;
        r.decided_by = a.username;
        r.comment = comment;
        break;
    }
    r.updated_at = now;
    r.updated_by = a.username;
    if (existing)
      tx.update_report(r);
    else
      tx.insert_report(r);
    if (action == ReportAction::kApprove) {
      ReportView said = build_view(tx, a, unit, p, vietnam_date(now));
      said.targets = std::move(approved_targets);
      ReportVersion version{r.id, 0, now, a.username, freeze_report(said).dump()};
      tx.add_report_version(version);
    }
    tx.add_audit(audit_entry(a, now, std::string(report_action_code(action)), "report", unit.code + "/" + p.code(),
                             existing ? audit_json(before) : json(nullptr), audit_json(r)));
    changed_id = unit.id;
    changed_period = p.code();
    tx.notify(ReportBoard::report_notice(changed_id, changed_period));
    return Status::Ok();
  });
  if (!st) return st.error();
  board_.report_changed(changed_id, changed_period);
  return get(a, org, period);
}

Result<ReportView> Reports::save(const Actor& a, const std::string& org, const std::string& period,
                                 const json& narrative) {
  return transition(a, org, period, ReportAction::kSave, "", &narrative);
}

Result<ReportView> Reports::submit(const Actor& a, const std::string& org, const std::string& period) {
  return transition(a, org, period, ReportAction::kSubmit, "");
}

Result<ReportView> Reports::approve(const Actor& a, const std::string& org, const std::string& period) {
  return transition(a, org, period, ReportAction::kApprove, "");
}

Result<ReportView> Reports::send_back(const Actor& a, const std::string& org, const std::string& period,
                                      const std::string& comment) {
  return transition(a, org, period, ReportAction::kReturn, comment);
}

Result<ReportView> Reports::reopen(const Actor& a, const std::string& org, const std::string& period,
                                   const std::string& reason) {
  return transition(a, org, period, ReportAction::kReopen, reason);
}

Result<ReportView> Reports::mark_not_required(const Actor& a, const std::string& org, const std::string& period,
                                              const std::string& reason) {
  return transition(a, org, period, ReportAction::kMarkNotRequired, reason);
}

}  // namespace bd::app
