// Use cases for activities (hoạt động): record what a unit did or plans to
// do, list a unit's or a subtree's activities, turn calendar items
// (observances, plan schedule items) into planned activities, and keep the
// unit's derived catalog values current (activity_feed.cpp). Evidence files
// are in evidence.h. Thread-safe: all state lives in the Store.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <variant>

#include <nlohmann/json.hpp>

#include "app/context.h"
#include "app/data/datavalues.h"
#include "core/activity.h"
#include "core/org.h"
#include "storage/store.h"

namespace bd::app {

struct ActivityView {
  ActivityRecord record;
  OrgUnit unit;
  std::vector<EvidenceRecord> evidence;
  bool can_edit = false;
  // Set when the activity was saved but its figures could not be fed to the
  // catalog (e.g. the period's report is approved and locked).
  std::string feed_warning;
};

struct ActivityFilter {
  int year = 0;                        // 0: every year
  std::optional<ActivityType> type;
  std::optional<ActivityStatus> status;
  bool subtree = false;                // the unit and every unit below it
};

struct ActivityList {
  OrgUnit unit;
  std::vector<ActivityView> items;     // newest first; no evidence loaded
  std::map<ActivityType, int> by_type; // counts of the listed items
  bool can_create = false;
};

// A number of people as it came: a JSON integer, or the text typed in a form
// ("1.500" and "" read as in data entry; "" is 0).
using CountInput = std::variant<int64_t, std::string>;

struct ParticipantInput {
  std::string audience;  // an audience code ("staff", "students", ...)
  std::string sex;       // "female" or "male"
  CountInput count;
};

// What a create or an update sets. An absent field keeps its value (update)
// or its default (create); the http layer reads a JSON body or a form into it.
struct ActivityInput {
  std::optional<std::string> type, status, title, organiser, description, start, end, observance;
  std::optional<int64_t> plan_id;                    // 0 clears
  std::optional<int64_t> task_index;                 // -1 clears
  std::optional<std::vector<std::string>> audience;  // audience codes
  std::vector<ParticipantInput> participants;
};

// Checks the input's codes, counts and dates and applies it to `a`; the
// field of the first problem is named ("participants.staff.female").
Status apply_activity_input(ActivityRecord& a, const ActivityInput& in);
nlohmann::json activity_audit_json(const ActivityRecord& a);

class Activities {
 public:
  Activities(storage::Store& store, DataValues& values, const Clock& clock)
      : store_(store), values_(values), clock_(clock) {}

  Result<ActivityList> list(const Actor& a, const std::string& org, const ActivityFilter& filter);
  Result<ActivityView> get(const Actor& a, int64_t id);
  Result<ActivityView> create(const Actor& a, const std::string& org, const ActivityInput& in);
  // Changes the given fields only.
  Result<ActivityView> update(const Actor& a, int64_t id, const ActivityInput& in);
  // Deletes the activity and its evidence records (files are removed by
  // Evidence::remove_files_of beforehand).
  Status remove(const Actor& a, int64_t id);
  // A planned activity from a calendar item: "obs:<code>:<year>" (an
  // observance of that year) or "plan:<plan id>:<schedule index>". Conflict
  // when the unit already has an activity for that item.
  Result<ActivityView> from_calendar(const Actor& a, const std::string& org, const std::string& item);

  // Recomputes the derived values of `org_id` for the half-year containing
  // `date` from its done activities and saves them as the system actor.
  // Returns "" or the reason it could not.
  std::string feed(int64_t org_id, const std::string& date);

 private:
  void feed_after(const std::optional<ActivityRecord>& before, const std::optional<ActivityRecord>& after,
                  ActivityView* view);

  storage::Store& store_;
  DataValues& values_;
  const Clock& clock_;
};

// Keys of calendar items, as Activities::from_calendar takes them.
std::string observance_item(const std::string& code, int year);  // "obs:<code>:<year>"
std::string plan_item(int64_t plan_id, int index);               // "plan:<plan id>:<index>"
// The calendar items an activity stands for: its observance in the year it
// starts, its plan's schedule item; none, one or both.
std::vector<std::string> calendar_items_of(const ActivityRecord& r);

// The catalog values activities feed (activity_feed.cpp): element code,
// option ("female"/"male", or "" for elements without sex) → value, from the
// done activities of one unit and half-year, each capped by the matching
// total of `stored` (e.g. staff trained ≤ staff) when present.
struct FedValue {
  std::string element, option;
  double value = 0;
};
std::vector<FedValue> derived_values(const std::vector<ActivityRecord>& done,
                                     const std::map<std::string, double>& totals);
// The elements activities may write ("staff_trained_ge", ...).
const std::vector<std::string>& fed_elements();

}  // namespace bd::app
