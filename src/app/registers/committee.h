// Use cases for the committee for the advancement of women (Ban vì sự tiến
// bộ của phụ nữ, Ban VSTBPN) of a unit: its members with their terms, the
// re-composition (kiện toàn) that ends the current terms and starts new ones
// (history kept: who served on any date), and the unit's catalog values
// `committee_members` and `committee_trained` by sex, saved through
// DataValues for the half-year of the change.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/context.h"
#include "app/data/datavalues.h"
#include "core/org.h"
#include "core/registry.h"
#include "storage/store.h"

namespace bd::app {

struct MemberInput {
  std::string full_name, sex, role, position, phone;
  std::string term_start, term_end;  // dd/mm/yyyy or ISO; term_end optional
  std::string decision_no, decision_date;
  bool trained = false;
};

struct CommitteeCounts {
  int female = 0, male = 0, trained_female = 0, trained_male = 0;
  int total() const { return female + male; }
  int trained() const { return trained_female + trained_male; }
};

struct CommitteeView {
  OrgUnit unit;
  std::string on;                        // ISO date of `members`
  std::vector<CommitteeMember> members;  // serving on that date, by role
  std::vector<CommitteeMember> history;  // every term, oldest first
  CommitteeCounts counts;                // of `members`
  bool can_edit = false;
};

// The result of a write: the view, and whether the catalog values were
// saved (they are not when the period is locked by an approved report).
struct CommitteeChange {
  CommitteeView view;
  std::string values_period;  // e.g. "2026S2"
  std::string values_note;    // "" when saved, else why not
};

class Committee {
 public:
  Committee(storage::Store& store, DataValues& values, const Clock& clock)
      : store_(store), values_(values), clock_(clock) {}

  // The committee on `on` (ISO or dd/mm/yyyy; "" for today).
  Result<CommitteeView> get(const Actor& a, const std::string& org, const std::string& on = "");
  Result<CommitteeChange> add(const Actor& a, const std::string& org, MemberInput in);
  Result<CommitteeChange> update(const Actor& a, const std::string& org, int64_t id, MemberInput in);
  // Ends a term on `on` (the member leaves; history kept).
  Result<CommitteeChange> end_term(const Actor& a, const std::string& org, int64_t id, const std::string& on);
  // Kiện toàn: ends every current term the day before `from` and appoints
  // `members` from `from` under one decision.
  Result<CommitteeChange> recompose(const Actor& a, const std::string& org, const std::string& from,
                                    const std::string& decision_no, const std::string& decision_date,
                                    std::vector<MemberInput> members);

 private:
  Result<CommitteeChange> finish(const Actor& a, const std::string& org);

  storage::Store& store_;
  DataValues& values_;
  const Clock& clock_;
};

// Checks and normalises a member (dates become ISO).
Status validate_member(MemberInput& in);
CommitteeCounts count_members(const std::vector<CommitteeMember>& members);

}  // namespace bd::app
