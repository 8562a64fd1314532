#include "core/activity.h"

#include <algorithm>

#include "core/text.h"

namespace bd {
namespace {

struct TypeInfo {
  ActivityType type;
  const char *code, *vi, *en;
};
constexpr TypeInfo kTypes[] = {
    {ActivityType::kTraining, "training", "Tập huấn, bồi dưỡng", "Training"},
    {ActivityType::kCommunication, "communication", "Truyền thông", "Communication event"},
    {ActivityType::kObservance, "observance", "Hưởng ứng ngày kỷ niệm", "Observance"},
    {ActivityType::kContest, "contest", "Hội thi, cuộc thi", "Contest"},
    {ActivityType::kClub, "club", "Câu lạc bộ, diễn đàn", "Club or forum"},
    {ActivityType::kMeeting, "meeting", "Họp Ban VSTBPN", "Committee meeting"},
    {ActivityType::kSurvey, "survey", "Khảo sát", "Survey"},
    {ActivityType::kInspection, "inspection", "Kiểm tra, giám sát", "Inspection"},
    {ActivityType::kOther, "other", "Hoạt động khác", "Other"},
};

struct StatusInfo {
  ActivityStatus status;
  const char *code, *vi, *en;
};
constexpr StatusInfo kStatuses[] = {
    {ActivityStatus::kPlanned, "planned", "Dự kiến", "Planned"},
    {ActivityStatus::kDone, "done", "Đã thực hiện", "Done"},
    {ActivityStatus::kCancelled, "cancelled", "Đã hủy", "Cancelled"},
};

struct AudienceInfo {
  Audience audience;
  const char *code, *vi, *en;
};
constexpr AudienceInfo kAudiences[] = {
    {Audience::kStaff, "staff", "Cán bộ, giáo viên, nhân viên", "Staff"},
    {Audience::kStudents, "students", "Học sinh", "Students"},
    {Audience::kParents, "parents", "Cha mẹ học sinh", "Parents"},
    {Audience::kCommunity, "community", "Cộng đồng", "Community"},
};

template <class T, class Info, size_t N>
const Info& info(const Info (&table)[N], T v, T Info::*member) {
  for (const auto& i : table)
    if (i.*member == v) return i;
  return table[N - 1];
}

template <class Info, size_t N>
const Info* by_code(const Info (&table)[N], std::string_view s) {
  for (const auto& i : table)
    if (s == i.code) return &i;
  return nullptr;
}

Status clean_text(std::string& s, size_t max, const char* field, const char* label, bool multiline) {
  if (!text::valid_utf8(s)) return Error::Validation(std::string(label) + " không phải văn bản UTF-8 hợp lệ.", field);
  s = multiline ? text::nfc(s) : text::clean(s);
  if (multiline) {  // trim the ends only; keep the lines
    const auto first = s.find_first_not_of(" \t\r\n");
    s = first == std::string::npos ? "" : s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
  }
  if (text::length(s) > max)
    return Error::Validation(std::string(label) + " dài quá " + std::to_string(max) + " ký tự.", field);
  return Status::Ok();
}

std::string lower_ext(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string e(name.substr(dot));
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return std::tolower(c); });
  return e;
}

}  // namespace

const std::vector<ActivityType>& activity_types() {
  static const std::vector<ActivityType> v = [] {
    std::vector<ActivityType> out;
    for (const auto& i : kTypes) out.push_back(i.type);
    return out;
  }();
  return v;
}
const std::vector<ActivityStatus>& activity_statuses() {
  static const std::vector<ActivityStatus> v{ActivityStatus::kPlanned, ActivityStatus::kDone, ActivityStatus::kCancelled};
  return v;
}
const std::vector<Audience>& audiences() {
  static const std::vector<Audience> v{Audience::kStaff, Audience::kStudents, Audience::kParents, Audience::kCommunity};
  return v;
}

