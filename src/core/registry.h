// Records of the committee's registers (sổ theo dõi): the committee for the
// advancement of women (Ban vì sự tiến bộ của phụ nữ) and its members over
// time, commendations, inspections with follow-up items, support services
// and hotlines, and incidents of violence or abuse (minimum personal data:
// no names, an age band). Codes and Vietnamese labels of their choices.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bd {

// A closed list of codes with labels, e.g. committee roles.
struct Choice {
  std::string_view code, vi, en;
};
// The label of `code` in `choices` ("" when unknown).
std::string_view choice_vi(const std::vector<Choice>& choices, std::string_view code);
std::string_view choice_en(const std::vector<Choice>& choices, std::string_view code);
bool is_choice(const std::vector<Choice>& choices, std::string_view code);

const std::vector<Choice>& sex_choices();             // female, male
const std::vector<Choice>& committee_role_choices();  // head, deputy, secretary, member
const std::vector<Choice>& commendation_level_choices();  // school, office, department, ministry, other
const std::vector<Choice>& inspection_status_choices();   // planned, done
const std::vector<Choice>& followup_status_choices();     // open, in_progress, done
const std::vector<Choice>& service_kind_choices();        // hotline, address, shelter
const std::vector<Choice>& incident_kind_choices();       // physical, psychological, sexual, neglect, online, domestic, other
const std::vector<Choice>& age_band_choices();            // 0-5, 6-10, 11-14, 15-17, 18-24, 25-59, 60+
const std::vector<Choice>& incident_status_choices();     // received, handling, referred, closed

// One member of a unit's committee over a term. A re-composition (kiện
// toàn) ends current terms and starts new ones; nothing is deleted.
struct CommitteeMember {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string full_name, sex, role, position, phone;
  std::string term_start, term_end;  // ISO dates; term_end "" while serving
  std::string decision_no, decision_date;  // the appointing decision
  bool trained = false;  // trained in gender equality this year
  int64_t updated_at = 0;
  std::string updated_by;
  // Serving on `iso_date` (ISO strings compare as dates).
  bool serving_on(std::string_view iso_date) const {
    return term_start <= iso_date && (term_end.empty() || iso_date <= term_end);
  }
};

// An individual (name, sex) or a collective (a unit of the tree, or named).
struct Commendation {
  int64_t id = 0;
  int64_t org_id = 0;      // the unit whose register holds it
  bool collective = false;
  std::string full_name, sex;          // individual
  std::optional<int64_t> honoree_org_id;  // collective: a unit of the tree
  std::string honoree_name;            // collective: its name as written
  std::string level, title, reason, decision_no, decision_date, movement;
  int64_t updated_at = 0;
  std::string updated_by;
};

struct FollowUp {
  int64_t id = 0;
  int64_t inspection_id = 0;
  std::string text, due, status = "open";  // due: ISO date or ""
  std::string response;                    // the inspected unit's answer
  int64_t responded_at = 0;
  std::string responded_by;
};

// The limits of an inspection's texts (characters) and follow-up items: the
// use case refuses beyond them and the forms carry them (maxlength).
struct InspectionLimits {
  static constexpr int kTeam = 1000;
  static constexpr int kScope = 4000;
  static constexpr int kFindings = 8000;
  static constexpr int kRecommendations = 8000;
  static constexpr int kFollowUpText = 2000;
  static constexpr int kResponse = 4000;
  static constexpr int kFollowUps = 50;  // items in one inspection
};

// An inspection of a unit by an ancestor (usually its parent).
struct Inspection {
  int64_t id = 0;
  int64_t org_id = 0;     // the inspected unit
  int64_t by_org_id = 0;  // the inspecting unit
  std::string status = "planned", date, team, scope, findings, recommendations;
  std::vector<FollowUp> followups;
  int64_t updated_at = 0;
  std::string updated_by;
};

// A support service: a hotline, a trusted address or a shelter. National
// entries belong to no unit; a unit's own entries are listed for its
// subtree.
struct SupportService {
  int64_t id = 0;
  std::optional<int64_t> org_id;  // none: national
  std::string kind = "hotline", name, phone, address, purpose, hours;
  int sort = 0;
  int64_t updated_at = 0;
  std::string updated_by;
};

// An incident of violence or abuse: no names, no free text about people.
struct Incident {
  int64_t id = 0;
  int64_t org_id = 0;
  std::string occurred_on, kind, sex, age_band, status = "received", referral;
  int64_t updated_at = 0;
  std::string updated_by;
};

}  // namespace bd
