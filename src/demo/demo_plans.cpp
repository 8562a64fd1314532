// The demo's plans, in our own words: the department's plan for the phase
// 2021–2025 with the former district offices' and their schools' plans
// implementing it (made before the 2025 reform), and the department's plan for
// 2026 with some schools' plans issued, some drafts and some still missing, so
// cascade and coverage show.
#include "demo/demo_plans.h"

#include "app/catalog/builtin_catalog.h"
#include "app/plans/plan_schedule.h"

namespace bd::app {
namespace {

using nlohmann::json;

json target(const char* text, const char* indicator, const char* cmp, double value, const char* when, int year) {
  json t = {{"text", text}, {"indicator", indicator}, {"comparator", cmp}, {"value", value}, {"when", when}};
  if (year) t["year"] = year;
  return t;
}

json signer(const char* authority, const char* title, const char* deputy, const char* name) {
  json s = {{"title", title}, {"name", name}};
  if (*authority) s["authority"] = authority, s["deputy_title"] = deputy;
  return s;
}

json department_plan(int year, int from, int to) {
  const std::string y = std::to_string(year);
  const bool phase = from != to;
  json c = {
      {"year", year},
      {"subject", phase ? "Hoạt động vì bình đẳng giới và sự tiến bộ của phụ nữ trong ngành Giáo dục, giai đoạn " +
                              std::to_string(from) + " - " + std::to_string(to)
                        : "Hoạt động vì bình đẳng giới và sự tiến bộ của phụ nữ trong ngành Giáo dục năm " + y},
      {"place", "An Lạc"},
      {"basis", {"Luật Bình đẳng giới ngày 29 tháng 11 năm 2006", "Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030",
                 "Chương trình hành động của ngành Giáo dục về bình đẳng giới"}},
      {"general_objective",
       "Mọi cán bộ, giáo viên, nhân viên và học sinh trong ngành hiểu và thực hành bình đẳng giới; nữ có cơ hội ngang "
       "nam trong học tập, làm việc và tham gia quản lý; trường học an toàn, không có bạo lực trên cơ sở giới."},
      {"objectives",
       {{{"title", "Tăng tỷ lệ nữ tham gia quản lý, lãnh đạo các cấp trong ngành"},
         {"targets", {target("Nữ chiếm từ 40% trở lên trong đội ngũ cán bộ quản lý", "pct_women_managers", "ge", 40,
                             "by_year", to)}}},
        {{"title", "Đưa nội dung giới vào dạy học và hoạt động giáo dục"},
         {"targets", {target("Toàn bộ cơ sở giáo dục lồng ghép nội dung giới trong giảng dạy",
                             "pct_schools_gender_teaching", "eq", 100, "every_year", 0)}}},
        {{"title", "Giữ trường học an toàn, phòng ngừa bạo lực trên cơ sở giới"},
         {"targets", {target("Toàn bộ cơ sở giáo dục niêm yết số đường dây nóng", "pct_schools_hotline", "eq", 100,
                             "every_year", 0),
                      target("Không để xảy ra vụ việc xâm hại, bạo lực nghiêm trọng với phụ nữ, trẻ em", "abuse_cases",
                             "eq", 0, "every_year", 0)}}},
        {{"title", "Nâng cao năng lực đội ngũ làm công tác bình đẳng giới"},
         {"targets", {target("Toàn bộ thành viên Ban vì sự tiến bộ của phụ nữ được tập huấn", "pct_committee_trained",
                             "eq", 100, "every_year", 0)}}}}},
      {"tasks",
       {{{"title", "Truyền thông, nâng cao nhận thức về bình đẳng giới"},
         {"actions", {"Sinh hoạt chuyên đề trong các buổi chào cờ và họp hội đồng",
                      "Đăng tin, bài trên trang thông tin điện tử của đơn vị",
                      "Phối hợp với cha mẹ học sinh trong các buổi họp đầu năm"}},
         {"responsible", "Ban vì sự tiến bộ của phụ nữ, Công đoàn, Đoàn Thanh niên"},
         {"timeframe", "Cả năm"}},
        {{"title", "Lồng ghép giới trong dạy học và hoạt động trải nghiệm"},
         {"actions", {"Rà soát bài giảng, tránh định kiến giới trong ví dụ và hình ảnh",
                      "Tổ chức tiết hoạt động trải nghiệm về tôn trọng sự khác biệt"}},
         {"responsible", "Tổ chuyên môn"},
         {"timeframe", "Theo năm học"},
         {"applies_to", {"school"}}},
        {{"title", "Quy hoạch, bồi dưỡng cán bộ nữ"},
         {"actions", {"Ưu tiên giới thiệu nữ có đủ điều kiện vào quy hoạch", "Cử cán bộ nữ dự các lớp bồi dưỡng"}},
         {"responsible", "Bộ phận tổ chức cán bộ"},
         {"timeframe", "Quý I và quý III"}},
        {{"title", "Hướng dẫn, kiểm tra việc thực hiện ở các đơn vị"},
         {"actions", {"Kiểm tra theo kế hoạch tại một số đơn vị", "Tổng hợp, đánh giá kết quả hằng năm"}},
         {"responsible", "Ban vì sự tiến bộ của phụ nữ của Sở"},
         {"timeframe", "Tháng 5 và tháng 11"},
         {"applies_to", {"department", "office"}}}}},
      {"duties", {{{"unit", "Ban vì sự tiến bộ của phụ nữ"}, {"text", "Tham mưu, theo dõi và tổng hợp kết quả thực hiện kế hoạch."}},
                  {{"unit", "Các cơ sở giáo dục"},
                   {"text", "Xây dựng kế hoạch của đơn vị, triển khai và báo cáo kết quả đúng hạn."}}}},
      // The schools' reports and the deadlines the system holds for them.
      {"reporting", reporting_paragraph(builtin_data_sets(), OrgType::kSchoolLowerSecondary, year,
                                             "Sở Giáo dục và Đào tạo")},
      {"closing", "Các đơn vị triển khai thực hiện; trong quá trình thực hiện có vướng mắc, báo cáo về Sở để được hướng dẫn."},
      {"recipients", {"Ủy ban nhân dân tỉnh (để báo cáo)", "Các đơn vị trực thuộc (để thực hiện)", "Lưu: VT, TCCB."}},
      {"signer", signer("KT.", "Giám đốc", "Phó Giám đốc", "Nguyễn Thị Thu Hà")},
      {"schedule", {{{"month", 1}, {"work", "Ban hành kế hoạch, kiện toàn Ban vì sự tiến bộ của phụ nữ"}, {"responsible", "Văn phòng Sở"}},
                    {{"month", 3}, {"work", "Hoạt động chào mừng Ngày Quốc tế Phụ nữ 8/3"}, {"responsible", "Công đoàn ngành"}},
                    {{"month", 6}, {"work", "Sơ kết 6 tháng; hưởng ứng Ngày Gia đình Việt Nam 28/6"}, {"responsible", "Ban vì sự tiến bộ của phụ nữ"}},
                    {{"month", 10}, {"work", "Hoạt động nhân Ngày Phụ nữ Việt Nam 20/10"}, {"responsible", "Công đoàn ngành"}},
                    {{"month", 11}, {"work", "Hưởng ứng Tháng hành động vì bình đẳng giới; báo cáo năm"}, {"responsible", "Các đơn vị"}},
                    {{"month", 12}, {"work", "Tổng kết, đánh giá, khen thưởng"}, {"responsible", "Ban vì sự tiến bộ của phụ nữ"}}}}};
  if (phase) c["period_from"] = from, c["period_to"] = to;
  return c;
}

struct Child {
  const char* org;
  const char* place;
  const char* title;  // the head's title
  const char* name;   // fictional
  const char* issued_on;  // "" leaves it a draft
};

// Drafts an implementing plan for each child, completes it and issues it
// when a date is given. Returns the ids in order.
Result<std::vector<int64_t>> implement_all(App& app, const Actor& system, int64_t parent,
                                           const std::vector<Child>& children) {
  std::vector<int64_t> ids;
  for (const auto& ch : children) {
    auto d = app.plans().implement(system, parent, ch.org);
    if (!d) return d.error();
    json c = d->content;
    c["place"] = ch.place;
    c["signer"] = signer("", ch.title, "", ch.name);
    c["closing"] = "Trên đây là kế hoạch của đơn vị; các bộ phận, cá nhân nghiêm túc thực hiện.";
    auto u = app.plans().update(system, d->record.id, c);
    if (!u) return u.error();
    if (*ch.issued_on) {
      auto i = app.plans().issue(system, d->record.id, ch.issued_on);
      if (!i) return i.error();
    }
    ids.push_back(d->record.id);
  }
  return ids;
}

Result<int64_t> issued_department_plan(App& app, const Actor& system, const json& content, const char* date) {
  auto d = app.plans().create(system, "SGD-AL", content);
  if (!d) return d.error();
  auto i = app.plans().issue(system, d->record.id, date);
  if (!i) return i.error();
  return d->record.id;
}

}  // namespace

Result<int> add_phase_plans(App& app, const Actor& system) {
  auto dept = issued_department_plan(app, system, department_plan(2021, 2021, 2025), "2021-03-02");
  if (!dept) return dept.error();
  auto offices = implement_all(app, system, *dept,
                               {{"PGD-NGOCKHE", "Ngọc Khê", "Trưởng phòng", "Lương Văn Đức", "2021-03-22"},
                                {"PGD-VANHA", "Vân Hà", "Trưởng phòng", "Kiều Thị Thanh Xuân", "2021-03-25"}});
  if (!offices) return offices.error();
  auto schools = implement_all(app, system, (*offices)[0],
                               {{"THCS-TANMY", "Tân Mỹ", "Hiệu trưởng", "Vũ Đức Thắng", "2021-04-06"},
                                {"TH-TANMY", "Tân Mỹ", "Hiệu trưởng", "Đinh Thị Lụa", "2021-04-08"},
                                {"MN-HOAMAI", "Tân Mỹ", "Hiệu trưởng", "Tạ Thị Hoa", ""}});
  if (!schools) return schools.error();
  auto more = implement_all(app, system, (*offices)[1],
                            {{"TH-HOAVAN", "Hòa Văn", "Hiệu trưởng", "Quách Minh Tâm", "2021-04-12"}});
  if (!more) return more.error();
  return 1 + 2 + static_cast<int>(schools->size() + more->size());
}

Result<int> add_year_plans(App& app, const Actor& system) {
  auto dept = issued_department_plan(app, system, department_plan(2026, 2026, 2026), "2026-01-08");
  if (!dept) return dept.error();
  auto schools = implement_all(app, system, *dept,
                               {{"THCS-TANMY", "Tân Mỹ", "Hiệu trưởng", "Vũ Đức Thắng", "2026-01-19"},
                                {"TH-TANMY", "Tân Mỹ", "Hiệu trưởng", "Đinh Thị Lụa", "2026-01-21"},
                                {"THPT-ANLAC", "An Lạc", "Hiệu trưởng", "Mạc Văn Hùng", "2026-01-23"},
                                {"THCS-VANHA", "Vân Hà", "Hiệu trưởng", "Ông Thị Bích", ""},
                                {"MN-HOAMAI", "Tân Mỹ", "Hiệu trưởng", "Tạ Thị Hoa", ""}});
  if (!schools) return schools.error();
  return 1 + static_cast<int>(schools->size());
}

}  // namespace bd::app
