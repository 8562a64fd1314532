#include "http/routes/activities/activity_input.h"

#include "core/activity.h"
#include "http/request.h"

namespace bd::http {
namespace {

using nlohmann::json;

Error field_error(const std::string& field, const std::string& what) { return Error::Validation(what, field); }

Status read_participants(const json& p, app::ActivityInput& in) {
  if (!p.is_object()) return field_error("participants", "Số người tham gia phải là một đối tượng JSON.");
  for (const auto& [code, sexes] : p.items()) {
    if (!sexes.is_object()) return field_error("participants." + code, "Cần số nữ (female) và nam (male).");
    for (const auto& [sex, n] : sexes.items()) {
      const std::string field = "participants." + code + "." + sex;
      if (n.is_number_integer()) in.participants.push_back({code, sex, n.get<int64_t>()});
      else if (n.is_string()) in.participants.push_back({code, sex, n.get<std::string>()});
      else return field_error(field, "Số người tham gia phải là số nguyên không âm.");
    }
  }
  return Status::Ok();
}

}  // namespace

Result<app::ActivityInput> activity_input(const json& fields) {
  if (!fields.is_object()) return Error::BadRequest("Nội dung phải là một đối tượng JSON.");
  app::ActivityInput in;
  for (const auto& [key, v] : fields.items()) {
    std::optional<std::string>* text = key == "type"          ? &in.type
                                       : key == "status"      ? &in.status
                                       : key == "title"       ? &in.title
                                       : key == "organiser"   ? &in.organiser
                                       : key == "description" ? &in.description
                                       : key == "start"       ? &in.start
                                       : key == "end"         ? &in.end
                                       : key == "observance"  ? &in.observance
                                                              : nullptr;
    if (text) {
      if (!v.is_string()) return field_error(key, "Trường " + key + " phải là chuỗi.");
      *text = v.get<std::string>();
    } else if (key == "plan_id" || key == "task_index") {
      if (!v.is_number_integer() && !v.is_null()) return field_error(key, "Trường " + key + " phải là số nguyên.");
      const int64_t n = v.is_null() ? (key == "plan_id" ? 0 : -1) : v.get<int64_t>();
      (key == "plan_id" ? in.plan_id : in.task_index) = n;
    } else if (key == "audience") {
      if (!v.is_array()) return field_error(key, "Đối tượng phải là một danh sách.");
      in.audience.emplace();
      for (const auto& x : v) {
        if (!x.is_string()) return field_error(key, "Đối tượng không hợp lệ: " + x.dump() + ".");
        in.audience->push_back(x.get<std::string>());
      }
    } else if (key == "participants") {
      if (Status s = read_participants(v, in); !s) return s.error();
    } else {
      return field_error(key, "Không có trường \"" + key + "\".");
    }
  }
  return in;
}

app::ActivityInput activity_form_input(const std::multimap<std::string, std::string>& form) {
  app::ActivityInput in;
  for (auto [key, field] : {std::pair{"title", &in.title}, {"start", &in.start}, {"end", &in.end},
                            {"type", &in.type}, {"status", &in.status}, {"organiser", &in.organiser},
                            {"description", &in.description}})
    if (form.count(key)) *field = form_value(form, key);
  in.audience = form_values(form, "audience");
  for (Audience au : audiences()) {
    const std::string code(audience_code(au));
    for (const char* sex : {"female", "male"})
      in.participants.push_back({code, sex, form_value(form, "p." + code + "." + sex)});
  }
  return in;
}

}  // namespace bd::http
