// A report's narrative drafted from its figures: the four sections of a
// periodic report (results; shortcomings and causes; directions; proposals)
// written in official Vietnamese from the targets, the activities and the
// registers of the period. Templates and rules only, deterministic: the same
// facts always give the same words. Numbers in Vietnamese formats, lists of
// names as "A, B và C", zero cases said plainly. The user edits the draft
// freely; nothing here ever replaces what was written (reports.h decides).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/analytics/analytics.h"
#include "core/activity.h"
#include "core/period.h"

namespace bd::app {

// Where a unit's direct children stand on one of its targets (reports of a
// unit with units below).
struct ChildStanding {
  std::string name;
  std::optional<double> value;
  std::optional<double> gap;  // positive: short of the target
};
struct TargetChildren {
  std::vector<std::string> met;       // names, in Vietnamese alphabetical order
  std::vector<ChildStanding> behind;  // not met, furthest behind first
  int no_data = 0;
};
// From each child's state of the target (any order).
TargetChildren children_standing(const std::vector<std::pair<std::string, TargetState>>& states);

// A target of the report, with the indicator a year before (the same
// period of the year before, or the year before for a yearly report), in
// the period just before (for a half-year, quarter or month), and where the
// children stand on it.
struct TargetFact {
  TargetState state;
  std::optional<double> year_before;
  std::optional<double> previous;
  std::optional<TargetChildren> children;
};

// How the reports of a unit's direct children came in (units with none
// have no such facts).
struct ReportingFacts {
  int expected = 0;   // children with a report due, not exempted
  int submitted = 0;  // of them, submitted or approved
  std::vector<std::string> late;     // names of those submitted after the due date
  std::vector<std::string> missing;  // names of those not submitted
};

// What a draft is written from.
struct NarrativeFacts {
  std::string unit_name;    // "Trường THCS Tân Mỹ"
  std::string parent_name;  // who receives it ("" for none)
  Period period;
  std::vector<TargetFact> targets;
  int activities = 0;  // activities done in the period
  Participants reached;
  std::vector<std::string> incomplete_forms;  // names of forms due with cells not entered
  int committee_joined = 0, committee_left = 0;  // members whose term began / ended in the period
  int commendations = 0;                           // decided in the period
  int inspections = 0;                             // of the unit, held in the period
  int incidents = 0;  // received in the period; counts only (Decree 13/2023)
  std::optional<ReportingFacts> reporting;
};

// The sections, keyed as narrative_fields(): "results",
// "shortcomings_causes", "next_directions", "proposals"; one paragraph per
// line ("- " items).
nlohmann::json draft_narrative(const NarrativeFacts& f);

// The sentences, for tests and other drafts: a target met, a target not met
// (with its gap and, from its yearly history, when the trend reaches it),
// and the activities of the period.
std::string met_sentence(const TargetFact& t, const Period& period);
std::string unmet_sentence(const TargetFact& t, const Period& period);
std::string activities_sentence(int done, const Participants& reached);
// "Về tỷ lệ nữ cán bộ quản lý: 12/15 đơn vị trực thuộc đạt chỉ tiêu (A, B,
// … và 2 đơn vị khác); chưa đạt: D (25,0%) và E (30,0%)."; "" without children.
std::string children_sentence(const TargetFact& t);
// "38/45 đơn vị đã gửi báo cáo, 5 đơn vị gửi muộn, 2 đơn vị chưa gửi: A và B."
std::string reporting_sentence(const ReportingFacts& r);
// "cùng kỳ năm 2024" (a half-year, quarter or month), "năm 2024" (a year).
std::string year_before_label(const Period& period);
// The period a report compares with besides the year before: the one just
// before ("6 tháng cuối năm 2025" for 2026S1); none for a year, whose period
// just before is the year before.
std::optional<Period> previous_to_compare(const Period& period);
// The first year (after `year`) the straight trend of `history` reaches the
// target, within 10 years; nullopt when it never does then.
std::optional<int> year_reached(const TargetState& s, int year);

}  // namespace bd::app