std::string_view activity_type_code(ActivityType t) { return info(kTypes, t, &TypeInfo::type).code; }
std::string_view activity_type_label_vi(ActivityType t) { return info(kTypes, t, &TypeInfo::type).vi; }
std::string_view activity_type_label_en(ActivityType t) { return info(kTypes, t, &TypeInfo::type).en; }
std::optional<ActivityType> parse_activity_type(std::string_view s) {
  if (auto i = by_code(kTypes, s)) return i->type;
  return std::nullopt;
}
std::string_view activity_status_code(ActivityStatus s) { return info(kStatuses, s, &StatusInfo::status).code; }
std::string_view activity_status_label_vi(ActivityStatus s) { return info(kStatuses, s, &StatusInfo::status).vi; }
std::string_view activity_status_label_en(ActivityStatus s) { return info(kStatuses, s, &StatusInfo::status).en; }
std::optional<ActivityStatus> parse_activity_status(std::string_view s) {
  if (auto i = by_code(kStatuses, s)) return i->status;
  return std::nullopt;
}
std::string_view audience_code(Audience a) { return info(kAudiences, a, &AudienceInfo::audience).code; }
std::string_view audience_label_vi(Audience a) { return info(kAudiences, a, &AudienceInfo::audience).vi; }
std::string_view audience_label_en(Audience a) { return info(kAudiences, a, &AudienceInfo::audience).en; }
std::optional<Audience> parse_audience(std::string_view s) {
  if (auto i = by_code(kAudiences, s)) return i->audience;
  return std::nullopt;
}

bool ActivityRecord::has_audience(Audience a) const {
  return std::find(audience.begin(), audience.end(), a) != audience.end();
}

Status normalize_activity(ActivityRecord& a) {
  if (Status s = clean_text(a.title, kActivityTitleMax, "title", "Tên hoạt động", false); !s) return s;
  if (a.title.empty()) return Error::Validation("Chưa nhập tên hoạt động.", "title");
  if (Status s = clean_text(a.organiser, kActivityOrganiserMax, "organiser", "Đơn vị tổ chức", false); !s) return s;
  if (Status s = clean_text(a.description, kActivityDescriptionMax, "description", "Nội dung", true); !s) return s;
  auto start = parse_date(a.start);
  if (!start) return Error::Validation("Ngày bắt đầu không hợp lệ (dd/mm/yyyy).", "start");
  auto end = a.end.empty() ? start : parse_date(a.end);
  if (!end) return Error::Validation("Ngày kết thúc không hợp lệ (dd/mm/yyyy).", "end");
  if (start->year < kActivityMinYear || start->year > kActivityMaxYear)
    return Error::Validation("Ngày bắt đầu phải trong các năm từ 2000 đến 2100.", "start");
  if (end->year < kActivityMinYear || end->year > kActivityMaxYear)
    return Error::Validation("Ngày kết thúc phải trong các năm từ 2000 đến 2100.", "end");
  if (*end < *start) return Error::Validation("Ngày kết thúc không được trước ngày bắt đầu.", "end");
  a.start = iso(*start);
  a.end = iso(*end);
  if (a.plan_id < 0) return Error::Validation("Kế hoạch không hợp lệ.", "plan_id");
  if (a.plan_id == 0) a.task_index = -1;
  if (a.task_index < -1 || a.task_index > 1000) return Error::Validation("Mục công việc không hợp lệ.", "task_index");
  for (Audience au : audiences()) {
    const Participants& p = a.of(au);
    struct Cell {
      int n;
      const char *sex, *word;
    };
    for (const Cell& cell : {Cell{p.female, "female", "nữ"}, Cell{p.male, "male", "nam"}}) {
      const int n = cell.n;
      const char *sex = cell.sex, *word = cell.word;
      const std::string field = "participants." + std::string(audience_code(au)) + "." + sex;
      if (n < 0 || n > kParticipantsMax)
        return Error::Validation("Số người tham gia (" + std::string(word) + ", " +
                                     text::nfc(audience_label_vi(au)) + ") phải từ 0 đến 1.000.000.",
                                 field);
    }
  }
  std::vector<Audience> kept;  // known order, no repeats; an audience with participants counts
  for (Audience au : audiences())
    if (a.has_audience(au) || a.of(au).total() > 0) kept.push_back(au);
  a.audience = std::move(kept);
  return Status::Ok();
}

