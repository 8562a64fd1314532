// An activity's fields from a JSON body (the API) or a form (the pages),
// read into the typed input the use case takes. Only the shape is checked
// here (strings, integers, lists); the use case checks the values.
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "app/activities/activities.h"
#include "core/result.h"

namespace bd::http {

// {"type", "status", "title", "organiser", "description", "start", "end",
//  "plan_id", "task_index", "observance", "audience": [codes],
//  "participants": {"staff": {"female": 3, "male": 1}, ...}}; unknown keys
// are refused, naming the key. A null plan_id or task_index clears it.
Result<app::ActivityInput> activity_input(const nlohmann::json& fields);

// The activity form: title, start, end, type, status, organiser,
// description, the ticked audience boxes and p.AUDIENCE.female|male.
app::ActivityInput activity_form_input(const std::multimap<std::string, std::string>& form);

}  // namespace bd::http
