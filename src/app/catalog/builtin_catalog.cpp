#include "app/catalog/builtin_catalog.h"

namespace bd::app {
namespace {

DataElement el(const char* code, const char* vi, const char* en, bool by_sex, TimeAggregation agg,
               ValueType type = ValueType::kCount) {
  DataElement e;
  e.code = code;
  e.name_vi = vi;
  e.name_en = en;
  e.value_type = type;
  e.category = by_sex ? "sex" : "";
  e.aggregation = agg;
  return e;
}

constexpr auto kStock = TimeAggregation::kStock;
constexpr auto kFlow = TimeAggregation::kFlow;

const std::vector<OrgType> kSchools{OrgType::kSchoolPreschool,      OrgType::kSchoolPrimary,
                                    OrgType::kSchoolLowerSecondary, OrgType::kSchoolUpperSecondary,
                                    OrgType::kSchoolMultilevel,     OrgType::kSchoolContinuing};

std::vector<OrgType> reporting_units() {
  auto v = kSchools;
  v.push_back(OrgType::kOffice);
  v.push_back(OrgType::kDepartment);
  return v;
}

}  // namespace

const std::vector<DataElement>& builtin_elements() {
  static const std::vector<DataElement> all{
      // Staff: people counted at the end of the period (stocks), by sex.
      el("staff_total", "Tổng số cán bộ, giáo viên, nhân viên", "Staff, all", true, kStock),
      el("staff_managers", "Cán bộ quản lý", "Leaders and managers", true, kStock),
      el("staff_managers_trained", "Cán bộ quản lý đã được bồi dưỡng lý luận chính trị, quản lý nhà nước, quản lý giáo dục",
         "Managers trained in politics, state or education management", true, kStock),
      el("staff_teachers", "Giáo viên", "Teachers", true, kStock),
      el("staff_teachers_standard", "Giáo viên đạt chuẩn trình độ đào tạo", "Teachers meeting the training standard",
         true, kStock),
      el("staff_teachers_above", "Giáo viên trên chuẩn trình độ đào tạo", "Teachers above the training standard", true,
         kStock),
      el("staff_masters", "Cán bộ, giáo viên có trình độ thạc sĩ hoặc đang học thạc sĩ",
         "Staff holding or studying for a master's degree", true, kStock),
      el("staff_phd", "Cán bộ, giáo viên có trình độ tiến sĩ", "Staff holding a PhD", true, kStock),
      el("staff_party", "Đảng viên", "Party members", true, kStock),
      el("mass_org_leaders", "Cán bộ chủ chốt Công đoàn, Đoàn Thanh niên", "Leaders of the union and youth union", true,
         kStock),
      el("staff_trained_ge", "Cán bộ, giáo viên, nhân viên đã dự tập huấn về bình đẳng giới",
         "Staff trained in gender equality", true, kStock),
      el("staff_health_checked", "Cán bộ, giáo viên, nhân viên được khám sức khỏe định kỳ",
         "Staff with a periodic health check", true, kStock),
      el("committee_members", "Thành viên Ban VSTBPN", "Committee members", true, kStock),
      el("committee_trained", "Thành viên Ban VSTBPN đã dự tập huấn", "Committee members trained", true,
         kStock),
      // Events over the period (flows).
      el("party_admitted", "Cán bộ, giáo viên được kết nạp Đảng", "Staff newly admitted to the Party", true, kFlow),
      el("party_class", "Cán bộ, giáo viên được cử học lớp bồi dưỡng nhận thức về Đảng",
         "Staff sent to the Party preparation class", true, kFlow),
      el("staff_pregnant", "Nữ cán bộ, giáo viên, nhân viên mang thai, sinh con", "Pregnant staff", false, kFlow),
      el("staff_maternity_care", "Nữ cán bộ, giáo viên, nhân viên được chăm sóc thai sản đầy đủ",
         "Pregnant staff with maternity care", false, kFlow),
      el("staff_births", "Con của cán bộ, giáo viên, nhân viên sinh ra trong kỳ (nữ: bé gái, nam: bé trai)",
         "Births in staff families (female: girls, male: boys)", true, kFlow),
      el("domestic_violence_cases", "Vụ bạo lực gia đình trong cán bộ, giáo viên, nhân viên",
         "Domestic violence cases among staff", false, kFlow),
      el("abuse_cases", "Vụ việc nghiêm trọng: xâm hại, bạo lực với phụ nữ, trẻ em",
         "Serious abuse or violence cases against women and children", false, kFlow),
      // Learners and parents.
      el("students_total", "Học sinh, trẻ em", "Students", true, kStock),
      el("students_reached", "Học sinh được truyền thông về bình đẳng giới", "Students reached by communication", true,
         kStock),
      el("students_communicators", "Học sinh được tập huấn làm tuyên truyền viên về bình đẳng giới",
         "Students trained as communicators", true, kStock),
      el("parents_total", "Cha mẹ học sinh", "Parents", false, kStock),
      el("parents_reached", "Cha mẹ học sinh được truyền thông về bình đẳng giới", "Parents reached by communication",
         false, kStock),
      el("youth_15_18", "Thanh thiếu niên 15-18 tuổi trên địa bàn", "Youths aged 15-18", true, kStock),
      el("youth_15_18_lower_secondary", "Thanh thiếu niên 15-18 tuổi đã tốt nghiệp THCS",
         "Youths aged 15-18 who completed lower secondary", true, kStock),
      // Yes/no facts of an institution (1 = yes).
      el("gender_in_teaching", "Có lồng ghép nội dung giới trong giảng dạy", "Gender content integrated in teaching",
         false, kStock, ValueType::kBoolean),
      el("website_ge_section", "Trang thông tin có chuyên mục bình đẳng giới, cập nhật hằng quý",
         "Website with a gender-equality section updated each quarter", false, kStock, ValueType::kBoolean),
      el("hotline_displayed", "Công khai số đường dây nóng bảo vệ trẻ em, phụ nữ tại đơn vị",
         "Protection hotlines displayed", false, kStock, ValueType::kBoolean),
      el("health_worker", "Có nhân viên y tế", "Has a health worker", false, kStock, ValueType::kBoolean),
  };
  return all;
}

const std::vector<DataSet>& builtin_data_sets() {
  static const std::vector<DataSet> all = [] {
    auto half = DeadlineRule::parse("S1:06-10,S2:11-10").value();
    auto year = DeadlineRule::parse("Y:12-20").value();
    std::vector<DataSet> v;
    v.push_back({0, "NHANSU", "Nhân sự theo giới tính", "Staff by sex", PeriodType::kHalfYear, half,
                 {"staff_total", "staff_managers", "staff_managers_trained", "staff_teachers", "staff_teachers_standard",
                  "staff_teachers_above", "staff_masters", "staff_phd", "staff_party", "mass_org_leaders"},
                 reporting_units(), {}});
    v.push_back({0, "HOATDONG", "Hoạt động bình đẳng giới", "Gender-equality activities", PeriodType::kHalfYear, half,
                 {"staff_trained_ge", "committee_members", "committee_trained", "students_total", "students_reached",
                  "students_communicators", "parents_total", "parents_reached", "party_admitted", "party_class"},
                 reporting_units(), {}});
    v.push_back({0, "DOISONG", "Sức khỏe, gia đình, phòng chống bạo lực", "Health, family, violence prevention",
                 PeriodType::kYear, year,
                 {"staff_health_checked", "staff_pregnant", "staff_maternity_care", "staff_births",
                  "domestic_violence_cases", "abuse_cases"},
                 reporting_units(), {}});
    v.push_back({0, "DIEUKIEN", "Điều kiện thực hiện tại cơ sở", "Conditions at the institution", PeriodType::kYear,
                 year, {"gender_in_teaching", "website_ge_section", "hotline_displayed", "health_worker"}, kSchools, {}});
    v.push_back({0, "PHOCAP", "Phổ cập giáo dục THCS", "Lower secondary completion", PeriodType::kYear, year,
                 {"youth_15_18", "youth_15_18_lower_secondary"},
                 {OrgType::kCommune, OrgType::kOffice, OrgType::kDepartment}, {}});
    return v;
  }();
  return all;
}

const std::vector<ValidationRule>& builtin_rules() {
  static const std::vector<ValidationRule> all{
      {"managers_le_staff", "staff_managers", "staff_total", RuleOp::kLe, "Số cán bộ quản lý không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"teachers_le_staff", "staff_teachers", "staff_total", RuleOp::kLe, "Số giáo viên không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"managers_trained_le", "staff_managers_trained", "staff_managers", RuleOp::kLe, "Số cán bộ quản lý được bồi dưỡng không được lớn hơn số cán bộ quản lý"},
      {"standard_le_teachers", "staff_teachers_standard", "staff_teachers", RuleOp::kLe, "Số giáo viên đạt chuẩn không được lớn hơn số giáo viên"},
      {"above_le_standard", "staff_teachers_above", "staff_teachers_standard", RuleOp::kLe, "Số giáo viên trên chuẩn không được lớn hơn số giáo viên đạt chuẩn"},
      {"masters_le_staff", "staff_masters", "staff_total", RuleOp::kLe, "Số người có trình độ thạc sĩ không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"phd_le_staff", "staff_phd", "staff_total", RuleOp::kLe, "Số người có trình độ tiến sĩ không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"party_le_staff", "staff_party", "staff_total", RuleOp::kLe, "Số đảng viên không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"trained_le_staff", "staff_trained_ge", "staff_total", RuleOp::kLe, "Số người đã dự tập huấn không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
      {"committee_trained_le", "committee_trained", "committee_members", RuleOp::kLe, "Số thành viên Ban được tập huấn không được lớn hơn số thành viên Ban"},
      {"students_reached_le", "students_reached", "students_total", RuleOp::kLe, "Số học sinh được truyền thông không được lớn hơn tổng số học sinh"},
      {"parents_reached_le", "parents_reached", "parents_total", RuleOp::kLe, "Số cha mẹ được truyền thông không được lớn hơn tổng số cha mẹ học sinh"},
      {"maternity_le_pregnant", "staff_maternity_care", "staff_pregnant", RuleOp::kLe, "Số người được chăm sóc thai sản không được lớn hơn số người mang thai, sinh con"},
      {"youth_completed_le", "youth_15_18_lower_secondary", "youth_15_18", RuleOp::kLe, "Số thanh thiếu niên tốt nghiệp THCS không được lớn hơn số thanh thiếu niên 15-18 tuổi"},
      {"health_checked_le", "staff_health_checked", "staff_total", RuleOp::kLe, "Số người được khám sức khỏe không được lớn hơn tổng số cán bộ, giáo viên, nhân viên"},
  };
  return all;
}

const std::vector<IndicatorDef>& builtin_indicators() {
  static const std::vector<IndicatorDef> all{
      {0, "pct_women_managers", "Tỷ lệ nữ cán bộ quản lý", "Women among leaders and managers",
       "#{staff_managers.female} / #{staff_managers} * 100", "percent", ""},
      {0, "pct_women_mass_org_leaders", "Tỷ lệ nữ cán bộ chủ chốt Công đoàn, Đoàn Thanh niên",
       "Women among union and youth-union leaders", "#{mass_org_leaders.female} / #{mass_org_leaders} * 100", "percent", ""},
      {0, "pct_women_party", "Tỷ lệ nữ đảng viên", "Women among Party members",
       "#{staff_party.female} / #{staff_party} * 100", "percent", ""},
      {0, "women_party_admitted", "Số nữ được kết nạp Đảng", "Women newly admitted to the Party",
       "#{party_admitted.female}", "count", ""},
      {0, "women_party_class", "Số nữ được cử học lớp bồi dưỡng nhận thức về Đảng", "Women sent to the Party class",
       "#{party_class.female}", "count", ""},
      {0, "pct_women_managers_trained", "Tỷ lệ nữ cán bộ quản lý được bồi dưỡng chính trị, quản lý",
       "Female managers trained in politics or management",
       "#{staff_managers_trained.female} / #{staff_managers.female} * 100", "percent", ""},
      {0, "pct_women_teachers_standard", "Tỷ lệ nữ giáo viên đạt chuẩn trình độ đào tạo",
       "Female teachers meeting the standard", "#{staff_teachers_standard.female} / #{staff_teachers.female} * 100",
       "percent", ""},
      {0, "pct_women_teachers_above", "Tỷ lệ nữ giáo viên trên chuẩn trình độ đào tạo",
       "Female teachers above the standard", "#{staff_teachers_above.female} / #{staff_teachers.female} * 100",
       "percent", ""},
      {0, "pct_women_masters", "Tỷ lệ nữ trong số người có trình độ thạc sĩ", "Women among master's holders",
       "#{staff_masters.female} / #{staff_masters} * 100", "percent", ""},
      {0, "pct_women_phd", "Tỷ lệ nữ trong số người có trình độ tiến sĩ", "Women among PhD holders",
       "#{staff_phd.female} / #{staff_phd} * 100", "percent", ""},
      {0, "sex_ratio_births", "Tỷ số giới tính khi sinh (bé trai/100 bé gái)", "Sex ratio at birth (boys per 100 girls)",
       "#{staff_births.male} / #{staff_births.female} * 100", "per100", ""},
      {0, "pct_health_checked", "Tỷ lệ cán bộ, giáo viên, nhân viên được khám sức khỏe định kỳ",
       "Staff with a periodic health check", "#{staff_health_checked} / #{staff_total} * 100", "percent", ""},
      {0, "pct_maternity_care", "Tỷ lệ nữ mang thai, sinh con được chăm sóc thai sản", "Pregnant staff with maternity care",
       "#{staff_maternity_care} / #{staff_pregnant} * 100", "percent", ""},
      {0, "abuse_cases", "Số vụ việc nghiêm trọng (xâm hại, bạo lực với phụ nữ, trẻ em)", "Serious abuse cases",
       "#{abuse_cases}", "count", ""},
      {0, "domestic_violence_cases", "Số vụ bạo lực gia đình trong cán bộ, giáo viên, nhân viên",
       "Domestic violence cases among staff", "#{domestic_violence_cases}", "count", ""},
      {0, "pct_reached", "Tỷ lệ học sinh và cha mẹ học sinh được truyền thông về bình đẳng giới",
       "Students and parents reached by communication",
       "(#{students_reached} + #{parents_reached}) / (#{students_total} + #{parents_total}) * 100", "percent", ""},
      {0, "pct_staff_trained", "Tỷ lệ cán bộ, giáo viên, nhân viên đã dự tập huấn về bình đẳng giới",
       "Staff trained in gender equality", "#{staff_trained_ge} / #{staff_total} * 100", "percent", ""},
      {0, "pct_committee_trained", "Tỷ lệ thành viên Ban VSTBPN đã dự tập huấn",
       "Committee members trained", "#{committee_trained} / #{committee_members} * 100", "percent", ""},
      {0, "pct_youth_lower_secondary", "Tỷ lệ thanh thiếu niên 15-18 tuổi tốt nghiệp THCS",
       "Youths aged 15-18 who completed lower secondary", "#{youth_15_18_lower_secondary} / #{youth_15_18} * 100",
       "percent", ""},
      {0, "pct_schools_gender_teaching", "Tỷ lệ cơ sở giáo dục lồng ghép nội dung giới trong giảng dạy",
       "Institutions integrating gender in teaching", "#{gender_in_teaching} / N{school} * 100", "percent", ""},
      {0, "pct_schools_website", "Tỷ lệ cơ sở có chuyên mục bình đẳng giới trên trang thông tin",
       "Institutions with a gender-equality web section", "#{website_ge_section} / N{school} * 100", "percent", ""},
      {0, "pct_schools_hotline", "Tỷ lệ cơ sở niêm yết đường dây nóng", "Institutions displaying the hotlines",
       "#{hotline_displayed} / N{school} * 100", "percent", ""},
      {0, "pct_schools_health_worker", "Tỷ lệ cơ sở có nhân viên y tế", "Institutions with a health worker",
       "#{health_worker} / N{school} * 100", "percent", ""},
      {0, "gpi_students", "Chỉ số bình đẳng giới (GPI) học sinh", "Gender parity index, students",
       "gpi(#{students_total.female}, #{students_total.male})", "ratio",
       "Nữ/nam; trong khoảng 0,97–1,03 là bình đẳng."},
      {0, "gpia_students", "Chỉ số bình đẳng giới điều chỉnh (GPIA) học sinh", "Adjusted gender parity index, students",
       "gpia(#{students_total.female}, #{students_total.male})", "ratio",
       "Nữ/nam, hoặc 2 − nam/nữ khi nữ/nam > 1; trong khoảng 0,97–1,03 là bình đẳng."},
      {0, "gpia_youth_lower_secondary", "GPIA hoàn thành THCS tuổi 15-18", "GPIA, lower secondary completion",
       "gpia(#{youth_15_18_lower_secondary.female} / #{youth_15_18.female}, "
       "#{youth_15_18_lower_secondary.male} / #{youth_15_18.male})",
       "ratio", ""},
  };
  return all;
}

const std::vector<BuiltinTarget>& builtin_targets() {
  static const std::vector<BuiltinTarget> all = [] {
    auto t = [](const char* code, const char* name, const char* indicator, const char* cmp, double value,
                const char* when, int year = 0, const char* applies = "") {
      TargetDef d;
      d.code = code;
      d.name_vi = name;
      d.comparator = cmp;
      d.value = value;
      d.when = when;
      d.year = year;
      d.applies_to = applies;
      return BuiltinTarget{d, indicator};
    };
    return std::vector<BuiltinTarget>{
        t("T_GENDER_TEACHING", "100% cơ sở giáo dục lồng ghép nội dung giới", "pct_schools_gender_teaching", "eq", 100, "every_year"),
        t("T_YOUTH_LS_2025", "100% thanh thiếu niên 15-18 tuổi tốt nghiệp THCS vào năm 2025", "pct_youth_lower_secondary", "eq", 100, "by_year", 2025),
        t("T_YOUTH_LS_2030", "100% thanh thiếu niên 15-18 tuổi tốt nghiệp THCS vào năm 2030", "pct_youth_lower_secondary", "eq", 100, "by_year", 2030),
        t("T_MASTERS_2025", "Nữ chiếm từ 50% số người có trình độ thạc sĩ (từ 2025)", "pct_women_masters", "ge", 50, "from_year", 2025),
        t("T_MASTERS_2030", "Nữ chiếm trên 50% số người có trình độ thạc sĩ (từ 2030)", "pct_women_masters", "gt", 50, "from_year", 2030),
        t("T_PHD_2025", "Nữ chiếm từ 30% số người có trình độ tiến sĩ vào năm 2025", "pct_women_phd", "ge", 30, "by_year", 2025),
        t("T_PHD_2030", "Nữ chiếm từ 35% số người có trình độ tiến sĩ vào năm 2030", "pct_women_phd", "ge", 35, "by_year", 2030),
        t("T_WOMEN_MANAGERS", "Nữ chiếm từ 40% cán bộ quản lý", "pct_women_managers", "ge", 40, "every_year", 0, "school"),
        t("T_MASS_ORG", "Nữ chiếm trên 50% cán bộ chủ chốt đoàn thể", "pct_women_mass_org_leaders", "gt", 50, "every_year"),
        t("T_PARTY_ADMITTED", "Kết nạp ít nhất 1 nữ đảng viên mỗi năm", "women_party_admitted", "ge", 1, "every_year"),
        t("T_PARTY_CLASS", "Cử ít nhất 2 nữ học lớp bồi dưỡng nhận thức về Đảng mỗi năm", "women_party_class", "ge", 2, "every_year"),
        t("T_PARTY_WOMEN", "Nữ chiếm từ 61% số đảng viên", "pct_women_party", "ge", 61, "every_year"),
        t("T_MANAGERS_TRAINED", "100% nữ cán bộ quản lý được bồi dưỡng chính trị, quản lý", "pct_women_managers_trained", "eq", 100, "every_year"),
        t("T_TEACHERS_STANDARD", "100% nữ giáo viên đạt chuẩn trình độ đào tạo", "pct_women_teachers_standard", "eq", 100, "every_year"),
        t("T_TEACHERS_ABOVE", "Từ 55% nữ giáo viên trên chuẩn trình độ đào tạo", "pct_women_teachers_above", "ge", 55, "every_year"),
        t("T_MASTERS_55", "Nữ chiếm từ 55% số người học và có trình độ thạc sĩ", "pct_women_masters", "ge", 55, "every_year"),
        t("T_SEX_RATIO", "Tỷ số giới tính khi sinh không quá 113 bé trai/100 bé gái", "sex_ratio_births", "le", 113, "every_year"),
        t("T_HEALTH_CHECK", "100% cán bộ, giáo viên, nhân viên được khám sức khỏe định kỳ", "pct_health_checked", "eq", 100, "every_year"),
        t("T_MATERNITY", "100% nữ mang thai, sinh con được chăm sóc thai sản", "pct_maternity_care", "eq", 100, "every_year"),
        t("T_ABUSE_ZERO", "Không có vụ việc xâm hại, bạo lực nghiêm trọng", "abuse_cases", "eq", 0, "every_year"),
        t("T_DOMESTIC_ZERO", "Không có bạo lực gia đình trong cán bộ, giáo viên, nhân viên", "domestic_violence_cases", "eq", 0, "every_year"),
        t("T_REACHED", "100% học sinh, cha mẹ học sinh được truyền thông về bình đẳng giới", "pct_reached", "eq", 100, "every_year"),
        t("T_STAFF_TRAINED", "Toàn bộ cán bộ, giáo viên, nhân viên dự tập huấn về bình đẳng giới", "pct_staff_trained", "eq", 100, "every_year"),
        t("T_WEBSITE", "100% cơ sở có chuyên mục bình đẳng giới, cập nhật hằng quý", "pct_schools_website", "eq", 100, "every_quarter"),
        t("T_COMMITTEE_TRAINED", "Toàn bộ thành viên Ban VSTBPN dự tập huấn", "pct_committee_trained", "eq", 100, "every_year"),
        t("T_HOTLINE", "100% cơ sở niêm yết đường dây nóng", "pct_schools_hotline", "eq", 100, "every_year"),
        t("T_HEALTH_WORKER", "Mỗi trường có nhân viên y tế", "pct_schools_health_worker", "eq", 100, "every_year", 0, "school"),
    };
  }();
  return all;
}

}  // namespace bd::app