std::string activity_dates_vi(const ActivityRecord& a) {
  auto s = parse_date(a.start), e = parse_date(a.end);
  if (!s) return a.start;
  if (!e || *e == *s) return format_vi(*s);
  return format_vi(*s) + " – " + format_vi(*e);
}

EvidenceKind detect_evidence_kind(std::string_view b) {
  if (b.size() >= 3 && b.substr(0, 3) == std::string_view("\xFF\xD8\xFF", 3)) return EvidenceKind::kJpeg;
  if (b.size() >= 8 && b.substr(0, 8) == std::string_view("\x89PNG\r\n\x1A\n", 8)) return EvidenceKind::kPng;
  if (b.starts_with("%PDF-")) return EvidenceKind::kPdf;
  if (b.size() >= 4 && b.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    // Part names are stored in clear in the zip's headers; an Office
    // package names its content types and its main part.
    if (b.find("[Content_Types].xml") == std::string_view::npos) return EvidenceKind::kUnknown;
    if (b.find("word/document.xml") != std::string_view::npos) return EvidenceKind::kDocx;
    if (b.find("xl/workbook.xml") != std::string_view::npos) return EvidenceKind::kXlsx;
  }
  return EvidenceKind::kUnknown;
}

std::string_view evidence_content_type(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::kJpeg: return "image/jpeg";
    case EvidenceKind::kPng: return "image/png";
    case EvidenceKind::kPdf: return "application/pdf";
    case EvidenceKind::kDocx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case EvidenceKind::kXlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case EvidenceKind::kUnknown: break;
  }
  return "application/octet-stream";
}

std::string_view evidence_extension(EvidenceKind k) {
  switch (k) {
    case EvidenceKind::kJpeg: return ".jpg";
    case EvidenceKind::kPng: return ".png";
    case EvidenceKind::kPdf: return ".pdf";
    case EvidenceKind::kDocx: return ".docx";
    case EvidenceKind::kXlsx: return ".xlsx";
    case EvidenceKind::kUnknown: break;
  }
  return "";
}

bool evidence_extension_matches(std::string_view name, EvidenceKind k) {
  const std::string e = lower_ext(name);
  if (k == EvidenceKind::kJpeg) return e == ".jpg" || e == ".jpeg";
  return k != EvidenceKind::kUnknown && e == evidence_extension(k);
}

std::string sanitize_file_name(std::string_view name) {
  const auto slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  std::string s;
  if (text::valid_utf8(name)) {
    for (unsigned char c : name) {
      if (c < 0x20 || c == 0x7F) continue;
      s += std::string_view("\"*:<>?|;%").find(static_cast<char>(c)) != std::string_view::npos ? '_' : static_cast<char>(c);
    }
    s = text::clean(s);
  }
  while (!s.empty() && (s.front() == '.' || s.front() == ' ')) s.erase(0, 1);
  constexpr size_t kMax = 120;
  if (text::length(s) > kMax) {  // keep the extension
    const std::string ext = lower_ext(s).size() <= 6 ? s.substr(s.size() - lower_ext(s).size()) : "";
    std::string cut;
    size_t points = 0;
    for (size_t i = 0; i < s.size() && points < kMax - ext.size();) {
      size_t len = 1;
      const unsigned char c = s[i];
      if (c >= 0xF0) len = 4; else if (c >= 0xE0) len = 3; else if (c >= 0xC0) len = 2;
      cut += s.substr(i, len);
      i += len;
      ++points;
    }
    s = cut + ext;
  }
  return s.empty() ? "tep-minh-chung" : s;
}

}  // namespace bd
