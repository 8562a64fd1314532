// The demo's activities (fictional): meetings, surveys and inspections done
// in 2025, talks and trainings done in the first half of 2026 (they feed the
// schools' 2026S1 figures), and the observances of late 2026 planned from
// the calendar. THCS-TANMY is left without 2026 activities for the browser
// tests that start from it.
#include "demo/demo.h"

namespace bd::app {
namespace {

std::vector<ParticipantInput> people(int staff_f, int staff_m, int students_f, int students_m, int parents_f,
                                     int parents_m) {
  return {{"staff", "female", staff_f},       {"staff", "male", staff_m},     {"students", "female", students_f},
          {"students", "male", students_m}, {"parents", "female", parents_f}, {"parents", "male", parents_m}};
}

struct DemoActivity {
  const char *org, *type, *title, *organiser, *start, *end, *description;
  std::vector<ParticipantInput> participants;
};

std::vector<DemoActivity> done_activities() {
  return {
      {"TH-TANMY", "meeting", "Họp Ban VSTBPN sơ kết 6 tháng đầu năm 2025", "Ban VSTBPN nhà trường", "2025-07-08",
       "2025-07-08", "Đánh giá kết quả 6 tháng đầu năm, phân công nhiệm vụ 6 tháng cuối năm.", people(5, 1, 0, 0, 0, 0)},
      {"THPT-ANLAC", "survey", "Khảo sát nhu cầu học thạc sĩ, tiến sĩ của giáo viên", "Tổ Văn phòng", "2025-09-15",
       "2025-09-26", "Phiếu khảo sát gửi toàn bộ giáo viên; tổng hợp theo giới tính.", people(48, 21, 0, 0, 0, 0)},
      {"THCS-LONGSON", "inspection", "Kiểm tra việc niêm yết đường dây nóng 111 và 1800 8077", "Ban VSTBPN nhà trường",
       "2025-11-20", "2025-11-20", "Kiểm tra bảng tin của các lớp và phòng y tế.", people(3, 1, 0, 0, 0, 0)},
      {"TH-TANMY", "observance", "Tọa đàm hưởng ứng Ngày Quốc tế Phụ nữ 8/3", "Công đoàn trường", "2026-03-06",
       "2026-03-06", "Tọa đàm với học sinh khối 4, 5 và đại diện cha mẹ học sinh về chia sẻ việc nhà.",
       people(0, 0, 210, 196, 60, 22)},
      {"THPT-ANLAC", "training", "Tập huấn lồng ghép giới trong giảng dạy", "Ban VSTBPN nhà trường", "2026-01-17",
       "2026-01-17", "Tập huấn cho toàn thể giáo viên: khái niệm giới, định kiến giới trong sách giáo khoa.",
       people(52, 20, 0, 0, 0, 0)},
      {"THCS-LONGSON", "contest", "Hội thi \"Tìm hiểu về bình đẳng giới\" cấp trường", "Liên đội trường",
       "2026-03-20", "2026-03-27", "Vòng thi viết và vòng chung kết sân khấu hóa.", people(0, 0, 310, 298, 0, 0)},
      {"MN-HOAMAI", "communication", "Truyền thông cho cha mẹ trẻ về phòng, chống xâm hại trẻ em",
       "Ban đại diện cha mẹ trẻ", "2026-04-11", "2026-04-11", "Lồng ghép trong buổi họp phụ huynh cuối học kỳ II.",
       people(0, 0, 0, 0, 140, 65)},
  };
}

}  // namespace

Result<int> add_demo_activities(App& app) {
  const Actor system = Actor::System();
  int written = 0;
  for (const auto& d : done_activities()) {
    ActivityInput in;
    in.type = d.type;
    in.status = "done";
    in.title = d.title;
    in.organiser = d.organiser;
    in.start = d.start;
    in.end = d.end;
    in.description = d.description;
    in.participants = d.participants;
    auto r = app.activities().create(system, d.org, in);
    if (!r) return r.error();
    ++written;
  }
  // Planned from the calendar of 2026 (what "Thêm vào hoạt động" does).
  const std::pair<const char*, const char*> planned[] = {
      {"TH-TANMY", "obs:vn_women_day:2026"},     {"TH-TANMY", "obs:gender_equality_month:2026"},
      {"THPT-ANLAC", "obs:gender_equality_month:2026"},   {"THCS-LONGSON", "obs:vn_family_day:2026"},
      {"MN-HOAMAI", "obs:intl_children_day:2026"},
  };
  for (const auto& [org, item] : planned) {
    auto r = app.activities().from_calendar(system, org, item);
    if (!r) return r.error();
    ++written;
  }
  return written;
}

}  // namespace bd::app
