// The demo's committee registers: committees of the department and three
// schools (the department's re-composed in 2025; not THCS-TANMY, whose
// half-year figures other tests expect empty), commendations, one
// inspection with follow-up items, local hotlines and trusted addresses, an
// incident officer with one incident. People and phone numbers are
// invented; phones have the clearly fictional form 0xxx.xxx.0xx.
#include "demo/demo.h"

namespace bd::app {
namespace {

int vietnam_year(App& app) { return date_from_unix(app.clock().now() + 7 * 3600).year; }

MemberInput member(const char* name, const char* sex, const char* role, const char* position, const char* phone,
                   bool trained) {
  MemberInput m;
  m.full_name = name;
  m.sex = sex;
  m.role = role;
  m.position = position;
  m.phone = phone;
  m.trained = trained;
  return m;
}

Status committees(App& app, const Actor& system) {
  auto& c = app.committee();
  // The department's committee of 2021, re-composed on 01/09/2025.
  std::vector<MemberInput> first{
      member("Trần Văn An", "male", "head", "Phó Giám đốc Sở", "0900.000.001", true),
      member("Nguyễn Thị Thu Hà", "female", "deputy", "Trưởng phòng Tổ chức cán bộ", "0900.000.002", true),
      member("Lê Thị Hồng", "female", "secretary", "Chuyên viên phòng Tổ chức cán bộ", "0900.000.003", false),
      member("Phạm Văn Dũng", "male", "member", "Chủ tịch Công đoàn ngành", "0900.000.004", false)};
  auto r = c.recompose(system, "SGD-AL", "2021-03-01", "45/QĐ-SGDĐT", "2021-02-25", first);
  if (!r) return r.error();
  std::vector<MemberInput> second{
      member("Trần Văn An", "male", "head", "Phó Giám đốc Sở", "0900.000.001", true),
      member("Nguyễn Thị Thu Hà", "female", "deputy", "Trưởng phòng Tổ chức cán bộ", "0900.000.002", true),
      member("Võ Thị Thanh Tâm", "female", "secretary", "Chuyên viên phòng Tổ chức cán bộ", "0900.000.005", true),
      member("Phạm Văn Dũng", "male", "member", "Chủ tịch Công đoàn ngành", "0900.000.004", true),
      member("Đặng Thị Kim Oanh", "female", "member", "Phó Trưởng phòng Giáo dục Trung học", "0900.000.006", false)};
  r = c.recompose(system, "SGD-AL", "2025-09-01", "312/QĐ-SGDĐT", "2025-08-28", second);
  if (!r) return r.error();
  struct School {
    const char* code;
    const char* decision;
    std::vector<MemberInput> members;
  };
  const std::vector<School> schools{
      {"THPT-ANLAC", "18/QĐ-THPTCAL",
       {member("Hoàng Văn Nam", "male", "head", "Phó Hiệu trưởng", "0900.000.011", true),
        member("Hoàng Thị Mai Anh", "female", "secretary", "Giáo viên", "0900.000.012", true),
        member("Lý Thị Bích", "female", "member", "Chủ tịch Công đoàn", "0900.000.013", false)}},
      {"THCS-LONGSON", "09/QĐ-THCSLS",
       {member("Đinh Văn Toàn", "male", "head", "Hiệu trưởng", "0900.000.021", true),
        member("Trịnh Thị Nga", "female", "secretary", "Giáo viên", "0900.000.022", true),
        member("Quách Thị Duyên", "female", "member", "Bí thư Chi đoàn", "0900.000.023", true)}},
      {"MN-HOAMAI", "05/QĐ-MNHM",
       {member("Bùi Thị Ngọc Trâm", "female", "head", "Hiệu trưởng", "0900.000.031", true),
        member("Cao Thị Yến", "female", "member", "Tổ trưởng chuyên môn", "0900.000.032", false)}}};
  for (const auto& s : schools) {
    auto w = c.recompose(system, s.code, "2025-09-05", s.decision, "2025-09-01", s.members);
    if (!w) return w.error();
  }
  return Status::Ok();
}

Status commendations(App& app, const Actor& system) {
  const char* movement = "Giỏi việc trường - Đảm việc nhà";
  auto add = [&](bool collective, const char* name, const char* sex, const char* honoree, const char* level,
                 const char* title, const char* reason, const char* no, const char* date) -> Status {
    CommendationInput in;
    in.collective = collective;
    if (collective) in.honoree_org = honoree;
    else {
      in.full_name = name;
      in.sex = sex;
    }
    in.level = level;
    in.title = title;
    in.reason = reason;
    in.decision_no = no;
    in.decision_date = date;
    in.movement = movement;
    auto r = app.commendations().create(system, "SGD-AL", in);
    return r ? Status::Ok() : Status(r.error());
  };
  const char* reason = "Có thành tích xuất sắc trong phong trào thi đua năm học 2024 - 2025";
  for (Status s : {add(false, "Hoàng Thị Mai Anh", "female", "", "department", "Giấy khen", reason, "520/QĐ-SGDĐT", "2025-08-15"),
                   add(false, "Đỗ Thị Hạnh", "female", "", "department", "Giấy khen", reason, "520/QĐ-SGDĐT", "2025-08-15"),
                   add(false, "Vũ Đức Thắng", "male", "", "department", "Giấy khen", reason, "520/QĐ-SGDĐT", "2025-08-15"),
                   add(true, "", "", "THCS-TANMY", "department", "Giấy khen tập thể",
                       "Làm tốt công tác bình đẳng giới và vì sự tiến bộ của phụ nữ", "521/QĐ-SGDĐT", "2025-08-15")})
    if (!s) return s;
  return Status::Ok();
}

Status inspection(App& app, const Actor& system) {
  InspectionInput in;
  in.org = "THCS-TANMY";
  in.by_org = "SGD-AL";
  in.status = "done";
  in.date = "2025-11-12";
  in.team = "Đoàn kiểm tra của Sở (Quyết định số 401/QĐ-SGDĐT): bà Nguyễn Thị Thu Hà, trưởng đoàn; ông Phạm Văn Dũng";
  in.scope = "Việc thực hiện công tác bình đẳng giới và hoạt động của Ban vì sự tiến bộ của phụ nữ năm học 2025 - 2026";
  in.findings = "Nhà trường đã kiện toàn Ban, có kế hoạch năm; chưa niêm yết số Tổng đài 111 tại bảng tin học sinh.";
  in.recommendations = "Niêm yết đường dây nóng; tổ chức tập huấn cho thành viên Ban chưa được tập huấn.";
  in.followups = {{0, "Niêm yết số Tổng đài quốc gia bảo vệ trẻ em 111 tại bảng tin", "2025-12-15", "open"},
                  {0, "Cử thành viên Ban còn lại dự tập huấn về bình đẳng giới", "2026-03-31", "open"}};
  auto r = app.inspections().create(system, in);
  if (!r) return r.error();
  auto answered = app.inspections().respond(system, r->record.id, r->record.followups[0].id,
                                            "Đã niêm yết tại bảng tin tầng 1 và trang thông tin điện tử của trường.",
                                            "done");
  if (!answered) return answered.error();
  InspectionInput planned;
  planned.org = "THPT-ANLAC";
  planned.by_org = "SGD-AL";
  planned.date = "2026-12-10";
  planned.scope = "Kiểm tra việc thực hiện kế hoạch bình đẳng giới năm 2026";
  auto p = app.inspections().create(system, planned);
  return p ? Status::Ok() : Status(p.error());
}

Status services(App& app, const Actor& system) {
  std::vector<std::pair<const char*, ServiceInput>> entries{
      {"SGD-AL", {"hotline", "Đường dây nóng Sở Giáo dục và Đào tạo tỉnh An Lạc", "0200.000.0111", "",
                  "Tiếp nhận phản ánh về bạo lực học đường, xâm hại trẻ em trong trường học", "Giờ hành chính", 10}},
      {"SGD-AL", {"address", "Trung tâm Công tác xã hội tỉnh An Lạc (địa chỉ tin cậy)", "0200.000.0222",
                  "Số 01 đường Hòa Bình, phường Hòa Văn", "Tư vấn tâm lý, hỗ trợ nạn nhân bạo lực gia đình",
                  "24 giờ/ngày", 20}},
      {"SGD-AL", {"shelter", "Nhà tạm lánh của Hội Liên hiệp Phụ nữ tỉnh", "0200.000.0333",
                  "Số 12 đường Lê Lợi, phường Hòa Văn", "Nơi tạm lánh an toàn cho phụ nữ và trẻ em", "24 giờ/ngày", 30}},
      {"THCS-TANMY", {"hotline", "Tổ tư vấn học đường Trường THCS Tân Mỹ", "0900.000.0444", "",
                      "Học sinh, cha mẹ học sinh báo tin và được tư vấn", "7 giờ 00 - 17 giờ 00, thứ Hai đến thứ Sáu",
                      10}}};
  for (auto& [org, in] : entries) {
    auto r = app.services().create(system, org, in);
    if (!r) return r.error();
  }
  const int year = vietnam_year(app);
  for (const char* school : {"THCS-TANMY", "THPT-ANLAC", "MN-HOAMAI"})
    if (Status s = app.services().set_displayed(system, school, year, true); !s) return s;
  return Status::Ok();
}

}  // namespace

Result<int> add_demo_registry(App& app, const std::string& password) {
  const Actor system = Actor::System();
  for (Status s : {committees(app, system), commendations(app, system), inspection(app, system), services(app, system)})
    if (!s) return s.error();
  // An incident officer of the school (with the editor role) and one record.
  auto officer = app.users().create(system, {"thcs.tanmy.tv", "Mai Thị Lụa", "THCS-TANMY", password,
                                             {"editor", "incident_officer"}});
  if (!officer) return officer.error();
  Actor a;
  a.username = "thcs.tanmy.tv";
  a.roles = RoleSet{Role::kEditor, Role::kIncidentOfficer};
  Status st = app.store().read([&](storage::Tx& tx) -> Status {
    auto u = tx.user_by_username(a.username);
    auto org = tx.org_by_code("THCS-TANMY");
    a.user_id = u->id;
    a.full_name = u->full_name;
    a.org_id = org->id;
    a.org_code = org->code;
    a.org_path = org->path;
    return Status::Ok();
  });
  if (!st) return st.error();
  auto i = app.incidents().create(a, "THCS-TANMY",
                                  {"2025-10-20", "psychological", "female", "11-14", "handling", ""});
  if (!i) return i.error();
  return 1;
}

}  // namespace bd::app
