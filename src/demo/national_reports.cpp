// The national demo's half-year reports of its last year: each school and
// department reports to its parent. By hash: most were approved (a few of
// them late), some wait for approval, some were returned, some are still
// drafts, continuing-education centres are sometimes exempted, and a few
// units have not started at all, so completeness has something to show at
// every level.
#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/dates.h"
#include "demo/national.h"

namespace bd::app {
namespace {

enum class Fate { kApproved, kSubmitted, kReturned, kDraft, kExempt, kMissing };

// Shares in per mille, cumulative; S2 is recent, so less of it is settled.
Fate fate_of(const NationalUnit& u, int half, uint64_t h) {
  const int x = static_cast<int>(h % 1000);
  if (u.type == OrgType::kSchoolContinuing && x < 150) return Fate::kExempt;
  const int approved = half == 1 ? 930 : 640, submitted = approved + (half == 1 ? 25 : 180);
  const int returned = submitted + (half == 1 ? 10 : 30), draft = returned + (half == 1 ? 15 : 80);
  if (x < approved) return Fate::kApproved;
  if (x < submitted) return Fate::kSubmitted;
  if (x < returned) return Fate::kReturned;
  if (x < draft) return Fate::kDraft;
  return Fate::kMissing;
}

int64_t at_nine(const Date& d, int days_after) { return (days_from_civil(d) + days_after) * 86400 + 2 * 3600; }

std::string lowered(std::string code) {
  for (char& c : code) c = c == '-' ? '.' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return code;
}

std::string narrative(int half, bool draft) {
  nlohmann::json n = {
      {"results", std::string("Ban VSTBPN đã triển khai kế hoạch bình đẳng giới: ") +
                      (half == 1 ? "sinh hoạt chuyên đề nhân Ngày Quốc tế Phụ nữ 8/3, lồng ghép giới trong tiết sinh "
                                   "hoạt lớp"
                                 : "hưởng ứng Tháng hành động vì bình đẳng giới, tọa đàm Ngày Phụ nữ Việt Nam 20/10") +
                      "; niêm yết đường dây nóng 111 tại bảng tin."}};
  if (draft) return n.dump();
  n["shortcomings_causes"] = "Một số giáo viên mới chưa được tập huấn về lồng ghép giới.";
  n["next_directions"] = "Tập huấn cho giáo viên mới; cập nhật chuyên mục bình đẳng giới trên trang thông tin.";
  n["proposals"] = "Đề nghị cấp trên tổ chức lớp bồi dưỡng về lồng ghép giới.";
  return n.dump();
}

}  // namespace

std::vector<ReportRecord> national_reports(const std::vector<NationalUnit>& units, const std::vector<int64_t>& ids,
                                           const std::vector<DataSet>& sets, int year) {
  std::vector<ReportRecord> out;
  for (int half = 1; half <= 2; ++half) {
    const Period p{PeriodType::kHalfYear, year, half};
    const std::string code = p.code();
    const std::string texts[2] = {narrative(half, true), narrative(half, false)};
    for (size_t i = 0; i < units.size(); ++i) {
      const NationalUnit& u = units[i];
      std::optional<Date> due;
      for (const DataSet& s : sets)
        if (s.period_type == p.type && s.applies_to(u.type))
          if (auto d = s.deadline.due(p); d && (!due || *d < *due)) due = d;
      if (!due || u.type == OrgType::kCommune) continue;  // communes report yearly only
      const uint64_t h = national_mix(u.seed ^ (static_cast<uint64_t>(year) << 4) ^ static_cast<uint64_t>(half));
      const Fate fate = fate_of(u, half, h);
      if (fate == Fate::kMissing) continue;
      const std::string parent = u.parent < 0 ? "bgddt" : lowered(units[static_cast<size_t>(u.parent)].code);
      ReportRecord r;
      r.org_id = ids[i];
      r.period = code;
      r.narrative = texts[fate == Fate::kDraft ? 0 : 1];
      // Most on time (up to 9 days early); one in twelve late by up to 3 weeks.
      const int early = static_cast<int>((h >> 12) % 10), late = static_cast<int>((h >> 20) % 21) + 1;
      const int when = (h >> 28) % 12 == 0 ? late : -early;
      r.updated_by = lowered(u.code);
      switch (fate) {
        case Fate::kExempt:
          r.status = ReportStatus::kNotRequired;
          r.narrative = "{}";
          r.decided_at = at_nine(*due, -20);
          r.decided_by = parent + ".pheduyet";
          r.comment = "Trung tâm đang kiện toàn bộ máy; số liệu báo cáo chung với Sở.";
          r.updated_by = r.decided_by;
          break;
        case Fate::kDraft: r.status = ReportStatus::kDraft; break;
        default:
          r.status = fate == Fate::kApproved    ? ReportStatus::kApproved
                     : fate == Fate::kReturned  ? ReportStatus::kReturned
                                                : ReportStatus::kSubmitted;
          r.submitted_at = at_nine(*due, when);
          r.submitted_by = lowered(u.code);
          if (fate != Fate::kSubmitted) {
            r.decided_at = r.submitted_at + 3 * 86400;
            r.decided_by = parent + ".pheduyet";
            r.updated_by = r.decided_by;
          }
          if (fate == Fate::kReturned)
            r.comment = "Phần kết quả chưa nêu số buổi tập huấn và số người tham dự (nữ, nam); đề nghị bổ sung.";
      }
      r.updated_at = std::max({r.submitted_at, r.decided_at, at_nine(*due, -12)});
      out.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace bd::app
