// Activities (hoạt động) as data: what a unit did or plans to do for gender
// equality — type, dates, audiences and participants by sex, status — and
// the evidence files attached to them (DOMAIN.md, "Activities and recurring
// dates"). Validation and normalisation rules live here; no I/O.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.h"
#include "core/result.h"

namespace bd {

enum class ActivityType { kTraining, kCommunication, kObservance, kContest, kClub, kMeeting, kSurvey, kInspection, kOther };
enum class ActivityStatus { kPlanned, kDone, kCancelled };
enum class Audience { kStaff, kStudents, kParents, kCommunity };
inline constexpr size_t kAudienceCount = 4;

const std::vector<ActivityType>& activity_types();  // in display order
const std::vector<ActivityStatus>& activity_statuses();
const std::vector<Audience>& audiences();

// "training", "communication", "observance", "contest", "club", "meeting",
// "survey", "inspection", "other"
std::string_view activity_type_code(ActivityType t);
std::optional<ActivityType> parse_activity_type(std::string_view s);
std::string_view activity_type_label_vi(ActivityType t);  // "Tập huấn", "Truyền thông", ...
std::string_view activity_type_label_en(ActivityType t);
std::string_view activity_status_code(ActivityStatus s);  // "planned", "done", "cancelled"
std::optional<ActivityStatus> parse_activity_status(std::string_view s);
std::string_view activity_status_label_vi(ActivityStatus s);  // "Dự kiến", "Đã thực hiện", "Đã hủy"
std::string_view activity_status_label_en(ActivityStatus s);
std::string_view audience_code(Audience a);  // "staff", "students", "parents", "community"
std::optional<Audience> parse_audience(std::string_view s);
std::string_view audience_label_vi(Audience a);  // "Cán bộ, giáo viên, nhân viên", ...
std::string_view audience_label_en(Audience a);

struct Participants {
  int female = 0, male = 0;
  int total() const { return female + male; }
  bool operator==(const Participants&) const = default;
};

struct ActivityRecord {
  int64_t id = 0;  // 0 until first written
  int64_t org_id = 0;
  ActivityType type = ActivityType::kOther;
  ActivityStatus status = ActivityStatus::kPlanned;
  std::string title, organiser, description;
  std::string start, end;        // ISO dates; end == start for one day
  int64_t plan_id = 0;           // the plan it carries out, 0 if none
  int task_index = -1;           // index of the plan's schedule item, -1 if none
  std::string observance;        // observance code ("vn_women_day"), "" if none
  std::vector<Audience> audience;  // who it was for, in audiences() order
  std::array<Participants, kAudienceCount> participants{};  // by Audience
  int64_t created_at = 0, updated_at = 0;
  std::string updated_by;

  const Participants& of(Audience a) const { return participants[static_cast<size_t>(a)]; }
  Participants& of(Audience a) { return participants[static_cast<size_t>(a)]; }
  bool has_audience(Audience a) const;
};

// Limits of the fields (code points, people, years).
inline constexpr size_t kActivityTitleMax = 300, kActivityOrganiserMax = 200, kActivityDescriptionMax = 5000;
inline constexpr int kParticipantsMax = 1000000;
inline constexpr int kActivityMinYear = 2000, kActivityMaxYear = 2100;

// Cleans the text fields (NFC, white space) and checks every rule: title
// required, sizes, valid UTF-8, dates in 2000–2100 with end ≥ start,
// participants 0…1 000 000, audiences with participants included. Errors are
// in Vietnamese and name the field ("title", "start", "participants.staff.female").
Status normalize_activity(ActivityRecord& a);

// "05/01/2026" or "05/01/2026 – 07/01/2026".
std::string activity_dates_vi(const ActivityRecord& a);

// An evidence file (minh chứng) of an activity, stored outside the database.
struct EvidenceRecord {
  int64_t id = 0;
  int64_t activity_id = 0;
  std::string stored_name;    // random hex name in the evidence directory
  std::string original_name;  // sanitised name the user gave
  std::string content_type;   // detected from the content
  int64_t size = 0;
  std::string sha256;         // hex
  int64_t uploaded_at = 0;
  std::string uploaded_by;
};

// What an evidence file's bytes are; kUnknown is refused.
enum class EvidenceKind { kUnknown, kJpeg, kPng, kPdf, kDocx, kXlsx };
// Detects the kind from the magic bytes (and, for Office files, the zip's
// central directory naming word/ or xl/ parts). Never trusts a name.
EvidenceKind detect_evidence_kind(std::string_view bytes);
std::string_view evidence_content_type(EvidenceKind k);  // "image/jpeg", ...
std::string_view evidence_extension(EvidenceKind k);     // ".jpg", ".png", ".pdf", ".docx", ".xlsx"
// True when `name`'s extension fits `k` (".jpg"/".jpeg" for JPEG, …).
bool evidence_extension_matches(std::string_view name, EvidenceKind k);
// The base name only (no directories), without control characters, quotes,
// or characters Windows forbids, no leading dots, NFC, at most 120 code
// points; "tep-minh-chung" when nothing is left.
std::string sanitize_file_name(std::string_view name);

}  // namespace bd
