// The demo's half-year reports of 2025: most schools reported, some late,
// some are waiting for the department's approval, one was returned, a few
// have not reported, and the continuing-education centre was exempted, so
// that completeness and reminders have something to show. Each step goes
// through the Reports use case at the date it "happened".
#include "demo/demo.h"

namespace bd::app {
namespace {

class DemoClock final : public Clock {
 public:
  int64_t t = 0;
  int64_t now() const override { return t; }
  // 9 o'clock in the morning, Vietnam time, of `iso_date`.
  void at(const char* iso_date, int days_after = 0) {
    t = (days_from_civil(*parse_date(iso_date)) + days_after) * 86400 + 2 * 3600;
  }
};

enum class Fate { kApproved, kSubmitted, kReturned, kDraft, kExempt };

struct DemoReport {
  const char* org;
  const char* period;
  Fate fate;
  const char* submitted;  // ISO date of the submission ("" when none)
};

const DemoReport kReports[] = {
    {"MN-HOAMAI", "2025S1", Fate::kApproved, "2025-06-04"},
    {"MN-SONCA", "2025S1", Fate::kApproved, "2025-06-09"},
    {"MN-TUOITHO", "2025S1", Fate::kApproved, "2025-06-16"},
    {"TH-TANMY", "2025S1", Fate::kApproved, "2025-06-05"},
    {"TH-LONGSON", "2025S1", Fate::kApproved, "2025-06-06"},
    {"TH-HOAVAN", "2025S1", Fate::kApproved, "2025-06-10"},
    {"TH-BINHAN", "2025S1", Fate::kApproved, "2025-06-03"},
    {"THCS-TANMY", "2025S1", Fate::kApproved, "2025-06-06"},
    {"THCS-LONGSON", "2025S1", Fate::kApproved, "2025-06-09"},
    {"THCS-DINHTIENHOANG", "2025S1", Fate::kApproved, "2025-06-08"},
    {"THCS-VANHA", "2025S1", Fate::kApproved, "2025-06-07"},
    {"TLC-HOPNHAT", "2025S1", Fate::kApproved, "2025-06-12"},
    {"THPT-ANLAC", "2025S1", Fate::kApproved, "2025-06-02"},
    {"THPT-NGOCKHE", "2025S1", Fate::kApproved, "2025-06-10"},
    {"THPT-VANHA", "2025S1", Fate::kApproved, "2025-06-05"},
    {"THPT-LETHANHTONG", "2025S1", Fate::kApproved, "2025-06-09"},
    {"THPT-NGUYENTHIDINH", "2025S1", Fate::kApproved, "2025-06-18"},
    {"GDTX-AL", "2025S1", Fate::kExempt, ""},
    // The district offices, closed on 01/07/2025, reported for the half-year before.
    {"PGD-NGOCKHE", "2025S1", Fate::kApproved, "2025-06-09"},
    {"PGD-VANHA", "2025S1", Fate::kApproved, "2025-06-10"},

    {"MN-HOAMAI", "2025S2", Fate::kApproved, "2025-11-05"},
    {"MN-TUOITHO", "2025S2", Fate::kApproved, "2025-11-07"},
    {"TH-TANMY", "2025S2", Fate::kApproved, "2025-11-06"},
    {"TH-LONGSON", "2025S2", Fate::kApproved, "2025-11-10"},
    {"THCS-LONGSON", "2025S2", Fate::kApproved, "2025-11-04"},
    {"THCS-VANHA", "2025S2", Fate::kApproved, "2025-11-14"},
    {"THPT-ANLAC", "2025S2", Fate::kApproved, "2025-11-03"},
    {"THPT-VANHA", "2025S2", Fate::kApproved, "2025-11-06"},
    {"THCS-TANMY", "2025S2", Fate::kSubmitted, "2025-11-08"},
    {"TH-BINHAN", "2025S2", Fate::kSubmitted, "2025-11-10"},
    {"THPT-NGOCKHE", "2025S2", Fate::kSubmitted, "2025-11-20"},
    {"TH-HOAVAN", "2025S2", Fate::kReturned, "2025-11-07"},
    {"MN-SONCA", "2025S2", Fate::kDraft, ""},
    {"THCS-DINHTIENHOANG", "2025S2", Fate::kDraft, ""},
    {"THPT-NGUYENTHIDINH", "2025S2", Fate::kDraft, ""},
    {"GDTX-AL", "2025S2", Fate::kExempt, ""},
    // TLC-HOPNHAT and THPT-LETHANHTONG have not started their 2025S2 report.
};

// What a secretary writes by hand, next to the draft from the figures.
nlohmann::json handwritten(const std::string& period) {
  const bool first = period.ends_with("S1");
  return {{"results", std::string("Ban VSTBPN đã triển khai kế hoạch công tác bình đẳng giới của năm: tổ chức ") +
                          (first ? "tọa đàm nhân Ngày Quốc tế Phụ nữ 8/3 và sinh hoạt chuyên đề về giới"
                                 : "các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới (15/11 – 15/12)"
                                   " và tọa đàm Ngày Phụ nữ Việt Nam 20/10") +
                          "; lồng ghép nội dung giới trong các tiết sinh hoạt lớp; niêm yết số điện thoại đường dây"
                          " nóng bảo vệ trẻ em 111 tại bảng tin."},
          {"shortcomings_causes",
           "Một số giáo viên mới chưa được tập huấn về lồng ghép giới; kinh phí cho hoạt động truyền thông còn hạn "
           "chế do chưa có dòng ngân sách riêng."},
          {"next_directions", first ? "Tổ chức tập huấn cho giáo viên mới trong tháng 9; cập nhật chuyên mục bình "
                                      "đẳng giới trên trang thông tin của trường mỗi quý."
                                    : "Xây dựng kế hoạch năm 2026; duy trì câu lạc bộ học sinh về bình đẳng giới."},
          {"proposals", "Đề nghị Sở tổ chức lớp bồi dưỡng về lồng ghép giới cho cán bộ quản lý."}};
}

// The report's narrative as a secretary leaves it: the draft written from
// the figures (narrative_draft.h), her own lines added, her proposals
// instead of the drafted ones.
nlohmann::json narrative(Reports& reports, const Actor& system, const std::string& org, const std::string& period) {
  auto view = reports.get(system, org, period);
  nlohmann::json out = view ? view->draft : nlohmann::json::object();
  const nlohmann::json own = handwritten(period);  // kept alive: items() only points into it
  for (const auto& [field, text] : own.items()) {
    const std::string drafted = out.value(field, "");
    out[field] = drafted.empty() || field == "proposals" ? "- " + text.get<std::string>()
                                                         : drafted + "\n- " + text.get<std::string>();
  }
  return out;
}

Status step(const Result<ReportView>& r) { return r ? Status::Ok() : Status(r.error()); }

Status play(Reports& reports, DemoClock& clock, const Actor& system, const DemoReport& d) {
  const std::string org = d.org, period = d.period;
  if (d.fate == Fate::kExempt) {
    clock.at(period.ends_with("S1") ? "2025-05-20" : "2025-10-20");
    return step(reports.mark_not_required(system, org, period,
                                          "Trung tâm đang kiện toàn bộ máy; số liệu báo cáo chung với Sở."));
  }
  clock.at(*d.submitted ? d.submitted : "2025-11-03", -2);
  if (Status s = step(reports.save(system, org, period, narrative(reports, system, org, period))); !s) return s;
  if (d.fate == Fate::kDraft) return Status::Ok();
  clock.at(d.submitted);
  if (Status s = step(reports.submit(system, org, period)); !s) return s;
  clock.at(d.submitted, 3);
  if (d.fate == Fate::kApproved) return step(reports.approve(system, org, period));
  if (d.fate == Fate::kReturned)
    return step(reports.send_back(system, org, period,
                                  "Phần kết quả chưa nêu số buổi tập huấn và số người tham dự (nữ, nam); đề nghị "
                                  "bổ sung rồi nộp lại."));
  return Status::Ok();
}

}  // namespace

Result<int> add_demo_reports(App& app) {
  DemoClock clock;
  Reports reports(app.store(), app.dashboard(), clock);
  const Actor system = Actor::System();
  int n = 0;
  for (const auto& d : kReports) {
    if (Status s = play(reports, clock, system, d); !s) return s.error();
    ++n;
  }
  return n;
}

}  // namespace bd::app
