#include "core/registry.h"

namespace bd {
namespace {

const Choice* find(const std::vector<Choice>& choices, std::string_view code) {
  for (const auto& c : choices)
    if (c.code == code) return &c;
  return nullptr;
}

}  // namespace

std::string_view choice_vi(const std::vector<Choice>& choices, std::string_view code) {
  const Choice* c = find(choices, code);
  return c ? c->vi : std::string_view();
}

std::string_view choice_en(const std::vector<Choice>& choices, std::string_view code) {
  const Choice* c = find(choices, code);
  return c ? c->en : std::string_view();
}

bool is_choice(const std::vector<Choice>& choices, std::string_view code) { return find(choices, code) != nullptr; }

const std::vector<Choice>& sex_choices() {
  static const std::vector<Choice> v{{"female", "Nữ", "Female"}, {"male", "Nam", "Male"}};
  return v;
}

const std::vector<Choice>& committee_role_choices() {
  static const std::vector<Choice> v{{"head", "Trưởng ban", "Head"},
                                     {"deputy", "Phó Trưởng ban", "Deputy head"},
                                     {"secretary", "Thư ký", "Secretary"},
                                     {"member", "Ủy viên", "Member"}};
  return v;
}

const std::vector<Choice>& commendation_level_choices() {
  static const std::vector<Choice> v{{"school", "Cấp trường", "School"},
                                     {"office", "Cấp phòng", "Office"},
                                     {"department", "Cấp sở", "Department"},
                                     {"ministry", "Cấp bộ", "Ministry"},
                                     {"other", "Khác", "Other"}};
  return v;
}

const std::vector<Choice>& inspection_status_choices() {
  static const std::vector<Choice> v{{"planned", "Dự kiến", "Planned"}, {"done", "Đã kiểm tra", "Done"}};
  return v;
}

const std::vector<Choice>& followup_status_choices() {
  static const std::vector<Choice> v{
      {"open", "Chưa thực hiện", "Open"}, {"in_progress", "Đang thực hiện", "In progress"}, {"done", "Đã hoàn thành", "Done"}};
  return v;
}

const std::vector<Choice>& service_kind_choices() {
  static const std::vector<Choice> v{{"hotline", "Đường dây nóng", "Hotline"},
                                     {"address", "Địa chỉ tin cậy", "Trusted address"},
                                     {"shelter", "Nhà tạm lánh", "Shelter"}};
  return v;
}

const std::vector<Choice>& incident_kind_choices() {
  static const std::vector<Choice> v{{"physical", "Bạo lực thể chất", "Physical violence"},
                                     {"psychological", "Bạo lực tinh thần", "Psychological violence"},
                                     {"sexual", "Xâm hại tình dục", "Sexual abuse"},
                                     {"neglect", "Bỏ mặc, sao nhãng", "Neglect"},
                                     {"online", "Bạo lực trên mạng", "Online violence"},
                                     {"domestic", "Bạo lực gia đình", "Domestic violence"},
                                     {"other", "Khác", "Other"}};
  return v;
}

const std::vector<Choice>& age_band_choices() {
  static const std::vector<Choice> v{{"0-5", "Dưới 6 tuổi", "Under 6"},       {"6-10", "Từ 6 đến 10 tuổi", "6–10"},
                                     {"11-14", "Từ 11 đến 14 tuổi", "11–14"}, {"15-17", "Từ 15 đến 17 tuổi", "15–17"},
                                     {"18-24", "Từ 18 đến 24 tuổi", "18–24"}, {"25-59", "Từ 25 đến 59 tuổi", "25–59"},
                                     {"60+", "Từ 60 tuổi trở lên", "60 and over"}};
  return v;
}

const std::vector<Choice>& incident_status_choices() {
  static const std::vector<Choice> v{{"received", "Mới tiếp nhận", "Received"},
                                     {"handling", "Đang xử lý", "Being handled"},
                                     {"referred", "Đã chuyển tuyến", "Referred"},
                                     {"closed", "Đã kết thúc", "Closed"}};
  return v;
}

}  // namespace bd
